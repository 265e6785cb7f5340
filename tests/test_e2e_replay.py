"""End to end on the shared replay: sites built from ../shared/corpus/dev.jsonl and served on 127.0.0.N,
crawled by the daily crawl flow into DuckDB: every article loaded, the calls found."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from diendam.snapshot_server import replay_sources_toml
from storage import query

pytestmark = pytest.mark.timeout(300)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def replay(shared_dir: Path, tmp_path: Path):
    """(sites.json path, port) of the replay built from dev.jsonl on 4 sites and served without faults."""
    out = tmp_path / "replay"
    tool = shared_dir / "replay" / "replay.py"
    subprocess.run([sys.executable, str(tool), "build", str(shared_dir / "corpus" / "dev.jsonl"), str(out),
                    "--sites", "4"], check=True, capture_output=True, timeout=120)
    sites = json.loads((out / "sites.json").read_text(encoding="utf-8"))
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(tool), "serve", str(out), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        for info in sites.values():
            while True:
                try:
                    if httpx.get(f"http://{info['host']}:{port}/robots.txt", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "replay server did not come up"
                time.sleep(0.2)
        yield out / "sites.json", port
    finally:
        proc.terminate()
        proc.wait(10)


def test_daily_crawl_of_the_replay_loads_every_article_and_finds_the_calls(replay, shared_dir, tmp_path,
                                                                           prefect_session_api):
    from flows.crawl import daily_crawl

    sites_json, port = replay
    sources = tmp_path / "sources.toml"
    sources.write_text(replay_sources_toml(sites_json, port), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    summary = daily_crawl(sources=str(sources), db=str(db))
    sites = json.loads(sites_json.read_text(encoding="utf-8"))
    expected = sum(len(info["articles"]) for info in sites.values())
    assert not summary.unreachable_sources
    assert query(db, "SELECT count(*) FROM articles")[1][0][0] == expected

    labels = [json.loads(line) for line in (shared_dir / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    call_articles = sum(1 for rec in labels if rec["label"] == "call")
    found = query(db, "SELECT count(DISTINCT article_id) FROM call_mentions")[1][0][0]
    assert found >= 0.8 * call_articles, f"calls found in {found} articles of {call_articles} labelled as calls"
    assert query(db, "SELECT count(*) FROM calls WHERE call_date IS NOT NULL")[1][0][0] > 0
