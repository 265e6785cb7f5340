"""Self-discovery: a source of one line (`base_url`) finds its feeds (<link rel="alternate">), its sitemaps
(robots.txt, news sitemaps first, monthly files the index does not list yet) and its article shape (learned
from the links on its pages); explicit keys in the sources file always win."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

import lxml.html
from realsites import NOW, article_html, months_back, robots, rss, section_html, sitemap_index, slug, urlset
from sitesim import SiteSim

from crawler.discover import Discovery, _announced_feeds, _months, _months_after_index, discover
from crawler.fetch import Fetcher, FetchPolicy
from crawler.sources import Source
from diendam.source_check import check_sources, format_check

POLICY = dict(delay=0.0, backoff=0.01, retries=1)


def run(source: Source, **kw) -> Discovery:
    async def go() -> Discovery:
        async with Fetcher(FetchPolicy(**POLICY), [source]) as fetcher:
            return await discover(source, fetcher, **kw)

    return asyncio.run(go())


def articles(first: int, count: int) -> list[tuple[str, datetime]]:
    return [(f"/the-gioi/{slug(n)}-post{123400 + n}.html", NOW - timedelta(hours=n)) for n in range(first, first + count)]


def one_line_site(dated: bool = True) -> SiteSim:
    home, feed, news = articles(0, 5), articles(5, 3), articles(8, 2)
    alternate = '<link rel="alternate" type="application/rss+xml" href="/rss/tin-moi.rss">'
    routes = {"/": section_html(home + [("/video/xem-ngay-12345", NOW), ("/the-gioi/trang-2", NOW)],
                                extra_head=alternate)}
    sim = SiteSim(routes).start()
    base = sim.base_url
    sim.set("/robots.txt", robots(base + "/sitemap.xml", base + "/sitemaps/news.xml"))
    sim.set("/rss/tin-moi.rss", rss(feed + [("/the-gioi", NOW), ("/tag/ngoai-giao-12.html", NOW)], base))
    sim.set("/sitemaps/news.xml", urlset(news, base, news=True))
    sim.set("/sitemap.xml", sitemap_index(["/sitemaps/news.xml"], base))
    for n, (path, when) in enumerate(home + feed + news):
        page = article_html(path, n, when)
        stamp = f'<meta property="article:published_time" content="{when.isoformat()}">'
        sim.set(path, page if dated else page.replace(stamp, ""))
    return sim


def test_a_one_line_source_discovers_feeds_sitemaps_and_article_shape():
    with one_line_site() as site:
        found = run(Source(name="moi", base_url=site.base_url))
        expected = {site.url(p) for p, _ in articles(0, 10)}
        assert {c.url for c in found.candidates} == expected
        assert not found.failures
        assert len(found.shapes) == 1 and found.shapes[0].links == 5
        by = [(e.kind, e.found_by, e.url.removeprefix(site.base_url)) for e in found.entries]
        assert by == [("section", "home page", ""), ("feed", "<link rel=alternate>", "/rss/tin-moi.rss"),
                      ("sitemap", "robots.txt", "/sitemaps/news.xml"), ("sitemap", "robots.txt", "/sitemap.xml")]


def test_explicit_keys_win_over_what_the_site_says():
    with one_line_site() as site:
        source = Source(name="moi", base_url=site.base_url, feeds=(site.url("/rss/tin-moi.rss"),), sitemaps=(),
                        sitemaps_from_robots=False, sections=(site.url("/"),), article_pattern=r"/the-gioi/[a-z0-9-]+-post\d+\.html$")
        found = run(source)
        assert found.shapes == ()  # a pattern is given: nothing learned
        assert [e.found_by for e in found.entries if e.kind == "feed"] == ["sources file"]
        assert not [e for e in found.entries if e.kind == "sitemap"]  # sitemaps = (): not even robots.txt's
        assert len(found.candidates) == 8
        none = run(Source(name="moi", base_url=site.base_url, feeds_from_pages=False, sitemaps_from_robots=False,
                          sections=(site.url("/"),)))  # `feeds = []` and `sitemaps = []`: the section page only
        assert [e.kind for e in none.entries] == ["section"] and len(none.candidates) == 5


def test_sources_check_confirms_a_learned_shape_by_cleaning_one_of_its_pages():
    with one_line_site() as site:
        source = Source(name="moi", base_url=site.base_url, delay=0.0)
        (check,) = check_sources([source], None, FetchPolicy(**POLICY))
        assert check.ok and check.shapes[0][1].startswith("confirmed: dated ")
        assert "learned shape" in format_check(check)
    with one_line_site(dated=False) as site:
        (check,) = check_sources([Source(name="moi", base_url=site.base_url, delay=0.0)], None, FetchPolicy(**POLICY))
        assert check.shapes[0][1] == "rejected: no date"


def test_the_month_an_index_does_not_list_yet_is_fetched():
    this, last = months_back(2)
    with SiteSim({}) as site:
        base = site.base_url
        site.set("/robots.txt", robots(base + "/sitemap.xml"))
        site.set("/", section_html([]))
        site.set("/sitemap.xml", sitemap_index([f"/sitemaps/{last[0]}/{last[1]}/article.xml"], base))
        site.set(f"/sitemaps/{last[0]}/{last[1]}/article.xml", urlset(articles(0, 2), base))
        site.set(f"/sitemaps/{this[0]}/{this[1]}/article.xml", urlset(articles(2, 2), base))
        found = run(Source(name="thang", base_url=base, article_pattern=r"-post\d+\.html$"))
        assert {c.url for c in found.candidates} == {site.url(p) for p, _ in articles(0, 4)}
        assert ("month after the index", 2) in [(e.found_by, e.accepted) for e in found.entries]
        assert not found.failures


def test_month_arithmetic():
    assert _months(None, None, date(2026, 1, 10)) == [(2026, 1), (2025, 12)]
    assert _months(date(2025, 11, 20), date(2026, 1, 2), date(2026, 5, 1)) == [(2026, 1), (2025, 12), (2025, 11)]
    children = [(None, "https://v.vn/sitemaps/2025/11/article.xml"), (None, "https://v.vn/sitemaps/2025/12/article.xml")]
    assert _months_after_index(children, date(2026, 2, 3)) == ["https://v.vn/sitemaps/2026/2/article.xml",
                                                               "https://v.vn/sitemaps/2026/1/article.xml"]
    assert _months_after_index([(None, "https://p.vn/sitemaps/news-2025-09.xml")], date(2025, 10, 9)) == [
        "https://p.vn/sitemaps/news-2025-10.xml"]
    assert _months_after_index([(None, "https://t.vn/sitemaps-2026-6-21-25.xml")], date(2026, 8, 1)) == []


def test_a_zone_listing_without_a_zone_on_the_section_page_fails_clearly():
    with SiteSim({"/robots.txt": robots(), "/": section_html([]),
                  "/chinh-tri.htm": section_html(articles(0, 3))}) as site:
        source = Source(name="z", base_url=site.base_url, sections=(site.url("/chinh-tri.htm"),), sitemaps=(),
                        listing=site.base_url + "/timelinelist/{zone}/{page}.htm", article_pattern=r"-post\d+\.html$")
        found = run(source)
        assert [f.reason for f in found.failures] == ["no_zone"]
        assert len(found.candidates) == 3  # the section page's own links still count


def test_feeds_a_page_announces():
    head = ('<html><head><link rel="alternate" type="application/rss+xml; charset=UTF-8" href="/rss/a.rss">'
            '<link rel="alternate" hreflang="en" href="/en"><link rel="stylesheet" href="/s.css"></head>'
            '<body><a href="/rss/b.rss">RSS</a></body></html>')
    assert _announced_feeds(lxml.html.document_fromstring(head)) == ["/rss/a.rss"]
    listed = ('<html><body><a href="/rss/thoi-su.rss">Thời sự</a><a href="/rss_feed/">Tin</a><a href="/rss.html">'
              'Trang RSS</a><a href="/tin/bai-1.html">bài</a></body></html>')
    assert _announced_feeds(lxml.html.document_fromstring(listed)) == ["/rss/thoi-su.rss", "/rss_feed/"]
