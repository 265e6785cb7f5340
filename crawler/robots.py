"""robots.txt rules of one origin, as the fetcher needs them: may we fetch this URL, how long to wait."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser

MAX_ROBOTS_BYTES = 512 * 1024  # what Google reads of a robots.txt; the rest is ignored


@dataclass
class Robots:
    """Parsed robots.txt. `allow_all` when the file is missing (4xx), `disallow_all` when it could not be
    read (5xx, timeout): RFC 9309 says an unreachable robots.txt means "crawl nothing" for now."""

    parser: RobotFileParser | None = None
    allow_all: bool = False
    disallow_all: bool = False
    note: str = ""
    sitemaps: list[str] = field(default_factory=list)
    delays: dict[str, float] = field(default_factory=dict)  # user-agent (lower case) -> Crawl-delay

    @classmethod
    def from_text(cls, text: str) -> Robots:
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        sitemaps = re.findall(r"(?im)^\s*sitemap\s*:\s*(\S+)", text)
        return cls(parser=parser, sitemaps=sitemaps, delays=_crawl_delays(text))

    def allowed(self, agent: str, url: str) -> bool:
        """Whether `agent` (the product token, e.g. 'diendam') may fetch `url`."""
        if self.disallow_all:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        """Crawl-delay for `agent` (or for '*'), in seconds; also derived from Request-rate."""
        if self.parser is None:
            return None
        agent = agent.lower()
        for name, delay in self.delays.items():
            if name != "*" and name in agent:
                return delay
        if "*" in self.delays:
            return self.delays["*"]
        rate = self.parser.request_rate(agent)
        if rate is not None and rate.requests:
            return rate.seconds / rate.requests
        return None


def _crawl_delays(text: str) -> dict[str, float]:
    """Crawl-delay per user-agent group; the stdlib parser only understands whole seconds."""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key == "crawl-delay":
            in_rules = True
            try:
                delay = float(value)
            except ValueError:
                continue
            for agent in agents:
                delays.setdefault(agent, max(0.0, delay))
        elif key in ("allow", "disallow", "request-rate"):
            in_rules = True
    return delays


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against: 'diendam/0.1 (...)' -> 'diendam'."""
    return user_agent.split("/", 1)[0].split()[0].strip().lower() if user_agent.strip() else "*"
