"""A time limit on the work inside a ``with`` block, by an alarm signal."""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager

__all__ = ["TooSlow", "time_limit"]


class TooSlow(Exception):
    """The work took longer than its limit and was stopped."""


@contextmanager
def time_limit(seconds: float | None):
    """Stop the work inside after SECONDS by an alarm signal (Python's regex engine checks
    for signals while it matches, so a runaway pattern is stopped too; C code such as
    lxml's parser is stopped when it returns). Only the main thread takes signals, and
    only where the system has alarms: elsewhere (Dask's worker threads, Windows) there is
    no limit."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise TooSlow

    handler = signal.signal(signal.SIGALRM, stop)
    started = time.monotonic()
    earlier, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, handler)
        if earlier:  # someone else's alarm was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(earlier - (time.monotonic() - started), 1e-3))
