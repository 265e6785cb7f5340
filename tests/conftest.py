"""Shared test settings: Prefect stays local (project-local home, no telemetry); the network stays on loopback."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# The reliability group's figures (kills survived, rows lost...) are printed by this plugin at the end.
pytest_plugins = ["reliability_support"] if (Path(__file__).parent / "reliability_support.py").is_file() else []

os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# A flow run in a subprocess starts its own temporary Prefect API; Prefect gives it 20 s, which a busy 2-core
# machine can exceed (seen: "Timed out while attempting to connect to ephemeral Prefect API server").
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture(scope="session")
def prefect_session_api() -> str:
    """One temporary Prefect API (SQLite, subprocess) for every test that asks for it, yielding its URL.
    Starting one takes 6-8 s on this box; a module or test that starts its own pays that again. Tests
    sharing it must not depend on the API being empty (filter by flow run, remove limits they create)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield str(PREFECT_API_URL.value())


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not (SHARED / "corpus" / "dev.jsonl").is_file():
        pytest.skip("../shared is absent")
    return SHARED
