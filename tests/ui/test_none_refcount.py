"""PySide6 6.12 on Python 3.11 drops a reference to None per void Qt call (none_refcount.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    import screener.ui  # the guard, as the app and every UI module get it
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    for _ in range(100_000):
        label.setText("x")
    print("alive", sys.getrefcount(None) > 100_000)
    """
)


def test_a_long_session_of_qt_calls_does_not_abort_python() -> None:
    """In a fresh interpreter None has some 5,000 references: without the guard, this aborts."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive True"
