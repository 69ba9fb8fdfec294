"""The main window reopens at the size the user left it."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from screener.persistence.settings import load_settings
from screener.ui.window.main_window import MainWindow


def test_the_window_reopens_at_its_last_size(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    first = make_window()
    # Within the offscreen screen (800x600): restoreGeometry keeps a window on its screen.
    first.resize(700, 520)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.close()
    assert load_settings().geometry_bytes()

    second = make_window()
    second.resize(300, 300)
    assert second.restore_geometry()
    assert (second.width(), second.height()) == (700, 520)


def test_without_a_saved_size_nothing_is_restored(make_window: Callable[[], MainWindow]) -> None:
    assert load_settings().geometry_bytes() is None
    assert not make_window().restore_geometry()
