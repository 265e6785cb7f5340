"""Crash safety: `diendam backfill` / `diendam crawl` killed with SIGKILL at random moments, many times over.

Three synthetic sites on three loopback hosts (two report the same calls, which must merge) are served;
one uninterrupted backfill gives the reference rows. Then, in seeded rounds,
runs on a fresh warehouse are killed after a random delay; after every kill `diendam check` must pass, and
after each round one uninterrupted run must leave exactly the reference rows (nothing lost, nothing twice).
Also: two crawls started at once on one warehouse, and a backfill resumed after the newest listing page
was stored (crash after the first batch) must still walk the listing back to older pages.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from reliability_support import (
    NewsSite,
    compare_contents,
    contents,
    diendam_cmd,
    make_articles,
    note,
    record,
    run_cli,
)

pytestmark = pytest.mark.reliability

SEED = 20251122
KILLS_WANTED = 10  # SIGKILLs that hit a running process
KILLS_NEEDED = 6  # fewer than this within the budget fails the test (on a loaded 2-core box 6-10 fit)
LOOP_BUDGET = 100.0  # seconds of killing, whatever happens (plus one resumed run per round)
SINCE = "2025-01-01"

# The flow with a small batch size (many fetch/clean/load steps, many load transactions), as a subprocess.
RUNNER = ("import sys; from flows.crawl import backfill; "
          "backfill(since=sys.argv[1], sources=sys.argv[2], db=sys.argv[3], batch_size=3)")


@pytest.fixture(scope="module")
def prefect_env(reliability_prefect_env):
    return reliability_prefect_env


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """Three sites on three loopback hosts, and a sources file for them."""
    specs = [
        (NewsSite("alpha", make_articles(24, prefix="alpha")), "127.0.0.1", True),
        (NewsSite("beta", make_articles(18, first_day=date(2025, 8, 1), prefix="beta"), per_page=5), "127.0.0.2", True),
        # gamma reports calls alpha reports too: they must merge into one record each, crash or not
        (NewsSite("gamma", make_articles(10, prefix="gamma")), "127.0.0.3", False),
    ]
    servers = []
    text = []
    for site, host, feed in specs:
        server = site.serve(host)
        servers.append(server)
        text.append(site.source_toml(server.base_url, feed=feed))
    path = tmp_path_factory.mktemp("sites") / "sources.toml"
    path.write_text("\n".join(text), encoding="utf-8")
    yield path, sum(len(site.articles) for site, _, _ in specs)
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def reference(prefect_env, sites, tmp_path_factory):
    """The rows of one uninterrupted backfill, and how long it took."""
    sources, articles = sites
    db = tmp_path_factory.mktemp("reference") / "reference.duckdb"
    started = time.monotonic()
    done = run_cli("backfill", "--since", SINCE, "--sources", str(sources), "--db", str(db), env=prefect_env)
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-3000:]
    rows = contents(db)
    assert len(rows["articles"]) == articles, "the reference run must load every article"
    assert len(rows["calls"]) >= 25
    return rows, seconds


def _spawn(kind: str, sources: Path, db: Path, env: dict[str, str]) -> subprocess.Popen:
    if kind == "runner":
        cmd = [sys.executable, "-c", RUNNER, SINCE, str(sources), str(db)]
    elif kind == "crawl":
        cmd = diendam_cmd("crawl", "--sources", str(sources), "--db", str(db))
    else:
        cmd = diendam_cmd("backfill", "--since", SINCE, "--sources", str(sources), "--db", str(db))
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, cwd=env.get("PYTHONPATH"))


def _kill(proc: subprocess.Popen) -> bool:
    """SIGKILL the process group; True when the process was still running (a real crash)."""
    alive = proc.poll() is None
    if alive:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return alive


def _check(db: Path, env: dict[str, str]) -> None:
    if not db.exists():
        return  # killed before the warehouse was created: nothing to check
    result = run_cli("check", "--db", str(db), env=env, timeout=60)
    assert result.returncode == 0, f"diendam check after a kill:\n{result.stdout}\n{result.stderr[-2000:]}"


def test_sigkill_at_random_moments_loses_nothing_and_duplicates_nothing(prefect_env, sites, reference, tmp_path):
    sources, _ = sites
    expected, seconds = reference
    rng = random.Random(SEED)
    kinds = ["backfill", "crawl", "runner"]
    started = time.monotonic()
    kills = rounds = completed_early = 0
    lost_total = extra_total = 0
    while kills < KILLS_WANTED and time.monotonic() - started < LOOP_BUDGET:
        rounds += 1
        db = tmp_path / f"round{rounds}.duckdb"
        for _ in range(rng.randint(3, 4)):
            if kills >= KILLS_WANTED or time.monotonic() - started > LOOP_BUDGET:
                break
            kind = rng.choice(kinds)
            proc = _spawn(kind, sources, db, prefect_env)
            # the runner (batch size 3) takes longer than the CLI reference run: widen its window
            window = seconds * (1.8 if kind == "runner" else 1.0)
            if db.exists():
                window *= 0.6  # a resumed run has less left to do: kill it sooner
            time.sleep(window * rng.uniform(0.15, 0.9))
            if _kill(proc):
                kills += 1
            else:
                completed_early += 1
                assert proc.returncode == 0, proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else ""
            if proc.stderr:
                proc.stderr.close()
            _check(db, prefect_env)
        resumed = run_cli("backfill", "--since", SINCE, "--sources", str(sources), "--db", str(db),
                          env=prefect_env)
        assert resumed.returncode == 0, resumed.stderr[-3000:]
        _check(db, prefect_env)
        lost, extra, diffs = compare_contents(expected, contents(db))
        lost_total += lost
        extra_total += extra
        assert (lost, extra) == (0, 0), f"round {rounds}: {lost} rows lost, {extra} extra:\n" + "\n".join(diffs)
    record("kills survived", kills)
    record("crash rounds resumed to the reference rows", rounds)
    record("rows lost", lost_total)
    record("duplicates", extra_total)
    note(f"kill loop: {kills} SIGKILLs in {rounds} rounds, {completed_early} runs finished before their kill, "
         f"{time.monotonic() - started:.0f}s")
    assert kills >= KILLS_NEEDED, f"only {kills} kills hit a running process in {LOOP_BUDGET:.0f}s"


def test_two_crawls_at_once_on_one_warehouse(prefect_env, sites, reference, tmp_path):
    sources, _ = sites
    expected, _ = reference
    db = tmp_path / "shared.duckdb"
    procs = [subprocess.Popen(diendam_cmd("backfill", "--since", SINCE, "--sources", str(sources), "--db", str(db)),
                              env=prefect_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=prefect_env.get("PYTHONPATH"))
             for _ in range(2)]
    outcomes = [(p.wait(timeout=180), *p.communicate()) for p in procs]
    for code, _out, err in outcomes:
        # each either finished, or gave up with one clear line about the lock; never a traceback
        assert code == 0 or (code == 1 and "locked" in err.lower()), err[-3000:]
        assert "Traceback" not in err, err[-3000:]
    assert any(code == 0 for code, _, _ in outcomes)
    check = run_cli("check", "--db", str(db), env=prefect_env)
    assert check.returncode == 0, check.stdout + check.stderr
    finish = run_cli("backfill", "--since", SINCE, "--sources", str(sources), "--db", str(db), env=prefect_env)
    assert finish.returncode == 0, finish.stderr[-3000:]
    lost, extra, diffs = compare_contents(expected, contents(db))
    record("concurrent crawls", 2)
    record("rows lost", lost)
    record("duplicates", extra)
    assert (lost, extra) == (0, 0), "\n".join(diffs)


def test_backfill_after_the_newest_batch_was_stored_still_reaches_older_listing_pages(prefect_env, tmp_path):
    """A source without a sitemap: older articles are reachable only through its paginated listing. The
    warehouse holds the newest page's articles (what a crash after the first load batch leaves, or
    yesterday's daily crawl); a backfill over the whole range must still find every older article."""
    site = NewsSite("listing-only", make_articles(18, first_day=date(2025, 8, 1), prefix="lo"), sitemap=False,
                    per_page=5)
    server = site.serve("127.0.0.4")
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(site.source_toml(server.base_url), encoding="utf-8")
        db = tmp_path / "w.duckdb"
        newest = sorted(a.published for a in site.articles)[-site.per_page]
        first = run_cli("backfill", "--since", newest.isoformat(), "--sources", str(sources), "--db", str(db),
                        env=prefect_env)
        assert first.returncode == 0, first.stderr[-2000:]
        assert len(contents(db)["articles"]) == site.per_page
        resumed = run_cli("backfill", "--since", SINCE, "--sources", str(sources), "--db", str(db), env=prefect_env)
        assert resumed.returncode == 0, resumed.stderr[-2000:]
        stored = len(contents(db)["articles"])
        record("rows lost", len(site.articles) - stored)
        assert stored == len(site.articles), f"{len(site.articles) - stored} older articles never discovered"
    finally:
        server.stop()
