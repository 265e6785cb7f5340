"""The DuckDB warehouse: versioned schema, raw page archive and idempotent, short write transactions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


class WarehouseError(RuntimeError):
    """A warehouse that cannot be used as asked; the message says why and what to do."""


class WarehouseLocked(WarehouseError):
    """Another process holds the write lock; retry later."""


@dataclass
class LoadItem:
    """One fetched and processed page, ready to load. `calls` are `extractors.Call.to_dict()` dicts."""

    url: str  # normalised URL the page was fetched from
    source: str
    final_url: str
    canonical_url: str | None  # normalised <link rel=canonical>; mobile/AMP copies share it
    status: int
    headers: dict[str, str]
    raw: bytes  # the body as fetched
    fetched_at: datetime
    title: str | None
    published_at: date | None
    text: str | None  # None when the page held no article
    is_call: bool
    extractor_version: str
    calls: list[dict] = field(default_factory=list)


@dataclass
class LoadStats:
    pages: int = 0
    new_articles: int = 0
    new_calls: int = 0
    new_mentions: int = 0


class Warehouse:
    """A DuckDB file. Each write opens the file, does one transaction and closes it, so readers get in."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
