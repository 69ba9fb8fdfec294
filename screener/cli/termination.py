"""A command asked to end (SIGTERM: a closed terminal's session, `kill`, a scheduler's
timeout) ends as if interrupted, so the temporary file of the write in progress is removed
(write_atomic removes it on any exception) and no hidden ".x.tmp" is left in the user's
folder. Python's default for SIGTERM ends the process at once, cleaning nothing. No Qt here.

Only SIGTERM is caught, and only while a command runs: a second one ends the process at once.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

# What a shell reports for a command ended by SIGTERM (128 + the signal's number).
EXIT_TERMINATED = 128 + signal.SIGTERM


class Terminated(BaseException):
    """Raised where the command is when SIGTERM arrives: BaseException, as KeyboardInterrupt
    is, so the commands' `except Exception` do not take it for a failure to report."""


def _raise_terminated(_signal: int, _frame: FrameType | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # asked twice: ended at once
    raise Terminated


@contextlib.contextmanager
def ended_cleanly_by_sigterm() -> Iterator[None]:
    """While a command runs: SIGTERM ends it with exit status 143 after its clean-ups ran."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals are received by the main thread only
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    except Terminated:
        raise SystemExit(EXIT_TERMINATED) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
