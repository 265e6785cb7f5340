"""Discover stage: article URLs of a source from its feeds, sitemaps and paginated listing pages.

All XML is parsed with entity expansion, DTD loading and network access off (a billion-laughs document
stays small) and streamed element by element, so a 50 MB sitemap does not become a 1 GB tree. The same
article found through several routes is returned once, under its normalised URL.
"""

from __future__ import annotations

import functools
import io
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

import lxml.html
from lxml import etree

from crawler.fetch import Fetcher, FetchFailure, Page
from crawler.shapes import LearnedShape, learn_shapes
from crawler.sources import Source, fill_template
from crawler.urls import host_of, normalize_url

VN_TZ = timezone(timedelta(hours=7))  # naive dates on Vietnamese sites are local time
FEED_MAX_BYTES = 10_000_000
SITEMAP_MAX_BYTES = 50_000_000  # the sitemap protocol's own limit, compressed or not
SITEMAP_MAX_DEPTH = 3
MAX_DISCOVERED_FEEDS = 10  # feeds taken from <link rel="alternate"> of one source's section pages
MAX_SITEMAP_MONTHS = 120  # monthly sitemaps ({year}/{month}) one backfill may ask for
# A month in a sitemap index child's URL: /2026/6/article.xml, news-2026-07.xml
_CHILD_MONTH = re.compile(r"(?P<year>(?:19|20)\d{2})(?P<sep>[/-])(?P<month>\d{1,2})(?=/|\.xml)")
_OLDEST = datetime(1970, 1, 1, tzinfo=UTC)
_NEXT_CLASS = re.compile(r"(?:^|[\s_-])next(?:$|[\s_-])", re.I)
_NEXT_TEXT = re.compile(r"^(?:trang sau|trang tiếp|sau|tiếp|tiếp theo|xem tiếp|next|[›»>]+)\s*[›»>]*$")
_STATIC = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|css|js|ico|mp[34]|zip|rar|docx?|xlsx?)$", re.I)


@dataclass(frozen=True)
class Candidate:
    """An article URL found for a source, with the publication time the route gave, if any."""

    url: str  # normalised
    source: str
    published: datetime | None = None
    via: str = ""  # "feed", "sitemap" or "listing"
    title: str | None = None


@dataclass(frozen=True)
class DiscoveryLimits:
    """How much one source may make discovery do in one run. A hostile or broken site (a million-URL
    sitemap, an index of ten thousand children, a listing page of 100,000 links) costs CPU and memory in
    proportion to what it lists; these caps bound that. Hitting one is recorded as a failure (reason
    `sitemap_truncated`, `sitemap_limit`, `feed_truncated`, `listing_truncated` or `candidates_capped`)
    and discovery goes on with what it has."""

    sitemap_entries: int = 50_000  # <url>/<sitemap> entries read per sitemap file (the protocol's own limit)
    sitemap_files: int = 1_000  # sitemap files fetched per source and run (index children included)
    feed_entries: int = 5_000  # <item>/<entry> read per feed
    listing_links: int = 20_000  # anchors looked at per listing page (a real one has a few hundred)
    candidates: int = 200_000  # new candidates per source and run


@dataclass
class EntryReport:
    """What one entry point (section page, feed, sitemap, listing page) gave, for `diendam sources check`."""

    url: str
    kind: str  # "section", "home" (read for its feeds only), "feed", "sitemap" or "listing"
    found_by: str = "sources file"  # or "robots.txt", "<link rel=alternate>", "month after the index"...
    status: int | None = None  # HTTP status; None when no answer came
    items: int = 0  # feed items, sitemap entries or links read
    accepted: int = 0  # of them, article URLs of the source
    newest: datetime | None = None  # newest publication date among the accepted ones
    children: int = 0  # child sitemaps a sitemap index listed (their own rows follow)
    problem: str = ""  # failure reason ('' when it answered and parsed)

    def saw(self, published: datetime | None) -> None:
        self.accepted += 1
        if published is not None and (self.newest is None or published > self.newest):
            self.newest = published


@dataclass
class Discovery:
    """What discovery found for one source: new article candidates, and every fetch or parse failure."""

    candidates: list[Candidate] = field(default_factory=list)
    failures: list[FetchFailure] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # entry points that answered 304 Not Modified
    stats: Counter[str] = field(default_factory=Counter)
    entries: list[EntryReport] = field(default_factory=list)  # one per entry point tried, in order
    shapes: tuple[LearnedShape, ...] = ()  # article shapes learned from section pages (no article_pattern)

    def entry(self, url: str, kind: str, found_by: str = "sources file") -> EntryReport:
        report = EntryReport(url, kind, found_by)
        self.entries.append(report)
        return report

    def failed(self, report: EntryReport, failure: FetchFailure, record: bool = True) -> None:
        """Note a failed entry point; `record=False` for a guessed URL whose absence is no failure."""
        report.status, report.problem = failure.status, failure.reason
        if record:
            self.failures.append(failure)

    def unchanged_since_last(self, report: EntryReport, page: Page) -> bool:
        """Note the entry point's answer; True when it is 304 Not Modified (nothing new to read there)."""
        report.status = page.status
        if page.status != 304:
            return False
        self.unchanged.append(page.url)
        report.problem = "not modified"
        return True


# ---------------------------------------------------------------------------------------------- dates

_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D{1,5}(\d{1,2})[:h](\d{2}))?")
_YMD = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date(text: str | None) -> datetime | None:
    """A publication time from a feed, sitemap or listing: RFC 822, ISO 8601, or Vietnamese dd/mm/yyyy.
    Returns an aware datetime (naive times are taken as Vietnam time), None when unparseable or absurd."""
    if not text:
        return None
    text = text.strip()
    when: datetime | None = None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        when = None
    if when is None:
        iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
        try:
            when = datetime.fromisoformat(iso)
        except ValueError:
            when = None
    if when is None and (m := _DMY.search(text)):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hour, minute = int(m.group(4) or 0), int(m.group(5) or 0)
        try:
            when = datetime(year, month, day, hour, minute)
        except ValueError:
            when = None
    if when is None and (m := _YMD.search(text)):
        try:
            when = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            when = None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=VN_TZ)
    if not 1990 <= when.year <= datetime.now(UTC).year + 1:
        return None
    return when


def _local_date(when: datetime) -> date:
    return when.astimezone(VN_TZ).date()


def _in_range(when: datetime | None, since: date | None, until: date | None) -> bool:
    if when is None:
        return True
    day = _local_date(when)
    return (since is None or day >= since) and (until is None or day <= until)


# ------------------------------------------------------------------------------------------------ XML


_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.S | re.I)


class XMLBroken(ValueError):
    """Malformed XML: the records before the damage were still yielded."""


class XMLTooLarge(ValueError):
    """A decompressed document above its cap."""


def gunzip_capped(data: bytes, cap: int) -> bytes:
    """Decompress gzip data, refusing to produce more than `cap` bytes (gzip bombs)."""
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = decoder.decompress(data, cap + 1)
    if len(out) > cap or decoder.unconsumed_tail:
        raise XMLTooLarge(f"gzip data decompresses to more than {cap} bytes")
    return out


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""  # comments, processing instructions
    return _local_name(tag)


@functools.lru_cache(maxsize=512)
def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].split(":")[-1].lower()


_RECORD_TAGS = {"item", "entry", "url", "sitemap"}


def iter_xml_records(body: bytes) -> Iterator[tuple[str, str, dict[str, str]]]:
    """Stream (root tag, record tag, fields) for each <item>/<entry>/<url>/<sitemap> of a feed or sitemap.
    Fields map child local names to their text ('link' also from Atom <link href>, alternate first).
    Entities are not expanded, DTDs and the network are never loaded; malformed XML raises `XMLBroken`
    after the records that could be read were yielded."""
    root_tag = ""
    # Feeds and sitemaps never need a DTD; dropping an internal subset removes entity bombs before libxml2
    # sees them (it would stop at its amplification limit and lose the whole document).
    head = body[:65536]
    doctype = _DOCTYPE.search(head)
    if doctype:
        body = body[: doctype.start()] + body[doctype.end():]
    context = etree.iterparse(
        io.BytesIO(body), events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
        huge_tree=False, recover=True, remove_comments=True, remove_pis=True,
    )
    depth = 0
    for event, element in context:
        if event == "start":
            if depth == 0:
                root_tag = _local(element.tag)
            depth += 1
            continue
        depth -= 1
        name = _local(element.tag)
        if name not in _RECORD_TAGS or depth == 0:
            continue
        fields: dict[str, str] = {}
        for child in element.iterdescendants():
            child_name = _local(child.tag)
            if not child_name:
                continue
            if child_name == "link" and child.get("href"):
                rel = (child.get("rel") or "alternate").lower()
                if rel == "alternate" and "link" not in fields:
                    fields["link"] = child.get("href", "")
                continue
            text = (child.text or "").strip()
            if text and child_name not in fields:
                fields[child_name] = text
        yield root_tag, name, fields
        element.clear()
        parent = element.getparent()
        while parent is not None and element.getprevious() is not None:
            del parent[0]
    fatal = [e for e in context.error_log if e.level_name == "FATAL" and e.type_name != "ERR_UNDECLARED_ENTITY"]
    if fatal:
        raise XMLBroken(f"line {fatal[0].line}: {fatal[0].message}")


# -------------------------------------------------------------------------------------------- helpers


class _Collector:
    """Keeps one candidate per normalised URL and applies the source's filters."""

    def __init__(self, source: Source, since: date | None, until: date | None,
                 known: Callable[[str], bool] | None, result: Discovery, max_candidates: int = 200_000) -> None:
        self.source, self.since, self.until, self.known, self.result = source, since, until, known, result
        self.max_candidates = max_candidates
        self.full = False  # the candidate cap was reached: every route stops
        self.by_url: dict[str, Candidate] = {}
        self.out_of_range: set[str] = set()  # dated outside since..until by one route: not taken from another
        base = normalize_url(source.base_url)
        self.base_scheme, _, rest = base.partition("://")
        self.base_netloc = rest.split("/", 1)[0]
        self.listing_re = _listing_regex(source.listing)
        self.shapes: tuple[LearnedShape, ...] = ()  # learned from section pages when there is no pattern

    def normalise(self, href: str, base: str) -> str | None:
        """Normalised URL; the site's own pages are also put on the scheme and www-or-not host of
        `base_url`, since feeds and sitemaps mix http/https and www/bare hosts for one article."""
        try:
            url = normalize_url(href, base=base)
        except ValueError:
            return None
        scheme, rest = url.split("://", 1)
        netloc, _, path = rest.partition("/")
        if ":" in netloc:  # explicit port: leave it alone
            return url
        own = self.base_scheme, self.base_netloc
        bare = netloc[4:] if netloc.startswith("www.") else netloc
        own_bare = own[1][4:] if own[1].startswith("www.") else own[1]
        if bare == own_bare and (scheme, netloc) != own:
            return f"{own[0]}://{own[1]}/{path}"
        return url

    def article_url(self, url: str | None) -> bool:
        """Same site, looks like an article (pattern or heuristics), not a listing page or a static file."""
        stats = self.result.stats
        if url is None:
            stats["bad_url"] += 1
            return False
        if not self.source.owns_host(re.sub(r"^https?://([^/:]+).*$", r"\1", url)):
            stats["offsite"] += 1
            return False
        if self.listing_re is not None and self.listing_re.search(url):
            return False
        if self.source.article_pattern is not None:
            if not self.source.is_article(url):
                stats["not_article"] += 1
                return False
            return True
        if self.shapes:
            if not any(shape.matches(url) for shape in self.shapes):
                stats["not_article"] += 1
                return False
            return True
        path = url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0]
        last = path.rstrip("/").rsplit("/", 1)[-1]
        if not path or _STATIC.search(path) or not (last.count("-") >= 3 or re.search(r"\d{5,}", last)):
            stats["not_article"] += 1
            return False
        return True

    def add(self, url: str, via: str, published: datetime | None, title: str | None) -> str:
        """'new', 'seen' (already in this run), 'known' (already stored), 'out_of_range' or 'full' (the
        per-run candidate cap is reached: the URL is dropped and the caller should stop)."""
        existing = self.by_url.get(url)
        if existing is not None:
            if (existing.published is None and published) or (not existing.title and title):
                self.by_url[url] = Candidate(url, existing.source, existing.published or published,
                                             existing.via, existing.title or title)
            self.result.stats["duplicate"] += 1
            return "seen"
        if self.known is not None and self.known(url):
            self.result.stats["known"] += 1
            return "known"
        if url in self.out_of_range or not _in_range(published, self.since, self.until):
            self.out_of_range.add(url)
            self.result.stats["out_of_range"] += 1
            return "out_of_range"
        if len(self.by_url) >= self.max_candidates:
            if not self.full:
                self.full = True
                self.result.failures.append(_fail(url, "candidates_capped",
                                                  f"more than {self.max_candidates} new candidates for "
                                                  f"{self.source.name} in one run; the rest are left for later"))
            self.result.stats["candidates_capped"] += 1
            return "full"
        self.by_url[url] = Candidate(url, self.source.name, published, via, (title or "").strip() or None)
        self.result.stats[f"via_{via}"] += 1
        return "new"


def _listing_regex(template: str | None) -> re.Pattern[str] | None:
    if not template:
        return None
    try:
        pattern = normalize_url(fill_template(template, page="PAGEPLACEHOLDER", zone="ZONEPLACEHOLDER"))
    except ValueError:
        return None
    pattern = re.escape(pattern).replace("PAGEPLACEHOLDER", r"\d+").replace("ZONEPLACEHOLDER", r"\d+")
    return re.compile("^" + pattern + "$")


def _fail(url: str, reason: str, detail: str) -> FetchFailure:
    return FetchFailure(url=url, reason=reason, detail=detail, at=datetime.now(UTC))


# ---------------------------------------------------------------------------------------------- routes


def _text_near(element: etree._Element, cap: int) -> str | None:
    """The element's text if it is short (a story block), None when it is a big container."""
    parts, size = [], 0
    for piece in element.itertext():
        size += len(piece)
        if size > cap:
            return None
        parts.append(piece)
    return " ".join(parts)


def _link_date(anchor: etree._Element) -> datetime | None:
    """The date printed next to a link in a listing (its story block), if there is one."""
    element = anchor
    for _ in range(4):
        text = _text_near(element, 700)
        if text is None:
            return None
        for time_el in element.iter("time"):
            if found := parse_date(time_el.get("datetime") or time_el.text_content()):
                return found
        if _DMY.search(text) or _YMD.search(text):
            return parse_date(text)
        element = element.getparent()
        if element is None:
            return None
    return None


def _html_doc(page: Page, report: EntryReport, result: Discovery, what: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(page.text())
    except (etree.ParserError, ValueError) as exc:
        result.failed(report, _fail(page.url, "bad_html", f"{what} unreadable: {exc}"))
        return None


def _zone_id(doc: lxml.html.HtmlElement) -> str | None:
    """The zone (category) id a section page announces in <input id="hdZoneId" value="...">: the CMS behind
    baochinhphu.vn and others pages a section through /timelinelist/<zone>/<page>.htm with it."""
    for element in doc.iter("input"):
        if (element.get("id") or "").lower() == "hdzoneid":
            value = (element.get("value") or "").strip()
            return value if value.isdigit() else None
    return None


_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml"}
_FEED_LINK = re.compile(r"(?:\.rss|/rss_feed/?|/feed/?|/rss/[^/?#]*\.xml)$", re.I)


def _announced_feeds(doc: lxml.html.HtmlElement) -> list[str]:
    """Feed hrefs a page announces: <link rel="alternate" type="application/rss+xml">, or failing those
    (many Vietnamese sites list their feeds on the page instead) links whose path ends like a feed.
    Written here rather than taken from trafilatura's determine_feed: discovery runs in worker threads,
    and importing trafilatura there, next to the clean stage importing it, is a needless risk."""
    announced = [link.get("href", "") for link in doc.iter("link")
                 if "alternate" in (link.get("rel") or "").lower().split()
                 and (link.get("type") or "").split(";")[0].strip().lower() in _FEED_TYPES and link.get("href")]
    if announced:
        return announced
    return [a.get("href", "") for a in doc.iter("a") if _FEED_LINK.search((a.get("href") or "").split("?")[0])]


@dataclass
class _SectionFindings:
    feeds: list[str] = field(default_factory=list)  # from <link rel="alternate"> (only when none configured)
    zone: str | None = None


async def _sections(source: Source, fetcher: Fetcher, col: _Collector, result: Discovery,
                    limits: DiscoveryLimits) -> _SectionFindings:
    """Read the section pages (or the home page of a one-line source): their feeds, their zone id, and their
    article links, from which the article shapes are learned when the source has no `article_pattern`.
    A source without a `feeds` key also has its home page read, for the feeds it announces only."""
    found = _SectionFindings()
    read: list[tuple[EntryReport, list[tuple[etree._Element, str]]]] = []
    pages = [(url, "section", "home page" if url == source.base_url and not source.sections else "sources file")
             for url in source.section_pages]
    find_feeds = not source.feeds and source.feeds_from_pages
    if find_feeds and source.base_url not in source.section_pages:
        pages.append((source.base_url, "home", "feed discovery"))
    for url, kind, found_by in pages:
        report = result.entry(url, kind, found_by)
        page = await fetcher.fetch(url, accept="html")
        if isinstance(page, FetchFailure):
            result.failed(report, page, record=kind == "section")  # the home page is only asked for feeds
            continue
        report.status = page.status
        doc = _html_doc(page, report, result, "section page")
        if doc is None:
            continue
        links: list[tuple[etree._Element, str]] = []
        for index, anchor in enumerate(doc.iter("a")):
            if index >= limits.listing_links:
                break
            href = anchor.get("href")
            link = col.normalise(href, page.final_url) if href and not href.startswith(("#", "javascript:")) else None
            if link is not None:
                links.append((anchor, link))
        report.items = len(links)
        if kind == "section":
            read.append((report, links))
            found.zone = found.zone or _zone_id(doc)
        if find_feeds:
            for feed in _announced_feeds(doc):
                feed_url = col.normalise(feed, page.final_url)
                if (feed_url and source.owns_host(host_of(feed_url)) and feed_url not in found.feeds
                        and len(found.feeds) < MAX_DISCOVERED_FEEDS):
                    found.feeds.append(feed_url)
    if source.article_pattern is None:
        col.shapes = result.shapes = learn_shapes([link for _, links in read for _, link in links])
        result.stats["shapes_learned"] += len(col.shapes)
    for report, links in read:
        for anchor, link in links:
            if col.full or not col.article_url(link):
                continue
            published = _link_date(anchor)
            report.saw(published)
            col.add(link, "section", published, anchor.text_content().strip() or anchor.get("title"))
    return found


async def _feeds(feeds: list[tuple[str, str]], fetcher: Fetcher, col: _Collector, result: Discovery,
                 limits: DiscoveryLimits) -> None:
    for feed_url, found_by in feeds:
        if col.full:
            return
        report = result.entry(feed_url, "feed", found_by)
        page = await fetcher.fetch(feed_url, conditional=True, accept="xml", max_bytes=FEED_MAX_BYTES)
        if isinstance(page, FetchFailure):
            result.failed(report, page)
            continue
        if result.unchanged_since_last(report, page):
            continue
        count = 0
        try:
            for _root, tag, fields in iter_xml_records(page.body):
                if tag not in ("item", "entry"):
                    continue
                if count >= limits.feed_entries:
                    result.failures.append(_fail(page.url, "feed_truncated",
                                                 f"feed has more than {limits.feed_entries} entries; "
                                                 "the rest were not read"))
                    break
                count += 1
                href = fields.get("link") or (fields.get("guid") if "://" in fields.get("guid", "") else None)
                url = col.normalise(href, page.final_url) if href else None
                if not col.article_url(url):
                    continue
                raw_date = fields.get("pubdate") or fields.get("published") or fields.get("date") \
                    or fields.get("updated") or fields.get("issued")
                published = parse_date(raw_date)
                if raw_date and published is None:
                    result.stats["bad_date"] += 1
                report.saw(published)
                if col.add(url, "feed", published, fields.get("title")) == "full":
                    break
        except (etree.XMLSyntaxError, XMLBroken) as exc:
            report.items = count
            result.failed(report, _fail(page.url, "bad_xml", f"feed unreadable after {count} items: {exc}"))
            continue
        report.items = count
        if count == 0:
            result.failed(report, _fail(page.url, "empty_feed", "no <item> or <entry> found"))


def _months(since: date | None, until: date | None, today: date) -> list[tuple[int, int]]:
    """(year, month) pairs a monthly sitemap template is filled with, newest first: since..until for a
    backfill, this month and the one before for a daily run (the last days of a month stay recent)."""
    last = until or today
    if since is None:
        first = (last.replace(day=1) - timedelta(days=1)).replace(day=1)
    else:
        first = since.replace(day=1)
    months: list[tuple[int, int]] = []
    year, month = last.year, last.month
    while (year, month) >= (first.year, first.month) and len(months) < MAX_SITEMAP_MONTHS:
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def _sitemap_entry_points(source: Source, since: date | None, until: date | None) -> list[tuple[str, str]]:
    today = datetime.now(VN_TZ).date()
    points: list[tuple[str, str]] = []
    for template in source.sitemaps:
        if "{year}" in template or "{month}" in template:
            points += [(fill_template(template, year=y, month=m), "sources file (monthly)")
                       for y, m in _months(since, until, today)]
        else:
            points.append((template, "sources file"))
    return points


def _months_after_index(children: list[tuple[datetime | None, str]], until: date | None) -> list[str]:
    """Monthly children an index does not list yet: a site that adds a month to its index only once the month
    is over (vov.vn) already serves the current month's sitemap at the same URL shape."""
    newest: tuple[int, int, re.Match[str], str] | None = None
    for _, child in children:
        for m in _CHILD_MONTH.finditer(child):
            key = (int(m.group("year")), int(m.group("month")))
            if 1 <= key[1] <= 12 and (newest is None or key > newest[:2]):
                newest = (*key, m, child)
    if newest is None:
        return []
    year, month, match, child = newest
    last = until or datetime.now(VN_TZ).date()
    guessed: list[str] = []
    while len(guessed) < 2:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        if (year, month) > (last.year, last.month):
            break
        text = f"{month:02d}" if match.group("month").startswith("0") else str(month)
        guessed.append(child[:match.start()] + f"{year}{match.group('sep')}{text}" + child[match.end():])
    return guessed[::-1]  # newest first


async def _sitemaps(source: Source, fetcher: Fetcher, col: _Collector, result: Discovery,
                    since: date | None, until: date | None, limits: DiscoveryLimits) -> None:
    entry_points = _sitemap_entry_points(source, since, until)
    if not entry_points and source.sitemaps_from_robots and fetcher.policy.obey_robots:  # none configured: use what robots.txt announces
        announced = await fetcher.robots_sitemaps(source.base_url)
        announced.sort(key=lambda u: "news" not in u.lower())  # news sitemaps hold the newest articles
        entry_points = [(u, "robots.txt") for u in announced]
        result.stats["robots_sitemaps"] += len(announced)
    queue: list[tuple[str, int, str]] = [(u, 0, by) for u, by in entry_points]
    done: set[str] = set()
    while queue and not col.full:
        sitemap_url, depth, found_by = queue.pop(0)
        if sitemap_url in done:
            continue
        done.add(sitemap_url)
        if len(done) > limits.sitemap_files:
            left = len({u for u, _, _ in queue} - done) + 1
            result.failures.append(_fail(sitemap_url, "sitemap_limit",
                                         f"more than {limits.sitemap_files} sitemap files for {source.name}; "
                                         f"{left} not fetched (the oldest)"))
            break
        report = result.entry(sitemap_url, "sitemap", found_by)
        guessed = found_by.endswith("(monthly)") or found_by == "month after the index"
        page = await fetcher.fetch(sitemap_url, conditional=True, accept="xml", max_bytes=SITEMAP_MAX_BYTES)
        if isinstance(page, FetchFailure):
            result.failed(report, page, record=not (guessed and page.status == 404))
            continue
        if result.unchanged_since_last(report, page):
            continue
        body = page.body
        if body[:2] == b"\x1f\x8b":  # a .xml.gz file served as is
            try:
                body = gunzip_capped(body, SITEMAP_MAX_BYTES)
            except XMLTooLarge as exc:
                result.failed(report, _fail(page.url, "too_large", str(exc)))
                continue
            except (zlib.error, EOFError) as exc:
                result.failed(report, _fail(page.url, "bad_encoding", f"broken gzip: {exc}"))
                continue
        count = 0
        children: list[tuple[datetime | None, str]] = []
        try:
            for _root, tag, fields in iter_xml_records(body):
                loc = fields.get("loc")
                if not loc:
                    continue
                if count >= limits.sitemap_entries:
                    result.failures.append(_fail(page.url, "sitemap_truncated",
                                                 f"sitemap has more than {limits.sitemap_entries} entries; "
                                                 "the rest were not read"))
                    result.stats["sitemap_truncated"] += 1
                    break
                count += 1
                lastmod = parse_date(fields.get("lastmod"))
                if tag == "sitemap":
                    if depth + 1 > SITEMAP_MAX_DEPTH:
                        result.failures.append(_fail(loc, "sitemap_depth", "sitemap index nested too deep"))
                        continue
                    child = col.normalise(loc, page.final_url)
                    if child:
                        children.append((lastmod, child))
                    continue
                if tag != "url":
                    continue
                url = col.normalise(loc, page.final_url)
                if not col.article_url(url):
                    continue
                published = parse_date(fields.get("publication_date"))
                report.saw(published or lastmod)
                if since is not None and published is None and lastmod is not None and _local_date(lastmod) < since:
                    result.stats["out_of_range"] += 1  # not even modified since then
                    continue
                if col.add(url, "sitemap", published, fields.get("title")) == "full":
                    break
        except (etree.XMLSyntaxError, XMLBroken) as exc:
            report.items = count
            result.failed(report, _fail(page.url, "bad_xml", f"sitemap unreadable after {count} entries: {exc}"))
            continue
        finally:  # newest child sitemaps first, so the file cap never costs the recent articles
            report.items, report.children = count, len(children)
            months = [(u, depth + 1, "month after the index") for u in _months_after_index(children, until)]
            recent = []
            for lastmod, child in children:
                if since is not None and lastmod is not None and _local_date(lastmod) < since:
                    result.stats["sitemap_skipped_old"] += 1
                else:
                    recent.append((lastmod, child))
            recent.sort(key=lambda c: c[0] or _OLDEST, reverse=True)
            queue[:0] = months
            queue.extend((child, depth + 1, "sitemap index") for _, child in recent)
        if count == 0:
            result.failed(report, _fail(page.url, "empty_sitemap", "no <url> or <sitemap> entries with <loc>"))


async def _listing(source: Source, template: str, fetcher: Fetcher, col: _Collector, result: Discovery,
                   since: date | None, limits: DiscoveryLimits) -> None:
    if col.full:
        return
    url: str | None = fill_template(template, page=1)
    number = 1
    visited: set[str] = set()
    listed: set[str] = set()  # article links already seen on earlier listing pages
    uses_rel_next = False  # once a page has said rel=next, a page without it is the last one
    while url and number <= source.max_listing_pages:
        visited.add(url)
        report = result.entry(url, "listing", "sources file" if number == 1 else "listing page")
        page = await fetcher.fetch(url, conditional=number == 1, accept="html")
        if isinstance(page, FetchFailure):
            if number > 1 and page.status == 404:
                result.stats["listing_stop_404"] += 1  # ran past the last page of a template listing
                result.failed(report, page, record=False)
                return
            result.failed(report, page)
            return
        if result.unchanged_since_last(report, page):
            return
        result.stats["listing_pages"] += 1
        if number > 1 and not page.body.strip():  # a paging partial past the last page answers nothing
            result.stats["listing_stop_empty"] += 1
            return
        doc = _html_doc(page, report, result, "listing page")
        if doc is None:
            return
        new, dates = 0, []
        next_url: str | None = None
        labelled_next: str | None = None  # "Trang sau", class="next"... when there is no rel=next
        for index, anchor in enumerate(doc.iter("a", "link")):
            if index >= limits.listing_links:
                result.failures.append(_fail(page.url, "listing_truncated",
                                             f"listing page has more than {limits.listing_links} links; "
                                             "the rest were not read"))
                result.stats["listing_links_capped"] += 1
                break
            href = anchor.get("href")
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            rel = (anchor.get("rel") or "").lower().split()
            if "next" in rel:
                next_url = next_url or col.normalise(href, page.final_url)
                continue
            if anchor.tag == "link":
                continue
            report.items += 1
            link = col.normalise(href, page.final_url)
            if labelled_next is None and link not in (None, page.url, page.final_url) and (
                    _NEXT_CLASS.search(anchor.get("class") or "")
                    or _NEXT_TEXT.match(anchor.text_content().strip().casefold())):
                labelled_next = link
                continue
            if not col.article_url(link):
                continue
            published = _link_date(anchor)
            report.saw(published)
            if published is not None:
                dates.append(_local_date(published))
            title = anchor.text_content().strip() or anchor.get("title")
            # a link first met in a feed still counts as progress here: only stored (known) links and links
            # already listed on earlier pages mean the listing has reached old ground
            added = col.add(link, "listing", published, title)
            if added == "full":
                return
            if added != "known" and link not in listed:
                new += 1
            listed.add(link)
        if new == 0:
            result.stats["listing_stop_no_new"] += 1
            return
        if since is not None and dates and max(dates) < since:
            result.stats["listing_stop_since"] += 1
            return
        number += 1
        next_url = next_url or labelled_next
        if next_url is not None:
            uses_rel_next = True
        elif uses_rel_next:
            result.stats["listing_stop_last_page"] += 1
            return
        else:
            next_url = col.normalise(fill_template(template, page=number), page.final_url)
        url = next_url if next_url not in visited else None


async def discover(source: Source, fetcher: Fetcher, since: date | None = None, until: date | None = None,
                   known: Callable[[str], bool] | None = None, *,
                   limits: DiscoveryLimits | None = None) -> Discovery:
    """New article URLs of `source` from its section pages, feeds, sitemaps and listing pages (in that order,
    deduplicated by normalised URL). What the sources file leaves out is found on the site: feeds from the
    section pages' <link rel="alternate">, sitemaps from robots.txt, article shapes from the section pages'
    links, the listing's {zone} from the first section page; explicit keys always win.
    `known(url)` says a URL is already stored: it is not returned, and a listing page
    with nothing but known links ends pagination. Candidates whose known date is outside [since, until]
    are left out; sitemap index entries and listing pages older than `since` are not fetched. `limits`
    bounds the work one source can cause (see `DiscoveryLimits`). `Discovery.entries` says what each entry
    point gave."""
    limits = limits or DiscoveryLimits()
    result = Discovery()
    col = _Collector(source, since, until, known, result, limits.candidates)
    found = await _sections(source, fetcher, col, result, limits)
    feeds = [(u, "sources file") for u in source.feeds] or [(u, "<link rel=alternate>") for u in found.feeds]
    await _feeds(feeds, fetcher, col, result, limits)
    await _sitemaps(source, fetcher, col, result, since, until, limits)
    if source.listing:
        if "{zone}" in source.listing and found.zone is None:
            report = result.entry(source.listing, "listing")
            result.failed(report, _fail(source.listing, "no_zone", "no <input id=\"hdZoneId\"> on the first "
                                        "section page: the listing's {zone} is unknown"))
        else:
            template = fill_template(source.listing, zone=found.zone) if found.zone else source.listing
            await _listing(source, template, fetcher, col, result, since, limits)
    result.candidates = list(col.by_url.values())
    return result


def classify_url(url: str, sources: Sequence[Source]) -> tuple[Source | None, bool]:
    """The source a URL belongs to (the first whose hosts own it) and whether discovery takes it as one of
    that source's articles: the very test a link met in a feed, sitemap or listing goes through (article
    shapes learned during a run aside). `diendam sources match` prints it."""
    try:
        host = host_of(normalize_url(url))
    except ValueError:
        return None, False
    source = next((s for s in sources if s.owns_host(host)), None)
    if source is None:
        return None, False
    col = _Collector(source, None, None, None, Discovery())
    return source, col.article_url(col.normalise(url, source.base_url))
