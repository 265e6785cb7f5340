"""Split ../shared/corpus/dev2.jsonl into a tuning part and a blind part by a hash of the article id.

An article is BLIND when int(sha256(id).hexdigest(), 16) % 3 == 0, else TUNE: a fixed third that nobody
tunes on, the same for everyone and for every run. Only ids and lines are copied, into build/ (not the repo).

    python benchmarks/split_dev2.py [DEV2] [OUTDIR]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def is_blind(article_id: str) -> bool:
    """The blind-split rule of issue 14: a third of dev2 chosen by a hash of the id."""
    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % 3 == 0


def split(dev2: Path, outdir: Path) -> tuple[int, int]:
    """Write OUTDIR/dev2-tune.jsonl and OUTDIR/dev2-blind.jsonl; returns (tune, blind) counts."""
    outdir.mkdir(parents=True, exist_ok=True)
    counts = [0, 0]
    with (
        dev2.open(encoding="utf-8") as src,
        (outdir / "dev2-tune.jsonl").open("w", encoding="utf-8") as tune,
        (outdir / "dev2-blind.jsonl").open("w", encoding="utf-8") as blind,
    ):
        for line in src:
            if not line.strip():
                continue
            blind_side = is_blind(str(json.loads(line)["id"]))
            (blind if blind_side else tune).write(line if line.endswith("\n") else line + "\n")
            counts[blind_side] += 1
    return counts[0], counts[1]


def main(argv: list[str]) -> int:
    dev2 = Path(argv[0]) if argv else Path("../shared/corpus/dev2.jsonl")
    outdir = Path(argv[1]) if len(argv) > 1 else Path("build")
    n_tune, n_blind = split(dev2, outdir)
    print(f"dev2: {n_tune} tune, {n_blind} blind -> {outdir}/dev2-tune.jsonl, {outdir}/dev2-blind.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
