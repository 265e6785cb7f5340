"""The sources file: a TOML list of `[[source]]` tables describing where each site publishes articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SOURCES = Path(__file__).resolve().parent.parent / "diendam" / "sources.toml"


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Source:
    """One news site: its entry points for discovery and its crawl settings."""

    name: str
    base_url: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listing: str | None = None  # URL template with "{page}", page 1 = newest
    article_pattern: str | None = None  # regex a URL must match to be an article
    max_listing_pages: int = 50
    delay: float | None = None  # seconds between requests to this host; None = policy default
    concurrency: int | None = None  # parallel requests to this host; None = policy default
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Read and validate a sources file (default: the shipped one)."""
    raise NotImplementedError
