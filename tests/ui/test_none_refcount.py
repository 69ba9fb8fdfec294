"""PySide6 6.12.0 drops a reference to None on every Qt call that returns nothing.

On Python 3.11 None is not immortal, so a long session aborts the interpreter
("none_dealloc: deallocating None"); pyproject.toml keeps 3.11 on a PySide6 without the bug.
This guards that pin: it fails on an installation that has the bug.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setText("x")
    print("lost", before - sys.getrefcount(None))
    """
)


def test_a_long_session_of_qt_calls_keeps_none_alive() -> None:
    """In a fresh interpreter None has about 5,000 references: the buggy release aborts here."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lost = int(done.stdout.split()[-1])
    # A handful of references may come and go with caches; the bug loses one per call.
    assert lost < 100, f"None lost {lost} references over 20,000 Qt calls"
