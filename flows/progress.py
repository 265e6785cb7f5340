"""Progress of long runs (pages done / to do), shown on the terminal by the CLI and logged by the flows.

The pipeline calls `report`; whoever runs it decides what to do with the numbers. The CLI installs a
terminal reporter that redraws one line on a TTY and prints a line every few seconds otherwise.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Reporter = Callable[[int, int | None, str], None]
_reporters: list[Reporter] = []
_lock = threading.Lock()


def report(done: int, total: int | None, unit: str = "pages") -> None:
    """Tell every installed reporter how far the run is; cheap when nobody listens."""
    with _lock:
        reporters = list(_reporters)
    for reporter in reporters:
        try:
            reporter(done, total, unit)
        except Exception:  # a broken display never stops a crawl
            pass


@contextmanager
def reporting(reporter: Reporter) -> Iterator[None]:
    with _lock:
        _reporters.append(reporter)
    try:
        yield
    finally:
        with _lock:
            _reporters.remove(reporter)


@contextmanager
def terminal_progress(stream=None, every: float = 5.0) -> Iterator[None]:
    """Progress on stderr: a redrawn line on a terminal, a line every `every` seconds in a log file."""
    stream = stream or sys.stderr
    tty = stream.isatty()
    last = [0.0]
    drew = [False]

    def show(done: int, total: int | None, unit: str) -> None:
        now = time.monotonic()
        finished = total is not None and done >= total
        if not tty and now - last[0] < every and not finished:
            return
        last[0] = now
        text = f"{done}/{total} {unit}" if total is not None else f"{done} {unit}"
        if tty:
            stream.write(f"\r  progress: {text}   ")
            drew[0] = True
        else:
            stream.write(f"  progress: {text}\n")
        stream.flush()

    with reporting(show):
        yield
    if drew[0]:
        stream.write("\n")
        stream.flush()
