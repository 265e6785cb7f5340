"""Source health: is a source dead, or has it quietly moved?

A site that moves its feeds or its listing does not fail loudly: its old entry points answer 404 (or a
page that is no feed), or keep answering with nothing new, and the daily crawl collects zero new articles
from it forever. Each run therefore records per-source figures (`crawl_runs.source_stats`) and names the
sources that need a look (`crawl_runs.sources_may_have_moved`): those with no new article in
`QUIET_RUNS_LIMIT` consecutive daily runs, and those whose entry points fail now.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

QUIET_RUNS_LIMIT = 3  # consecutive daily runs without a new article before a source is named
# Discovery notes about an entry point that still worked (it was long, or held more than we take)
NOT_ENTRY_FAILURES = frozenset({"candidates_capped", "sitemap_limit", "feed_truncated", "sitemap_truncated",
                                "listing_truncated"})


@dataclass
class SourceHealth:
    """What one run saw of one source."""

    candidates: int = 0  # new article URLs discovery found
    fetched: int = 0  # of them, fetched (or unchanged, 304)
    failed: int = 0  # of them, not fetched
    new_articles: int = 0  # articles first stored by this run
    entry_points_failed: list[str] = field(default_factory=list)  # "URL (reason)"
    unreachable: bool = False  # no entry point answered at all
    quiet_runs: int | None = None  # consecutive daily runs without a new article, this one included

    @property
    def failed_completely(self) -> bool:
        """Nothing came from this source: no entry point answered, or every page it offered failed."""
        return self.unreachable or (self.candidates > 0 and self.fetched == 0 and self.failed > 0)

    def as_dict(self) -> dict:
        return asdict(self)


def quiet_streak(name: str, new_now: int, history: Iterable[dict | None]) -> int:
    """Consecutive daily runs, this one included, in which `name` stored no new article. `history` is the
    `source_stats` of the earlier runs, newest first; a run that did not record the source (older schema,
    or the source was not configured then) ends the count: a streak is only claimed where it is known."""
    if new_now:
        return 0
    streak = 1
    for stats in history:
        figures = (stats or {}).get(name)
        if not isinstance(figures, dict) or figures.get("new_articles") is None or figures["new_articles"]:
            break
        streak += 1
    return streak


def why_moved(health: SourceHealth, limit: int = QUIET_RUNS_LIMIT) -> str | None:
    """Why a source may have moved, in one line, or None when it looks fine."""
    reasons = []
    if health.entry_points_failed:
        shown = health.entry_points_failed[:3]
        more = len(health.entry_points_failed) - len(shown)
        reasons.append("entry points failing: " + ", ".join(shown) + (f" and {more} more" if more else ""))
    elif health.unreachable:
        reasons.append("no entry point answered")
    if health.quiet_runs is not None and health.quiet_runs >= limit:
        reasons.append(f"no new article in the last {health.quiet_runs} daily runs")
    return "; ".join(reasons) or None


def sources_may_have_moved(per_source: dict[str, SourceHealth], limit: int = QUIET_RUNS_LIMIT) -> list[dict]:
    """[{"source", "why"}] for every source `why_moved` names, in the sources' order."""
    return [{"source": name, "why": why} for name, health in per_source.items()
            if (why := why_moved(health, limit)) is not None]


def every_source_failed(per_source: dict[str, SourceHealth]) -> bool:
    """True when the run had sources and none of them gave anything: the run failed, whatever else it did."""
    return bool(per_source) and all(h.failed_completely for h in per_source.values())


# What a placeholder of a configured entry point stands for once discovery has filled it in (in normalised
# URLs the braces are percent-encoded): any zone id, a year, a month.
_PLACEHOLDERS = {"%7Bzone%7D": r"[^/?#&]+", "%7Byear%7D": r"\d{4}", "%7Bmonth%7D": r"\d{1,2}"}


def _entry_point_regex(url: str) -> re.Pattern[str]:
    """A normalised entry point URL as a regex; `{zone}`, `{year}` and `{month}` match what they are filled with."""
    pattern = re.escape(url)
    for placeholder, replacement in _PLACEHOLDERS.items():
        pattern = pattern.replace(re.escape(placeholder), replacement)
    return re.compile(pattern + "$")


def entry_point_failures(entry_points: Sequence[str], failures: Iterable[tuple[str, str]]) -> list[str]:
    """"URL (reason)" for each (url, reason) failure on one of the source's own entry points (normalised
    URLs; templated ones match every URL discovery filled them in as)."""
    wanted = set(entry_points)
    templates = [_entry_point_regex(u) for u in entry_points if "%7B" in u]
    out: list[str] = []
    for url, reason in failures:
        own = url in wanted or any(t.match(url) for t in templates)
        if own and reason not in NOT_ENTRY_FAILURES:
            item = f"{url} ({reason})"
            if item not in out:
                out.append(item)
    return out
