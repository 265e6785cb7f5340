"""A full disk and a read-only warehouse: the crawl stops with one clear error, earlier data stays intact,
and once space (or write access) is back the next run completes.

Both need a real small filesystem: a tmpfs mounted for the test (root only; skipped with the reason
otherwise). Nothing is mocked: DuckDB really gets ENOSPC / EROFS from the kernel.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reliability_support import NewsSite, compare_contents, contents, make_articles, note, record, run_cli

pytestmark = pytest.mark.reliability


def _mount_tmpfs(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        note("disk-full and read-only tests skipped: not root, cannot mount a tmpfs")
        pytest.skip("needs root to mount a small tmpfs")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        note(f"disk-full and read-only tests skipped: mount failed ({done.stderr.strip()})")
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")


def _fill(filler: Path) -> None:
    """Fill the filesystem to the last byte (unbuffered writes, so the ENOSPC is ours to catch)."""
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (1 << 20, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(fd)


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def two_sites(tmp_path):
    """Two sources files: the first site's crawl makes the earlier data, the second's is the failing run."""
    first = NewsSite("truoc", make_articles(8, prefix="truoc"))
    second = NewsSite("sau", make_articles(30, first_day=date(2025, 9, 1), prefix="sau"))
    servers = [first.serve("127.0.0.6"), second.serve("127.0.0.7")]
    paths = []
    for site, server in zip((first, second), servers, strict=True):
        path = tmp_path / f"{site.name}.toml"
        path.write_text(site.source_toml(server.base_url), encoding="utf-8")
        paths.append(path)
    yield paths
    for server in servers:
        server.stop()


def _crawl(sources: Path, db: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_cli("backfill", "--since", "2025-01-01", "--sources", str(sources), "--db", str(db), env=env,
                   timeout=180)


def _assert_clear_failure(result: subprocess.CompletedProcess[str], words: tuple[str, ...]) -> None:
    assert result.returncode != 0, result.stdout[-2000:]
    # Prefect's flow-run log prints the failed flow's traceback before it; the CLI's own verdict is one clear
    # line, the last one with the flow's messages (nanobind's leak report of DuckDB may follow at exit)
    lines = [line for line in result.stderr.strip().splitlines() if line.startswith("diendam backfill:")]
    assert lines, result.stderr[-4000:]
    last = lines[-1]
    assert last.startswith("diendam backfill: error:"), result.stderr[-4000:]
    assert any(w in last.lower() for w in words), last


def test_a_full_disk_stops_the_crawl_cleanly_and_keeps_earlier_data(reliability_prefect_env, two_sites, tmp_path):
    env = reliability_prefect_env
    mount = tmp_path / "small"
    _mount_tmpfs(mount, "48m")
    try:
        db = mount / "w.duckdb"
        first = _crawl(two_sites[0], db, env)
        assert first.returncode == 0, first.stderr[-3000:]
        before = contents(db)
        filler = mount / "filler"
        _fill(filler)
        failed = _crawl(two_sites[1], db, env)
        _assert_clear_failure(failed, ("disk is full", "no space"))
        filler.unlink()
        check = run_cli("check", "--db", str(db), env=env)
        assert check.returncode == 0, check.stdout + check.stderr
        lost, _, diffs = compare_contents(before, contents(db))
        record("rows lost", lost)
        assert lost == 0, "\n".join(diffs)
        again = _crawl(two_sites[1], db, env)
        assert again.returncode == 0, again.stderr[-3000:]
        assert len(contents(db)["articles"]) == 38
        record("disk-full crawls refused cleanly")
    finally:
        _umount(mount)


def test_a_read_only_warehouse_is_refused_and_left_unchanged(reliability_prefect_env, two_sites, tmp_path):
    env = reliability_prefect_env
    mount = tmp_path / "ro"
    _mount_tmpfs(mount, "64m")
    try:
        db = mount / "w.duckdb"
        first = _crawl(two_sites[0], db, env)
        assert first.returncode == 0, first.stderr[-3000:]
        before = contents(db)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        failed = _crawl(two_sites[1], db, env)
        _assert_clear_failure(failed, ("not writable", "read-only", "read only"))
        query = run_cli("query", "SELECT count(*) FROM articles", "--db", str(db), env=env)
        assert query.returncode == 0 and "| 8" in query.stdout, query.stdout + query.stderr  # reads still work
        check = run_cli("check", "--db", str(db), env=env)
        assert check.returncode == 0, check.stdout + check.stderr
        assert compare_contents(before, contents(db))[:2] == (0, 0)
        record("read-only crawls refused cleanly")
    finally:
        _umount(mount)
