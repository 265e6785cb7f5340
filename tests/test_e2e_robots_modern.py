"""Backfill of the shared replay serving a robots.txt the way many real sites write theirs (RFC 9309: "Allow: /"
first, longer Disallow lines, "*" and "$"), with listing links to print versions and a private page that only
those rules forbid, without and with the replay's faults (503s, a 429, slow pages, a redirect chain...). The
replay prints every forbidden request it receives to stderr: there must be none, and every article is
stored exactly once."""

from __future__ import annotations

from collections import Counter

import pytest
from sitesim import Replay

from diendam.snapshot_server import REPLAY_LAYOUT, sources_toml
from storage import query

pytestmark = pytest.mark.timeout(420)


@pytest.mark.parametrize("faults", [False, True], ids=["robots-modern", "robots-modern+faults"])
def test_backfill_with_modern_robots_makes_no_forbidden_request_and_stores_every_article(
        shared_dir, tmp_path, prefect_session_api, faults):
    from flows.crawl import backfill

    db, sources = tmp_path / "w.duckdb", tmp_path / "sources.toml"
    with Replay(shared_dir, tmp_path, faults=faults, robots_modern=True) as replay:
        sources.write_text(sources_toml({site: (replay.base(site), {**REPLAY_LAYOUT, "max_listing_pages": 12})
                                         for site in replay.sites}), encoding="utf-8")
        summary = backfill(since="2000-01-01", sources=str(sources), db=str(db))
        stderr = replay.stderr()
        expected = replay.article_urls()

    assert "robots-disallowed" not in stderr, stderr[:2000]
    assert not summary.unreachable_sources and not summary.all_sources_failed, summary.describe()
    urls = [row[0] for row in query(db, "SELECT url FROM articles")[1]]
    assert max(Counter(urls).values()) == 1, "an article stored twice"
    assert expected <= set(urls), sorted(expected - set(urls))[:5]
    assert not [u for u in urls if "/ban-in-" in u or "print=" in u or "/private/" in u]

    refused = {url for url, in query(db, "SELECT url FROM fetch_log WHERE reason = 'robots'")[1]}
    # the print versions look like articles (the article pattern takes them): robots.txt's "*...$" rule stops them
    assert len([u for u in refused if "/ban-in-" in u]) == len(replay.sites), sorted(refused)
    assert not {u for u, in query(db, "SELECT url FROM fetch_log")[1]} & expected
