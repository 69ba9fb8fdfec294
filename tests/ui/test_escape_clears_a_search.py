"""Escape in the vacancy search and in All at a glance's filter clears what was typed, as it
does in the candidates' matrix: the box's clear button is for the mouse only, so a keyboard
user had to select the text and delete it to see every vacancy again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener.ui.window.main_window import MainWindow


def test_escape_clears_the_vacancy_search(qtbot: QtBot, window: MainWindow) -> None:
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    everything = window.proxy.rowCount()
    kb.type("cyber")
    assert window.proxy.rowCount() == 1
    kb.press(Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.proxy.rowCount() == everything
    assert QApplication.focusWidget() is window.search  # typing a new search goes on there
    kb.press(Qt.Key.Key_Escape)  # nothing typed: nothing happens, nothing closes
    assert window.isVisible()


def test_escape_clears_the_filter_of_all_at_a_glance(qtbot: QtBot, window: MainWindow) -> None:
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.alt(Qt.Key.Key_A)  # &All at a glance
    overview = window.profiles.overview
    kb.wait_focus(lambda w: w is overview.find_edit)
    everything = overview.proxy.rowCount()
    kb.type("250939")
    assert overview.proxy.rowCount() == 1
    kb.press(Qt.Key.Key_Escape)
    assert overview.find_edit.text() == ""
    assert overview.proxy.rowCount() == everything
