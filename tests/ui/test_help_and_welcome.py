"""The first-run welcome, the Help menu (About, Keyboard shortcuts) and the window's title."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener import paths
from screener.persistence.settings import load_settings
from screener.ui.common.command_keys import COMMAND_KEYS
from screener.ui.importing import import_prompts
from screener.ui.window import window_placement
from screener.ui.window.about_dialog import AboutDialog
from screener.ui.window.main_window import MainWindow
from screener.ui.window.shortcuts_dialog import ShortcutsDialog


def test_the_welcome_says_what_matters_until_a_vacancy_is_chosen(
    window: MainWindow, qtbot: QtBot
) -> None:
    welcome = window.help.welcome
    assert window.help.welcome_shown() and welcome.isVisible()
    assert not window.details.isVisible()
    heading, does, estimate, closed, private = welcome.texts()
    assert heading == "Welcome to Screener"
    assert "press Check my eligibility" in does
    assert "estimate" in estimate and "not a decision" in estimate
    assert "closed notices" in closed
    assert closed.endswith("choose File > Import notice… (Ctrl+I).")
    assert "never connects to the network" in private
    assert str(paths.user_data_dir()) in private
    # Heard as the focus enters it: its buttons are its only Tab stops.
    assert welcome.accessibleName() == heading
    assert welcome.accessibleDescription() == " ".join([does, estimate, closed, private])
    # Choosing a vacancy (typing in the search box) shows its details in its place.
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.type("250717")
    assert window.details.isVisible() and not welcome.isVisible()
    assert window.details.field_text("reference") == "250717"
    assert not load_settings().welcome_dismissed  # not closed: it comes back next time


def test_closing_the_welcome_is_remembered_and_help_brings_it_back(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.tab_until(lambda w: w is window.help.welcome.close_button)
    kb.space()
    assert window.details.isVisible()
    assert load_settings().welcome_dismissed
    window.close()

    again = make_window()
    assert not again.help.welcome_shown()
    assert again.details.isVisible()
    # Help > Welcome, by keyboard: Alt+H opens the menu, W chooses Welcome.
    kb.wait_focus(lambda w: w is again.search)
    kb.alt(Qt.Key.Key_H)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is again.help.menu
    qtbot.keyClick(menu, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: again.help.welcome.isVisible())
    assert QApplication.focusWidget() is again.help.welcome.close_button


def test_import_from_the_welcome(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_parent: object, caption: str, _filter: str) -> str:
        asked.append(caption)
        return ""

    monkeypatch.setattr(import_prompts, "ask_notice_path", ask)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.alt(Qt.Key.Key_I)  # "&Import a notice…"
    qtbot.waitUntil(lambda: asked == ["Import vacancy notice"])  # clicked as by the mouse


def test_keyboard_shortcuts_come_from_the_menus(window: MainWindow, qtbot: QtBot) -> None:
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.press(Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(window.help.dialog, ShortcutsDialog))
    dialog = window.help.dialog
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitExposed(dialog)
    rows = dict(dialog.rows())
    assert rows["File > Open vacancy file…"] == "Ctrl+O"
    assert rows["File > Import notice…"] == "Ctrl+I"
    assert rows["File > Quit"] == "Ctrl+Q"
    assert rows["Profile > Batch screening…"] == "Ctrl+B"
    assert rows["Help > Keyboard shortcuts"] == "F1"
    # Every action with a shortcut is listed, then the buttons' keys, and nothing else.
    assert len(rows) == len(COMMAND_KEYS) + len(
        [
            a
            for a in window.findChildren(type(window.help.about_action))
            if not a.shortcut().isEmpty()
        ]
    )
    assert rows["Result > Print…"] == "Ctrl+P"
    assert rows["Candidates and vacancies > Dossier…"] == "Ctrl+Shift+D"
    kb.wait_focus(lambda w: w.window() is dialog)
    kb.enter()  # the main action of a list to read: close it
    qtbot.waitUntil(lambda: window.help.dialog is None)


def test_about_names_version_licence_and_data_folder(window: MainWindow, qtbot: QtBot) -> None:
    window.help.about_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    texts = dialog.texts()
    assert texts[0] == "Screener 0.1.0"
    assert "Licence: MIT" in texts
    assert any(str(paths.user_data_dir()) in text for text in texts)
    assert all(line.textFormat() == Qt.TextFormat.PlainText for line in dialog.lines)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w.window() is dialog)
    kb.enter()
    qtbot.waitUntil(lambda: window.help.dialog is None)


def test_screener_appears_once_in_the_title(window: MainWindow) -> None:
    # Qt adds the application's name to every window title: the window must not repeat it.
    assert "Screener" not in window.windowTitle()
    assert window.windowTitle().endswith("NATO vacancies")


def test_the_window_opens_within_the_screen(qtbot: QtBot) -> None:
    from screener.persistence.vacancy_catalogue import load_catalogue

    window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir()))
    qtbot.addWidget(window)
    window_placement.fit_to_screen(window)
    window.show()
    qtbot.waitExposed(window)
    window_placement.keep_on_screen(window)
    available = window.screen().availableGeometry()  # 800x600 offscreen
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()))
    assert window.height() < 800 and window.width() <= available.width()
    hint = window.minimumSizeHint()
    assert hint.width() <= available.width() and hint.height() <= available.height()
