"""Prefect overhead of a backfill: the whole run with Prefect vs the same pipeline steps called without
Prefect, on replay sites built from ../shared/corpus/dev.jsonl multiplied to >= 2,000 pages, fault-free, with
no politeness delay. Target: overhead < 15%.

Two ways a user runs it, both measured:
- against a running Prefect API (`diendam serve`, a work pool, a scheduled run): the flow in this process
  against a temporary API started beforehand, vs `run_plain` in this process (before and after, averaged);
  the Prefect cost is split into a fixed part (flow run start/end, artifact) and a per-page part;
- from the command line without a server: `diendam backfill` in a fresh process (Prefect starts its own
  temporary API, counted) vs the same stages by `run_plain` in a fresh process.

    .venv/bin/python benchmarks/bench_flows.py [--pages 2000] [--sites 4] [--no-cli] [--host-limits]
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


def whole_runs(work: Path, sources: Path, batch_size: int, articles: int) -> tuple[float, float]:
    """Fresh processes, as from a shell: the stages without Prefect, then `diendam backfill` with no
    PREFECT_API_URL (Prefect starts a temporary API for the run; $PREFECT_HOME keeps its database)."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    plain_code = ("import sys; from flows.pipeline import run_plain; "
                  f"s = run_plain('backfill', sources_path={str(sources)!r}, db={str(work / 'cli-plain.duckdb')!r}, "
                  f"since=None, batch_size={batch_size}); sys.exit(s.new_articles != {articles})")
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", plain_code], check=True, cwd=ROOT, env=env)
    plain_s = time.monotonic() - started
    diendam = Path(sys.executable).parent / "diendam"
    started = time.monotonic()
    subprocess.run([str(diendam), "backfill", "--since", "1990-01-01", "--sources", str(sources),
                    "--db", str(work / "cli-prefect.duckdb")], check=True, cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    prefect_s = time.monotonic() - started
    return plain_s, prefect_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--sites", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=None, help="pages per fetch / clean+extract step")
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line (fresh process) comparison")
    parser.add_argument("--host-limits", action="store_true",
                        help="create a Prefect concurrency limit per source host first (what `diendam serve` does)")
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

        from flows import crawl
        from flows.crawl import SUBMITTED, backfill

        inner: list[float] = []  # time spent in the pipeline itself (run_crawl) inside the flow
        run_crawl = pipeline.run_crawl

        def timed_run_crawl(*a: object, **kw: object) -> object:
            started = time.monotonic()
            try:
                return run_crawl(*a, **kw)
            finally:
                inner.append(time.monotonic() - started)

        t0 = time.monotonic()
        with prefect_test_harness(server_startup_timeout=120):
            startup_s = time.monotonic() - t0
            if args.host_limits:
                from flows.deployments import ensure_host_limits

                print(f"bench_flows: concurrency limits on {', '.join(ensure_host_limits(str(sources)))}")
            pipeline.run_crawl = timed_run_crawl
            try:
                started = time.monotonic()
                flow_summary = backfill(since="1990-01-01", sources=str(sources), db=str(work / "prefect.duckdb"),
                                        batch_size=batch_size)
                prefect_s = time.monotonic() - started
            finally:
                pipeline.run_crawl = run_crawl
        plain_after, _ = run_plain("plain-2.duckdb")
        plain_s = (plain_before + plain_after) / 2
        assert plain.new_articles == flow_summary.new_articles == articles, (plain.new_articles,
                                                                             flow_summary.new_articles, articles)
        overhead = 100.0 * (prefect_s - plain_s) / plain_s
        fixed_s = prefect_s - inner[0]
        per_page_ms = 1000.0 * (inner[0] - plain_s) / articles
        print(f"bench_flows: without Prefect  {plain_s:7.1f} s  ({articles / plain_s:6.1f} pages/s, "
              f"{plain.new_calls} calls; runs {plain_before:.1f} s before and {plain_after:.1f} s after)")
        print(f"bench_flows: with Prefect     {prefect_s:7.1f} s  ({articles / prefect_s:6.1f} pages/s, "
              f"{flow_summary.new_calls} calls; running API, started beforehand in {startup_s:.1f} s)")
        print(f"bench_flows: Prefect overhead {overhead:+6.1f} %  (target < 15 %): fixed {fixed_s:.2f} s per run "
              f"(flow run start/end, artifact), {per_page_ms:+.2f} ms per page ({inner[0] - plain_s:+.1f} s)")
        limited = crawl.LAST_LIMITED_TAGS
        print(f"bench_flows: task runs        {sum(SUBMITTED.values())}  "
              f"({', '.join(f'{step} {n}' for step, n in sorted(SUBMITTED.items()))}); tags with a concurrency "
              f"limit: {'unknown, every tag applied' if limited is None else ', '.join(sorted(limited)) or 'none'}")
        if not args.no_cli:
            cli_plain_s, cli_prefect_s = whole_runs(work, sources, batch_size, articles)
            cli_overhead = 100.0 * (cli_prefect_s - cli_plain_s) / cli_plain_s
            print(f"bench_flows: command line     {cli_plain_s:7.1f} s without Prefect (fresh process), "
                  f"{cli_prefect_s:7.1f} s `diendam backfill` with its temporary API: {cli_overhead:+.1f} %")
        return 0
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
