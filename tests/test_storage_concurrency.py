"""Several processes on one warehouse file: readers during loads, two writers at once, a held lock.

Real processes (DuckDB locks are per process), a real file in tmp_path."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from storage import Warehouse, WarehouseLocked, query

ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent("""
    import hashlib, json, sys, time
    from datetime import date, timedelta
    from storage import Warehouse
    from storage.sample import SON, call, make_item, participant
    path, prefix, batches, per_batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    wh = Warehouse(path, lock_wait=30)
    run_id = wh.start_run("writer-" + prefix, {})
    loaded = 0
    for b in range(batches):
        items = []
        for i in range(per_batch):
            n = b * per_batch + i
            name = hashlib.sha1(f"{prefix}{n}".encode()).hexdigest()[:12]  # unrelated names, no fuzzy match
            other = participant(name, "Bộ trưởng Ngoại giao", "foreign_minister", "JP")
            day = date(2024, 1, 1) + timedelta(days=n + 1000 * (prefix == "b"))
            items.append(make_item(f"https://{prefix}.vn/{n}", [call(SON, other, day.isoformat())], published=day,
                                   raw=(f"<html>{prefix} {n}</html>" * 50).encode()))
        loaded += wh.load(items, run_id).new_calls
    wh.finish_run(run_id, "completed", {"calls_new": loaded})
    print(json.dumps({"calls": loaded}))
""")

READER = textwrap.dedent("""
    import json, sys, time
    from storage import query, WarehouseLocked, WarehouseError
    path, seconds = sys.argv[1], float(sys.argv[2])
    ok = locked = 0
    other = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            query(path, "SELECT count(*), max(n_articles) FROM calls_flat", retries=5)
            ok += 1
        except WarehouseLocked as exc:
            locked += 1
            assert "locked" in str(exc) and "retry" in str(exc), str(exc)
        except Exception as exc:
            other.append(f"{type(exc).__name__}: {exc}")
    print(json.dumps({"ok": ok, "locked": locked, "other": other[:5]}))
""")

HOLDER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    con.execute("BEGIN TRANSACTION")
    con.execute("INSERT INTO fetch_log (run_id, url, reason) VALUES ('holder', 'https://x.vn', 'held')")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.execute("COMMIT")
    con.close()
""")


def spawn(script: str, *args: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def result(proc: subprocess.Popen, timeout: float = 120) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-2000:]
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def path(tmp_path) -> Path:
    warehouse_path = tmp_path / "wh.duckdb"
    Warehouse(warehouse_path).migrate()
    return warehouse_path


def test_reader_during_loads_succeeds_or_gets_clear_lock_error(path):
    reader = spawn(READER, path, 6)
    writer = spawn(WRITER, path, "w", 15, 20)
    written, read = result(writer), result(reader)
    print(f"\nreader: {read['ok']} queries ok, {read['locked']} WarehouseLocked; writer: {written['calls']} calls")
    assert read["other"] == []
    assert read["ok"] > 0
    assert written["calls"] == 300
    assert Warehouse(path).check() == []
    assert query(path, "SELECT count(*) FROM calls")[1] == [(300,)]


def test_two_writers_at_once_serialise(path):
    first, second = spawn(WRITER, path, "a", 8, 15), spawn(WRITER, path, "b", 8, 15)
    assert result(first)["calls"] == 120 and result(second)["calls"] == 120
    assert query(path, "SELECT count(*) FROM calls")[1] == [(240,)]
    assert query(path, "SELECT count(*) FROM crawl_runs WHERE status = 'completed'")[1] == [(2,)]
    assert Warehouse(path).check() == []


def test_held_lock_gives_clear_retryable_error(path):
    holder = spawn(HOLDER, path, 3)
    assert holder.stdout.readline().strip() == "holding"
    started = time.monotonic()
    with pytest.raises(WarehouseLocked, match="locked by another process.*retry"):
        Warehouse(path, lock_wait=0.5).start_run("daily", {})
    assert 0.4 < time.monotonic() - started < 3
    with pytest.raises(WarehouseLocked):
        query(path, "SELECT 1", retries=2)
    # a patient writer gets in once the other one is done
    run_id = Warehouse(path, lock_wait=20).start_run("daily", {})
    holder.communicate(timeout=30)
    assert query(path, "SELECT count(*) FROM crawl_runs WHERE run_id = ?", params=[run_id])[1] == [(1,)]
    assert query(path, "SELECT count(*) FROM fetch_log")[1] == [(1,)]
