"""Rough edges found walking through the app with the keyboard alone, each held by a test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener import paths
from screener.ui.window.main_window import MainWindow


def test_open_vacancy_file_starts_in_the_folder_chosen_last(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "my notices"
    folder.mkdir()
    source = next(paths.bundled_vacancies_dir().glob("250939*.toml"))
    chosen = folder / "250939-copy.toml"
    shutil.copy(source, chosen)
    starts: list[str] = []

    def dialog(parent: object, caption: str, start: str, file_filter: str) -> tuple[list[str], str]:
        starts.append(start)
        return [str(chosen)], file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.press(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File > Open vacancy file…
    assert starts and starts[0] != str(folder)
    kb.press(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert starts[1] == str(folder)
