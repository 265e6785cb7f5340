"""Hostile conditions: disk full, read-only file or directory, a writer killed mid-load. In every case the
error is clear and what was stored before is intact."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from storage import query
from storage.sample import build_sample_warehouse

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.reliability

# The load runs in a child process whose file size limit (RLIMIT_FSIZE) is below the warehouse size: every
# write fails with EFBIG exactly as on a full disk. Works for root too, unlike chmod.
DISK_FULL = textwrap.dedent("""
    import os, resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))
    from storage import Warehouse, WarehouseError
    from storage.sample import make_item
    items = [make_item(f"https://big.vn/{i}", raw=os.urandom(200_000)) for i in range(20)]
    try:
        Warehouse(sys.argv[1]).load(items, "r-big")
        print("no error")
    except WarehouseError as exc:
        print(exc)
""")

# Writes as the unprivileged user `nobody` (imports first, then setuid), so file modes apply even when the
# tests run as root.
AS_NOBODY = textwrap.dedent("""
    import os, sys
    from storage import Warehouse, WarehouseError, query
    from storage.sample import make_item
    os.setgid(65534)
    os.setuid(65534)
    try:
        Warehouse(sys.argv[1]).load([make_item("https://new.vn/1")], "r")
        print("no error")
    except WarehouseError as exc:
        print(exc)
    print("rows", query(sys.argv[1], "SELECT count(*) FROM raw_pages")[1][0][0])
""")

KILLED_WRITER = textwrap.dedent("""
    import os, sys
    from storage import Warehouse
    from storage.sample import make_item
    wh = Warehouse(sys.argv[1])
    print("start", flush=True)
    for batch in range(1000):
        wh.load([make_item(f"https://kill.vn/{batch}-{i}", raw=os.urandom(50_000)) for i in range(40)], "r")
""")


def run(script: str, *args: object) -> str:
    proc = subprocess.run([sys.executable, "-c", script, *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def snapshot(path: Path) -> list:
    return [query(path, f"SELECT count(*) FROM {t}")[1][0][0] for t in ("raw_pages", "articles", "calls")]


def test_disk_full_rolls_back_with_clear_error(tmp_path):
    warehouse, _ = build_sample_warehouse(tmp_path / "wh.duckdb")
    before = snapshot(warehouse.path)
    out = run(DISK_FULL, warehouse.path)
    assert "disk is full" in out and "rolled back" in out
    assert snapshot(warehouse.path) == before
    assert warehouse.check() == []
    # and the warehouse still takes writes once there is room again
    warehouse.record_failures("r", [{"url": "https://a.vn", "reason": "robots"}])


@pytest.fixture
def shared_tmp():
    """A directory `nobody` can reach (pytest's tmp_path is private to root)."""
    if not hasattr(os, "setuid"):
        pytest.skip("needs POSIX users")
    directory = Path(tempfile.mkdtemp(prefix="diendam-ro-"))
    directory.chmod(0o755)
    yield directory
    directory.chmod(0o755)
    for child in directory.iterdir():
        child.chmod(0o644)
        child.unlink()
    directory.rmdir()


def _needs_privilege_drop() -> None:
    if os.geteuid() != 0:
        return
    try:
        import pwd
        pwd.getpwuid(65534)
    except (ImportError, KeyError):
        pytest.skip("running as root without a 'nobody' user to drop to: file modes would be ignored")


def _run_as(script: str, path: Path) -> str:
    if os.geteuid() == 0:
        return run(script, path)
    # not root: chmod already applies; run the same check without the privilege drop
    return run(script.replace("os.setgid(65534)", "pass").replace("os.setuid(65534)", "pass"), path)


def test_read_only_file_refuses_writes_clearly(shared_tmp):
    _needs_privilege_drop()
    warehouse, _ = build_sample_warehouse(shared_tmp / "wh.duckdb")
    before = snapshot(warehouse.path)
    warehouse.path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    shared_tmp.chmod(0o555)
    out = _run_as(AS_NOBODY, warehouse.path)
    assert "not writable" in out and "nothing was changed" in out
    assert "rows 11" in out  # reading still works
    assert snapshot(warehouse.path) == before


def test_directory_without_room_for_the_wal(shared_tmp):
    """The file is writable but its directory is not: DuckDB cannot create the write-ahead log."""
    _needs_privilege_drop()
    warehouse, _ = build_sample_warehouse(shared_tmp / "wh.duckdb")
    before = snapshot(warehouse.path)
    warehouse.path.chmod(0o666)
    shared_tmp.chmod(0o555)
    out = _run_as(AS_NOBODY, warehouse.path)
    assert "no error" not in out and "warehouse" in out, out
    shared_tmp.chmod(0o755)
    assert snapshot(warehouse.path) == before
    assert warehouse.check() == []


def test_writer_killed_mid_load_leaves_previous_batches_intact(tmp_path):
    warehouse, _ = build_sample_warehouse(tmp_path / "wh.duckdb")
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(warehouse.path)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "start"
    time.sleep(2.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    pages = query(warehouse.path, "SELECT count(*) FROM raw_pages WHERE url LIKE 'https://kill.vn/%'")[1][0][0]
    print(f"\nkilled writer: {pages} pages from complete batches survived")
    assert pages % 40 == 0  # whole batches or nothing
    assert query(warehouse.path, "SELECT count(*) FROM calls")[1] == [(8,)]
    assert warehouse.check() == []
