"""Discovery against a loopback site: feeds, sitemaps, listings, dates, dedupe and hostile XML."""

from __future__ import annotations

import asyncio
import gzip
import time
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from sitesim import Route, SiteSim

from crawler.discover import (
    Discovery,
    DiscoveryLimits,
    XMLBroken,
    _Collector,
    discover,
    iter_xml_records,
    parse_date,
)
from crawler.fetch import Fetcher, FetchPolicy
from crawler.sources import Source


def policy() -> FetchPolicy:
    return FetchPolicy(delay=0.0, backoff=0.01, retries=1)  # a new run for every discovery


ROBOTS = Route("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
PATTERN = r"/tin/[a-z0-9-]+-\d+\.html$"
XML = "application/xml"


def article(n: int) -> str:
    return f"/tin/dien-dam-so-{n}.html"


def rss(items: list[tuple[str, str]]) -> Route:
    body = "".join(f"<item><title>Bài {link}</title><link>{link}</link><pubDate>{when}</pubDate></item>"
                   for link, when in items)
    return Route(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{body}</channel></rss>',
                 content_type="application/rss+xml")


def urlset(entries: list[tuple[str, str]], news: bool = True) -> str:
    def one(loc: str, when: str) -> str:
        if news:
            return (f"<url><loc>{loc}</loc><news:news><news:publication_date>{when}</news:publication_date>"
                    f"<news:title>Tin {loc[-12:]}</news:title></news:news></url>")
        return f"<url><loc>{loc}</loc><lastmod>{when}</lastmod></url>"

    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(one(*e) for e in entries)
            + "</urlset>")


def listing_page(links: list[tuple[str, str]], next_href: str | None) -> str:
    stories = "".join(f'<div class="story"><a href="{href}"><img src="/t.jpg"></a><h3><a href="{href}">Tiêu đề</a>'
                      f"</h3><span>{when}</span></div>" for href, when in links)
    nav = f'<a rel="next" href="{next_href}">Trang sau</a>' if next_href else ""
    menu = '<nav><a href="/">Trang chủ</a><a href="/the-gioi">Thế giới</a><a href="/lien-he.html">Liên hệ</a></nav>'
    return f"<html><body>{menu}<div class='list'>{stories}</div><div class='pagination'>{nav}</div></body></html>"


def run(site: SiteSim, source: Source, **kw) -> Discovery:
    async def go() -> Discovery:
        async with Fetcher(policy(), [source]) as fetcher:
            return await discover(source, fetcher, **kw)

    return asyncio.run(go())


def make_source(site: SiteSim, **kw) -> Source:
    return Source(name="sim", base_url=site.base_url, **kw)


def test_feed_sitemap_listing_deduplicated(tmp_path):
    with SiteSim() as site:
        b = site.base_url
        site.set("/robots.txt", ROBOTS)
        site.set("/rss.xml", rss([(b + article(1) + "?utm_source=rss", "Mon, 03 Nov 2025 08:00:00 +0700"),
                                  (b + article(2), "not a date"), (b + "/video/clip-9.html", "Mon, 03 Nov 2025 08:00:00 +0700")]))
        site.set("/atom.xml", Route('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>'
                                    f'<link rel="alternate" href="{b}{article(3)}"/><link rel="enclosure" href="{b}/x.jpg"/>'
                                    "<updated>2025-11-02T10:00:00Z</updated></entry></feed>", content_type=XML))
        site.set("/sitemap.xml", Route(urlset([(b + article(1), "2025-11-03T08:00:00+07:00"),
                                               (b + article(4) + "#top", "2025-11-01")]), content_type=XML))
        site.set("/tin/trang-1.html", listing_page([(article(4), "01/11/2025"), (article(5), "31/10/2025")], None))
        source = make_source(site, feeds=(site.url("/rss.xml"), site.url("/atom.xml")),
                             sitemaps=(site.url("/sitemap.xml"),), listing=site.url("/tin/trang-{page}.html"),
                             article_pattern=PATTERN)
        found = run(site, source)
        urls = [c.url for c in found.candidates]
        assert urls == [b + article(n) for n in (1, 2, 3, 4, 5)]
        by_url = {c.url: c for c in found.candidates}
        assert by_url[b + article(1)].via == "feed" and by_url[b + article(1)].published.day == 3
        assert by_url[b + article(2)].published is None and found.stats["bad_date"] == 1  # invalid feed date
        assert by_url[b + article(3)].published.isoformat() == "2025-11-02T10:00:00+00:00"
        assert by_url[b + article(4)].via == "sitemap"
        assert by_url[b + article(5)].via == "listing" and by_url[b + article(5)].published.date() == date(2025, 10, 31)
        assert found.failures == []
        assert found.stats["not_article"] >= 1  # the video link
        assert found.stats["listing_stop_last_page"] == 0 and found.stats["listing_pages"] == 1


def test_scheme_and_www_variants_of_the_site_are_one_article():
    source = Source(name="tin", base_url="https://www.tin.example", feeds=("https://www.tin.example/rss",))
    collector = _Collector(source, None, None, None, Discovery())
    for variant in ("http://tin.example/tin/a-1.html", "https://TIN.example/tin/a-1.html/?utm_medium=x",
                    "http://www.tin.example/tin/a-1.html#comments", "/tin/a-1.html"):
        assert collector.normalise(variant, "https://tin.example/rss") == "https://www.tin.example/tin/a-1.html"
    assert collector.normalise("https://other.example/tin/a-1.html", "https://x/") == "https://other.example/tin/a-1.html"
    assert collector.normalise("http://tin.example:8080/x", "https://x/") == "http://tin.example:8080/x"


def test_since_until_and_known_filter():
    with SiteSim() as site:
        b = site.base_url
        site.set("/rss.xml", rss([(b + article(1), "Mon, 03 Nov 2025 08:00:00 +0700"),
                                  (b + article(2), "Sat, 01 Mar 2025 08:00:00 +0700"),
                                  (b + article(3), "Wed, 10 Dec 2025 08:00:00 +0700"),
                                  (b + article(4), "Tue, 04 Nov 2025 08:00:00 +0700")]))
        # the sitemap has no dates: it must not bring back what the feed dated out of range
        site.set("/sitemap.xml", Route(urlset([(b + article(2), ""), (b + article(3), "")], news=False),
                                       content_type=XML))
        source = make_source(site, feeds=(site.url("/rss.xml"),), sitemaps=(site.url("/sitemap.xml"),),
                             article_pattern=PATTERN)
        found = run(site, source, since=date(2025, 11, 1), until=date(2025, 11, 30),
                    known=lambda url: url.endswith(article(4)))
        assert [c.url for c in found.candidates] == [b + article(1)]
        assert found.stats["out_of_range"] == 4 and found.stats["known"] == 1


def test_sitemap_index_gzip_and_lastmod_since():
    with SiteSim() as site:
        b = site.base_url
        index = ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                 f"<sitemap><loc>{b}/sm-old.xml</loc><lastmod>2024-01-31</lastmod></sitemap>"
                 f"<sitemap><loc>{b}/sm-new.xml.gz</loc><lastmod>2025-11-03T00:00:00+07:00</lastmod></sitemap>"
                 "</sitemapindex>")
        site.set("/sitemap.xml", Route(index, content_type=XML))
        site.set("/sm-old.xml", Route(urlset([(b + article(1), "2024-01-10")]), content_type=XML))
        gz = gzip.compress(urlset([(b + article(2), "2025-11-02T09:00:00+07:00"),
                                   (b + article(3), "2025-10-01")], news=False).encode())
        site.set("/sm-new.xml.gz", Route(gz, content_type="application/x-gzip"))
        source = make_source(site, sitemaps=(site.url("/sitemap.xml"),), article_pattern=PATTERN)
        found = run(site, source, since=date(2025, 11, 1))
        assert [c.url for c in found.candidates] == [b + article(2)]
        assert site.requests("/sm-old.xml") == []  # older than `since` by its lastmod: not even fetched
        assert found.stats["sitemap_skipped_old"] == 1
        everything = run(site, source)
        assert {c.url for c in everything.candidates} == {b + article(n) for n in (1, 2, 3)}
        assert site.requests("/sm-new.xml.gz")[-1].time < site.requests("/sm-old.xml")[-1].time  # newest first


def test_sitemaps_announced_by_robots_when_none_configured():
    with SiteSim() as site:
        b = site.base_url
        site.set("/robots.txt", Route(f"User-agent: *\nDisallow:\nSitemap: {b}/news-sitemap.xml\n"
                                      "Sitemap: https://elsewhere.example/sitemap.xml\n", content_type="text/plain"))
        site.set("/news-sitemap.xml", Route(urlset([(b + article(7), "2025-11-03")]), content_type=XML))
        site.set("/list/1", listing_page([], None))
        found = run(site, make_source(site, listing=site.url("/list/{page}"), article_pattern=PATTERN))
        assert [c.url for c in found.candidates] == [b + article(7)]
        assert found.stats["robots_sitemaps"] == 1  # the other host's sitemap is not ours


def test_gzip_bomb_sitemap_is_capped(monkeypatch):
    import crawler.discover as discover_module

    monkeypatch.setattr(discover_module, "SITEMAP_MAX_BYTES", 1_000_000)
    bomb = gzip.compress(b"<urlset>" + b" " * 20_000_000 + b"</urlset>", compresslevel=9)
    with SiteSim({"/sitemap.xml.gz": Route(bomb, content_type="application/gzip")}) as site:
        found = run(site, make_source(site, sitemaps=(site.url("/sitemap.xml.gz"),)))
        assert found.candidates == []
        assert [f.reason for f in found.failures] == ["too_large"]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY ext SYSTEM "file:///etc/passwd">
]>
<rss><channel><item><title>&lol9;&ext;</title><link>BASE/tin/an-toan-1.html</link></item></channel></rss>"""


def test_entity_expansion_and_external_entities_are_not_resolved():
    with SiteSim() as site:
        site.set("/rss.xml", Route(BILLION_LAUGHS.replace("BASE", site.base_url), content_type=XML))
        started = time.monotonic()
        found = run(site, make_source(site, feeds=(site.url("/rss.xml"),), article_pattern=PATTERN))
        assert time.monotonic() - started < 2
        assert [c.url for c in found.candidates] == [site.url("/tin/an-toan-1.html")]
        title = found.candidates[0].title or ""
        assert "lollol" not in title and "root:" not in title
        assert found.failures == []


def test_malformed_xml_keeps_what_it_can_and_reports():
    with SiteSim() as site:
        b = site.base_url
        broken = (f"<rss><channel><item><link>{b}{article(1)}</link></item><item><link>{b}{article(2)}</link>"
                  "</item><item><link>&&&<<< garbage")
        site.set("/rss.xml", Route(broken, content_type=XML))
        site.set("/empty.xml", Route("this is not xml at all", content_type=XML))
        found = run(site, make_source(site, feeds=(site.url("/rss.xml"), site.url("/empty.xml")), article_pattern=PATTERN))
        assert [c.url for c in found.candidates][:2] == [b + article(1), b + article(2)]
        assert sorted((f.url, f.reason) for f in found.failures) == [
            (site.url("/empty.xml"), "bad_xml"), (site.url("/rss.xml"), "bad_xml")]


def test_listing_pagination_stops_at_since_and_follows_rel_next():
    with SiteSim() as site:
        pages = {1: [(article(10), "05/11/2025"), (article(9), "04/11/2025")],
                 2: [(article(8), "03/11/2025"), (article(7), "31/10/2025")],
                 3: [(article(6), "20/10/2025"), (article(5), "19/10/2025")],
                 4: [(article(4), "01/10/2025")]}
        for n, links in pages.items():
            site.set(f"/tin/p-{n}", listing_page(links, f"/tin/p-{n + 1}" if n < 4 else None))
        source = make_source(site, listing=site.url("/tin/p-{page}"), article_pattern=PATTERN)
        found = run(site, source, since=date(2025, 11, 1))
        assert [c.url for c in found.candidates] == [site.url(article(n)) for n in (10, 9, 8)]
        assert found.stats["listing_stop_since"] == 1
        assert site.requests("/tin/p-4") == []
        assert len(site.requests("/tin/p-3")) == 1
        everything = run(site, source)
        assert len(everything.candidates) == 7 and everything.stats["listing_stop_last_page"] == 1


def test_listing_follows_a_next_link_without_rel():
    with SiteSim() as site:
        site.set("/chuyen-muc/ngoai-giao", '<html><body><div class="story"><a href="/tin/a-1.html">A</a></div>'
                 '<div class="paging"><a href="/chuyen-muc/ngoai-giao">1</a>'
                 '<a href="/chuyen-muc/ngoai-giao/p2">Trang sau »</a></div></body></html>')
        site.set("/chuyen-muc/ngoai-giao/p2", '<html><body><a href="/tin/b-2.html">B</a>'
                 '<a class="btn-next" href="/chuyen-muc/ngoai-giao/p3">›</a></body></html>')
        site.set("/chuyen-muc/ngoai-giao/p3", '<html><body><a href="/tin/c-3.html">C</a></body></html>')
        # the template only names the first page; the pages after it are reached by their "next" links
        source = make_source(site, listing=site.url("/chuyen-muc/ngoai-giao?p={page}"), article_pattern=PATTERN)
        site.set("/chuyen-muc/ngoai-giao?p=1", site.routes["/chuyen-muc/ngoai-giao"])
        found = run(site, source)
        assert [c.url for c in found.candidates] == [site.url(p) for p in ("/tin/a-1.html", "/tin/b-2.html",
                                                                          "/tin/c-3.html")]
        assert found.stats["listing_stop_last_page"] == 1


def test_listing_template_without_rel_next_and_known_stop():
    with SiteSim() as site:
        for n in range(1, 30):
            site.set(f"/list?page={n}", listing_page([(article(100 - 2 * n), ""), (article(99 - 2 * n), "")], None))
        source = make_source(site, listing=site.url("/list?page={page}"), article_pattern=PATTERN,
                             max_listing_pages=25)
        known = {site.url(article(n)) for n in range(0, 91)}
        found = run(site, source, known=known.__contains__)
        assert [c.url for c in found.candidates] == [site.url(article(n)) for n in (98, 97, 96, 95, 94, 93, 92, 91)]
        assert found.stats["listing_stop_no_new"] == 1 and found.stats["listing_pages"] == 5
        capped = run(site, make_source(site, listing=site.url("/list?page={page}"), article_pattern=PATTERN,
                                       max_listing_pages=3))
        assert capped.stats["listing_pages"] == 3


def test_listing_without_pattern_uses_heuristics():
    with SiteSim() as site:
        links = [("/thoi-su/thu-tuong-dien-dam-voi-thu-tuong-nhat-ban-123456.html", ""),
                 ("/the-gioi", ""), ("/static/app.js", ""), ("/tag/ngoai-giao", ""), ("/video/p/2", "")]
        site.set("/list/1", listing_page(links, None))
        found = run(site, make_source(site, listing=site.url("/list/{page}")))
        assert [c.url for c in found.candidates] == [site.url(links[0][0])]


def test_ten_thousand_link_listing_is_quick_and_the_link_cap_cuts_bigger_ones():
    with SiteSim() as site:
        links = "".join(f'<li><a href="{article(n)}">Tin {n}</a> <i>0{1 + n % 9}/11/2025</i></li>' for n in range(10_000))
        site.set("/big/1", f"<html><body><ul>{links}</ul></body></html>")
        source = make_source(site, listing=site.url("/big/{page}"), article_pattern=PATTERN, max_listing_pages=1)
        started = time.monotonic()
        found = run(site, source)
        elapsed = time.monotonic() - started
        assert len(found.candidates) == 10_000 and found.failures == []
        assert found.candidates[5].published.date() == date(2025, 11, 6)
        assert elapsed < 10, elapsed
        capped = run(site, source, limits=DiscoveryLimits(listing_links=2_000))
        assert len(capped.candidates) == 2_000  # the first links of the page (the newest) are kept
        assert [(f.reason, f.url) for f in capped.failures] == [("listing_truncated", site.url("/big/1"))]
        assert "2000 links" in capped.failures[0].detail


def test_sitemap_entry_cap_truncates_and_reports():
    with SiteSim() as site:
        entries = [(site.url(article(n)), "2025-11-05") for n in range(30)]
        site.set("/sitemap.xml", Route(urlset(entries), content_type=XML))
        source = make_source(site, sitemaps=(site.url("/sitemap.xml"),), article_pattern=PATTERN)
        found = run(site, source, limits=DiscoveryLimits(sitemap_entries=10))
        assert [c.url for c in found.candidates] == [e[0] for e in entries[:10]]
        assert [f.reason for f in found.failures] == ["sitemap_truncated"]
        assert found.failures[0].url == site.url("/sitemap.xml") and "10 entries" in found.failures[0].detail


def test_sitemap_index_file_cap_keeps_the_newest_children():
    with SiteSim() as site:
        children = []
        for n in range(6):
            site.set(f"/sm-{n}.xml", Route(urlset([(site.url(article(n)), "2025-11-05")]), content_type=XML))
            children.append(f"<sitemap><loc>{site.url(f'/sm-{n}.xml')}</loc><lastmod>2025-11-0{n + 1}</lastmod></sitemap>")
        site.set("/index.xml", Route(f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                     f'{"".join(children)}</sitemapindex>', content_type=XML))
        source = make_source(site, sitemaps=(site.url("/index.xml"),), article_pattern=PATTERN)
        found = run(site, source, limits=DiscoveryLimits(sitemap_files=4))  # the index and 3 children
        assert sorted(c.url for c in found.candidates) == sorted(site.url(article(n)) for n in (3, 4, 5))
        assert [f.reason for f in found.failures] == ["sitemap_limit"]
        assert "3 not fetched" in found.failures[0].detail
        assert not site.requests("/sm-0.xml")  # capped children are not even requested


def test_feed_entry_cap_and_per_run_candidate_cap():
    with SiteSim() as site:
        site.set("/rss.xml", rss([(site.url(article(n)), "Wed, 05 Nov 2025 08:00:00 +0700") for n in range(8)]))
        site.set("/sitemap.xml", Route(urlset([(site.url(article(n)), "2025-11-05") for n in range(100, 110)]),
                                       content_type=XML))
        site.set("/list/1", listing_page([(article(200), "05/11/2025")], None))
        source = make_source(site, feeds=(site.url("/rss.xml"),), sitemaps=(site.url("/sitemap.xml"),),
                             listing=site.url("/list/{page}"), article_pattern=PATTERN)
        found = run(site, source, limits=DiscoveryLimits(feed_entries=5))
        assert len(found.candidates) == 5 + 10 + 1 and [f.reason for f in found.failures] == ["feed_truncated"]
        found = run(site, source, limits=DiscoveryLimits(candidates=7))
        assert [c.url for c in found.candidates] == [site.url(article(n)) for n in (0, 1, 2, 3, 4, 5, 6)]
        assert [f.reason for f in found.failures] == ["candidates_capped"]
        assert "more than 7" in found.failures[0].detail
        assert found.stats["candidates_capped"] == 1  # the route stopped at the first one over
        # discovery stopped there: the sitemap and listing were requested by the first run only
        assert len(site.requests("/sitemap.xml")) == 1 and len(site.requests("/list/1")) == 1


def test_conditional_entry_points_yield_nothing_new_when_unchanged():
    def feed(request):
        if request.headers.get("if-none-match") == '"f1"':
            return Route(status=304, content_type=None)
        route = rss([(site.url(article(1)), "Mon, 03 Nov 2025 08:00:00 +0700")])
        route.headers = {"ETag": '"f1"'}
        return route

    with SiteSim({"/rss.xml": feed}) as site:
        source = make_source(site, feeds=(site.url("/rss.xml"),), article_pattern=PATTERN)
        validators: dict = {}

        async def go() -> Discovery:
            async with Fetcher(policy(), [source], validators) as fetcher:
                return await discover(source, fetcher)

        first = asyncio.run(go())
        assert len(first.candidates) == 1 and site.url("/rss.xml") in validators
        second = asyncio.run(go())
        assert second.candidates == [] and second.unchanged == [site.url("/rss.xml")] and second.failures == []


def test_failures_are_reported_not_swallowed():
    with SiteSim({"/robots.txt": ROBOTS, "/private/rss.xml": rss([])}) as site:
        source = make_source(site, feeds=(site.url("/private/rss.xml"), site.url("/missing.xml")),
                             sitemaps=(site.url("/sm.xml"),), listing=site.url("/l/{page}"))
        found = run(site, source)
        assert sorted(f.reason for f in found.failures) == ["http_404", "http_404", "http_404", "robots"]


def test_parse_date_formats():
    assert parse_date("Mon, 03 Nov 2025 08:00:00 +0700").isoformat() == "2025-11-03T08:00:00+07:00"
    assert parse_date("2025-11-03T01:00:00Z").isoformat() == "2025-11-03T01:00:00+00:00"
    assert parse_date("2025-11-03").isoformat() == "2025-11-03T00:00:00+07:00"
    assert parse_date("Thứ hai, 03/11/2025 08:15 (GMT+7)").isoformat() == "2025-11-03T08:15:00+07:00"
    for bad in ("", None, "hôm qua", "32/13/2025", "Mon, 99 Foo 2025", "0001-01-01"):
        assert parse_date(bad) is None


def test_iter_xml_records_rdf_feed():
    rdf = (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
           b'xmlns:dc="http://purl.org/dc/elements/1.1/"><item><title>T</title><link>https://a.vn/x-1.html</link>'
           b"<dc:date>2025-11-03</dc:date></item></rdf:RDF>")
    assert list(iter_xml_records(rdf)) == [("rdf", "item", {"title": "T", "link": "https://a.vn/x-1.html",
                                                           "date": "2025-11-03"})]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400) | st.text(alphabet="<>/?!&;=\"' abcxmlrsitemurlocfedn\n", max_size=300).map(str.encode))
def test_xml_reader_never_fails_other_than_cleanly(data):
    try:
        for _root, tag, fields in iter_xml_records(data):
            assert tag in ("item", "entry", "url", "sitemap") and isinstance(fields, dict)
    except (XMLBroken, etree.XMLSyntaxError):
        pass
