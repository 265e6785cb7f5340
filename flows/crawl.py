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
discover_task = task(pipeline.discover_source_async, name="discover-source", task_run_name="discover-{source.name}",
                     retries=2, retry_delay_seconds=[5, 30], timeout_seconds=1800, cache_policy=NONE,
                     tags=["network"])
fetch_task = task(pipeline.fetch_batch_async, name="fetch-batch", task_run_name="fetch-{source.name}",
                  retries=2, retry_delay_seconds=[5, 30], timeout_seconds=3600, cache_policy=NONE,
                  tags=["network"])
# CPU-bound and local: no timeout (a thread cannot be interrupted; Prefect would only warn), one retry.
process_task = task(pipeline.process_batch, name="clean-extract-batch", retries=1, retry_delay_seconds=5,
                    cache_policy=NONE)

TASKS = {"discover": discover_task, "fetch": fetch_task, "process": process_task}
SUBMITTED: Counter = Counter()  # task runs submitted in this process, by step (benchmarks print it)


class PrefectExecutor:
    """Runs pipeline steps as Prefect tasks: on the flow's task runner, or on `task_runner` (e.g. Dask)."""

    def __init__(self, task_runner: Any = None) -> None:
        self.task_runner = task_runner
        self._tagged: dict[tuple[str, frozenset[str]], Any] = {}

    def submit(self, step: str, fn: Any, kwargs: dict, wait_for: Sequence[Any] = (),
               tags: Sequence[str] = ()) -> Any:
        prefect_task = TASKS[step]
        SUBMITTED[step] += 1
        if tags:  # e.g. "host:baoquocte.vn": a Prefect tag concurrency limit caps requests per host
            key = (step, frozenset(tags))
            if key not in self._tagged:
                self._tagged[key] = prefect_task.with_options(tags=set(prefect_task.tags) | set(tags))
            prefect_task = self._tagged[key]
        if self.task_runner is not None:  # (Dask unwraps quote() differently: plain arguments there)
            return self.task_runner.submit(prefect_task, parameters=kwargs, wait_for=list(wait_for) or None)
        # quote(): the arguments hold no futures, so Prefect need not walk them (a batch of 100 pages with
        # their bodies and headers, the sources list, the stored-URL set) looking for some on every submission
        return prefect_task.submit(**{name: quote(value) for name, value in kwargs.items()},
                                   wait_for=list(wait_for) or None)


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


def _publish(summary: CrawlSummary) -> CrawlSummary:
    logger = get_run_logger()
    for line in summary.describe().splitlines():
        logger.info(line)
    create_markdown_artifact(markdown=summary.markdown(), key=f"{summary.kind.replace('_', '-')}-summary",
                             description=f"diendam {summary.kind}: new articles, new calls, failures")
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
        summary = pipeline.run_crawl("daily_crawl", sources_path=sources, db=db, executor=PrefectExecutor(),
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
                process_executor = PrefectExecutor(stack.enter_context(_dask_runner(dask_address)))
            summary = pipeline.run_crawl("backfill", sources_path=sources, db=db, executor=PrefectExecutor(),
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
