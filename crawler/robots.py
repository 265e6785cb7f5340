"""robots.txt rules of one origin, as the fetcher needs them: may we fetch this URL, how long to wait.

Rules are read with `protego`, which follows RFC 9309: the longest matching rule wins whatever its place in
the file (an "Allow: /" first no longer hides the Disallow lines after it), "*" matches any run of
characters and "$" anchors the end, and the groups naming our product token are merged and win over "*".
urllib.robotparser applies the first matching line and reads "*" and "$" literally, so it allowed what
most modern robots.txt files forbid.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from protego import Protego

MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309 2.5: parse at least 500 KiB; the rest of a longer file is ignored
ROBOTS_FETCH_BYTES = 4 * MAX_ROBOTS_BYTES  # a longer file is still read, and cut to MAX_ROBOTS_BYTES
MAX_AGE = 24 * 3600.0  # RFC 9309 2.4: a cached robots.txt should not be used for more than 24 hours
UNREACHABLE_RETRY = 300.0  # an unreachable robots.txt means "crawl nothing" until it is asked again


@dataclass
class Robots:
    """Parsed robots.txt of one origin. `allow_all` when the file is missing (4xx), `disallow_all` when it
    could not be read (5xx, 429, timeout, refused): RFC 9309 2.3.1.3-4 say a missing file allows everything
    and an unreachable one forbids everything, for now. `expires_at` (time.monotonic()) is when it must be
    read again."""

    rules: Protego | None = None
    allow_all: bool = False
    disallow_all: bool = False
    note: str = ""
    sitemaps: list[str] = field(default_factory=list)
    expires_at: float = float("inf")

    @classmethod
    def from_text(cls, text: str, max_age: float = MAX_AGE) -> Robots:
        """Rules from the text of a robots.txt (only its first MAX_ROBOTS_BYTES are read)."""
        encoded = text.encode("utf-8", errors="replace")
        if len(encoded) > MAX_ROBOTS_BYTES:
            # cut at the last line end within the limit, so no rule is read half
            head = encoded[:MAX_ROBOTS_BYTES]
            text = head[: head.rfind(b"\n") + 1 or len(head)].decode("utf-8", errors="ignore")
        rules = Protego.parse(text)
        return cls(rules=rules, sitemaps=list(rules.sitemaps), expires_at=time.monotonic() + max_age)

    @classmethod
    def missing(cls, note: str, max_age: float = MAX_AGE) -> Robots:
        """No usable robots.txt (404, 410, 403, ...): everything may be fetched."""
        return cls(allow_all=True, note=note, expires_at=time.monotonic() + max_age)

    @classmethod
    def unreachable(cls, note: str, retry_after: float = UNREACHABLE_RETRY) -> Robots:
        """robots.txt could not be read (5xx, 429, network error): nothing may be fetched until it is asked
        again after `retry_after` seconds."""
        return cls(disallow_all=True, note=note, expires_at=time.monotonic() + retry_after)

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.expires_at

    def allowed(self, agent: str, url: str) -> bool:
        """Whether `agent` (the product token, e.g. 'diendam') may fetch `url` (a full URL)."""
        if self.disallow_all:
            return False
        if self.allow_all or self.rules is None:
            return True
        return self.rules.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float | None:
        """Seconds between requests the file asks of `agent`: its group's Crawl-delay, else the "*" group's
        (stricter than RFC 9309 group selection, on purpose: a site that slows down every robot means us),
        else one derived from Request-rate."""
        if self.rules is None:
            return None
        for name in (agent, "*"):
            delay = self.rules.crawl_delay(name)
            if delay is not None:
                return max(0.0, delay)
        for name in (agent, "*"):
            rate = self.rules.request_rate(name)
            if rate is not None and rate.requests:
                return rate.seconds / rate.requests
        return None


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against: 'diendam/0.1 (...)' -> 'diendam'."""
    return user_agent.split("/", 1)[0].split()[0].strip().lower() if user_agent.strip() else "*"
