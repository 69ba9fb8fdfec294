"""Threads the app starts for a long job (reading a notice, making dossiers): kept alive
until they end, and at quit asked to stop and waited for.

Such a thread has no parent: closing the window that started it must not destroy it while it
runs (Qt aborts the app). A thread with a `stop` event is asked to stop between its steps.
"""

from __future__ import annotations

import threading
from functools import partial

from PySide6.QtCore import QCoreApplication, QThread

_RUNNING: set[QThread] = set()
_QUIT_HOOKED = False


def keep_until_ended(thread: QThread) -> None:
    """Hold `thread` until it has finished; the first one also hooks the app's quit."""
    global _QUIT_HOOKED
    thread.finished.connect(partial(_RUNNING.discard, thread))
    _RUNNING.add(thread)
    app = QCoreApplication.instance()
    if app is not None and not _QUIT_HOOKED:
        app.aboutToQuit.connect(stop_all)
        _QUIT_HOOKED = True


def running() -> list[QThread]:
    """The threads still held."""
    return list(_RUNNING)


def stop_all(ms: int = 5000) -> None:
    """At quit: ask every held thread to stop and wait for it (their steps are short)."""
    for thread in list(_RUNNING):
        stop = getattr(thread, "stop", None)
        if isinstance(stop, threading.Event):
            stop.set()
        thread.wait(ms)
