"""Fetch stage: polite, resilient HTTP with httpx (robots.txt, per-host delay, retries, size limits)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and defensively to fetch. Defaults are the production settings."""

    user_agent: str = "diendam/0.1 (+https://github.com/diendam/diendam; news research crawler)"
    delay: float = 1.0  # minimum seconds between two requests to one host
    concurrency_per_host: int = 1
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # whole response, including a slow drip
    retries: int = 3
    backoff: float = 1.0  # first retry wait; doubles, with jitter
    max_retry_after: float = 120.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    host_failure_limit: int = 5  # consecutive failures before a host is paused for the run
    obey_robots: bool = True
    allowed_hosts: frozenset[str] = frozenset()  # hosts of configured sources; empty = only source hosts


@dataclass(frozen=True)
class Page:
    """A fetched HTTP response with its raw bytes, kept so pages can be re-extracted offline."""

    url: str  # normalised URL that was asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    redirects: tuple[str, ...] = ()
    encoding: str | None = None  # the charset that decodes `body` correctly

    def text(self) -> str:
        """The body decoded with the detected charset."""
        raise NotImplementedError


@dataclass(frozen=True)
class FetchFailure:
    """A URL that was skipped or failed, with a short machine-readable reason (e.g. 'robots', 'http_503',
    'too_large', 'content_type', 'timeout', 'host_paused', 'offsite_redirect') and a human detail."""

    url: str
    reason: str
    detail: str = ""
    status: int | None = None
    at: datetime | None = None
    extra: dict = field(default_factory=dict)


class Fetcher:
    """Async context manager: `async with Fetcher(policy, sources) as f: result = await f.fetch(url)`."""

    async def fetch(self, url: str) -> Page | FetchFailure:  # pragma: no cover - contract
        raise NotImplementedError
