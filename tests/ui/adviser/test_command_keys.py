"""The adviser's common commands by keys that are the same in English and French."""

from __future__ import annotations

from pathlib import Path

import pytest
from adviser_ui_helpers import open_matrix
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener.ui.adviser import candidate_views
from screener.ui.adviser.candidate_views import CandidateSummaryDialog
from screener.ui.summary import summary_exports
from screener.ui.window.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_candidates_dossier_and_print_out_by_keys(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the table: Ctrl+Shift+D saves the dossier of the candidate on the current row,
    Enter opens the summary, Ctrl+P prints it, Escape goes back to the table."""
    dossiers: list[str] = []
    printed: list[str] = []

    def save_dossier(_parent: object, profile: object, *_args: object) -> bool:
        dossiers.append(getattr(profile, "name", ""))
        return True

    def print_dialog(parent: object, _document: object) -> bool:
        printed.append(parent.windowTitle() if hasattr(parent, "windowTitle") else "")
        return True

    monkeypatch.setattr(candidate_views, "save_dossier", save_dossier)
    monkeypatch.setattr(summary_exports, "run_print_dialog", print_dialog)
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is matrix.name_edit)
    kb.type("ben")
    kb.press(Qt.Key.Key_Down)
    assert kb.focus() is matrix.table
    kb.press(Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: dossiers == ["Ben Ivanov"])
    assert matrix.counts.text() == "Dossier saved."
    kb.enter()
    summary = matrix.child
    assert isinstance(summary, CandidateSummaryDialog)
    kb.wait_focus(lambda w: w.window() is summary)
    kb.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1)
    kb.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: matrix.child is None)
    # Back in the table for the next candidate (the window's focus: offscreen, no window is
    # made active again once the dialog has gone).
    assert matrix.focusWidget() is matrix.table
