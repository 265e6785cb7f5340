"""Prefect overhead of a backfill: the whole run with Prefect (tasks on a running Prefect API) vs the same
pipeline steps called without Prefect, on replay sites built from ../shared/corpus/dev.jsonl multiplied to
>= 2,000 pages, fault-free, with no politeness delay. Target: overhead < 15%.

    .venv/bin/python benchmarks/bench_flows.py [--pages 2000] [--sites 4]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def multiplied_corpus(pages: int, out: Path) -> int:
    """dev.jsonl repeated under new ids (and shifted dates) until it has at least `pages` records."""
    records = [json.loads(line) for line in (SHARED / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    written = 0
    with out.open("w", encoding="utf-8") as fh:
        copy = 0
        while written < pages:
            for rec in records:
                rec = dict(rec, id=f"c{copy:03d}-{rec['id']}")
                if rec.get("published"):
                    year = int(rec["published"][:4]) - copy % 5
                    rec["published"] = f"{year}{rec['published'][4:]}"
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1
            copy += 1
    return written


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--sites", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=None, help="pages per fetch / clean+extract step")
    args = parser.parse_args()
    if not (SHARED / "replay" / "replay.py").is_file():
        print("bench_flows: ../shared is absent, skipped")
        return 0
    import httpx

    from diendam.snapshot_server import replay_sources_toml
    from flows import pipeline

    batch_size = args.batch_size or pipeline.DEFAULT_BATCH_SIZE
    work = Path(tempfile.mkdtemp(prefix="bench-flows-"))
    server = None
    try:
        corpus = work / "corpus.jsonl"
        n = multiplied_corpus(args.pages, corpus)
        subprocess.run([sys.executable, str(SHARED / "replay" / "replay.py"), "build", str(corpus), str(work / "sites"),
                        "--sites", str(args.sites)], check=True, capture_output=True)
        sites = json.loads((work / "sites" / "sites.json").read_text(encoding="utf-8"))
        articles = sum(len(s["articles"]) for s in sites.values())
        port = free_port()
        server = subprocess.Popen([sys.executable, str(SHARED / "replay" / "replay.py"), "serve", str(work / "sites"),
                                   "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for info in sites.values():
            for _ in range(100):
                try:
                    httpx.get(f"http://{info['host']}:{port}/robots.txt", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
        sources = work / "sources.toml"
        sources.write_text(replay_sources_toml(work / "sites" / "sites.json", port), encoding="utf-8")
        print(f"bench_flows: {n} records -> {articles} article pages on {len(sites)} replay sites, delay 0, "
              f"batches of {batch_size} pages")

        def run_plain(name: str) -> tuple[float, object]:
            started = time.monotonic()
            summary = pipeline.run_plain("backfill", sources_path=sources, db=work / name, since=None,
                                         batch_size=batch_size)
            return time.monotonic() - started, summary

        # without Prefect before AND after the Prefect run, so cache warm-up does not favour either side
        plain_before, plain = run_plain("plain-1.duckdb")

        from prefect.testing.utilities import prefect_test_harness

        from flows.crawl import SUBMITTED, backfill

        t0 = time.monotonic()
        with prefect_test_harness(server_startup_timeout=120):
            startup_s = time.monotonic() - t0
            started = time.monotonic()
            flow_summary = backfill(since="1990-01-01", sources=str(sources), db=str(work / "prefect.duckdb"),
                                    batch_size=batch_size)
            prefect_s = time.monotonic() - started
        plain_after, _ = run_plain("plain-2.duckdb")
        plain_s = (plain_before + plain_after) / 2
        assert plain.new_articles == flow_summary.new_articles == articles, (plain.new_articles,
                                                                             flow_summary.new_articles, articles)
        overhead = 100.0 * (prefect_s - plain_s) / plain_s
        print(f"bench_flows: without Prefect  {plain_s:7.1f} s  ({articles / plain_s:6.1f} pages/s, "
              f"{plain.new_calls} calls; runs {plain_before:.1f} s before and {plain_after:.1f} s after)")
        print(f"bench_flows: with Prefect     {prefect_s:7.1f} s  ({articles / prefect_s:6.1f} pages/s, "
              f"{flow_summary.new_calls} calls)")
        print(f"bench_flows: Prefect overhead {overhead:+6.1f} %  (target < 15 %; temporary API start-up "
              f"{startup_s:.1f} s not counted)")
        print(f"bench_flows: task runs        {sum(SUBMITTED.values())}  "
              f"({', '.join(f'{step} {n}' for step, n in sorted(SUBMITTED.items()))})")
        return 0
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
