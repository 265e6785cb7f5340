"""Extraction output is fixed per extractor version: `diendam extract` on ../shared/corpus/dev.jsonl and
dev2.jsonl gives the sha256 recorded in tests/data/extract-output.sha256.json as long as EXTRACTOR_VERSION is
the recorded one. A change of output (a rule, a data file entry) must bump EXTRACTOR_VERSION in
extractors/calls.py and re-record:

    .venv/bin/python tests/test_extract_output.py --update

Only hashes are committed, never corpus text. Skips when ../shared is absent.

The output depends on Python's string hash seed (a tie between equally frequent countries is broken by set
order), so the extraction runs in a subprocess with PYTHONHASHSEED pinned to the recorded seed.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RECORD = Path(__file__).resolve().parent / "data" / "extract-output.sha256.json"
SETS = ("dev", "dev2")
HASH_SEED = "0"


def output_sha256(name: str, seed: str = HASH_SEED) -> str:
    """sha256 of what `diendam extract` writes for ../shared/corpus/<name>.jsonl (run in a subprocess)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{name}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "extractors.batch", str(SHARED / "corpus" / f"{name}.jsonl"), "-o", str(out)],
                       cwd=ROOT, env=env, check=True, capture_output=True, timeout=600)
        return hashlib.sha256(out.read_bytes()).hexdigest()


def current_version() -> str:
    sys.path.insert(0, str(ROOT))
    from extractors.calls import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def test_output_matches_the_recorded_hashes(shared_dir: Path) -> None:
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    version = current_version()
    assert recorded["extractor_version"] == version, (
        f"EXTRACTOR_VERSION is {version} but the output hashes were recorded for {recorded['extractor_version']}: "
        "re-record them with `.venv/bin/python tests/test_extract_output.py --update`")
    for name in SETS:
        assert output_sha256(name, str(recorded["hash_seed"])) == recorded[name], (
            f"`diendam extract` output on {name}.jsonl changed while EXTRACTOR_VERSION stayed {version}: a change of "
            "output must bump EXTRACTOR_VERSION (extractors/calls.py) and re-record with "
            "`.venv/bin/python tests/test_extract_output.py --update`")


def update() -> dict:
    """Record the current version's output hashes (needs ../shared)."""
    if not (SHARED / "corpus" / "dev.jsonl").is_file():
        raise SystemExit(f"{SHARED / 'corpus'} is absent: nothing to record")
    record = {"extractor_version": current_version(), "hash_seed": int(HASH_SEED),
              **{name: output_sha256(name) for name in SETS}}
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        raise SystemExit(f"usage: {sys.argv[0]} --update   (re-record tests/data/extract-output.sha256.json)")
    print(json.dumps(update(), indent=2))
