"""Helpers for the adviser's UI tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from screener.ui.adviser.matrix_window import MatrixWindow
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


def open_matrix(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> MatrixWindow:
    """Adviser > Candidates and vacancies, the folder chosen; the screening runs in the
    background and the matrix opens when it is done."""
    monkeypatch.setattr(profile_prompts, "ask_folder", lambda *args: str(candidates))
    adviser = window.adviser
    adviser.matrix_action.trigger()
    qtbot.waitUntil(lambda: isinstance(adviser.dialog, MatrixWindow), timeout=10000)
    matrix = adviser.dialog
    assert isinstance(matrix, MatrixWindow) and matrix.isVisible()
    return matrix
