"""What the extraction tests share: the calls of a cleaned text, and their pairs of names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractors.calls import extract
from extractors.clean import clean_text

if TYPE_CHECKING:
    from datetime import date

    from extractors.records import Call


def calls_of(text: str, published: date | None = None, url: str | None = None) -> list[Call]:
    """The calls of a text as the pipeline reads it (cleaned first)."""
    return extract(clean_text(text), published=published, url=url).calls


def pairs(calls: list[Call]) -> set[frozenset[str]]:
    """The two names of each call, order left out."""
    return {frozenset(p.name for p in c.participants) for c in calls}


def dated_pairs(calls: list[Call]) -> set[tuple[str | None, frozenset[str]]]:
    """Each call's day and its two names, order left out."""
    return {(c.date, frozenset(p.name for p in c.participants)) for c in calls}
