"""The matrix window on an 800x600 screen, in English and French: no button past its edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from screener.ui.adviser.matrix_window import MatrixWindow
from screener.ui.common.language import apply_language
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_button_of_the_matrix_is_on_an_800x600_screen(
    qtbot: QtBot,
    window: MainWindow,
    candidates: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    monkeypatch.setattr(profile_prompts, "ask_folder", lambda *args: str(candidates))
    apply_language(lang)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        # Adviser > Candidates and vacancies, by its shortcut.
        qtbot.keyClick(
            QApplication.focusWidget() or window,
            Qt.Key.Key_M,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: isinstance(window.adviser.dialog, MatrixWindow), timeout=10000)
        matrix = window.adviser.dialog
        assert isinstance(matrix, MatrixWindow)
        qtbot.waitExposed(matrix)
        assert matrix.screen().availableGeometry().width() == 800  # the offscreen screen
        assert matrix.width() <= 800
        inside = matrix.rect()
        for button in matrix.findChildren(QAbstractButton):
            if not button.isVisible() or button.window() is not matrix:
                continue
            where = QRect(button.mapTo(matrix, QPoint(0, 0)), button.size())
            assert inside.contains(where), (button.text(), where, inside)
            assert button.width() >= button.sizeHint().width(), button.text()
    finally:
        apply_language("en")
