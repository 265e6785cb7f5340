"""Prefect flows: compose the stages (discover -> fetch -> clean -> extract -> load) with retries,
concurrency limits, schedules and logging. No stage logic lives here."""
