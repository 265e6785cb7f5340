"""The three deployments (daily crawl on a morning schedule, backfill and reextract on demand), for
`diendam serve` (Prefect's `serve`: no work pool needed). `deployments/prefect.yaml` declares the same
three for `prefect deploy` to a process work pool."""

from __future__ import annotations

from typing import Any

from flows.crawl import backfill, daily_crawl, reextract

DAILY_CRON = "0 6 * * *"
TIMEZONE = "Asia/Ho_Chi_Minh"


def build_deployments(sources: str | None = None, db: str | None = None) -> list[Any]:
    """RunnerDeployments with `sources`/`db` as default parameters (None: the flows' own defaults)."""
    from prefect.schedules import Cron

    common = {"sources": sources, "db": db}
    return [
        daily_crawl.to_deployment(name="daily", schedules=[Cron(DAILY_CRON, timezone=TIMEZONE)],
                                  parameters=common, tags=["diendam"],
                                  description="Every morning at 06:00 Vietnam time: new articles and calls."),
        backfill.to_deployment(name="backfill", parameters=common, tags=["diendam"],
                               description="On demand, with since (YYYY-MM-DD) and optionally until, "
                                           "source_names, task_runner='dask', dask_address, warc_files."),
        reextract.to_deployment(name="reextract", parameters={"db": db}, tags=["diendam"],
                                description="On demand, after an extractor change: rebuild calls from "
                                            "stored raw pages, no network."),
    ]


def ensure_host_limits(sources: str | None = None, per_host: int = 1) -> list[str]:
    """One Prefect tag concurrency limit per source host ("host:<netloc>"), so two runs at once (a daily
    crawl during a backfill) never hit one site in parallel. Existing limits are left as they are."""
    from urllib.parse import urlsplit

    from prefect.client.orchestration import get_client

    from crawler.sources import load_sources

    tags = sorted({f"host:{urlsplit(s.base_url).netloc.lower()}" for s in load_sources(sources)})
    with get_client(sync_client=True) as client:
        for tag in tags:
            try:
                client.read_concurrency_limit_by_tag(tag)
            except Exception:  # not found: create it
                client.create_concurrency_limit(tag=tag, concurrency_limit=per_host)
    return tags


def _stop_on_ctrl_c(grace_seconds: float = 30.0) -> None:
    """Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread at once, wherever the runner's event loop
    is; if the shutdown then hangs, the process exits after `grace_seconds` (a second Ctrl-C: at once).

    Without this, asyncio.run's own handler only cancels the runner's main task, and on a loaded box that
    cancellation was seen to be swallowed: `diendam serve` kept serving after Ctrl-C."""
    import os
    import signal
    import threading

    def force_exit(*_: object) -> None:
        os._exit(130)

    def interrupt(*_: object) -> None:
        signal.signal(signal.SIGINT, force_exit)
        timer = threading.Timer(grace_seconds, force_exit)
        timer.daemon = True
        timer.start()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)


def serve_all(sources: str | None = None, db: str | None = None) -> None:
    """Serve the three deployments from this process until Ctrl-C (runs execute here as subprocesses)."""
    import threading

    from prefect import serve

    ensure_host_limits(sources)
    if threading.current_thread() is threading.main_thread():
        _stop_on_ctrl_c()
    serve(*build_deployments(sources, db))
