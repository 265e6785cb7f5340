"""An analyst queries the warehouse while `diendam crawl` loads it: every query succeeds or gets a clear,
retryable message, and the crawl is not disturbed.

Real processes (DuckDB locks are per process): the crawl is the daily_crawl flow on a loopback site with 120 articles,
the reader is `storage.query` in a loop in another process, plus `diendam query` calls from this one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sitesim import Route, SiteSim

from storage import Warehouse, query

ROOT = Path(__file__).resolve().parent.parent
DIENDAM = Path(sys.executable).parent / "diendam"
ARTICLES = 120
BATCH = 20  # pages per load: six loads, each a moment when the writer holds the file

PARTNERS = [("Nhật Bản", "Ka-mi-ka-oa Y-ô-cô"), ("Ô-xtrây-li-a", "Pen-ni Uông"), ("Hàn Quốc", "Pắc Chin"),
            ("Niu Di-lân", "Uyn-xtơn Pi-tơ"), ("Pháp", "Giăng-Y-vơ Lơ Đri-ăng"), ("Ấn Độ", "Xu-brah-ma-ni-am Giai-sanh-ca")]

READER = textwrap.dedent("""
    import json, sys, time
    from storage import query, WarehouseLocked
    import os
    path, stop_file, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    ok = locked = 0
    other = []
    end = time.monotonic() + seconds
    while time.monotonic() < end and not os.path.exists(stop_file):
        try:
            query(path, "SELECT count(*) FROM calls_flat", retries=3)
            ok += 1
        except WarehouseLocked as exc:
            locked += 1
            if "retry" not in str(exc):
                other.append("unclear lock message: " + str(exc))
        except Exception as exc:
            other.append(f"{type(exc).__name__}: {exc}")
        time.sleep(0.02)
    print(json.dumps({"ok": ok, "locked": locked, "other": other[:5]}))
""")


def article(n: int) -> str:
    """A short call report written for this test (day n of 2025, one of six partners)."""
    country, name = PARTNERS[n % len(PARTNERS)]
    day, month = n % 28 + 1, n % 12 + 1
    return (f"<html><head><title>Điện đàm số {n}</title>"
            f'<meta property="article:published_time" content="2025-{month:02d}-{day:02d}T08:00:00+07:00">'
            f"</head><body><article><h1>Bộ trưởng Ngoại giao điện đàm với người đồng cấp {country} ({n})</h1>"
            f"<p>Ngày {day}/{month}, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Bộ trưởng Ngoại giao "
            f"{country} {name}.</p><p>Hai bên trao đổi về hợp tác kinh tế, thương mại và đầu tư giữa hai nước "
            "trong thời gian tới, nhất trí tăng cường trao đổi đoàn các cấp.</p>"
            "<p>Bộ trưởng mời người đồng cấp sớm thăm Việt Nam vào thời gian thích hợp.</p></article></body></html>")


@pytest.fixture
def site():
    """A news site with a sitemap of ARTICLES call reports and a small per-page delay (a crawl of seconds)."""
    with SiteSim() as sim:
        urls = []
        for n in range(ARTICLES):
            path = f"/ngoai-giao/dien-dam-{n:03d}.html"
            sim.set(path, Route(article(n), delay=0.02))
            urls.append(f"<url><loc>{sim.url(path)}</loc></url>")
        sim.set("/robots.txt", Route("User-agent: *\nAllow: /\n", content_type="text/plain"))
        sim.set("/sitemap.xml", Route('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                      f'sitemap/0.9">{"".join(urls)}</urlset>', content_type="application/xml"))
        yield sim


def test_queries_during_a_crawl_succeed_or_get_a_clear_retryable_message(site, tmp_path):
    sources, db = tmp_path / "sources.toml", tmp_path / "w.duckdb"
    sources.write_text(f'[[source]]\nname = "sim"\nbase_url = "{site.base_url}"\n'
                       f'sitemaps = ["{site.url("/sitemap.xml")}"]\n'
                       "article_pattern = '/ngoai-giao/dien-dam-\\d+\\.html$'\ndelay = 0.0\n", encoding="utf-8")
    Warehouse(db).migrate()
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    crawl_code = ("from flows.crawl import daily_crawl; import sys; "
                  f"daily_crawl(sources=sys.argv[1], db=sys.argv[2], batch_size={BATCH})")
    crawl = subprocess.Popen([sys.executable, "-c", crawl_code, str(sources), str(db)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(tmp_path / "stop"), "240"], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    cli_results = []
    seen_counts = set()
    while crawl.poll() is None:
        done = subprocess.run([str(DIENDAM), "query", "--db", str(db), "SELECT count(*) AS n FROM articles"],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
        cli_results.append((done.returncode, done.stdout + done.stderr))
        seen_counts.add(done.stdout if done.returncode == 0 else "locked")
        time.sleep(0.2)
    out, err = crawl.communicate(timeout=300)
    (tmp_path / "stop").touch()
    read_out, read_err = reader.communicate(timeout=120)
    assert crawl.returncode == 0, (out[-2000:], err[-2000:])
    read = json.loads(read_out.strip().splitlines()[-1])
    print(f"\nreader: {read['ok']} ok, {read['locked']} locked; CLI queries during the crawl: {len(cli_results)}, "
          f"distinct answers {len(seen_counts)}")
    assert read["other"] == [], read
    assert read["ok"] > 0
    for code, text in cli_results:  # each CLI query printed a table or a one-line lock message
        assert code == 0 or (code in (1, 2) and "locked" in text and "Traceback" not in text), text
    assert query(db, "SELECT count(*) FROM articles")[1] == [(ARTICLES,)]
    assert query(db, "SELECT count(*) FROM calls")[1][0][0] >= ARTICLES // 2
    assert Warehouse(db).check() == []
