"""Discover stage: article URLs of a source from its feeds, sitemaps and paginated listing pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Candidate:
    """An article URL found for a source, with the publication time the route gave, if any."""

    url: str  # normalised
    source: str
    published: datetime | None = None
    via: str = ""  # "feed", "sitemap" or "listing"
    title: str | None = None
