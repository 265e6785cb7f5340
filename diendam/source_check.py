"""`diendam sources check`: probe each source live and say what every entry point gives today.

It composes the stages and reaches into none: the fetch stage's `Fetcher` (polite, robots.txt obeyed), the
discover stage run with probe limits (listing page 1, a few sitemap files), and the clean stage on one page
of each learned article shape, which is confirmed when a dated article comes out of it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crawler.discover import EntryReport
    from crawler.fetch import Fetcher, FetchPolicy
    from crawler.shapes import LearnedShape
    from crawler.sources import Source

PROBE_DAYS = 31  # sitemap index children older than this are not fetched by a check
PROBE_SITEMAP_FILES = 6  # sitemap files one check may fetch per source
PROBE_SHAPES = 3  # learned shapes confirmed by cleaning one of their pages


@dataclass
class SourceCheck:
    """The probe of one source: one row per entry point (robots.txt first) and the learned shapes."""

    source: Source
    rows: list[EntryReport] = field(default_factory=list)
    shapes: list[tuple[LearnedShape, str]] = field(default_factory=list)  # (shape, verdict)

    @property
    def article_urls(self) -> int:
        return sum(row.accepted for row in self.rows)

    @property
    def ok(self) -> bool:
        """A source passes when at least one entry point yields an article URL."""
        return self.article_urls > 0


async def _confirm(shape: LearnedShape, fetcher: Fetcher) -> str:
    from crawler.fetch import FetchFailure
    from extractors.clean import clean_html

    page = await fetcher.fetch(shape.example, accept="html")
    if isinstance(page, FetchFailure):
        return f"unconfirmed: {page.reason}"
    article = clean_html(page.body, page.final_url)
    if article is None or not article.text:
        return "rejected: no article text"
    if article.published is None:
        return "rejected: no date"
    return f"confirmed: dated {article.published.isoformat()}"


async def check_source(source: Source, sources: list[Source], policy: FetchPolicy) -> SourceCheck:
    """Probe one source: robots.txt, section pages, every feed, the sitemaps, listing page 1."""
    from crawler.discover import DiscoveryLimits, EntryReport, discover
    from crawler.fetch import Fetcher, FetchFailure

    check = SourceCheck(source)
    probe = replace(source, max_listing_pages=1)
    since = (datetime.now(UTC) - timedelta(days=PROBE_DAYS)).date()
    async with Fetcher(policy, sources) as fetcher:
        robots_url = source.base_url.rstrip("/") + "/robots.txt"
        robots = EntryReport(robots_url, "robots", "base_url")
        page = await fetcher.fetch(robots_url, accept="any")
        if isinstance(page, FetchFailure):
            robots.status, robots.problem = page.status, page.reason
        else:
            robots.status = page.status
            robots.items = len(await fetcher.robots_sitemaps(source.base_url))
        check.rows.append(robots)
        found = await discover(probe, fetcher, since=since, limits=DiscoveryLimits(sitemap_files=PROBE_SITEMAP_FILES))
        check.rows += found.entries
        for shape in found.shapes[:PROBE_SHAPES]:
            check.shapes.append((shape, await _confirm(shape, fetcher)))
    return check


def check_sources(sources: list[Source], names: list[str] | None, policy: FetchPolicy) -> list[SourceCheck]:
    """Probe the named sources (all when `names` is empty), one after the other."""
    chosen = [s for s in sources if not names or s.name in names]
    return [asyncio.run(check_source(s, sources, policy)) for s in chosen]


def _verdict(row: EntryReport) -> str:
    if row.problem:
        return row.problem
    if row.kind in ("robots", "home"):
        return "ok"
    if row.children:
        return f"index of {row.children}"
    return "ok" if row.accepted else "no articles"


def format_check(check: SourceCheck) -> str:
    """The table printed for one source."""
    header = ("entry point", "kind", "found by", "HTTP", "items", "articles", "newest", "verdict")
    lines = [header]
    for row in check.rows:
        newest = row.newest.astimezone(UTC).date().isoformat() if row.newest else "-"
        articles = "-" if row.kind in ("robots", "home") else str(row.accepted)
        lines.append((row.url, row.kind, row.found_by, str(row.status or "-"), str(row.items), articles, newest,
                      _verdict(row)))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = [f"== {check.source.name}"]
    out += ["  " + "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
            for line in lines]
    for shape, verdict in check.shapes:
        out.append(f"  learned shape {shape.pattern} ({shape.links} links, e.g. {shape.example}): {verdict}")
    status = (f"ok: {check.article_urls} article URLs" if check.ok
              else "FAILED: no entry point yielded an article URL")
    out.append(f"  {check.source.name}: {status}")
    return "\n".join(out)
