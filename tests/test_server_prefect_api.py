"""A REAL Prefect API (`prefect server start` on loopback) with the deployments registered by `diendam serve`
and by `prefect deploy` of deployments/prefect.yaml; a backfill is triggered through the API with parameters
and the warehouse is checked. Guards the pinned fastapi + prefect combination."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from diendam.snapshot_server import SnapshotServer, snapshot_sites
from storage import query

pytestmark = [pytest.mark.server, pytest.mark.timeout(400)]
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, timeout: float, what: str, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what}: process exited with {proc.returncode}")
        try:
            value = predicate()
            if value:
                return value
        except Exception:  # not up yet
            pass
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """`prefect server start` on a free loopback port with its own PREFECT_HOME; yields (api_url, env)."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
           "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_SERVER_UI_ENABLED": "false"}
    log = open(home / "server.log", "wb")  # noqa: SIM115 - closed below
    server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env={k: v for k, v in env.items() if k != "PREFECT_API_URL"}, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for(lambda: httpx.get(f"{api}/health", timeout=2).status_code == 200, 120, "prefect server", server)
        yield api, env
    finally:
        # a throwaway server (temporary home and database): its graceful shutdown took 5 s for nothing
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(30)
        log.close()


def api_client(api: str):
    from prefect.client.orchestration import SyncPrefectClient

    return SyncPrefectClient(api)


def child_pids(pid: int) -> list[int]:
    """Live child processes of `pid` (Linux /proc)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def wait_for_final_state(api: str, flow_run_id: str, timeout: float, proc: subprocess.Popen):
    """Poll the API until the flow run is in a final state (the real outcome, whatever `--watch` sees)."""
    from uuid import UUID

    with api_client(api) as client:
        last = None

        def final():
            nonlocal last
            last = client.read_flow_run(UUID(flow_run_id)).state
            return last if last is not None and last.is_final() else None

        try:
            return wait_for(final, timeout, f"flow run {flow_run_id} to finish", proc)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; last state: {last}\n{run_diagnostics(client, UUID(flow_run_id))}") from None


def run_diagnostics(client, flow_run_id) -> str:
    """What a stuck run was doing, for the failure message: its task runs' states, the concurrency limits'
    occupied slots and its last log lines on the API."""
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId, LogFilter, LogFilterFlowRunId

    lines = []
    try:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
        lines += [f"task {t.name}: {t.state.type.value if t.state else None} {t.state.name if t.state else ''}"
                  for t in runs]
        lines += [f"limit {c.tag}: {c.concurrency_limit}, active {len(c.active_slots)}"
                  for c in client.read_concurrency_limits(limit=200, offset=0)]
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
        lines += [f"log {log.timestamp} {log.message[:300]}" for log in logs[-40:]]
    except Exception as exc:  # diagnostics only
        lines.append(f"(diagnostics failed: {exc!r})")
    return "\n".join(lines)


def test_diendam_serve_runs_a_backfill_triggered_through_the_api(prefect_server, tmp_path):
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    api, env = prefect_server
    db = tmp_path / "w.duckdb"
    with SnapshotServer() as snapshot:
        sources = snapshot.write_sources(tmp_path / "sources.toml")
        serve_log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115 - closed below
        # the runner asks the API for runs to start every 2 s instead of 10 s: each trigger below waited
        # up to 10 s for `serve` to notice it
        serve = subprocess.Popen([str(BIN / "diendam"), "serve", "--sources", str(sources), "--db", str(db)],
                                 env={**env, "PYTHONFAULTHANDLER": "1", "PREFECT_RUNNER_POLL_FREQUENCY": "2"},
                                 cwd=tmp_path, stdout=serve_log, stderr=subprocess.STDOUT)
        try:
            with api_client(api) as client:
                wait_for(lambda: client.read_deployment_by_name("backfill/backfill"), 90, "deployments", serve)
                daily = client.read_deployment_by_name("daily-crawl/daily")
                schedule = daily.schedules[0].schedule
                assert (schedule.cron, schedule.timezone) == ("0 6 * * *", "Asia/Ho_Chi_Minh")
            with temporary_settings({PREFECT_API_URL: api}):
                run = run_deployment("backfill/backfill", parameters={"since": "2025-10-01", "until": "2025-10-31"},
                                     timeout=180)
            if not run.state.is_completed():
                with api_client(api) as client:
                    raise AssertionError(f"{run.state}\n{run_diagnostics(client, run.id)}\nserve.log:\n"
                                         + (tmp_path / "serve.log").read_text(errors="replace")[-3000:])
            # the README's command line way, with a parameter given as text. Not `--watch`: on a loaded box
            # its event subscription can miss the final state of a run that did complete; the API is asked.
            done = subprocess.run([str(BIN / "prefect"), "deployment", "run", "backfill/backfill",
                                   "--param", "since=2025-11-01"],
                                  env=env, capture_output=True, text=True, timeout=180)
            assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
            found = re.search(r"UUID:\s*([0-9a-f-]{36})", done.stdout)
            assert found, done.stdout[-2000:]
            try:
                state = wait_for_final_state(api, found.group(1), 300, serve)
            except AssertionError as exc:
                raise AssertionError(f"{exc}\nserve.log:\n"
                                     + (tmp_path / "serve.log").read_text(errors="replace")[-6000:]) from None
            assert state.is_completed(), (state, (tmp_path / "serve.log").read_text(errors="replace")[-3000:])
        finally:
            # Ctrl-C once the flow-run subprocesses have exited (a run reported Completed may still be
            # tearing down its process; on a loaded box that takes seconds).
            try:
                wait_for(lambda: not child_pids(serve.pid), 60, "flow-run subprocesses to exit")
            except AssertionError:
                pass
            serve.send_signal(signal.SIGINT)
            try:
                code = serve.wait(90)
            except subprocess.TimeoutExpired:
                serve.send_signal(signal.SIGABRT)  # PYTHONFAULTHANDLER: every thread's stack to serve.log
                time.sleep(3)
                serve.kill()
                serve.wait(10)
                code = None
            serve_log.close()
    assert code in (0, 130), ("diendam serve did not stop cleanly on Ctrl-C", code,
                              (tmp_path / "serve.log").read_text(errors="replace")[-8000:])
    wanted = [a for site in snapshot_sites().values() for a in site["articles"] if a["published"] >= "2025-10"]
    assert query(db, "SELECT count(*) FROM articles")[1][0][0] == len(wanted)
    assert query(db, "SELECT flow, status FROM crawl_runs")[1] == [("backfill", "completed")] * 2


def test_prefect_yaml_deploys_to_a_process_work_pool(prefect_server):
    api, env = prefect_server
    prefect = str(BIN / "prefect")
    for argv in ([prefect, "work-pool", "create", "diendam", "--type", "process"],
                 [prefect, "--no-prompt", "deploy", "--prefect-file", "deployments/prefect.yaml", "--all"]):
        done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    with api_client(api) as client:
        names = {(d.name, d.work_pool_name) for d in client.read_deployments()}
        assert {("daily", "diendam"), ("backfill", "diendam"), ("reextract", "diendam")} <= names
        daily = client.read_deployment_by_name("daily-crawl/daily")
        assert daily.schedules[0].schedule.cron == "0 6 * * *"
        assert daily.schedules[0].schedule.timezone == "Asia/Ho_Chi_Minh"
        # the server's scheduler turns the schedule into runs (it failed on every pass with SQLAlchemy 2.1:
        # the deployment showed its schedule and no morning run was ever created)
        scheduled = wait_for(lambda: scheduled_runs(client, daily.id), 90, "the scheduler to create daily runs")
        assert all(run.state.is_scheduled() for run in scheduled)
        assert all(run.expected_start_time.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).hour == 6 for run in scheduled)


def scheduled_runs(client, deployment_id) -> list:
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    return client.read_flow_runs(deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])))
