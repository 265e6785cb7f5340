"""The stage composition as plain functions: discover -> fetch -> clean -> extract -> load.

The Prefect flows (flows/crawl.py) and the no-Prefect path (benchmarks, `run_plain`) both run
`run_crawl`/`run_reextract` with an `Executor` that decides where each coarse step runs: a thread pool here,
Prefect tasks (optionally on Dask) in the flows. Steps have a coarse grain on purpose: one discovery per
source, one fetch per batch of URLs of one source, one clean+extract per batch of pages; a 10,000-page
backfill makes a few hundred steps, never one per article. Every write goes through the single caller
thread (`load`), because DuckDB allows one writer.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from flows import health, progress
from flows.health import SourceHealth

log = logging.getLogger("diendam.pipeline")

DEFAULT_BATCH_SIZE = 100  # pages per fetch step and per clean+extract step
LOAD_WINDOW = 4  # clean+extract steps in flight before the writer waits for the oldest


# ----------------------------------------------------------------------------------------------- records
@dataclass
class PageEntry:
    """A fetched page waiting for clean+extract, with what discovery knew about it."""

    page: Any  # crawler.fetch.Page (or a stored raw page rebuilt as one)
    source: str
    published_hint: date | None = None


@dataclass
class FailureRecord:
    """A failure in a form every stage can produce and `Warehouse.record_failures` can store."""

    url: str
    reason: str
    detail: str = ""
    source: str | None = None
    status: int | None = None
    at: datetime | None = None
    stage: str = "fetch"


@dataclass
class Discovered:
    source: str
    urls: list[tuple[str, date | None]]  # (normalised URL, published date the route gave)
    failures: list[FailureRecord]
    found: int = 0  # candidates before skipping stored URLs
    known: int = 0  # links discovery dropped because they are stored already
    validators: dict = field(default_factory=dict)  # entry point URL -> ETag/Last-Modified learnt (200s only)
    unchanged: list[str] = field(default_factory=list)  # entry points that answered 304 Not Modified


@dataclass
class FetchedBatch:
    source: str
    entries: list[PageEntry]
    failures: list[FailureRecord]
    validators: dict
    not_modified: int = 0


@dataclass
class ProcessedBatch:
    items: list  # storage.LoadItem
    failures: list[FailureRecord]
    out_of_window: int = 0  # pages dropped because their published date is outside since..until


@dataclass
class NewCall:
    """What the run summary and the Prefect artifact say about a call."""

    date: str | None
    medium: str
    participants: list[str]
    countries: list[str]
    url: str


@dataclass
class CrawlSummary:
    """What a run did; returned by every flow and printed by the CLI."""

    kind: str
    run_id: Any = None
    sources: list[str] = field(default_factory=list)
    unreachable_sources: list[str] = field(default_factory=list)
    candidates: int = 0
    pages: int = 0
    new_articles: int = 0
    new_calls: int = 0
    calls: list[NewCall] = field(default_factory=list)
    failures: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    out_of_window: int = 0  # WARC pages skipped: published outside since..until
    source_health: dict[str, SourceHealth] = field(default_factory=dict)
    may_have_moved: list[dict] = field(default_factory=list)  # [{"source", "why"}] (flows.health)
    all_sources_failed: bool = False  # every source failed: the run is a failure

    def describe(self) -> str:
        lines = [f"{self.kind}: {self.pages} pages processed, {self.new_articles} new articles, "
                 f"{self.new_calls} new calls in {self.seconds:.1f}s"]
        for call in self.calls:
            who = " - ".join(call.participants) or "?"
            lines.append(f"  call {call.date or 'date unknown'} [{call.medium}] {who} "
                         f"({', '.join(c for c in call.countries if c) or '?'})")
        if self.failures:
            lines.append("  failures: " + ", ".join(f"{reason} {n}" for reason, n in self.failures.most_common()))
        if self.unreachable_sources:
            lines.append("  unreachable sources: " + ", ".join(self.unreachable_sources))
        if self.all_sources_failed:
            lines.append("  every source failed: nothing was crawled")
        for entry in self.may_have_moved:
            lines.append(f"  source may have moved: {entry['source']} ({entry['why']})")
        if self.out_of_window:
            lines.append(f"  skipped: {self.out_of_window} pages published outside the date window")
        return "\n".join(lines)

    def markdown(self) -> str:
        """The Prefect artifact of the run: new articles, new calls, failures by reason."""
        out = [f"# {self.kind}", "", f"- pages processed: {self.pages}", f"- new articles: {self.new_articles}",
               f"- new calls: {self.new_calls}", f"- run id: {self.run_id}", f"- seconds: {self.seconds:.1f}"]
        if self.unreachable_sources:
            out.append(f"- unreachable sources: {', '.join(self.unreachable_sources)}")
        if self.all_sources_failed:
            out.append("- **every source failed**: nothing was crawled")
        if self.may_have_moved:
            out += ["", "## Sources that may have moved", "",
                    "Check their feeds, sitemaps and listing in the sources file "
                    "(docs/politeness-and-health.md).", ""]
            out += [f"- **{entry['source']}**: {entry['why']}" for entry in self.may_have_moved]
        out += ["", "## New calls", ""]
        if self.calls:
            out += ["| date | medium | participants | countries | article |", "|---|---|---|---|---|"]
            for call in self.calls:
                out.append(f"| {call.date or ''} | {call.medium} | {' / '.join(call.participants)} | "
                           f"{', '.join(c for c in call.countries if c)} | {call.url} |")
        else:
            out.append("none")
        out += ["", "## Failures by reason", ""]
        if self.failures:
            out += ["| reason | pages |", "|---|---|"] + [f"| {r} | {n} |" for r, n in self.failures.most_common()]
        else:
            out.append("none")
        return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------------ executors
class Executor(Protocol):
    """Where steps run. `submit` returns something with `.result()`; `wait_for` are earlier such handles
    that must finish first (the fetch batches of one source run one after the other, for politeness)."""

    def submit(self, step: str, fn: Callable[..., Any], kwargs: dict, wait_for: Sequence[Any] = (),
               tags: Sequence[str] = ()) -> Any: ...


class ThreadExecutor:
    """The no-Prefect executor: a thread pool; `wait_for` handles are waited on inside the worker, so the
    pool is wide (a waiting fetch batch holds a thread, like Prefect's thread pool runner does)."""

    def __init__(self, max_workers: int = 64) -> None:
        self.pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="diendam-step")

    def submit(self, step: str, fn: Callable[..., Any], kwargs: dict, wait_for: Sequence[Any] = (),
               tags: Sequence[str] = ()) -> Future:
        def run() -> Any:
            for dep in wait_for:
                dep.exception()  # wait; a failed dependency does not stop the next batch
            return fn(**kwargs)

        return self.pool.submit(run)

    def close(self) -> None:
        self.pool.shutdown(wait=True)

    def __enter__(self) -> ThreadExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------------------------- stages
def fetch_policy(delay: float | None = None, **overrides: Any):
    """The production FetchPolicy, optionally without politeness delay (our own loopback servers)."""
    from crawler.fetch import FetchPolicy

    if delay is not None:
        overrides["delay"] = delay
    return FetchPolicy(**overrides)


def _failure(f: Any, source: str | None, stage: str = "fetch") -> FailureRecord:
    return FailureRecord(url=getattr(f, "url", ""), reason=getattr(f, "reason", "error"),
                         detail=getattr(f, "detail", "") or "", source=source,
                         status=getattr(f, "status", None), at=getattr(f, "at", None) or datetime.now(UTC),
                         stage=stage)


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


async def discover_source_async(source: Any, sources: list, policy: Any, since: date | None,
                                until: date | None, known: frozenset[str], stop_at_known: bool = True,
                                validators: dict | None = None) -> Discovered:
    """Discovery step of one source: candidate article URLs not stored yet (all of them when `known` is empty).

    `stop_at_known` lets discovery end a listing walk at a page of stored links (the daily crawl: what
    follows is older and stored). A backfill passes False: a crash or an earlier daily crawl may have
    stored the newest pages only, and the older ones must still be reached.
    `validators` (entry point URL -> ETag/Last-Modified of an earlier run) make feeds, sitemaps and listing
    page 1 conditional: a 304 means nothing new there. A backfill passes none, because a 304 of listing
    page 1 ends the listing walk before the older pages it is looking for. What the run learns comes back
    in `Discovered.validators` either way."""
    from crawler.discover import discover
    from crawler.fetch import Fetcher

    async with Fetcher(policy, sources, dict(validators or {})) as fetcher:
        found = await discover(source, fetcher, since, until, known.__contains__ if stop_at_known else None)
        learnt = {url: dict(v) for url, v in (getattr(fetcher, "validators", {}) or {}).items()
                  if (validators or {}).get(url) != v}
    seen: set[str] = set()
    urls: list[tuple[str, date | None]] = []
    for cand in found.candidates:
        if cand.url in seen or cand.url in known:
            continue
        published = _as_date(cand.published)
        if since and published and published < since or until and published and published > until:
            continue
        seen.add(cand.url)
        urls.append((cand.url, published))
    return Discovered(source=source.name, urls=urls,
                      failures=[_failure(f, source.name, "discover") for f in found.failures],
                      found=len(found.candidates), known=int(getattr(found, "stats", {}).get("known", 0)),
                      validators=learnt, unchanged=list(getattr(found, "unchanged", []) or []))


def discover_source(source: Any, sources: list, policy: Any, since: date | None, until: date | None,
                    known: frozenset[str], stop_at_known: bool = True, validators: dict | None = None) -> Discovered:
    """`discover_source_async` for callers without an event loop (thread executor)."""
    return asyncio.run(discover_source_async(source, sources, policy, since, until, known, stop_at_known,
                                             validators))


async def fetch_batch_async(source: Any, sources: list, policy: Any, urls: list[tuple[str, date | None]],
                            validators: dict | None = None, conditional: bool = False) -> FetchedBatch:
    """Fetch step: one batch of URLs of one source with one Fetcher (one robots.txt, one politeness clock)."""
    from crawler.fetch import Fetcher

    # Always `conditional=True` so the Fetcher records the ETag/Last-Modified of every page it gets (a later
    # `--refetch` can then ask "changed?"); headers are only sent for URLs given in `validators`, which
    # the caller fills only when `conditional` (a re-fetch of stored pages).
    sent = dict(validators or {}) if conditional else {}
    async with Fetcher(policy, sources, dict(sent)) as fetcher:
        results = [await fetcher.fetch(url, conditional=True) for url, _ in urls]
        new_validators = {url: dict(v) for url, v in (getattr(fetcher, "validators", {}) or {}).items()
                          if sent.get(url) != v}
    entries, failures, not_modified = [], [], 0
    for (_, hint), result in zip(urls, results, strict=True):
        if hasattr(result, "body"):
            if result.status == 304:
                not_modified += 1
                continue
            entries.append(PageEntry(result, source.name, hint))
        else:
            failures.append(_failure(result, source.name))
    return FetchedBatch(source.name, entries, failures, new_validators, not_modified)


def fetch_batch(source: Any, sources: list, policy: Any, urls: list[tuple[str, date | None]],
                validators: dict | None = None, conditional: bool = False) -> FetchedBatch:
    """`fetch_batch_async` for callers without an event loop (thread executor)."""
    return asyncio.run(fetch_batch_async(source, sources, policy, urls, validators, conditional))


def _normalize(url: str | None) -> str | None:
    if not url:
        return None
    from crawler.urls import normalize_url

    try:
        return normalize_url(url)
    except Exception:  # a malformed canonical link must not lose the page
        return None


def _no_article_detail(page: Any) -> str:
    """Why the cleaner may have found nothing, for the fetch log: an empty body or one without text."""
    size = len(page.body or b"")
    if not size:
        return "empty body"
    return f"no main text found in {size} bytes ({page.headers.get('content-type', 'no content type')})"


def _outside(day: date | None, since: date | None, until: date | None) -> bool:
    return day is not None and (since is not None and day < since or until is not None and day > until)


def process_batch(entries: list[PageEntry], since: date | None = None, until: date | None = None) -> ProcessedBatch:
    """Clean+extract step for a batch of pages. A page that breaks the cleaner or the extractor, or in which
    the cleaner finds no article (`no_article`: empty, all script, no main text), is still returned (raw
    page kept, no text) with a failure, so it is counted and `reextract` can retry it after a fix.
    With `since`/`until` (a WARC backfill, where nothing dated the page before), a page published outside the
    window, by the clean stage's date or else the archive record's date, is dropped and counted."""
    from extractors.calls import EXTRACTOR_VERSION, extract
    from extractors.clean import clean_html
    from storage.warehouse import LoadItem

    items, failures, out_of_window = [], [], 0
    for entry in entries:
        page = entry.page
        title = text = published = canonical = None
        is_call, calls = False, []
        try:
            article = clean_html(page.text(), page.final_url)
            if article is not None:
                title, text = article.title, article.text
                published = article.published or entry.published_hint
                canonical = _normalize(article.canonical_url)
                extraction = extract(text, published, title, page.final_url)
                is_call = bool(extraction.calls) and bool(extraction.is_call)
                calls = [c.to_dict() for c in extraction.calls]
            else:  # kept (raw page stored, reextract can retry) but reported, not silently empty
                failures.append(FailureRecord(page.url, "no_article", _no_article_detail(page), entry.source,
                                              page.status, datetime.now(UTC), "clean"))
        except Exception as exc:  # one bad page must not sink its batch
            failures.append(FailureRecord(page.url, "extract_error", f"{type(exc).__name__}: {exc}"[:500],
                                          entry.source, page.status, datetime.now(UTC), "extract"))
            title = text = canonical = None
            is_call, calls = False, []
        if (since or until) and _outside(_as_date(published) or _as_date(page.fetched_at), since, until):
            out_of_window += 1
            continue
        items.append(LoadItem(url=page.url, source=entry.source, final_url=page.final_url, canonical_url=canonical,
                              status=page.status, headers=dict(page.headers), raw=page.body,
                              fetched_at=page.fetched_at, title=title, published_at=published, text=text,
                              is_call=is_call, extractor_version=EXTRACTOR_VERSION, calls=calls))
    return ProcessedBatch(items, failures, out_of_window)


# ---------------------------------------------------------------------------------------- warehouse
def open_warehouse(db: str | Path):
    from storage.warehouse import Warehouse

    wh = Warehouse(db)
    wh.migrate()
    return wh


def _new_calls(items: Iterable[Any]) -> list[NewCall]:
    out = []
    for item in items:
        for call in item.calls:
            parts = call.get("participants") or []
            out.append(NewCall(date=call.get("date"), medium=call.get("medium", ""),
                               participants=[p.get("name") or "?" for p in parts],
                               countries=[p.get("country") or "" for p in parts], url=item.url))
    return out


class _Loader:
    """The single writer of a run: loads processed batches in order and keeps the run's tallies.
    Failures go to the warehouse with each batch, so a run killed midway still leaves its failures."""

    def __init__(self, wh: Any, run_id: Any, summary: CrawlSummary, replace_version: str | None = None) -> None:
        self.wh, self.run_id, self.summary = wh, run_id, summary
        self.replace_version = replace_version
        self.failures: list[FailureRecord] = []
        self._recorded = 0

    def load(self, batch: ProcessedBatch) -> None:
        self.failures += batch.failures
        self.summary.out_of_window += batch.out_of_window
        if batch.items and self.replace_version is not None:
            stats = self.wh.replace_extractions(batch.items, self.replace_version)
            self.summary.calls += _new_calls(i for i in batch.items if i.calls)
            self.summary.pages += len(batch.items)
        elif batch.items:
            stats = self.wh.load(batch.items, self.run_id)
            self.summary.pages += getattr(stats, "pages", len(batch.items))
        if batch.items:
            self.summary.new_articles += getattr(stats, "new_articles", 0)
            self.summary.new_calls += getattr(stats, "new_calls", 0)
        self.flush_failures()

    def flush_failures(self) -> None:
        """Record the failures not recorded yet (one short write, only when there are some)."""
        fresh = self.failures[self._recorded:]
        if fresh:
            _record_failures(self.wh, self.run_id, fresh)
            self._recorded = len(self.failures)


def _start_run(wh: Any, kind: str, params: dict) -> Any:
    return wh.start_run(kind, params)


def _finish_run(wh: Any, run_id: Any, summary: CrawlSummary, status: str) -> None:
    """Close the run's row. When the run is already failing (e.g. the disk filled up), a failure to write
    this row is only logged: the original error is the one to report."""
    try:
        _write_finish(wh, run_id, summary, status)
    except Exception as exc:
        if status != "failed":
            raise
        log.warning("could not record the end of run %s: %s", run_id, exc)


def _write_finish(wh: Any, run_id: Any, summary: CrawlSummary, status: str) -> None:
    # a run that broke off (status failed, health not assessed) records no source figures: its zeros would
    # count as a quiet day of every source
    assessed = status != "failed" or summary.all_sources_failed
    source_stats = {name: h.as_dict() for name, h in summary.source_health.items()} if assessed else None
    source_stats = source_stats or None
    wh.finish_run(run_id, status, {
        "pages_fetched": summary.pages, "pages_failed": sum(summary.failures.values()),
        "articles_new": summary.new_articles, "calls_new": summary.new_calls, "candidates": summary.candidates,
        "failures_by_reason": dict(summary.failures), "unreachable_sources": summary.unreachable_sources,
        "seconds": round(summary.seconds, 3)},
        source_stats=source_stats, sources_may_have_moved=summary.may_have_moved if source_stats else None)


def _record_failures(wh: Any, run_id: Any, failures: list[FailureRecord]) -> None:
    if failures:
        wh.record_failures(run_id, [asdict(f) for f in failures])


def _calls_of_run(wh: Any, run_id: Any) -> list[NewCall]:
    """New calls of the run as the warehouse stored them (deduplicated), for the summary and artifact."""
    out = []
    for row in wh.calls_loaded_by(run_id) or []:
        parts = row.get("participants") or []
        urls = row.get("urls") or [""]
        out.append(NewCall(date=row.get("date"), medium=row.get("medium") or "",
                           participants=[p.get("name") or "?" for p in parts],
                           countries=[p.get("country") or "" for p in parts], url=urls[0]))
    return out


# ------------------------------------------------------------------------------------------- runs
def _chunks(seq: Sequence, size: int) -> Iterator[list]:
    for i in range(0, len(seq), size):
        yield list(seq[i:i + size])


def _host_tag(source: Any) -> str:
    from urllib.parse import urlsplit

    return f"host:{urlsplit(source.base_url).netloc.lower()}"


def _drain(pending: deque, loader: _Loader, window: int) -> None:
    while pending and (len(pending) > window or _done(pending[0])):
        loader.load(pending.popleft().result())


def _done(handle: Any) -> bool:
    """Whether a step has finished, without waiting (and without asking a remote API when a local future
    knows: a Prefect future's `state` is read from the API until it is final)."""
    done = getattr(handle, "done", None)
    if callable(done):
        return bool(done())
    state = getattr(handle, "state", None)
    return bool(state is not None and hasattr(state, "is_final") and state.is_final())


def run_crawl(kind: str, *, sources_path: str | Path | None, db: str | Path, executor: Executor,
              since: date | None = None, until: date | None = None, source_names: Sequence[str] | None = None,
              refetch: bool = False, policy: Any = None, batch_size: int = DEFAULT_BATCH_SIZE,
              process_executor: Executor | None = None, warc_files: Sequence[str | Path] | None = None,
              params: dict | None = None) -> CrawlSummary:
    """A daily crawl or a backfill: every source discovered and fetched in batches, pages cleaned and
    extracted in batches (on `process_executor` when given, e.g. Dask), loaded by this thread only."""
    from crawler.sources import load_sources

    started = time.monotonic()
    sources = all_sources = load_sources(sources_path)
    if source_names:
        unknown = sorted(set(source_names) - {s.name for s in sources})
        if unknown:
            from crawler.sources import SourcesError

            raise SourcesError(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(s.name for s in sources)}")
        sources = [s for s in sources if s.name in set(source_names)]
    policy = policy if policy is not None else fetch_policy()
    process_executor = process_executor or executor
    wh = open_warehouse(db)
    summary = CrawlSummary(kind=kind, sources=[s.name for s in sources])
    run_id = summary.run_id = _start_run(wh, kind, params or {})
    loader = _Loader(wh, run_id, summary)
    status = "failed"
    try:
        known = frozenset() if refetch else frozenset(wh.known_urls())
        if warc_files:
            _ingest_warc(warc_files, all_sources, known, summary, loader, process_executor, batch_size,
                         since=since, until=until, only_sources={s.name for s in sources} if source_names else None)
        else:
            validators = dict(wh.load_validators() or {})
            learnt: dict = {}
            _crawl_sources(sources, policy, since, until, known, validators, summary, loader, executor,
                           process_executor, batch_size, conditional=refetch, stop_at_known=kind != "backfill",
                           learnt=learnt, conditional_discovery=kind != "backfill" and not refetch)
            if learnt:
                wh.save_validators(learnt)
        summary.failures.update(f.reason for f in loader.failures)
        loader.flush_failures()
        summary.calls = _calls_of_run(wh, run_id)
        _assess_health(wh, run_id, kind, summary)
        status = "failed" if summary.all_sources_failed else "partial" if summary.unreachable_sources else "completed"
    finally:
        summary.seconds = time.monotonic() - started
        _finish_run(wh, run_id, summary, status)
    return summary


def _assess_health(wh: Any, run_id: Any, kind: str, summary: CrawlSummary) -> None:
    """Per-source new articles, quiet streaks (daily crawls only: a backfill's "nothing new" says nothing
    about the site), the sources that may have moved, and whether every source failed."""
    if not summary.source_health:  # a WARC backfill: no source was asked anything
        return
    new = wh.new_articles_by_source(run_id)
    history = wh.source_history("daily_crawl", before_run=run_id) if kind == "daily_crawl" else None
    for name, figures in summary.source_health.items():
        figures.new_articles = new.get(name, 0)
        if history is not None:
            figures.quiet_runs = health.quiet_streak(name, figures.new_articles, history)
    summary.may_have_moved = health.sources_may_have_moved(summary.source_health)
    summary.all_sources_failed = health.every_source_failed(summary.source_health)
    for entry in summary.may_have_moved:
        log.warning("source may have moved: %s (%s)", entry["source"], entry["why"])


NETWORK_REASONS = {"connection_error", "timeout", "host_paused", "truncated", "robots_unavailable", "blocked"}


def _unreachable(found: Discovered) -> bool:
    """No entry point of the source answered: every failure is a network error or a 5xx, nothing found."""
    if found.found or found.known or not found.failures:
        return False
    return all(f.reason in NETWORK_REASONS or f.reason.startswith("http_5") for f in found.failures)


def _crawl_sources(sources: list, policy: Any, since: date | None, until: date | None, known: frozenset[str],
                   validators: dict, summary: CrawlSummary, loader: _Loader, executor: Executor,
                   process_executor: Executor, batch_size: int, conditional: bool = False,
                   stop_at_known: bool = True, learnt: dict | None = None,
                   conditional_discovery: bool = False) -> None:
    """Discover, fetch and load every source. `learnt` receives the validators to save: those of fetched
    articles, and those of a source's entry points when all its fetches succeeded (otherwise the next run
    must read its feeds and listings again to retry the failed articles, not get a 304).
    `conditional_discovery` (the daily crawl only) sends the stored validators of feeds, sitemaps and listing
    page 1; a backfill or a `--refetch` must read them whole to reach the stored or older articles."""
    learnt = learnt if learnt is not None else {}
    entry_validators = _entry_validators(sources, validators, known) if conditional_discovery else {}
    discoveries = {s.name: executor.submit("discover", discover_source,
                                           {"source": s, "sources": sources, "policy": policy, "since": since,
                                            "until": until, "known": known, "stop_at_known": stop_at_known,
                                            "validators": entry_validators.get(s.name, {})},
                                           tags=[_host_tag(s)])
                   for s in sources}
    discovered_validators: dict[str, dict] = {}
    failed_sources: set[str] = set()
    per_source: list[list[tuple[Any, Any, int]]] = []
    for source in sources:
        figures = summary.source_health[source.name] = SourceHealth()
        try:
            found: Discovered = discoveries[source.name].result()
        except Exception as exc:  # the source is reported; the others go on
            log.warning("source %s: discovery failed: %s", source.name, exc)
            summary.unreachable_sources.append(source.name)
            figures.unreachable = True
            figures.entry_points_failed.append(f"{source.base_url} (discovery failed: {type(exc).__name__})")
            loader.failures.append(FailureRecord(source.base_url, "source_unreachable", f"{type(exc).__name__}: {exc}"[:500],
                                                 source.name, None, datetime.now(UTC), "discover"))
            continue
        loader.failures += found.failures
        discovered_validators[source.name] = found.validators
        figures.entry_points_failed = health.entry_point_failures(_entry_points(source),
                                                                  ((f.url, f.reason) for f in found.failures))
        if _unreachable(found):
            summary.unreachable_sources.append(source.name)
            figures.unreachable = True
            log.warning("source %s: nothing discovered (%d failures)", source.name, len(found.failures))
        summary.candidates += len(found.urls)
        figures.candidates = len(found.urls)
        previous: list[Any] = []
        chain: list[tuple[Any, Any, int]] = []
        per_source.append(chain)
        for urls in _chunks(found.urls, batch_size):
            handle = executor.submit("fetch", fetch_batch,
                                     {"source": source, "sources": sources, "policy": policy, "urls": urls,
                                      "validators": {u: validators[u] for u, _ in urls if u in validators},
                                      "conditional": conditional},
                                     wait_for=previous, tags=[_host_tag(source)])
            previous = [handle]
            chain.append((source, handle, len(urls)))
    # Take results round-robin over sources (the order they complete in, as each source's batches run one
    # after another) and drop each handle once loaded, so fetched pages do not pile up in memory.
    fetches: deque = deque(item for group in itertools.zip_longest(*per_source) for item in group if item)
    progress.report(0, summary.candidates, "pages")
    pending: deque = deque()
    done = 0
    while fetches:
        source, handle, size = fetches.popleft()
        figures = summary.source_health[source.name]
        try:
            batch: FetchedBatch = handle.result()
        except Exception as exc:  # a batch that failed all its retries: its pages are reported, not lost forever
            log.warning("source %s: a fetch batch failed: %s", source.name, exc)
            figures.failed += size
            failed_sources.add(source.name)
            loader.failures.append(FailureRecord(source.base_url, "fetch_batch_failed", f"{type(exc).__name__}: {exc}"[:500],
                                                 source.name, None, datetime.now(UTC), "fetch"))
            continue
        learnt.update(batch.validators)
        loader.failures += batch.failures
        figures.fetched += len(batch.entries) + batch.not_modified
        figures.failed += len(batch.failures)
        if batch.failures:
            failed_sources.add(source.name)
        done += len(batch.entries) + len(batch.failures) + batch.not_modified
        if batch.entries:
            pending.append(process_executor.submit("process", process_batch, {"entries": batch.entries}))
        _drain(pending, loader, LOAD_WINDOW)
        progress.report(done, summary.candidates, "pages")
    _drain(pending, loader, 0)
    for name, found_validators in discovered_validators.items():
        if name not in failed_sources:
            learnt.update(found_validators)


def _entry_points(source: Any) -> list[str]:
    """The source's own entry points (base URL, section pages, feeds, sitemaps, listing page 1), normalised
    like the URLs in discovery failures; `{zone}`, `{year}` and `{month}` stay as placeholders."""
    from crawler.urls import normalize_url

    out = []
    for url in source.entry_templates:
        url = url.replace("{page}", "1")
        try:
            out.append(normalize_url(url))
        except ValueError:
            continue
    return out


def _entry_validators(sources: list, validators: dict, known: frozenset[str]) -> dict[str, dict]:
    """Per source, the stored validators of its non-article URLs (feeds, sitemaps and child sitemaps,
    listing page 1): the ones discovery may send. Article validators stay with the fetch steps."""
    from urllib.parse import urlsplit

    from crawler.urls import host_of

    origins = {urlsplit(u).netloc: s for s in sources for u in _entry_points(s)}
    out: dict[str, dict] = {s.name: {} for s in sources}
    for url, value in validators.items():
        if url in known:
            continue
        try:
            owner = origins.get(urlsplit(url).netloc.lower())
            host = host_of(url)
        except Exception:  # a malformed stored URL is just not sent
            continue
        owner = owner or next((s for s in sources if s.owns_host(host)), None)
        if owner is not None and (owner.article_pattern is None or not owner.is_article(url)):
            out[owner.name][url] = value
    return out


def _ingest_warc(warc_files: Sequence[str | Path], sources: list, known: frozenset[str], summary: CrawlSummary,
                 loader: _Loader, process_executor: Executor, batch_size: int, since: date | None = None,
                 until: date | None = None, only_sources: set[str] | None = None) -> None:
    """Backfill from WARC files: the pages come from the archive instead of the network. `since`/`until`
    apply to each page's published date (known after cleaning: the clean step drops the others);
    `only_sources` (a --source filter) skips pages of the other sources (and of no source)."""
    from crawler.urls import host_of
    from crawler.warc import iter_warc

    def source_of(url: str) -> str:
        from urllib.parse import urlsplit

        netloc = urlsplit(url).netloc.lower()
        for s in sources:  # same origin first: sites may share a host name on different ports
            if urlsplit(s.base_url).netloc.lower() == netloc:
                return s.name
        host = host_of(url)
        for s in sources:
            if s.owns_host(host):
                return s.name
        return "warc"

    pending: deque = deque()
    batch: list[PageEntry] = []
    for path in warc_files:
        for page in iter_warc(path):
            if page.url in known:
                continue
            source_name = source_of(page.url)
            if only_sources is not None and source_name not in only_sources:
                continue
            batch.append(PageEntry(page, source_name))
            summary.candidates += 1
            if len(batch) >= batch_size:
                pending.append(process_executor.submit("process", process_batch,
                                                       {"entries": batch, "since": since, "until": until}))
                batch = []
                _drain(pending, loader, LOAD_WINDOW)
                progress.report(summary.pages, None, "pages")
    if batch:
        pending.append(process_executor.submit("process", process_batch,
                                               {"entries": batch, "since": since, "until": until}))
    _drain(pending, loader, 0)


def _raw_entry(raw: Any) -> PageEntry:
    """A stored raw page rebuilt as a fetch-stage Page, so clean+extract run exactly as on a fresh fetch."""
    from crawler.fetch import Page

    get = raw.get if isinstance(raw, dict) else (lambda k, d=None: getattr(raw, k, d))
    page = Page(url=get("url"), final_url=get("final_url") or get("url"), status=get("status") or 200,
                headers=dict(get("headers") or {}), body=get("raw") if get("raw") is not None else get("body"),
                fetched_at=get("fetched_at"), encoding=get("encoding"))
    return PageEntry(page, get("source") or "", _as_date(get("published_at")))


def _urls_extracted_by(db: str | Path, extractor_version: str) -> set[str]:
    """Raw page URLs whose article was last extracted by `extractor_version` (read-only query)."""
    from storage import query

    _, rows = query(db, "SELECT r.url FROM raw_pages r JOIN articles a ON a.article_id = r.article_id "
                        "WHERE a.extractor_version = ?", params=[extractor_version])
    return {row[0] for row in rows}


def run_reextract(*, db: str | Path, executor: Executor, since: date | None = None,
                  extractor_version: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                  params: dict | None = None) -> CrawlSummary:
    """Rebuild articles and calls from the raw pages stored in the warehouse, with no network at all."""
    from extractors.calls import EXTRACTOR_VERSION

    started = time.monotonic()
    wh = open_warehouse(db)
    summary = CrawlSummary(kind="reextract")
    run_id = summary.run_id = _start_run(wh, "reextract", params or {})
    loader = _Loader(wh, run_id, summary, replace_version=EXTRACTOR_VERSION)
    status = "failed"
    try:
        pending: deque = deque()
        skip = _urls_extracted_by(db, extractor_version) if extractor_version else set()
        for stored in wh.iter_raw_pages(since, batch_size=batch_size):
            batch = [_raw_entry(raw) for raw in stored if raw.url not in skip]
            if not batch:
                continue
            summary.candidates += len(batch)
            pending.append(executor.submit("process", process_batch, {"entries": batch}))
            _drain(pending, loader, LOAD_WINDOW)
            progress.report(summary.pages, None, "pages")
        _drain(pending, loader, 0)
        summary.failures.update(f.reason for f in loader.failures)
        loader.flush_failures()
        status = "completed"
    finally:
        summary.seconds = time.monotonic() - started
        _finish_run(wh, run_id, summary, status)
    return summary


def run_plain(kind: str = "backfill", *, sources_path: str | Path | None, db: str | Path,
              max_workers: int = 64, **kwargs: Any) -> CrawlSummary:
    """The same run with no Prefect at all (benchmarks compare the two)."""
    with ThreadExecutor(max_workers) as executor:
        return run_crawl(kind, sources_path=sources_path, db=db, executor=executor, **kwargs)
