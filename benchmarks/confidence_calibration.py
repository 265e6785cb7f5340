"""Calibration of a call's `confidence` (issue 14): among predicted calls at or above a threshold, the share that
matches a gold call (both principals, the scorer's rule). Prints one line per threshold and, with --min,
fails (exit 1) when the precision at 0.9 is below the bound. Only counts are printed, never article ids, so it
can run on the blind third of dev2.

    python benchmarks/confidence_calibration.py GOLD PRED [GOLD PRED ...] [--min 0.97] [--scorer score.py]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"


def _scorer(path: Path = SCORER):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judged(pairs: list[tuple[str, str]], scorer: Path = SCORER) -> list[tuple[float, bool]]:
    """(confidence, right) for every predicted call of the articles in the gold files."""
    score = _scorer(scorer)
    out = []
    for gold_path, pred_path in pairs:
        gold = score.load(gold_path)
        pred = score.load(pred_path)
        for aid, rec in pred.items():
            if aid not in gold:
                continue
            calls = rec.get("calls") or []
            right = {id(p) for _, p, _ in score.match_calls(gold[aid].get("calls") or [], calls)}
            out.extend((float(c.get("confidence") or 0), id(c) in right) for c in calls)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", help="GOLD PRED pairs")
    ap.add_argument("--min", type=float, help="fail when precision at confidence >= 0.9 is below this")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="the shared scorer (../shared/eval/score.py)")
    a = ap.parse_args(argv)
    if len(a.files) % 2:
        ap.error("give GOLD PRED pairs")
    rows = judged(list(zip(a.files[::2], a.files[1::2], strict=True)), a.scorer)
    at_09 = 1.0
    for t in THRESHOLDS:
        sel = [ok for conf, ok in rows if conf >= t - 1e-9]
        precision = sum(sel) / len(sel) if sel else 1.0
        print(f"confidence >= {t:.1f}: {sum(sel)}/{len(sel)} right = {precision:.3f}")
        if t == 0.9:
            at_09 = precision
    if a.min is not None and at_09 < a.min:
        print(f"below bound: precision at confidence >= 0.9 is {at_09:.3f} < {a.min}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
