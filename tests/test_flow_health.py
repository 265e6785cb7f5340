"""Source health: a run in which every source failed ends Failed in Prefect (a real flow run); a source with no
new article for 3 consecutive daily runs, or whose entry points fail now, is named in the run's artifact,
in crawl_runs and by `diendam check`. Crawls run against the offline snapshot on loopback."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from diendam.cli import EXIT_OK, main
from diendam.snapshot_server import SnapshotServer
from flows import health
from flows.health import SourceHealth
from flows.pipeline import fetch_policy, run_plain
from storage import query


@pytest.fixture
def snapshot():
    with SnapshotServer() as server:
        yield server


def dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def daily(sources: Path, db: Path):
    return run_plain("daily_crawl", sources_path=sources, db=db, max_workers=8,
                     policy=fetch_policy(delay=0.0, retries=0, backoff=0.01, connect_timeout=2))


def row(db: Path, sql: str) -> tuple:
    return query(db, sql)[1][0]


# ------------------------------------------------------------------------------------------- pure rules


def test_quiet_streak_counts_known_quiet_runs_only():
    quiet, busy = {"a": {"new_articles": 0}}, {"a": {"new_articles": 2}}
    assert health.quiet_streak("a", 0, [quiet, quiet, busy, quiet]) == 3
    assert health.quiet_streak("a", 1, [quiet, quiet]) == 0
    assert health.quiet_streak("a", 0, [quiet, None, quiet]) == 2  # a run before schema v3 ends the count
    assert health.quiet_streak("a", 0, [{"b": {"new_articles": 0}}]) == 1  # the source was not configured then
    assert health.quiet_streak("a", 0, []) == 1


def test_why_moved_and_every_source_failed():
    assert health.why_moved(SourceHealth(quiet_runs=2)) is None
    assert health.why_moved(SourceHealth(unreachable=True)) == "no entry point answered"
    assert health.why_moved(SourceHealth(quiet_runs=3)) == "no new article in the last 3 daily runs"
    failing = SourceHealth(entry_points_failed=[f"http://x/{i} (http_404)" for i in range(5)], quiet_runs=4)
    assert health.why_moved(failing) == ("entry points failing: http://x/0 (http_404), http://x/1 (http_404), "
                                         "http://x/2 (http_404) and 2 more; no new article in the last 4 daily runs")
    assert health.every_source_failed({"a": SourceHealth(unreachable=True),
                                       "b": SourceHealth(candidates=3, failed=3)})
    assert not health.every_source_failed({"a": SourceHealth(unreachable=True), "b": SourceHealth()})
    assert not health.every_source_failed({})
    assert health.entry_point_failures(["http://x/rss"], [("http://x/rss", "http_404"), ("http://x/a", "http_404"),
                                                          ("http://x/rss", "candidates_capped")]) == [
        "http://x/rss (http_404)"]


def test_templated_entry_points_match_the_urls_discovery_filled_in():
    """A {zone} listing or a {year}/{month} sitemap fails under its filled-in URL; it is still the source's own."""
    from crawler.urls import normalize_url

    entry_points = [normalize_url("https://gov.example/timelinelist/{zone}/1.htm"),
                    normalize_url("https://gov.example/sitemaps/{year}/{month}/article.xml")]
    failures = [("https://gov.example/timelinelist/102301/1.htm", "http_404"),
                ("https://gov.example/timelinelist/102301/2.htm", "http_404"),  # page 2 is no entry point
                ("https://gov.example/sitemaps/2026/11/article.xml", "bad_xml"),
                ("https://gov.example/sitemaps/2026/11/extra/article.xml", "bad_xml")]
    assert health.entry_point_failures(entry_points, failures) == [
        "https://gov.example/timelinelist/102301/1.htm (http_404)",
        "https://gov.example/sitemaps/2026/11/article.xml (bad_xml)"]


# ------------------------------------------------------------------------------------- real crawls


def test_three_quiet_daily_runs_name_the_source_in_crawl_runs_and_check(snapshot, tmp_path, capsys):
    sources, db = snapshot.write_sources(tmp_path / "sources.toml"), tmp_path / "w.duckdb"
    first = daily(sources, db)
    assert first.new_articles > 0 and not first.may_have_moved
    for expected_quiet in (1, 2):
        summary = daily(sources, db)
        assert summary.new_articles == 0 and not summary.may_have_moved
        assert {h.quiet_runs for h in summary.source_health.values()} == {expected_quiet}
    third = daily(sources, db)
    assert [m["source"] for m in third.may_have_moved] == sorted(snapshot.sites)
    assert "source may have moved: chinhphu (no new article in the last 3 daily runs)" in third.describe()
    assert "## Sources that may have moved" in third.markdown()

    status, moved, stats = row(db, "SELECT status, sources_may_have_moved, source_stats FROM crawl_runs "
                                   "ORDER BY started_at DESC LIMIT 1")
    assert status == "completed"  # a warning, not a failure
    assert {m["source"] for m in json.loads(moved)} == set(snapshot.sites)
    assert json.loads(stats)["chinhphu"]["quiet_runs"] == 3
    assert main(["check", "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "source may have moved: chinhphu (no new article in the last 3 daily runs; run daily_crawl-" in out
    assert f"{db}: ok" in out


def test_a_feed_that_moved_is_named_at_once_while_the_listing_still_feeds_the_crawl(snapshot, tmp_path, capsys):
    text = snapshot.sources_toml()
    moved_feed = None
    for line in text.splitlines():
        if line.startswith("feeds = ") and "doi-ngoai.xml" in line:
            moved_feed = line.split('"')[1].replace("doi-ngoai.xml", "doi-ngoai-cu.xml")
            text = text.replace(line, f'feeds = ["{moved_feed}"]')
    assert moved_feed is not None, text
    sources, db = tmp_path / "sources.toml", tmp_path / "w.duckdb"
    sources.write_text(text, encoding="utf-8")
    summary = daily(sources, db)
    assert summary.new_articles > 0 and not summary.all_sources_failed
    assert summary.may_have_moved == [{"source": "chinhphu", "why": f"entry points failing: {moved_feed} (http_404)"}]
    assert row(db, "SELECT status FROM crawl_runs")[0] == "completed"
    assert main(["check", "--db", str(db)]) == EXIT_OK
    assert f"source may have moved: chinhphu (entry points failing: {moved_feed} (http_404)" in capsys.readouterr().out


def test_an_old_warehouse_is_migrated_by_check_and_its_old_runs_end_no_streak(tmp_path, capsys):
    import duckdb

    from storage import SCHEMA_VERSION, Warehouse

    db = tmp_path / "old.duckdb"
    wh = Warehouse(db)
    wh.migrate(target=2)
    con = duckdb.connect(str(db))  # a run recorded by a diendam from before source health
    con.execute("INSERT INTO crawl_runs (run_id, flow, started_at, finished_at, status, articles_new) "
                "VALUES ('old', 'daily_crawl', now(), now(), 'completed', 0)")
    con.close()
    assert main(["check", "--db", str(db)]) == EXIT_OK
    assert "may have moved" not in capsys.readouterr().out
    assert wh.schema_version() == SCHEMA_VERSION
    assert wh.source_history("daily_crawl") == [None]
    assert health.quiet_streak("a", 0, wh.source_history("daily_crawl")) == 1


def test_every_source_failing_ends_the_flow_run_failed(prefect_session_api, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from flows.crawl import daily_crawl

    sources = tmp_path / "sources.toml"
    sources.write_text("".join(f'[[source]]\nname = "{name}"\nbase_url = "{url}/"\nfeeds = ["{url}/rss.xml"]\n'
                               f'listing = "{url}/p/{{page}}"\ndelay = 0.0\n\n'
                               for name, url in (("dead1", dead_url()), ("dead2", dead_url()))), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    state = daily_crawl(sources=str(sources), db=str(db), return_state=True)
    assert state.is_failed() and state.message.startswith("every source failed: dead1, dead2")
    summary = state.result(raise_on_failure=False)
    assert summary.all_sources_failed and {m["source"] for m in summary.may_have_moved} == {"dead1", "dead2"}
    assert row(db, "SELECT status FROM crawl_runs")[0] == "failed"

    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(state.state_details.flow_run_id)
        assert flow_run.state.is_failed()
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run.id])))
    markdown = "\n".join(a.data for a in artifacts if isinstance(a.data, str))
    assert "every source failed" in markdown and "**dead1**" in markdown and "**dead2**" in markdown
    # (the CLI prints this summary and exits 1: tests/test_cli_commands.py, unreachable source)
