"""Clean stage: trafilatura main text, title and publication date, minus Vietnamese page noise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CleanArticle:
    """The readable article: what extraction works on and what the warehouse stores as `text`."""

    url: str | None
    title: str | None
    text: str  # NFC, one tone-mark convention, noise lines removed; paragraphs separated by "\n"
    published: date | None
    canonical_url: str | None = None


def normalize_text(text: str) -> str:
    """NFC and one tone-mark placement, so "hoà" and "hòa" compare equal."""
    raise NotImplementedError


def clean_html(html: str, url: str | None = None) -> CleanArticle | None:
    """Main text of an HTML page; None when the page holds no article text."""
    raise NotImplementedError
