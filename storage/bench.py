"""Warehouse figures: load throughput, how long a batch holds the write lock, size on disk, query and
report latency, peak memory. `python -m storage.bench [--articles N] [--batch B]` prints them.

Synthetic data: N articles of ~40 KB HTML; every third one reports a call, and each call is reported by
two sites (so de-duplication runs on every second report)."""

from __future__ import annotations

import argparse
import os
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from storage.report import build_report
from storage.sample import call, make_item, participant
from storage.warehouse import Warehouse, query

COUNTRIES = ["JP", "CN", "US", "RU", "KR", "IN", "LA", "KH", "FR", "DE", "GB", "AU"]
VN_OFFICIALS = [participant(n, t, r, "VN") for n, t, r in (
    ("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "foreign_minister"),
    ("Phạm Minh Chính", "Thủ tướng", "head_of_government"),
    ("Tô Lâm", "Tổng Bí thư", "party_leader"),
    ("Lương Cường", "Chủ tịch nước", "head_of_state"))]


def synthetic_items(n_articles: int, seed: int = 7) -> list:
    rng = random.Random(seed)
    foreign = [participant(f"{rng.choice(['Ka', 'Mo', 'Li', 'Ser', 'An', 'Jo'])}{i:03d} "
                           f"{rng.choice(['Tanaka', 'Smith', 'Ivanov', 'Kim', 'Dubois', 'Wang'])}{i:03d}",
                           "Bộ trưởng Ngoại giao", "foreign_minister", COUNTRIES[i % len(COUNTRIES)])
               for i in range(150)]
    filler = "Nội dung bài viết về hoạt động đối ngoại. " * 900
    items = []
    start = date(2020, 1, 1)
    for i in range(n_articles):
        day = start + timedelta(days=i // 3)
        calls = []
        if i % 3 == 0:
            who = (i // 6) % len(foreign)
            calls = [call(VN_OFFICIALS[i % 4], foreign[who], day.isoformat(), topics=("kinh tế",))]
        elif i % 3 == 1 and (i - 1) % 6 == 0:  # the second site's report of the previous call, no year given
            prev = i - 1
            calls = [call(VN_OFFICIALS[prev % 4], foreign[(prev // 6) % len(foreign)], f"--{day:%m-%d}")]
        source = ("baoquocte", "vnexpress", "tuoitre")[i % 3]
        raw = f"<html><body><article>{filler}{i}</article></body></html>".encode()
        items.append(make_item(f"https://{source}.vn/bai-{i}", calls, source=source, published=day,
                               text=f"Bài {i}. {filler[:3000]}", raw=raw))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    items = synthetic_items(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        wh = Warehouse(path)
        wh.migrate()
        run_id = wh.start_run("bench", {})
        holds, started = [], time.perf_counter()
        new_calls = 0
        for i in range(0, len(items), args.batch):
            t0 = time.perf_counter()
            new_calls += wh.load(items[i:i + args.batch], run_id).new_calls
            holds.append(time.perf_counter() - t0)
        load_s = time.perf_counter() - started
        t0 = time.perf_counter()
        wh.load(items[: args.batch], run_id)
        reload_s = time.perf_counter() - t0
        raw_bytes = sum(len(i.raw) for i in items)
        size = path.stat().st_size + (path.with_suffix(".duckdb.wal").stat().st_size
                                      if path.with_suffix(".duckdb.wal").exists() else 0)
        t0 = time.perf_counter()
        known = wh.known_urls()
        known_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        _, rows = query(path, "SELECT p2_country, count(*) FROM calls_flat GROUP BY ALL")
        query_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        pages = sum(len(b) for b in wh.iter_raw_pages(batch_size=args.batch))
        iter_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        build_report(path, Path(tmp) / "report.html")
        report_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        problems = wh.check()
        check_s = time.perf_counter() - t0
        holds.sort()
        print(f"articles loaded:        {len(items)} in {load_s:.2f} s = {len(items) / load_s:.0f} articles/s "
              f"(batches of {args.batch})")
        print(f"calls:                  {new_calls} distinct from {sum(len(i.calls) for i in items)} reports")
        print(f"write lock per batch:   median {holds[len(holds) // 2] * 1000:.0f} ms, max {holds[-1] * 1000:.0f} ms")
        print(f"reload of one batch:    {reload_s * 1000:.0f} ms (idempotent, nothing written)")
        print(f"size on disk:           {size / 1e6:.1f} MB for {raw_bytes / 1e6:.1f} MB of raw HTML "
              f"({size / len(items) / 1e3:.1f} KB per article incl. text)")
        print(f"known_urls():           {len(known)} URLs in {known_s * 1000:.0f} ms")
        print(f"calls_flat query:       {query_s * 1000:.0f} ms ({len(rows)} rows)")
        print(f"iter_raw_pages():       {pages} pages in {iter_s:.2f} s")
        print(f"report:                 {report_s * 1000:.0f} ms")
        print(f"check():                {check_s * 1000:.0f} ms, problems: {problems or 'none'}")
        print(f"peak RSS:               {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0 if not problems else 1


if __name__ == "__main__":
    os.environ.setdefault("DO_NOT_TRACK", "1")
    raise SystemExit(main())
