"""The Prefect flows run for real (temporary Prefect API) against the offline snapshot on loopback, with a
DuckDB file in tmp_path: daily crawl, re-run, backfill window, re-extraction offline, unreachable source,
Dask for clean+extract."""

from __future__ import annotations

import http.server
import socket
import socketserver
import threading
import time
from pathlib import Path

import pytest

from diendam.snapshot_server import SnapshotServer, snapshot_sites
from storage import query

ALL_ARTICLES = sum(len(site["articles"]) for site in snapshot_sites().values())
OCTOBER = {a["path"] for site in snapshot_sites().values() for a in site["articles"]
           if a["published"].startswith("2025-10")}
NOT_CALLS = ("gui-dien-mung", "tiep-dai-su", "tiep-bo-truong", "goi-video")  # look-alikes in the snapshot


@pytest.fixture
def prefect_api(prefect_session_api):
    """The session's temporary Prefect API (starting one per test or module would dominate the run time)."""
    return prefect_session_api


@pytest.fixture
def snapshot():
    with SnapshotServer() as server:
        yield server


def scalar(db: Path, sql: str):
    return query(db, sql)[1][0][0]


def table_counts(db: Path) -> dict[str, int]:
    tables = ("raw_pages", "articles", "calls", "call_participants", "call_mentions")
    return {t: scalar(db, f"SELECT count(*) FROM {t}") for t in tables}


def article_hits(server: SnapshotServer) -> int:
    paths = {a["path"] for site in server.sites.values() for a in site["articles"]}
    return sum(n for hits in server.hits.values() for path, n in hits.items() if path in paths)


def test_daily_crawl_loads_articles_and_calls_and_a_rerun_changes_nothing(prefect_api, snapshot, tmp_path):
    from flows.crawl import daily_crawl

    sources, db = snapshot.write_sources(tmp_path / "sources.toml"), tmp_path / "w.duckdb"
    first = daily_crawl(sources=str(sources), db=str(db))
    assert first.new_articles == ALL_ARTICLES
    assert first.new_calls >= 4 and not first.unreachable_sources
    assert all(call.date and call.date.startswith("2025-") for call in first.calls)
    assert len({"AU", "NZ", "MY", "KR", "FR", "DE"} & {c for call in first.calls for c in call.countries}) >= 3
    for slug in NOT_CALLS:  # the letter of congratulations, the audiences and the telecom news are no calls
        assert scalar(db, "SELECT count(*) FROM call_mentions m JOIN articles a USING (article_id) "
                          f"WHERE a.url LIKE '%{slug}%'") == 0
    before, hits = table_counts(db), article_hits(snapshot)
    assert before["articles"] == ALL_ARTICLES and hits == ALL_ARTICLES

    second = daily_crawl(sources=str(sources), db=str(db))
    assert (second.new_articles, second.new_calls, second.pages) == (0, 0, 0)
    assert table_counts(db) == before
    assert article_hits(snapshot) == hits  # stored articles are not fetched again
    runs = query(db, "SELECT flow, status, articles_new FROM crawl_runs ORDER BY started_at")[1]
    assert runs == [("daily_crawl", "completed", ALL_ARTICLES), ("daily_crawl", "completed", 0)]
    # the second day's discovery was conditional: feeds, sitemaps and listing page 1 answered 304
    for name, site in snapshot.sites.items():
        entry_points = [*site["feeds"], *site["sitemaps"], site["listing"].format(page=1)]
        assert all(snapshot.not_modified[name].get(path) == 1 for path in entry_points), snapshot.not_modified

    # --refetch asks for every stored article again, conditionally: all 304, nothing rewritten
    refetched = daily_crawl(sources=str(sources), db=str(db), refetch=True)
    assert article_hits(snapshot) == 2 * ALL_ARTICLES
    articles_304 = sum(n for name, site in snapshot.sites.items() for a in site["articles"]
                       for path, n in snapshot.not_modified[name].items() if path == a["path"])
    assert articles_304 == ALL_ARTICLES and refetched.pages == 0
    assert table_counts(db) == before


def test_network_tasks_carry_the_host_tag_only_when_a_concurrency_limit_exists(prefect_api, snapshot, tmp_path):
    """A host with a Prefect concurrency limit (`diendam serve` creates one per source host) gets its tag on
    every discover and fetch task run, so the limit holds; without any limit no task is tagged (a tag costs
    a slot request to the API per task run, which on the SQLite API stalled fetch batches for ~2 s)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.crawl import daily_crawl
    from flows.deployments import ensure_host_limits

    sources = snapshot.write_sources(tmp_path / "sources.toml")

    def task_runs(state) -> list:
        flow_run = FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
        deadline = time.monotonic() + 60
        with get_client(sync_client=True) as client:
            while True:  # task runs reach the API through events: wait until all are recorded
                runs = client.read_task_runs(flow_run_filter=flow_run)
                names = [r.name for r in runs]
                if (sum(n.startswith("discover-") for n in names) == len(snapshot.sites)
                        and any(n.startswith("fetch-") for n in names)) or time.monotonic() > deadline:
                    return runs
                time.sleep(0.5)

    untagged = daily_crawl(sources=str(sources), db=str(tmp_path / "a.duckdb"), return_state=True)
    assert untagged.is_completed() and all(not r.tags for r in task_runs(untagged))

    host_tags = ensure_host_limits(str(sources))
    try:
        tagged = daily_crawl(sources=str(sources), db=str(tmp_path / "b.duckdb"), return_state=True)
        assert tagged.is_completed() and tagged.result().new_articles == ALL_ARTICLES
        runs = task_runs(tagged)
        network = [r for r in runs if r.name.startswith(("discover-", "fetch-"))]
        assert len(network) >= 2 * len(snapshot.sites)
        assert all(len(r.tags) == 1 and r.tags[0] in host_tags for r in network), [(r.name, r.tags) for r in network]
        assert {r.tags[0] for r in network} == set(host_tags)
        assert all(not r.tags for r in runs if r not in network)
    finally:
        with get_client(sync_client=True) as client:
            for tag in host_tags:
                client.delete_concurrency_limit_by_tag(tag)


def test_the_run_publishes_a_markdown_artifact(prefect_api, snapshot, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.crawl import daily_crawl

    daily_crawl(sources=str(snapshot.write_sources(tmp_path / "s.toml")), db=str(tmp_path / "w.duckdb"))
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["daily-crawl-summary"])))
    assert artifacts and "## New calls" in artifacts[-1].data and "Christopher Luxon" in "".join(a.data for a in artifacts)


def test_backfill_takes_only_the_window_and_skips_what_is_stored(prefect_api, snapshot, tmp_path):
    from flows.crawl import backfill

    sources, db = snapshot.write_sources(tmp_path / "sources.toml"), tmp_path / "w.duckdb"
    summary = backfill(since="2025-10-01", until="2025-10-31", sources=str(sources), db=str(db))
    assert summary.new_articles == len(OCTOBER)
    urls = [row[0] for row in query(db, "SELECT url FROM articles")[1]]
    assert sorted(u.split(":", 2)[2].split("/", 1)[1] for u in urls) == sorted(p.lstrip("/") for p in OCTOBER)

    wider = backfill(since="2025-09-01", sources=str(sources), db=str(db), source_names=["doingoai"])
    doingoai = snapshot.sites["doingoai"]["articles"]
    assert wider.new_articles == sum(1 for a in doingoai if not a["published"].startswith("2025-10"))
    assert scalar(db, "SELECT count(*) FROM articles WHERE source = 'chinhphu'") == sum(
        1 for p in OCTOBER if p.startswith("/tin-tuc/"))


def test_reextract_rebuilds_from_stored_pages_without_network(prefect_api, tmp_path):
    from flows.crawl import daily_crawl, reextract

    db = tmp_path / "w.duckdb"
    with SnapshotServer() as server:
        daily_crawl(sources=str(server.write_sources(tmp_path / "s.toml")), db=str(db))
    before = table_counts(db)
    # the sites are gone: re-extraction must work from the raw page archive alone
    summary = reextract(db=str(db))
    assert summary.pages == ALL_ARTICLES and not summary.failures
    assert table_counts(db) == before
    assert scalar(db, "SELECT count(*) FROM crawl_runs WHERE flow = 'reextract' AND status = 'completed'") == 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_source_is_reported_and_the_others_go_on(prefect_api, snapshot, tmp_path):
    from flows.crawl import daily_crawl

    dead = f"http://127.0.0.1:{free_port()}"
    sources = tmp_path / "sources.toml"
    sources.write_text(snapshot.sources_toml() + f'\n[[source]]\nname = "dead"\nbase_url = "{dead}/"\n'
                       f'feeds = ["{dead}/rss.xml"]\nlisting = "{dead}/p/{{page}}"\ndelay = 0.0\n',
                       encoding="utf-8")
    db = tmp_path / "w.duckdb"
    summary = daily_crawl(sources=str(sources), db=str(db))
    assert summary.unreachable_sources == ["dead"]
    assert summary.new_articles == ALL_ARTICLES
    assert scalar(db, "SELECT status FROM crawl_runs") == "partial"
    assert scalar(db, f"SELECT count(*) FROM fetch_log WHERE url LIKE '{dead}%'") >= 1


def test_backfill_runs_clean_and_extract_on_a_dask_cluster(prefect_api, snapshot, tmp_path):
    from distributed import LocalCluster

    from flows.crawl import backfill

    sources, db = snapshot.write_sources(tmp_path / "sources.toml"), tmp_path / "w.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        summary = backfill(since="2025-01-01", sources=str(sources), db=str(db), task_runner="dask",
                           dask_address=cluster.scheduler_address, batch_size=3)
    assert summary.new_articles == ALL_ARTICLES and summary.new_calls >= 4
    assert scalar(db, "SELECT count(*) FROM articles") == ALL_ARTICLES


def test_backfill_from_warc_files_needs_no_network(prefect_api, tmp_path):
    import asyncio

    from crawler.fetch import Fetcher, FetchPolicy
    from crawler.sources import load_sources
    from crawler.warc import write_warc
    from flows.crawl import backfill

    with SnapshotServer() as server:
        sources = server.write_sources(tmp_path / "sources.toml")
        urls = [base + a["path"] for name, base in server.base_urls.items() for a in server.sites[name]["articles"]]

        async def fetch_all():
            async with Fetcher(FetchPolicy(delay=0), load_sources(sources)) as fetcher:
                return [await fetcher.fetch(url) for url in urls]

        pages = asyncio.run(fetch_all())
    archive = tmp_path / "snapshot.warc.gz"
    assert write_warc(pages, archive) == ALL_ARTICLES
    db = tmp_path / "w.duckdb"
    # --since/--until apply to the published date the clean stage finds; --source to the page's site
    window = backfill(since="2025-10-01", until="2025-10-31", sources=str(sources), db=str(db),
                      warc_files=[str(archive)], source_names=["doingoai"])
    october_doingoai = [a for a in snapshot_sites()["doingoai"]["articles"] if a["published"].startswith("2025-10")]
    assert window.new_articles == len(october_doingoai) and window.out_of_window == 3
    assert {r[0] for r in query(db, "SELECT CAST(published_at AS VARCHAR)[:7] FROM articles")[1]} == {"2025-10"}
    summary = backfill(since="2025-01-01", sources=str(sources), db=str(db), warc_files=[str(archive)])
    assert summary.new_articles == ALL_ARTICLES - len(october_doingoai) and summary.out_of_window == 0
    assert scalar(db, "SELECT count(*) FROM articles") == ALL_ARTICLES
    assert scalar(db, "SELECT count(DISTINCT call_id) FROM calls") >= 4
    assert sorted(r[0] for r in query(db, "SELECT DISTINCT source FROM articles")[1]) == ["chinhphu", "doingoai"]
    again = backfill(since="2025-01-01", sources=str(sources), db=str(db), warc_files=[str(archive)])
    assert again.new_articles == 0 and again.pages == 0


class _NoArticleSite(http.server.BaseHTTPRequestHandler):
    """A feed of three article URLs whose pages hold no article: empty, all script, only navigation."""

    protocol_version = "HTTP/1.1"
    PAGES = {"/tin/trang-rong-1001.html": b"",
             "/tin/chi-co-script-1002.html": b"<html><head><script>var x = 1;</script></head><body>"
                                             b"<script>document.write('x')</script></body></html>",
             "/tin/chi-co-menu-1003.html": b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/rss.xml":
            items = "".join(f"<item><title>t</title><link>{base}{p}</link><pubDate>Mon, 10 Nov 2025 08:00:00 +0700"
                            f"</pubDate></item>" for p in self.PAGES)
            body, kind = f"<rss version='2.0'><channel><title>x</title>{items}</channel></rss>".encode(), "application/rss+xml"
        elif self.path in self.PAGES:
            body, kind = self.PAGES[self.path], "text/html; charset=utf-8"
        else:
            body, kind = b"", "text/plain"
            self.send_response(404)
        if body or self.path in self.PAGES:
            self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_pages_without_an_article_are_logged_with_a_reason(prefect_api, tmp_path):
    from flows.crawl import daily_crawl

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _NoArticleSite)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "empty"\nbase_url = "{base}/"\nfeeds = ["{base}/rss.xml"]\n'
                           f"article_pattern = '/tin/[a-z-]+-\\d+\\.html$'\ndelay = 0.0\n", encoding="utf-8")
        db = tmp_path / "w.duckdb"
        summary = daily_crawl(sources=str(sources), db=str(db))
    finally:
        server.shutdown()
        server.server_close()
    assert summary.failures["no_article"] == 3, summary.failures
    logged = query(db, "SELECT url, reason, stage, detail FROM fetch_log WHERE reason = 'no_article'")[1]
    assert sorted(row[0].rsplit("/", 1)[1] for row in logged) == sorted(p.rsplit("/", 1)[1] for p in _NoArticleSite.PAGES)
    assert {row[2] for row in logged} == {"clean"} and any(row[3] == "empty body" for row in logged)
    assert scalar(db, "SELECT pages_failed FROM crawl_runs") == 3
    assert scalar(db, "SELECT count(*) FROM raw_pages") == 3  # kept for a later reextract
