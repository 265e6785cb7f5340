"""The sources file: a TOML list of `[[source]]` tables describing where each site publishes articles.

Every problem in the file is reported with the file name and the line it is on, because the file is edited
by hand and a crawler that silently ignores a misspelt key crawls the wrong thing for months.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_SOURCES = Path(__file__).resolve().parent.parent / "diendam" / "sources.toml"

_KNOWN_KEYS = {
    "name", "base_url", "aliases", "feeds", "sitemaps", "listing", "sections", "article_pattern",
    "max_listing_pages", "delay", "concurrency", "extra",
}
# Placeholders an entry point may hold: {page} in `listing` (1 = newest), {zone} in `listing` (the zone id the
# first section page announces in <input id="hdZoneId">), {year} and {month} in `sitemaps` (monthly sitemaps).
LISTING_FIELDS = {"page", "zone"}
SITEMAP_FIELDS = {"year", "month"}


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Source:
    """One news site: its entry points for discovery and its crawl settings."""

    name: str
    base_url: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listing: str | None = None  # URL template with "{page}" (page 1 = newest) and optionally "{zone}"
    sections: tuple[str, ...] = ()  # section pages: links, <link rel="alternate"> feeds, zone id
    sitemaps_from_robots: bool = True  # no `sitemaps` key: use robots.txt `Sitemap:` lines; `sitemaps = []`: none
    feeds_from_pages: bool = True  # no `feeds` key: use the home and section pages' feeds; `feeds = []`: none
    article_pattern: str | None = None  # regex a URL must match to be an article (re.search on the full URL)
    max_listing_pages: int = 50
    delay: float | None = None  # seconds between requests to this host; None = policy default
    concurrency: int | None = None  # parallel requests to this host; None = policy default
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    aliases: tuple[str, ...] = ()  # other host names the site published under (an old domain), lower case

    @property
    def host(self) -> str:
        """Host name of `base_url` (lower case, no port)."""
        return (urlsplit(self.base_url).hostname or "").rstrip(".").lower()

    @property
    def entry_templates(self) -> tuple[str, ...]:
        """The entry points as written: base URL, section pages, feeds, sitemaps, listing (placeholders kept)."""
        return (self.base_url, *self.sections, *self.feeds, *self.sitemaps, *((self.listing,) if self.listing else ()))

    @property
    def hosts(self) -> frozenset[str]:
        """Every host this source's entry points live on (feeds may sit on another host than the site)."""
        urls = [fill_template(u, page="1", zone="1", year="2000", month="1") for u in self.entry_templates]
        own = frozenset((urlsplit(u).hostname or "").rstrip(".").lower() for u in urls) - {""}
        return own | frozenset(self.aliases)

    def owns_host(self, host: str) -> bool:
        """True for the source's own hosts and their subdomains (www., m., rss. ...)."""
        host = host.rstrip(".").lower()
        for own in self.hosts:
            root = own[4:] if own.startswith("www.") else own
            if host == own or host == root or host.endswith("." + root):
                return True
        return False

    def is_article(self, url: str) -> bool:
        """Whether a URL passes the source's `article_pattern` (every URL passes when there is none)."""
        return self.article_pattern is None or re.search(self.article_pattern, url) is not None

    @property
    def section_pages(self) -> tuple[str, ...]:
        """Pages read for links, feeds and the zone id: `sections`, or the home page of a source that gives
        no entry point at all (a one-line source)."""
        if self.sections:
            return self.sections
        if not (self.feeds or self.sitemaps or self.listing):
            return (self.base_url,)
        return ()


def template_fields(template: str) -> set[str]:
    """Names of the {placeholders} in an entry point template."""
    return {m.group(1) for m in re.finditer(r"\{([^{}]*)\}", template)}


def fill_template(template: str, **values: str | int) -> str:
    """The template with the given placeholders filled in; other text is left as it is."""
    return re.sub(r"\{([a-z]+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def _table_lines(text: str) -> list[int]:
    """1-based line numbers of every `[[source]]` header, in order, so errors can point at a table."""
    return [i for i, line in enumerate(text.splitlines(), 1) if re.match(r"\s*\[\[\s*source\s*\]\]", line)]


def _key_line(text: str, table_line: int | None, key: str) -> int | None:
    """Line of `key = ...` inside the table that starts at `table_line`."""
    if table_line is None:
        return None
    lines = text.splitlines()
    for i in range(table_line, len(lines)):
        line = lines[i]
        if re.match(r"\s*\[", line):
            break
        if re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*[=.]", line):
            return i + 1
    return table_line


def _absolute_http(url: object) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlsplit(fill_template(url.strip(), page=1, zone=1, year=2000, month=1))
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Read and validate a sources file (default: the shipped one)."""
    path = Path(path) if path is not None else DEFAULT_SOURCES
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise SourcesError(f"{path}: not UTF-8 text ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib puts "(at line L, column C)" in the message; keep it and lead with a line number too.
        m = re.search(r"at line (\d+)", str(exc))
        if m:
            where = f"{path}:{m.group(1)}"
        else:  # "at end of document": point at the last line with content
            where = f"{path}:{max(1, len(text.rstrip().splitlines()))}"
        raise SourcesError(f"{where}: TOML syntax error: {exc}") from None
    return _validate(data, text, path)


def _validate(data: dict, text: str, path: Path) -> list[Source]:
    lines = _table_lines(text)
    for key in data:
        if key != "source":
            m = re.search(rf"(?m)^\s*\[*\s*{re.escape(key)}\b", text)
            line = text[: m.start()].count("\n") + 1 if m else "?"
            raise SourcesError(f"{path}:{line}: unknown top-level key {key!r}; expected only [[source]] tables")
    tables = data.get("source", [])
    if not isinstance(tables, list) or not tables:
        raise SourcesError(f"{path}:1: no [[source]] tables found")

    sources: list[Source] = []
    seen_names: dict[str, int | None] = {}
    for index, table in enumerate(tables):
        table_line = lines[index] if index < len(lines) else None

        def fail(problem: str, key: str | None = None, _tl: int | None = table_line, _i: int = index) -> None:
            line = _key_line(text, _tl, key) if key else _tl
            raise SourcesError(f"{path}:{line if line else '?'}: source #{_i + 1}: {problem}")

        unknown = sorted(set(table) - _KNOWN_KEYS)
        if unknown:
            fail(f"unknown key {unknown[0]!r} (known keys: {', '.join(sorted(_KNOWN_KEYS))})", unknown[0])
        name = table.get("name")
        if not isinstance(name, str) or not name.strip():
            fail("missing or empty 'name'", "name" if "name" in table else None)
        name = name.strip()
        if name in seen_names:
            fail(f"duplicate source name {name!r} (first defined at line {seen_names[name]})", "name")
        seen_names[name] = table_line
        base_url = table.get("base_url")
        if base_url is None:
            fail(f"source {name!r} has no 'base_url'")
        if not _absolute_http(base_url):
            fail(f"'base_url' must be an absolute http(s) URL, got {base_url!r}", "base_url")

        def url_list(key: str, table: dict = table) -> tuple[str, ...]:
            value = table.get(key, [])
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                fail(f"'{key}' must be a list of URLs", key)
            for url in value:
                if not _absolute_http(url):
                    fail(f"'{key}' entry {url!r} is not an absolute http(s) URL (write the full URL)", key)
            return tuple(u.strip() for u in value)

        aliases = table.get("aliases", [])
        if not isinstance(aliases, list) or not all(
                isinstance(a, str) and re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", a.strip().lower()) for a in aliases):
            fail("'aliases' must be a list of host names such as \"nhandan.com.vn\" (no scheme, no path)", "aliases")
        feeds = url_list("feeds")
        sections = url_list("sections")
        sitemaps = url_list("sitemaps")
        for sitemap in sitemaps:
            extra_fields = template_fields(sitemap) - SITEMAP_FIELDS
            if extra_fields:
                fail(f"'sitemaps' entry {sitemap!r}: only {{year}} and {{month}} may appear in braces", "sitemaps")
        listing = table.get("listing")
        if listing is not None:
            if not isinstance(listing, str) or "{page}" not in listing:
                fail("'listing' must be a URL template containing {page}", "listing")
            if not _absolute_http(fill_template(listing, page=1, zone=1)):
                fail(f"'listing' {listing!r} is not an absolute http(s) URL", "listing")
            if template_fields(listing) - LISTING_FIELDS:
                fail("'listing' template is invalid; only {page} and {zone} may appear in braces", "listing")
            if "{zone}" in listing and not sections:
                fail("'listing' uses {zone}: give 'sections' (the zone id is read from the first one)", "listing")
        pattern = table.get("article_pattern")
        if pattern is not None:
            if not isinstance(pattern, str):
                fail("'article_pattern' must be a string", "article_pattern")
            try:
                re.compile(pattern)
            except re.error as exc:
                fail(f"'article_pattern' is not a valid regular expression: {exc}", "article_pattern")
        max_pages = table.get("max_listing_pages", 50)
        if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
            fail(f"'max_listing_pages' must be a positive integer, got {max_pages!r}", "max_listing_pages")
        delay = table.get("delay")
        if delay is not None and (
            not isinstance(delay, int | float) or isinstance(delay, bool) or not math.isfinite(delay) or delay < 0
        ):
            fail(f"'delay' must be a number of seconds >= 0, got {delay!r}", "delay")
        concurrency = table.get("concurrency")
        if concurrency is not None and (
            not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1
        ):
            fail(f"'concurrency' must be a positive integer, got {concurrency!r}", "concurrency")
        extra = table.get("extra", {})
        if not isinstance(extra, dict):
            fail("'extra' must be a table", "extra")
        sources.append(
            Source(
                name=name,
                base_url=base_url.strip(),
                feeds=feeds,
                sitemaps=sitemaps,
                listing=listing,
                sections=sections,
                sitemaps_from_robots="sitemaps" not in table,
                feeds_from_pages="feeds" not in table,
                article_pattern=pattern,
                max_listing_pages=max_pages,
                delay=float(delay) if delay is not None else None,
                concurrency=concurrency,
                extra=dict(extra),
                aliases=tuple(a.strip().lower() for a in aliases),
            )
        )
    return sources
