"""The `diendam` command as users run it (a subprocess): cheap bad input is refused before Prefect is
imported, and a warehouse that cannot be written (locked by another writer, newer schema) ends a crawl,
backfill or re-extraction with one clear line and exit code 1, no traceback, nothing changed.
(A full disk and a read-only warehouse are tested the same way in tests/test_reliability_disk.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from diendam.cli import EXIT_FAILED, EXIT_USAGE
from diendam.snapshot_server import SnapshotServer

ROOT = Path(__file__).resolve().parent.parent
# Runs main() and fails if Prefect got imported: cheap checks must come first.
PROBE = ("import sys; from diendam.cli import main; code = main(sys.argv[1:]); "
         "sys.exit(97 if 'prefect' in sys.modules else code)")


def cli_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
           "PREFECT_LOGGING_LEVEL": "WARNING", "DIENDAM_LOCK_WAIT": "1"}
    env.update(extra)
    return env


def run(*argv: str, env: dict[str, str] | None = None, probe: bool = False) -> tuple[subprocess.CompletedProcess, float]:
    cmd = [sys.executable, "-c", PROBE, *argv] if probe else [sys.executable, "-m", "diendam.cli", *argv]
    started = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=240, env=env or cli_env(), cwd=ROOT)
    return done, time.monotonic() - started


def last_error_line(done: subprocess.CompletedProcess, command: str) -> str:
    lines = [line for line in done.stderr.splitlines() if line.startswith(f"diendam {command}:")]
    assert lines, done.stderr[-3000:]
    return lines[-1]


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> dict[str, list[str]]:
    tmp = tmp_path_factory.mktemp("bad-input")
    broken = tmp / "broken.toml"
    broken.write_text('[[source]]\nname = "x"\nbase_url = "https://x.example"\nfeed = ["https://x.example/rss"]\n',
                      encoding="utf-8")
    good = tmp / "good.toml"
    good.write_text('[[source]]\nname = "x"\nbase_url = "https://x.example"\nfeeds = ["https://x.example/rss"]\n',
                    encoding="utf-8")
    db = str(tmp / "w.duckdb")
    return {
        "malformed sources file": ["crawl", "--sources", str(broken), "--db", db],
        "malformed sources file (backfill)": ["backfill", "--since", "2025-01-01", "--sources", str(broken), "--db", db],
        "bad date": ["backfill", "--since", "2025-13-01", "--sources", str(good), "--db", db],
        "until before since": ["backfill", "--since", "2025-02-01", "--until", "2025-01-01", "--sources", str(good),
                               "--db", db],
        "missing WARC file": ["backfill", "--since", "2025-01-01", "--warc", str(tmp / "nope.warc.gz"),
                              "--sources", str(good), "--db", db],
        "unknown source": ["backfill", "--since", "2025-01-01", "--source", "nope", "--sources", str(good), "--db", db],
        "no warehouse to reextract": ["reextract", "--db", db],
    }


CASES = ["malformed sources file", "malformed sources file (backfill)", "bad date", "until before since",
         "missing WARC file", "unknown source", "no warehouse to reextract"]


@pytest.mark.parametrize("case", CASES)
def test_cheap_bad_input_is_refused_before_prefect_is_imported(bad_inputs, case, tmp_path):
    done, seconds = run(*bad_inputs[case], probe=True)
    assert done.returncode == EXIT_USAGE, (done.returncode, done.stderr[-2000:])  # 97: Prefect was imported
    # one line saying what is wrong (argparse puts the usage above it)
    assert "Traceback" not in done.stderr and done.stderr.strip().splitlines()[-1].startswith("diendam "), done.stderr
    assert not (tmp_path / "w.duckdb").exists()
    print(f"{case}: exit {done.returncode} in {seconds:.2f}s")  # ~0.3 s; with Prefect imported it is 3+ s


@pytest.fixture(scope="module")
def prefect_env():
    """One temporary Prefect API the CLI subprocesses share (each would start its own otherwise)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield cli_env(PREFECT_API_URL=str(PREFECT_API_URL.value()))


@pytest.fixture(scope="module")
def stored(prefect_env, tmp_path_factory):
    """A warehouse filled by one crawl of the snapshot, and the snapshot's sources file (sites stay up)."""
    tmp = tmp_path_factory.mktemp("stored")
    with SnapshotServer() as server:
        sources = server.write_sources(tmp / "sources.toml")
        done, _ = run("crawl", "--sources", str(sources), "--db", str(tmp / "w.duckdb"), env=prefect_env)
        assert done.returncode == 0, done.stderr[-3000:]
        yield tmp / "w.duckdb", sources


def commands(db: Path, sources: Path) -> dict[str, list[str]]:
    return {"crawl": ["crawl", "--sources", str(sources), "--db", str(db)],
            "backfill": ["backfill", "--since", "2025-01-01", "--sources", str(sources), "--db", str(db)],
            "reextract": ["reextract", "--db", str(db)]}


def counts(db: Path) -> tuple:
    with duckdb.connect(str(db), read_only=True) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("raw_pages", "articles", "calls", "crawl_runs"))


def test_a_locked_warehouse_ends_each_run_with_one_clear_line(stored, prefect_env):
    db, sources = stored
    before = counts(db)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(600)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        for command, argv in commands(db, sources).items():
            done, _ = run(*argv, env=prefect_env)
            line = last_error_line(done, command)
            assert done.returncode == EXIT_FAILED, (command, done.stderr[-3000:])
            assert line.startswith(f"diendam {command}: error: warehouse:") and "lock" in line.lower(), line
            assert "Traceback" not in done.stderr, done.stderr[-3000:]
    finally:
        holder.kill()
        holder.wait()
    assert counts(db) == before


def test_a_newer_schema_warehouse_is_refused_with_one_clear_line(stored, prefect_env, tmp_path):
    db, sources = stored
    newer = tmp_path / "newer.duckdb"
    newer.write_bytes(db.read_bytes())
    with duckdb.connect(str(newer)) as con:
        con.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', now())")
    before = counts(newer)
    for command, argv in commands(newer, sources).items():
        done, _ = run(*argv, env=prefect_env)
        line = last_error_line(done, command)
        assert done.returncode == EXIT_FAILED, (command, done.stderr[-3000:])
        assert "newer" in line and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert counts(newer) == before
