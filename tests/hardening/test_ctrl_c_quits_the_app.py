"""Ctrl+C in the terminal quits the GUI (issue 12 item 10): before, Qt's event loop never
let Python see the signal, and the app ran on until killed.

And the request to end that a logout, a shutdown or `kill` sends (SIGTERM), or a closed
terminal (SIGHUP): the app ended at once, and an answer given in the last moment, still
waiting to be written, was lost. They now close the window as Ctrl+C does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence.profile_store import ProfileStore
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.app import install_interrupt_handler
from screener.ui.window.main_window import MainWindow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="sending SIGINT is POSIX")

REPO = Path(__file__).resolve().parents[2]


def test_ctrl_c_closes_the_window_and_ends_the_app(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()  # the cache is written only into a data folder that exists
    env = {**os.environ, paths.DATA_DIR_ENV: str(data), "QT_QPA_PLATFORM": "offscreen"}
    env.pop(paths.CACHE_DIR_ENV, None)
    app = subprocess.Popen(
        [sys.executable, "-m", "screener"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The catalogue's cache is written once the handler is in place and the window is
        # being built: from then on, Ctrl+C must be heard.
        deadline = time.monotonic() + 120
        while not any(data.glob("cache/*.cache")) and app.poll() is None:
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)
        app.send_signal(signal.SIGINT)
        _, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


@pytest.mark.parametrize("sent", ["SIGTERM", "SIGHUP"])
def test_a_request_to_end_writes_the_answers_waiting_to_be(
    qtbot: QtBot, qapp: QApplication, sent: str
) -> None:
    window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), None))
    qtbot.addWidget(window)
    window.show()
    undo = install_interrupt_handler(qapp)
    try:
        window.set_profile(window.profile.model_copy(update={"nationality": "BE"}))
        os.kill(os.getpid(), getattr(signal, sent))  # within the autosave's pause
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        undo()
    assert ProfileStore().load("my-profile").nationality == "BE"
