"""Hostile servers and broken documents, end to end through a crawl flow run (real Prefect tasks, real
loopback servers, a DuckDB file): every bad case ends with a clear reason in fetch_log (or a raw page
kept without an article), the run goes on, and the good pages of every site are loaded.

Each hostile case lives on its own loopback host (127.0.0.10, .11, ...) next to one good article, so a
host paused after repeated failures cannot hide another case's reason, and "the run goes on" is checked
per site. The fetch policy is production's with short timeouts, so the slow cases take seconds, not minutes.
"""

from __future__ import annotations

import gzip
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reliability_support import NewsSite, make_articles, record, run_cli
from sitesim import Route, SiteSim

pytestmark = pytest.mark.reliability

GOOD = make_articles(40, first_day=date(2025, 5, 1), prefix="tot")  # one good call article per case site


@dataclass
class Case:
    """A hostile site: its listing links the hostile URL first, then one good article."""

    name: str
    routes: dict[str, Any]
    hostile_path: str | None  # the URL whose fetch must fail with one of `reasons`
    reasons: set[str] = field(default_factory=set)
    outcome: str = "failure"  # "failure": a fetch_log reason; "no_article": raw page kept, no article
    feed: str | None = None  # a hostile feed body (the listing still leads to the good article)
    listing: str | None = None  # a hostile listing page (replaces the generated one)
    sitemap: bytes | None = None  # a hostile sitemap, served gzip-compressed as sitemap.xml.gz


def _loop(request: Any) -> Route:
    other = "/bai/vong-lap-b-chuyen-huong-mai-mai-11111.html" if "vong-lap-a" in request.path else \
        "/bai/vong-lap-a-chuyen-huong-mai-mai-11111.html"
    return Route("", status=302, headers={"Location": other})


def _cases(good_html: str) -> list[Case]:
    body = good_html.encode()
    bomb = gzip.compress(b"\0" * 60_000_000, 9)  # 60 MB of zeros in ~60 KB
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                        for i in range(1, 10))
              + ']><rss version="2.0"><channel><item><title>&lol9;</title>'
                '<link>/bai/cuoi-vo-han-xml-entity-99999.html</link></item></channel></rss>')
    bad_dates = ('<?xml version="1.0"?><rss version="2.0"><channel>'
                 '<item><title>a</title><link>{GOOD}</link><pubDate>32/13/2025 25:61</pubDate></item>'
                 '<item><title>b</title><link>/bai/ngay-sai-hoan-toan-khong-ton-tai-2.html</link>'
                 '<pubDate>not a date at all</pubDate></item>'
                 '<item><title>c</title><link>/bai/ngay-sai-nam-9999-khong-ton-tai-3.html</link>'
                 '<pubDate>Mon, 01 Jan 9999 00:00:00 +0700</pubDate></item></channel></rss>')
    mixed = body.replace("Tại cuộc điện đàm".encode(), "T\xe1i cu\xf4c \xff\xfe".encode("latin-1"), 1)
    return [
        Case("reset", {"/bai/ngat-ket-noi-giua-chung-12345.html": Route(body, cut_after=200)},
             "/bai/ngat-ket-noi-giua-chung-12345.html", {"truncated"}),
        Case("drip", {"/bai/nho-giot-cham-vo-tan-12345.html": Route(body * 50, drip=(20, 0.2))},
             "/bai/nho-giot-cham-vo-tan-12345.html", {"timeout"}),
        Case("length", {"/bai/sai-do-dai-noi-dung-12345.html": Route(body, content_length=len(body) + 5000)},
             "/bai/sai-do-dai-noi-dung-12345.html", {"truncated", "timeout"}),
        Case("bomb", {"/bai/bom-gzip-nen-muoi-mb-12345.html": Route(raw_encoded=bomb)},
             "/bai/bom-gzip-nen-muoi-mb-12345.html", {"too_large"}),
        Case("loop", {"/bai/vong-lap-a-chuyen-huong-mai-mai-11111.html": _loop,
                      "/bai/vong-lap-b-chuyen-huong-mai-mai-11111.html": _loop},
             "/bai/vong-lap-a-chuyen-huong-mai-mai-11111.html", {"redirect_loop", "too_many_redirects"}),
        Case("offsite", {"/bai/chuyen-sang-trang-khac-12345.html":
                         Route("", status=301, headers={"Location": "http://127.0.0.99:9/bai/x-y-z-w.html"})},
             "/bai/chuyen-sang-trang-khac-12345.html", {"offsite_redirect"}),
        Case("metadata", {"/bai/chuyen-den-dia-chi-noi-bo-12345.html":
                          Route("", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})},
             "/bai/chuyen-den-dia-chi-noi-bo-12345.html", {"offsite_redirect", "private_address"}),
        Case("links", {}, None, listing="<html><body>" + "".join(
            f'<a href="/the-loai/chu-de-{i}">chủ đề {i}</a>' for i in range(10_000)) + "{GOODLINK}</body></html>"),
        Case("malformed", {"/bai/html-hong-khong-dong-the-12345.html":
                           "<html><body><p>Chiều ngày 2/5/2025, <div><b>Thủ tướng Phạm Minh Chính đã điện đàm "
                           "<table><td>với Thủ tướng Nhật Bản</i></span></p></div></tr><!-- <p"},
             "/bai/html-hong-khong-dong-the-12345.html", set(), outcome="stored"),
        Case("empty", {"/bai/trang-rong-khong-noi-dung-12345.html": Route(b"")},
             "/bai/trang-rong-khong-noi-dung-12345.html", set(), outcome="no_article"),
        Case("script", {"/bai/chi-toan-script-khong-chu-12345.html":
                        "<html><head><script>" + "var a=1;" * 20000 + "</script></head><body><script>"
                        "document.write('điện đàm')</script></body></html>"},
             "/bai/chi-toan-script-khong-chu-12345.html", set(), outcome="no_article"),
        Case("encoding", {"/bai/tron-bang-ma-ky-tu-12345.html":
                          Route(mixed, content_type="text/html; charset=windows-1252")},
             "/bai/tron-bang-ma-ky-tu-12345.html", set(), outcome="article"),
        Case("entities", {}, None, feed=laughs),
        Case("dates", {}, None, feed=bad_dates),
        Case("million", {}, None, sitemap=(
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + b"".join(b"<url><loc>{BASE}/the-loai/chu-de-%d</loc></url>" % i for i in range(1_000_000))
            + b"</urlset>")),
    ]


def _serve(case: Case, index: int) -> tuple[SiteSim, NewsSite, str]:
    """The case's site on its own loopback host, and its [[source]] table."""
    good = GOOD[index]
    site = NewsSite(f"case-{case.name}", [good], sitemap=False)
    sim = SiteSim({}, host=f"127.0.0.{10 + index}").start()
    base = sim.base_url
    for path, value in site.routes().items():
        sim.set(path, value.replace("{BASE}", base) if isinstance(value, str) else value)
    good_link = f'<a href="{good.path}">{good.title}</a>'
    hostile_link = f'<a href="{case.hostile_path}">tin</a>' if case.hostile_path else ""
    sim.set("/tin/trang-1.html", (case.listing or "<html><body>{HOSTILE}{GOODLINK}</body></html>")
            .replace("{GOODLINK}", good_link).replace("{HOSTILE}", hostile_link))
    for path, value in case.routes.items():
        sim.set(path, value)
    feeds = "[]"
    if case.feed is not None:
        sim.set("/rss.xml", Route(case.feed.replace("{GOOD}", base + good.path), content_type="application/rss+xml"))
        feeds = f'["{base}/rss.xml"]'
    sitemaps = "[]"
    if case.sitemap is not None:
        data = case.sitemap.replace(b"{BASE}", base.encode())
        sim.set("/sitemap.xml.gz", Route(gzip.compress(data, 1), content_type="application/gzip"))
        sitemaps = f'["{base}/sitemap.xml.gz"]'
    toml = (f'[[source]]\nname = "{site.name}"\nbase_url = "{base}/"\nfeeds = {feeds}\nsitemaps = {sitemaps}\n'
            f'listing = "{base}/tin/trang-{{page}}.html"\narticle_pattern = "/bai/[a-z0-9-]+\\\\.html$"\n'
            f"max_listing_pages = 3\ndelay = 0.0\n")
    return sim, site, toml


@pytest.fixture(scope="module")
def hostile_run(reliability_prefect_env, tmp_path_factory):
    """One crawl flow run over every case site; yields (cases, servers, db, summary, seconds)."""
    from prefect import flow

    from flows import pipeline
    from flows.crawl import PrefectExecutor

    cases = _cases(GOOD[0].html)
    served = [_serve(case, i) for i, case in enumerate(cases)]
    tmp = tmp_path_factory.mktemp("hostile")
    sources = tmp / "sources.toml"
    sources.write_text("\n".join(toml for _, _, toml in served), encoding="utf-8")
    db = tmp / "hostile.duckdb"
    policy = pipeline.fetch_policy(delay=0.0, connect_timeout=2.0, read_timeout=1.0, total_timeout=2.0,
                                   retries=1, backoff=0.05)

    @flow(name="reliability-hostile-crawl")
    def hostile_crawl() -> Any:
        return pipeline.run_crawl("daily_crawl", sources_path=str(sources), db=str(db), executor=PrefectExecutor(),
                                  policy=policy)

    started = time.monotonic()
    summary = hostile_crawl()
    seconds = time.monotonic() - started
    yield cases, served, db, summary, seconds
    for sim, _, _ in served:
        sim.stop()


def _rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    from storage import query

    return query(db, sql, params=params)[1]


def test_every_hostile_case_is_logged_and_the_good_pages_load(hostile_run):
    cases, served, db, summary, seconds = hostile_run
    problems = []
    for case, (sim, site, _) in zip(cases, served, strict=True):
        good_url = sim.base_url + site.articles[0].path
        if not _rows(db, "SELECT 1 FROM articles a JOIN article_urls u USING (article_id) WHERE u.url = ?", [good_url]):
            problems.append(f"{case.name}: the good article next to the hostile case was not loaded")
        if case.hostile_path is None:
            continue
        url = sim.base_url + case.hostile_path
        logged = {r[0] for r in _rows(db, "SELECT reason FROM fetch_log WHERE url = ?", [url])}
        page = _rows(db, "SELECT article_id FROM raw_pages WHERE url = ?", [url])
        if case.outcome == "failure" and not logged & case.reasons:
            problems.append(f"{case.name}: expected a fetch_log reason in {sorted(case.reasons)}, got {sorted(logged)}")
        if case.outcome == "failure" and page:
            problems.append(f"{case.name}: a failed fetch left a raw page")
        if case.outcome in ("no_article", "stored", "article") and not page:
            problems.append(f"{case.name}: the page was not kept (fetch_log: {sorted(logged)})")
        if case.outcome == "no_article" and page and page[0][0] is not None:
            problems.append(f"{case.name}: an article was made of a page without text")
        if case.outcome == "article" and page and page[0][0] is None:
            problems.append(f"{case.name}: the readable page with a few bad bytes lost its article")
    record("hostile cases tried", len(cases))
    assert not problems, "\n".join(problems)
    assert seconds < 120, f"the hostile crawl took {seconds:.0f}s"


def test_hostile_documents_in_discovery_are_reported(hostile_run):
    cases, served, db, summary, _ = hostile_run
    by_name = {case.name: sim for case, (sim, _, _) in zip(cases, served, strict=True)}
    million = by_name["million"].base_url + "/sitemap.xml.gz"
    reasons = {r[0] for r in _rows(db, "SELECT reason FROM fetch_log WHERE url = ?", [million])}
    assert reasons & {"too_large", "sitemap_limit"}, f"a million-URL sitemap (above 50 MB): {reasons}"
    entities = by_name["entities"].base_url + "/rss.xml"
    reasons = {r[0] for r in _rows(db, "SELECT reason FROM fetch_log WHERE url = ?", [entities])}
    expanded = _rows(db, "SELECT count(*) FROM raw_pages WHERE url LIKE '%cuoi-vo-han%'")[0][0]
    assert expanded <= 1  # at most the one item link; never a billion laughs
    titles = _rows(db, "SELECT max(length(title)) FROM articles")[0][0] or 0
    assert titles < 1000, "an entity was expanded into a title"
    dates = by_name["dates"]
    stored = {r[0] for r in _rows(db, "SELECT url FROM raw_pages WHERE url LIKE ?", [dates.base_url + "%"])}
    assert dates.base_url + GOOD[list(by_name).index("dates")].path in stored
    assert not (reasons - {"bad_xml", "empty_feed", "http_404"}), reasons


def test_the_hostile_warehouse_passes_the_check(hostile_run, reliability_prefect_env):
    _, _, db, _, _ = hostile_run
    result = run_cli("check", "--db", str(db), env=reliability_prefect_env)
    assert result.returncode == 0, result.stdout + result.stderr
