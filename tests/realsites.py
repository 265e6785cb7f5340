"""Loopback sites in the shapes of the real ones, for proving that the shipped sources file finds and accepts
their articles (tests/test_sources_realshapes.py) and for `diendam sources check` tests.

Each `SiteShape` reproduces one shipped source's URL shapes and entry point forms as recorded in
diendam/sources.toml (feed paths, sitemap paths including monthly ones, section pages, the baochinhphu
`/timelinelist/<zone>/<page>.htm` paging with its `#hdZoneId`, the nhandan `/article/Paging?...pageIndex=`
partials). The page text is our own filler: only URL shapes and page structure follow the real sites.
The cookie wall and the 403 firewall belong to the fetch stage's tests.

    with RealSites() as sites:            # one SiteSim per shipped source, on 127.0.0.10, .11, ...
        sources = sites.sources()         # the shipped sources with their hosts moved to the loopback sites
        sites.articles["vov.vn"]          # every article URL the vov.vn site publishes
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from sitesim import Request, Route, SiteSim

from crawler.sources import DEFAULT_SOURCES, Source, load_sources

VN = timezone(timedelta(hours=7))
XML = "application/xml"
NOW = datetime.now(VN).replace(microsecond=0)
WORDS = ["thu-tuong", "dien-dam", "voi", "bo-truong", "ngoai-giao", "hai-nuoc", "hop-tac", "chien-luoc",
         "trao-doi", "quan-he", "doi-tac", "toan-dien", "thuc-day", "kinh-te"]


def slug(n: int, words: int = 7) -> str:
    """A headline-like slug (7 words by default) that differs with `n`."""
    return "-".join(WORDS[(n * 3 + i) % len(WORDS)] for i in range(words))


def rfc822(when: datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S +0700")


def article_html(path: str, n: int, when: datetime) -> str:
    body = "".join(f"<p>Đoạn {i} của bài thử số {n}: hai bên trao đổi về hợp tác song phương và các vấn đề "
                   "cùng quan tâm trong thời gian tới, nhất trí thúc đẩy quan hệ đối tác.</p>" for i in range(6))
    return (f'<html><head><title>Bài thử {n}</title><link rel="canonical" href="{path}">'
            f'<meta property="article:published_time" content="{when.isoformat()}"></head>'
            f"<body><nav><a href='/'>Trang chủ</a></nav><article><h1>Bài thử số {n}</h1>{body}</article>"
            "</body></html>")


def rss(items: list[tuple[str, datetime]], base: str) -> Route:
    body = "".join(f"<item><title>Tin {i}</title><link>{base}{path}</link><pubDate>{rfc822(when)}</pubDate></item>"
                   for i, (path, when) in enumerate(items))
    return Route(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{body}'
                 "</channel></rss>", content_type="application/rss+xml")


def urlset(items: list[tuple[str, datetime]], base: str, news: bool = False) -> Route:
    def one(path: str, when: datetime) -> str:
        if news:
            return (f"<url><loc>{base}{path}</loc><news:news><news:publication_date>{when.isoformat()}"
                    "</news:publication_date><news:title>Tin</news:title></news:news></url>")
        return f"<url><loc>{base}{path}</loc><lastmod>{when.isoformat()}</lastmod></url>"

    return Route('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                 + "".join(one(*i) for i in items) + "</urlset>", content_type=XML)


def sitemap_index(children: list[str], base: str) -> Route:
    body = "".join(f"<sitemap><loc>{base}{c}</loc></sitemap>" for c in children)
    return Route('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                 f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>', content_type=XML)


def section_html(links: list[tuple[str, datetime]], extra_head: str = "", extra_body: str = "") -> str:
    """A section page: menu, tag and paging links around a list of dated story links."""
    stories = "".join(f'<div class="story"><h3><a href="{p}">Tiêu đề bài {i}</a></h3>'
                      f'<span class="time">{w.strftime("%d/%m/%Y %H:%M")}</span></div>'
                      for i, (p, w) in enumerate(links))
    menu = ('<nav><a href="/">Trang chủ</a><a href="/the-gioi">Thế giới</a><a href="/lien-he.html">Liên hệ</a>'
            '<a href="/tag/ngoai-giao-12.html">ngoại giao</a></nav>')
    return (f"<html><head><title>Mục</title>{extra_head}</head><body>{menu}<div class='list'>{stories}</div>"
            f"{extra_body}</body></html>")


def months_back(count: int) -> list[tuple[int, int]]:
    """(year, month) of this month and the `count - 1` before it, newest first."""
    year, month, out = NOW.year, NOW.month, []
    for _ in range(count):
        out.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


@dataclass
class SiteShape:
    """One loopback site: its routes (given its own base URL) and every article path it publishes."""

    name: str
    build: Callable[[SiteShape, str], dict[str, object]]
    article_path: Callable[[int], str]
    articles: list[str] = field(default_factory=list)
    counter: int = 0

    def new(self, count: int, age_hours: int = 2) -> list[tuple[str, datetime]]:
        """`count` new article paths, each with a publication time, newest first; their pages are served."""
        out = []
        for _ in range(count):
            self.counter += 1
            path = self.article_path(self.counter)
            out.append((path, NOW - timedelta(hours=age_hours + self.counter)))
            self.articles.append(path)
        return out


ROBOTS_OPEN = "User-agent: *\nAllow: /\n"


def robots(*sitemaps: str) -> Route:
    return Route(ROBOTS_OPEN + "".join(f"Sitemap: {s}\n" for s in sitemaps), content_type="text/plain")


# ------------------------------------------------------------------------------------------ the sites


def _baoquocte(site: SiteShape, base: str) -> dict[str, object]:
    return {"/robots.txt": robots(base + "/sitemap-news.xml"),
            "/rss_feed/": rss(site.new(4), base),
            "/sitemap-news.xml": urlset(site.new(3), base, news=True),
            "/ngoai-giao": section_html(site.new(5))}


def _vietnamplus(site: SiteShape, base: str) -> dict[str, object]:
    routes: dict[str, object] = {"/robots.txt": robots(),
                                 "/rss/chinhtri-291.rss": rss(site.new(3), base),
                                 "/rss/thegioi-209.rss": rss(site.new(3), base),
                                 "/sitemaps/google-news.xml": urlset(site.new(3), base, news=True),
                                 "/thegioi.vnp": section_html(site.new(3) + [("/thegioi/trang-2.vnp", NOW)])}
    for year, month in months_back(2):
        routes[f"/sitemaps/news-{year}-{month}.xml"] = urlset(site.new(2), base)
    return routes


def _baochinhphu(site: SiteShape, base: str) -> dict[str, object]:
    zone = '<input type="hidden" name="hdZoneId" id="hdZoneId" value="1010" />'
    pages = {n: site.new(3) for n in (1, 2, 3)}
    routes: dict[str, object] = {
        "/robots.txt": robots(),
        "/quoc-te.rss": rss(site.new(2), base), "/chinh-tri.rss": rss(site.new(2), base),
        "/chinh-tri.htm": section_html(pages[1], extra_body=zone)}
    for n, links in pages.items():  # the timeline partial: story blocks only
        routes[f"/timelinelist/1010/{n}.htm"] = "".join(
            f'<div class="box-stream-item"><a class="box-stream-link-title" href="{p}">Tin</a></div>'
            for p, _ in links)
    return routes


def _mofa(site: SiteShape, base: str) -> dict[str, object]:
    feed = '<link rel="alternate" type="application/rss+xml" title="Tin" href="/rss/tin-tuc.rss">'
    return {"/robots.txt": robots(base + "/sitemap.xml"),
            "/": section_html([], extra_head=feed),  # read for its feeds only: the same one
            "/sitemap.xml": sitemap_index(["/sitemaps/tin-chi-tiet.xml"], base),
            "/sitemaps/tin-chi-tiet.xml": urlset(site.new(2), base),
            "/rss/tin-tuc.rss": rss(site.new(2), base),
            "/hoat-dong-lanh-dao-bo": section_html(site.new(2), extra_head=feed),
            "/hoat-dong-pho-thu-tuong-bo-truong": section_html(site.new(2), extra_head=feed),
            "/hoat-dong-doi-ngoai-cap-cao": section_html(site.new(2), extra_head=feed)}


def _nhandan(site: SiteShape, base: str) -> dict[str, object]:
    pages = {n: site.new(3) for n in (1, 2)}

    def paging(request: Request) -> Route:
        query = parse_qs(urlsplit(request.path).query, keep_blank_values=True)
        if query.get("categoryId") != ["1171"] or query.get("displayView") != ["PagingPartial"]:
            return Route("bad request", status=400)
        links = pages.get(int(query.get("pageIndex", ["0"])[0]), [])
        return Route("".join(f'<article><h3 class="box-title"><a href="{p}">Tin</a></h3>'
                             f'<div class="box-meta-small">{w.strftime("%H:%M %d/%m/%Y")}</div></article>'
                             for p, w in links))

    return {"/robots.txt": robots(base + "/sitemaps/google-news.xml"),
            "/sitemaps/google-news.xml": urlset(site.new(2), base, news=True),
            "/rss/chinhtri-1171.rss": rss(site.new(2), base), "/rss/thegioi-1231.rss": rss(site.new(2), base),
            "/chinhtri": section_html(site.new(2)), "/article/Paging": paging}


def _vov(site: SiteShape, base: str) -> dict[str, object]:
    routes: dict[str, object] = {"/robots.txt": robots(base + "/sitemap.xml"),
                                 "/rss/chinh-tri-209.rss": rss(site.new(3), base)}
    this, last = months_back(2)
    for year, month in (this, last):  # the index would list `last` only; both files answer
        routes[f"/sitemaps/{year}/{month}/article.xml"] = urlset(site.new(2), base)
    routes["/sitemap.xml"] = sitemap_index([f"/sitemaps/{last[0]}/{last[1]}/article.xml"], base)
    return routes


def _qdnd(site: SiteShape, base: str) -> dict[str, object]:
    routes: dict[str, object] = {"/robots.txt": robots(),
                                 "/rss/cate/chinh-tri-3429.rss": rss(site.new(3), base),
                                 "/rss/cate/tin-tuc-moi-nhat.rss": rss(site.new(3), base),
                                 "/sitemaps/0/top300article.xml": urlset(site.new(3), base)}
    for n in (1, 2):  # /p/<n> pages of the section; /p/3 is past the end (404)
        routes[f"/chinh-tri/tin-tuc/p/{n}"] = section_html(site.new(3))
    return routes


def _feeds_only(*paths: str) -> Callable[[SiteShape, str], dict[str, object]]:
    def build(site: SiteShape, base: str) -> dict[str, object]:
        return {"/robots.txt": robots(base + "/sitemap.xml"), **{p: rss(site.new(3), base) for p in paths}}
    return build


def shapes() -> list[SiteShape]:
    """A fresh set of the site shapes (they count the articles they hand out)."""
    return [
        SiteShape("baoquocte.vn", _baoquocte, lambda n: f"/{slug(n)}-{1600 + n * 37}.html"),
        SiteShape("vietnamplus.vn", _vietnamplus, lambda n: f"/{slug(n)}-post{1090000 + n}.vnp"),
        SiteShape("baochinhphu.vn", _baochinhphu, lambda n: f"/{slug(n)}-1022512011{n:08d}.htm"),
        SiteShape("mofa.gov.vn", _mofa, lambda n: f"/tin-chi-tiet/chi-tiet/{slug(n)}-{59000 + n}-{600 + n}.html"),
        SiteShape("nhandan.vn", _nhandan,
                  lambda n: f"/{slug(n)}-post{910000 + n}.html" if n % 3 else f"/chinhtri/{slug(n)}-post{910000 + n}.html"),
        SiteShape("vov.vn", _vov, lambda n: f"/chinh-tri/{slug(n)}-post{1120000 + n}.vov"),
        SiteShape("qdnd.vn", _qdnd, lambda n: f"/chinh-tri/doi-ngoai/{slug(n)}-{800000 + n}"),
        SiteShape("tuoitre.vn", _feeds_only("/rss/the-gioi.rss", "/rss/thoi-su.rss"),
                  lambda n: f"/{slug(n)}-2025120110{n:07d}.htm"),
        SiteShape("thanhnien.vn", _feeds_only("/rss/thoi-su.rss", "/rss/the-gioi.rss"),
                  lambda n: f"/{slug(n)}-1852512011{n:08d}.htm"),
        SiteShape("vnexpress.net", _feeds_only("/rss/the-gioi.rss", "/rss/thoi-su.rss"),
                  lambda n: f"/{slug(n)}-{4900000 + n}.html"),
    ]


class RealSites:
    """Every shaped site served on its own loopback address; `sources()` moves the shipped sources there."""

    def __init__(self, first_host: int = 10) -> None:
        self.shapes = shapes()
        self.sims: dict[str, SiteSim] = {}
        self.first_host = first_host

    def __enter__(self) -> RealSites:
        for offset, shape in enumerate(self.shapes):
            sim = SiteSim({}, host=f"127.0.0.{self.first_host + offset}").start()
            self.sims[shape.name] = sim
            for path, route in shape.build(shape, sim.base_url).items():
                sim.set(path, route)
            for n, path in enumerate(shape.articles):
                sim.set(path, article_html(path, n, NOW - timedelta(hours=n + 1)))
        return self

    def __exit__(self, *exc: object) -> None:
        for sim in self.sims.values():
            sim.stop()

    @property
    def articles(self) -> dict[str, set[str]]:
        return {s.name: {self.sims[s.name].base_url + p for p in s.articles} for s in self.shapes}

    def sources_text(self, path: Path = DEFAULT_SOURCES) -> str:
        """The shipped sources file with every source's origin replaced by its loopback site's and no delay;
        the article patterns are left exactly as shipped."""
        text = path.read_text(encoding="utf-8")
        shipped = {s.name: s for s in load_sources(path)}
        for name, sim in self.sims.items():
            origin = shipped[name].base_url.rstrip("/")
            text = text.replace(origin + "/", sim.base_url + "/").replace(f'"{origin}"', f'"{sim.base_url}"')
        text = re.sub(r"(?m)^delay = .*$", "", text)
        return re.sub(r'(?m)^(base_url = "[^"]*")$', r"\1\ndelay = 0.0", text)

    def write_sources(self, path: Path) -> Path:
        path.write_text(self.sources_text(), encoding="utf-8")
        return path

    def sources(self, tmp: Path) -> list[Source]:
        sources = load_sources(self.write_sources(tmp / "sources.toml"))
        assert {s.name for s in sources} == set(self.sims), "every shipped source needs a shaped site"
        return sources
