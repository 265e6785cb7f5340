"""Warehouse load/query figures: runs `python -m storage.bench --articles 3000` (the storage stage's own
benchmark, storage/bench.py) from the repository root and passes its figures through, so
`benchmarks/run.py` (`make bench`) includes them.

    .venv/bin/python benchmarks/bench_storage.py [--articles 3000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "storage.bench", "--articles", str(args.articles)], cwd=ROOT,
                          capture_output=True, text=True)
    for line in done.stdout.splitlines():
        print(f"bench_storage: {line}" if line.strip() else line)
    if done.returncode:
        print(f"bench_storage: storage.bench failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
        return done.returncode
    print(f"bench_storage: storage.bench --articles {args.articles} took {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
