"""Crawler figures against the shared replay sites: throughput with no politeness delay (pure crawler
overhead), and the request gaps per host with the default production settings.

    .venv/bin/python benchmarks/bench_crawl.py [--shared ../shared] [--gap-sample 5]

Prints its figures; exits 0 and says so when ../shared is absent.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the Replay helper lives with the test server
sys.path.insert(0, str(ROOT))

from sitesim import Replay, Route, SiteSim  # noqa: E402

from crawler.discover import DiscoveryLimits, discover, iter_xml_records  # noqa: E402
from crawler.fetch import Fetcher, FetchPolicy, Page  # noqa: E402
from crawler.sources import Source  # noqa: E402
from crawler.urls import normalize_url  # noqa: E402


async def crawl_all(replay: Replay, policy: FetchPolicy) -> tuple[int, int, float, Fetcher, float]:
    sources = replay.sources()
    cpu = time.process_time()
    started = time.perf_counter()
    async with Fetcher(policy, sources) as fetcher:
        async def one(source):
            found = await discover(source, fetcher)
            results = await asyncio.gather(*(fetcher.fetch(c.url) for c in found.candidates))
            return sum(isinstance(r, Page) for r in results)

        pages = sum(await asyncio.gather(*(one(s) for s in sources)))
    return pages, len(fetcher.request_log), time.perf_counter() - started, fetcher, time.process_time() - cpu


async def gap_sample(replay: Replay, per_host: int) -> tuple[dict[str, list[float]], float]:
    sources = replay.sources()[:2]
    policy = FetchPolicy()  # production defaults: 1 s between requests to a host, 1 at a time
    articles = {s.name: [replay.base(s.name) + a["path"] for a in replay.sites[s.name]["articles"][:per_host]]
                for s in sources}
    started = time.perf_counter()
    async with Fetcher(policy, sources) as fetcher:
        await asyncio.gather(*(fetcher.fetch(u) for urls in articles.values() for u in urls))
    elapsed = time.perf_counter() - started
    by_host: dict[str, list[float]] = {}
    for host, at, _url in fetcher.request_log:
        by_host.setdefault(host, []).append(at)
    return {h: [b - a for a, b in zip(ts, ts[1:], strict=False)] for h, ts in by_host.items()}, elapsed


def million_url_sitemap(entries: int = 1_000_000) -> None:
    """A hostile sitemap just under the 50 MB byte cap, discovered over loopback with the default entry cap
    and with no entry cap (the behaviour before the cap): wall and CPU time, candidates kept."""
    with SiteSim() as site:
        body = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>/a/{i}</loc></url>" for i in range(entries)) + "</urlset>").encode()
        site.set("/sitemap.xml", Route(body, content_type="application/xml"))
        source = Source(name="big", base_url=site.base_url, sitemaps=(site.url("/sitemap.xml"),),
                        article_pattern=r"/a/\d+$")
        for label, limits in (("default entry cap", DiscoveryLimits()),
                              ("no entry cap", DiscoveryLimits(sitemap_entries=10**9, candidates=10**9))):
            async def go(limits: DiscoveryLimits = limits):
                async with Fetcher(FetchPolicy(delay=0.0), [source]) as fetcher:
                    return await discover(source, fetcher, limits=limits)

            cpu, started = time.process_time(), time.perf_counter()
            found = asyncio.run(go())
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            print(f"{entries:,}-URL sitemap ({len(body) / 1e6:.1f} MB), {label}: {len(found.candidates):,} "
                  f"candidates in {wall:.2f} s wall, {cpu:.2f} s CPU; "
                  f"failures {sorted({f.reason for f in found.failures})}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--gap-sample", type=int, default=5, help="articles fetched per host for the gap sample")
    ap.add_argument("--million", type=int, default=1_000_000, help="URLs in the hostile sitemap (0 = skip)")
    args = ap.parse_args()
    shared = Path(args.shared)

    urls = [f"HTTPS://BaoQuocTe.vn:443/tin/bai-{i}.html?utm_source=fb&id={i}#x" for i in range(20_000)]
    started = time.perf_counter()
    for url in urls:
        normalize_url(url)
    print(f"normalize_url: {len(urls) / (time.perf_counter() - started):,.0f} URLs/s")

    sitemap = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
        f"<url><loc>https://baoquocte.vn/tin-so-{i}-{100000 + i}.html</loc><lastmod>2025-11-0{1 + i % 9}</lastmod></url>"
        for i in range(50_000)) + "</urlset>").encode()
    started = time.perf_counter()
    count = sum(1 for _ in iter_xml_records(sitemap))
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    sum(1 for _ in iter_xml_records(sitemap))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"sitemap of {count:,} URLs ({len(sitemap) / 1e6:.1f} MB): parsed in {elapsed:.2f} s, "
          f"peak Python-heap memory (libxml2 not counted) {peak / 1e6:.1f} MB")

    if args.million:
        million_url_sitemap(args.million)

    if not (shared / "corpus" / "dev.jsonl").is_file():
        print(f"bench_crawl: {shared} absent, replay figures skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        with Replay(shared, Path(tmp) / "clean", faults=False) as replay:
            for concurrency in (1, 4):
                policy = FetchPolicy(delay=0.0, concurrency_per_host=concurrency)
                pages, requests, elapsed, _, cpu = asyncio.run(crawl_all(replay, policy))
                print(f"replay, delay 0, {concurrency} per host, {len(replay.sites)} hosts: {pages} pages, "
                      f"{requests} requests in {elapsed:.2f} s = {pages / elapsed:.1f} pages/s, "
                      f"{requests / elapsed:.1f} requests/s; crawler CPU {1000 * cpu / requests:.1f} ms/request "
                      f"(the rest of the wall time is waiting on the replay server)")
        with Replay(shared, Path(tmp) / "faults", faults=True) as replay:
            policy = FetchPolicy(delay=0.0, backoff=0.2)
            pages, requests, elapsed, fetcher, _ = asyncio.run(crawl_all(replay, policy))
            retried = {k: v for k, v in fetcher.stats.items() if k.startswith(("retryable", "failure"))}
            print(f"replay with faults, delay 0: {pages} pages, {requests} requests in {elapsed:.2f} s "
                  f"= {pages / elapsed:.1f} pages/s; {retried}")
        with Replay(shared, Path(tmp) / "gaps", faults=False) as replay:
            gaps, elapsed = asyncio.run(gap_sample(replay, args.gap_sample))
            for host, values in sorted(gaps.items()):
                print(f"default policy, host {host}: {len(values) + 1} requests, gap min {min(values):.3f} s, "
                      f"median {statistics.median(values):.3f} s, max {max(values):.3f} s")
            serial = sum(len(v) + 1 for v in gaps.values()) - 1
            print(f"default policy, {len(gaps)} hosts in parallel: {elapsed:.2f} s wall "
                  f"(one host after the other would need >= {serial:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
