"""Ctrl+C in the terminal quits the GUI (issue 12 item 10): before, Qt's event loop never
let Python see the signal, and the app ran on until killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from screener import paths

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
