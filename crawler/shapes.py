"""Article URL shapes learned from a site's own section pages, for a source that gives no `article_pattern`.

A section page links to dozens of articles that share one URL shape (`/<section>/<headline-slug>-<id>.<ext>`)
and to a few menus, tags and paging links that do not. Grouping the links by shape and keeping the shapes
that many long headline slugs share gives a pattern without anyone writing a regex. The `sources check`
command then confirms a learned shape by cleaning one page of it and finding a dated article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from statistics import median
from urllib.parse import urlsplit

# The last path segment of an article: a headline slug, a hyphen, an optional short word before the id
# ("post", "a", "ar", "d"...), the id (4+ digits) and an optional extension.
_LAST_SEGMENT = re.compile(
    r"^(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*?)-(?P<prefix>[a-z]{0,6})(?P<id>\d{4,})(?P<ext>\.[a-z]{2,5})?$")
# Path segments and queries of navigation pages (tags, topics, categories, paging, search, accounts).
_NAVIGATION = re.compile(r"/(?:tag|tags|tu-khoa|chu-de|topic|topics|category|categories|page|trang|p|search|"
                         r"tim-kiem|login|dang-nhap|author|tac-gia)(?:/|$)|[?&](?:page|p)=", re.I)
# Words before an id that mark a listing, tag or paging URL, never an article.
_NAVIGATION_PREFIXES = {"tag", "tags", "page", "trang", "p", "c", "cat", "cate", "zone", "topic", "tu", "chu"}
MIN_LINKS = 3  # distinct links of one shape on the section pages before the shape is trusted
MIN_SLUG_WORDS = 4  # median words in their slugs: headlines are long, tag and menu names are short


@dataclass(frozen=True)
class LearnedShape:
    """One article URL shape: the regex it stands for, how many links showed it, and one of them."""

    pattern: str
    links: int
    example: str

    def matches(self, url: str) -> bool:
        return re.search(self.pattern, url) is not None


def _shape_key(url: str) -> tuple[int, str, str] | None:
    """(path depth, word before the id, extension) of an article-looking URL; None for anything else."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.query or not parts.path or _NAVIGATION.search(parts.path):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if not segments or any(not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z]{2,5})?", s) for s in segments):
        return None
    m = _LAST_SEGMENT.match(segments[-1])
    if m is None or m.group("prefix") in _NAVIGATION_PREFIXES:
        return None
    return len(segments), m.group("prefix"), m.group("ext") or ""


def _last_segment(url: str) -> re.Match[str] | None:
    """The slug, id and extension of a URL's last path segment, when it has the article form."""
    return _LAST_SEGMENT.match(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])


def _slug_words(url: str) -> int:
    m = _last_segment(url)
    return len(m.group("slug").split("-")) if m else 0


def _id_digits(url: str) -> int:
    m = _last_segment(url)
    return len(m.group("id")) if m else 0


def learn_shapes(links: list[str]) -> tuple[LearnedShape, ...]:
    """Article shapes shared by at least `MIN_LINKS` distinct links with long headline slugs, most common
    first. `links` are normalised absolute URLs found on the source's section pages."""
    groups: dict[tuple[int, str, str], set[str]] = defaultdict(set)
    for url in links:
        key = _shape_key(url)
        if key is not None:
            groups[key].add(url)
    shapes: list[LearnedShape] = []
    for (depth, prefix, ext), urls in groups.items():
        if len(urls) < MIN_LINKS or median(_slug_words(u) for u in urls) < MIN_SLUG_WORDS:
            continue
        digits = max(4, min(_id_digits(u) for u in urls) - 2)  # ids grow; older ones are a little shorter
        parents = r"(?:[a-z0-9-]+/)" + (f"{{{depth - 1}}}" if depth > 1 else "{0}")
        pattern = rf"^https?://[^/]+/{parents}[a-z0-9-]+-{re.escape(prefix)}\d{{{digits},}}{re.escape(ext)}$"
        shapes.append(LearnedShape(pattern, len(urls), sorted(urls)[0]))
    shapes.sort(key=lambda s: -s.links)
    return tuple(shapes)
