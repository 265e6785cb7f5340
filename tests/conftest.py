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


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not (SHARED / "corpus" / "dev.jsonl").is_file():
        pytest.skip("../shared is absent")
    return SHARED
