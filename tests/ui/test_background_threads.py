"""A long job's thread is held while it runs, and at quit asked to stop and waited for."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from screener.ui.common import background_threads


class _Steps(QThread):
    def __init__(self) -> None:
        super().__init__()  # no parent, as the app's job threads
        self.stop = threading.Event()
        self.steps = 0

    def run(self) -> None:
        while not self.stop.wait(0.01):
            self.steps += 1


def test_quitting_stops_a_running_job_and_lets_it_go(qtbot: QtBot) -> None:
    thread = _Steps()
    background_threads.keep_until_ended(thread)
    thread.start()
    qtbot.waitUntil(lambda: thread.steps > 0)
    assert thread in background_threads.running()

    background_threads.stop_all()

    assert thread.stop.is_set()
    assert thread.isFinished()
    qtbot.waitUntil(lambda: thread not in background_threads.running())
