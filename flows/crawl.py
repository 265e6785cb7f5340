"""Prefect flows: daily crawl, backfill and re-extraction.

They only wire `flows.pipeline` steps to Prefect tasks (retries, timeouts, per-host tags, Dask) and report
the run (crawl_runs row, failures, a markdown artifact). A task is one source's discovery, one batch of
fetches or one batch of clean+extract, so task-run overhead stays small next to the work.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.states import Failed
from prefect.utilities.annotations import quote

from flows import pipeline
from flows.pipeline import CrawlSummary
from storage import WarehouseError

# Network steps retry (a retried step only re-fetches: nothing is written before the flow loads it).
# No static tags: `PrefectExecutor` adds "network" and "host:<netloc>" to a task only when a Prefect
# concurrency limit exists for that tag (see `tags_with_limits`).
discover_task = task(pipeline.discover_source_async, name="discover-source", task_run_name="discover-{source.name}",
                     retries=2, retry_delay_seconds=[5, 30], timeout_seconds=1800, cache_policy=NONE,
                     persist_result=False)
fetch_task = task(pipeline.fetch_batch_async, name="fetch-batch", task_run_name="fetch-{source.name}",
                  retries=2, retry_delay_seconds=[5, 30], timeout_seconds=3600, cache_policy=NONE,
                  persist_result=False)
# CPU-bound and local: no timeout (a thread cannot be interrupted; Prefect would only warn), one retry.
# Results (a batch of pages with their bodies, or of records) stay in memory: nothing to persist or cache.
process_task = task(pipeline.process_batch, name="clean-extract-batch", retries=1, retry_delay_seconds=5,
                    cache_policy=NONE, persist_result=False)

NETWORK_STEPS = {"discover", "fetch"}
NETWORK_TAG = "network"
TASKS = {"discover": discover_task, "fetch": fetch_task, "process": process_task}
SUBMITTED: Counter = Counter()  # task runs submitted in this process, by step (benchmarks print it)


def tags_with_limits() -> frozenset[str] | None:
    """Tags that have a Prefect concurrency limit on the API (e.g. "host:baoquocte.vn", created by
    `diendam serve` or `prefect concurrency-limit create`), read once per run; None when they cannot be read.

    Why: Prefect asks the API for slots on every tag of every task run, limit or not. On the SQLite-backed
    API (the temporary one of the CLI, `prefect server start`), simultaneous slot requests collide on
    the database lock and the client retries after ~2 s: with tags on every network task this added 2-3 s
    at the start of each fetch batch and made most of the Prefect overhead of a backfill."""
    from prefect.client.orchestration import get_client

    tags: set[str] = set()
    try:
        with get_client(sync_client=True) as client:
            offset = 0
            while True:
                page = client.read_concurrency_limits(limit=200, offset=offset)
                tags.update(limit.tag for limit in page)
                if len(page) < 200:
                    break
                offset += len(page)
    except Exception as exc:  # unknown: every tag is applied, so whatever limits exist hold
        get_run_logger().warning("could not read concurrency limits (%s); every task gets its tags", exc)
        return None
    return frozenset(tags)


class _Handle:
    """A submitted Prefect task run: `result()` and a `done()` that asks the local future, not the API
    (`PrefectFuture.state` reads the task run from the API while it is not finished)."""

    def __init__(self, future: Any) -> None:
        self.future = future

    def result(self) -> Any:
        return self.future.result()

    def done(self) -> bool:
        wrapped = getattr(self.future, "wrapped_future", None)
        if wrapped is not None and hasattr(wrapped, "done"):
            return bool(wrapped.done())
        return bool(self.future.state.is_final())


class PrefectExecutor:
    """Runs pipeline steps as Prefect tasks: on the flow's task runner, or on `task_runner` (e.g. Dask).

    Network steps get the tags "network" and "host:<netloc>" when a concurrency limit exists for them
    (`limited_tags`, read from the API at the start of the run; None: always tag). A limit created while a
    run is going applies from the next run on."""

    def __init__(self, task_runner: Any = None, limited_tags: frozenset[str] | None = None) -> None:
        self.task_runner = task_runner
        self.limited_tags = limited_tags
        self._tagged: dict[tuple[str, frozenset[str]], Any] = {}

    def submit(self, step: str, fn: Any, kwargs: dict, wait_for: Sequence[Any] = (),
               tags: Sequence[str] = ()) -> Any:
        prefect_task = TASKS[step]
        SUBMITTED[step] += 1
        wanted = [NETWORK_TAG, *tags] if step in NETWORK_STEPS else list(tags)
        if self.limited_tags is not None:
            wanted = [tag for tag in wanted if tag in self.limited_tags]
        if wanted:  # e.g. "host:baoquocte.vn": a Prefect tag concurrency limit caps requests per host
            key = (step, frozenset(wanted))
            if key not in self._tagged:
                self._tagged[key] = prefect_task.with_options(tags=set(prefect_task.tags) | set(wanted))
            prefect_task = self._tagged[key]
        upstream = [h.future if isinstance(h, _Handle) else h for h in wait_for] or None
        if self.task_runner is not None:  # (Dask unwraps quote() differently: plain arguments there)
            return _Handle(self.task_runner.submit(prefect_task, parameters=kwargs, wait_for=upstream))
        # quote(): the arguments hold no futures, so Prefect need not walk them (a batch of 100 pages with
        # their bodies and headers, the sources list, the stored-URL set) looking for some on every submission
        return _Handle(prefect_task.submit(**{name: quote(value) for name, value in kwargs.items()},
                                           wait_for=upstream))


LAST_LIMITED_TAGS: frozenset[str] | None = None  # what the last run of this process found (benchmarks print it)


def _executor(task_runner: Any = None) -> PrefectExecutor:
    global LAST_LIMITED_TAGS
    LAST_LIMITED_TAGS = tags_with_limits()
    return PrefectExecutor(task_runner, limited_tags=LAST_LIMITED_TAGS)


def default_db() -> str:
    """`$DIENDAM_DB` or ./diendam.duckdb (same rule as the CLI)."""
    return os.environ.get("DIENDAM_DB") or "diendam.duckdb"


def _date(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be a date in YYYY-MM-DD form, got {value!r}") from None


ALL_SOURCES_FAILED = "every source failed"  # start of the Failed state's message (the CLI recognises it)


def _publish(summary: CrawlSummary) -> Any:
    """Log the summary and make the run's artifact. A run in which every source failed ends Failed (the
    summary as the state's data), so that Prefect's alerts fire instead of a quiet `Completed`."""
    logger = get_run_logger()
    for line in summary.describe().splitlines():
        logger.info(line)
    create_markdown_artifact(markdown=summary.markdown(), key=f"{summary.kind.replace('_', '-')}-summary",
                             description=f"diendam {summary.kind}: new articles, new calls, failures, "
                                         "sources that may have moved")
    if summary.all_sources_failed:
        message = f"{ALL_SOURCES_FAILED}: {', '.join(summary.sources)} (see the run's artifact and fetch_log)"
        logger.error(message)
        return Failed(message=message, data=summary)
    return summary


def _warehouse_failed(exc: WarehouseError) -> Any:
    """A warehouse that cannot be written (locked, newer schema, read-only, disk full) ends the run as
    Failed with the storage stage's one-line explanation as the state message, not a traceback."""
    message = f"warehouse: {exc}"
    get_run_logger().error(message)
    return Failed(message=message)


def _dask_runner(dask_address: str | None) -> Any:
    import logging

    from prefect_dask import DaskTaskRunner

    for name in ("distributed", "distributed.scheduler", "distributed.worker", "distributed.core"):
        logging.getLogger(name).setLevel(logging.WARNING)  # worker start/stop chatter drowns the run's log

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    # No cluster given: a small local one in this process (threads), enough to try the setup on one machine.
    return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": False,
                                          "dashboard_address": None})


@flow(name="daily-crawl", description="Crawl every configured source for new articles and calls.")
def daily_crawl(sources: str | None = None, db: str | None = None, refetch: bool = False,
                batch_size: int = pipeline.DEFAULT_BATCH_SIZE) -> CrawlSummary:
    """New articles of every source since the last run (stored URLs are skipped unless `refetch`)."""
    db = db or default_db()
    params = {"sources": sources, "db": str(db), "refetch": refetch}
    try:
        summary = pipeline.run_crawl("daily_crawl", sources_path=sources, db=db, executor=_executor(),
                                     refetch=refetch, batch_size=batch_size, params=params)
    except WarehouseError as exc:
        return _warehouse_failed(exc)
    return _publish(summary)


@flow(name="backfill", description="Walk listings and sitemaps back to a date, skipping stored pages.")
def backfill(since: date | str, until: date | str | None = None, sources: str | None = None, db: str | None = None,
             source_names: list[str] | None = None, task_runner: str = "threads", dask_address: str | None = None,
             warc_files: list[str] | None = None, batch_size: int = pipeline.DEFAULT_BATCH_SIZE) -> CrawlSummary:
    """Articles published between `since` and `until` (inclusive); with `warc_files`, read from WARC
    archives instead of the network. `task_runner="dask"` runs clean+extract on a Dask cluster."""
    since_date, until_date = _date(since, "since"), _date(until, "until")
    if since_date is None:
        raise ValueError("since is required")
    if until_date is not None and until_date < since_date:
        raise ValueError(f"until {until_date} is before since {since_date}")
    if task_runner not in ("threads", "dask"):
        raise ValueError(f"task_runner must be 'threads' or 'dask', got {task_runner!r}")
    db = db or default_db()
    params = {"since": since_date.isoformat(), "until": until_date.isoformat() if until_date else None,
              "sources": sources, "db": str(db), "source_names": source_names, "task_runner": task_runner,
              "warc_files": warc_files}
    try:
        with ExitStack() as stack:
            process_executor = None
            if task_runner == "dask":
                process_executor = PrefectExecutor(stack.enter_context(_dask_runner(dask_address)), frozenset())
            summary = pipeline.run_crawl("backfill", sources_path=sources, db=db, executor=_executor(),
                                         process_executor=process_executor, since=since_date, until=until_date,
                                         source_names=source_names, batch_size=batch_size,
                                         warc_files=[Path(p) for p in warc_files] if warc_files else None,
                                         params=params)
    except WarehouseError as exc:
        return _warehouse_failed(exc)
    return _publish(summary)


@flow(name="reextract", description="Rebuild call records from stored raw pages, without the network.")
def reextract(since: date | str | None = None, extractor_version: str | None = None, db: str | None = None,
              batch_size: int = pipeline.DEFAULT_BATCH_SIZE) -> CrawlSummary:
    """Run clean+extract again on raw pages fetched since `since` (all by default), e.g. after an
    extractor fix; pages already extracted with `extractor_version` are skipped when it is given."""
    db = db or default_db()
    if not Path(db).is_file():
        raise FileNotFoundError(f"no warehouse at {db}")
    params = {"since": str(since) if since else None, "extractor_version": extractor_version, "db": str(db)}
    try:
        summary = pipeline.run_reextract(db=db, executor=PrefectExecutor(), since=_date(since, "since"),
                                         extractor_version=extractor_version, batch_size=batch_size,
                                         params=params)
    except WarehouseError as exc:
        return _warehouse_failed(exc)
    return _publish(summary)
