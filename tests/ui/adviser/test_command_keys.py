"""The adviser's common commands by keys that are the same in English and French."""

from __future__ import annotations

from pathlib import Path

import pytest
from adviser_ui_helpers import held_dossier, open_matrix, progress_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener.domain.profile import Profile
from screener.ui.adviser import candidate_views, dossier_run
from screener.ui.adviser.all_dossiers import dossier_paths
from screener.ui.adviser.candidate_views import CandidateSummaryDialog
from screener.ui.adviser.matrix_window import MatrixWindow
from screener.ui.profiles import profile_prompts
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

    def save_dossier(_parent: object, profile: object, *args: object) -> None:
        dossiers.append(getattr(profile, "name", ""))
        saved = args[-1]
        assert callable(saved)
        saved(Path("dossier.pdf"))  # as once the dossier is written

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
    # Said too: the focus is in the table, away from the line under it.
    assert matrix.counts.accessibleDescription() == "Dossier saved."
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


def test_every_shown_candidates_dossier_in_one_go(
    qtbot: QtBot,
    window: MainWindow,
    candidates: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+Shift+A, a folder: one PDF per candidate shown, named after them, and the count
    said where the focus is not. A file already there is replaced only once confirmed."""
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    out = tmp_path / "dossiers"
    out.mkdir()
    (out / "Ben-Ivanov-dossier.pdf").write_bytes(b"old")
    asked: list[str] = []

    def confirm(_parent: object, _title: str, question: str, _action: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(profile_prompts, "ask_folder", lambda *args: str(out))
    monkeypatch.setattr(profile_prompts, "confirm", confirm)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is matrix.name_edit)
    kb.press(Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: matrix.counts.text().startswith("Dossiers saved"), timeout=10000)
    assert matrix.counts.text() == f"Dossiers saved: 3, in {out}."
    assert matrix.counts.accessibleDescription() == matrix.counts.text()
    assert sorted(p.name for p in out.iterdir()) == [
        "Anne-Peeters-dossier.pdf",
        "Ben-Ivanov-dossier.pdf",
        "Chloé-Martin-dossier.pdf",
    ]
    assert (out / "Ben-Ivanov-dossier.pdf").read_bytes().startswith(b"%PDF")
    assert asked == [
        f"1 of these files are already in {out}: Ben-Ivanov-dossier.pdf. Replace them?"
    ]


def test_two_candidates_of_the_same_name_get_two_files() -> None:
    same = [Profile(name="Anna Nowak"), Profile(name="Anna Nowak"), Profile(name="")]
    assert [p.name for p in dossier_paths(Path("out"), same)] == [
        "Anna-Nowak-dossier.pdf",
        "Anna-Nowak-2-dossier.pdf",
        "candidate-dossier.pdf",
    ]


def test_a_candidates_result_offers_no_change_to_a_screen_reader(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The adviser's read-only summary hid its Change… buttons, but each row still told a
    screen reader "Enter: change this answer.", and Enter pressed the hidden button."""
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.model.index(0, 0))
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is matrix.table)
    kb.enter()
    summary = matrix.child
    assert isinstance(summary, CandidateSummaryDialog)
    changes: list[str] = []
    summary.view.changeRequested.connect(changes.append)
    row = summary.view.rows[0]
    kb.wait_focus(lambda w: w.window() is summary)
    kb.tab_until(lambda w: w is row)
    assert row.accessibleName().startswith(row.item.status_label)
    assert "Enter" not in row.accessibleDescription()
    assert row.item.lines()[0] in row.accessibleDescription()
    kb.space()
    assert changes == []


def test_the_next_matrix_starts_in_the_folder_chosen_last(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+M then Enter: the folder dialog opened on the app's own profiles each time."""
    starts: list[str] = []

    def ask_folder(_parent: object, _caption: str, start: str) -> str:
        starts.append(start)
        return str(candidates)

    monkeypatch.setattr(profile_prompts, "ask_folder", ask_folder)
    kb = Keyboard(qtbot)
    for _ in range(2):
        kb.wait_focus(lambda w: w.window() is window)
        kb.press(Qt.Key.Key_M, CTRL_SHIFT)
        qtbot.waitUntil(lambda: isinstance(window.adviser.dialog, MatrixWindow), timeout=10000)
        assert isinstance(window.adviser.dialog, MatrixWindow)
        kb.wait_focus(lambda w: w.window() is window.adviser.dialog)
        kb.press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.adviser.dialog is None)
        window.activateWindow()
    assert starts == [str(window.profiles.keeper.store.folder), str(candidates)]


def test_cancelling_every_dossier_writes_none(
    qtbot: QtBot,
    window: MainWindow,
    candidates: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+Shift+A, a folder, then Escape while the dossiers are made: no file at all, not
    even the ones made before Escape, and nothing said saved."""
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    go = held_dossier(monkeypatch)
    out = tmp_path / "dossiers"
    out.mkdir()
    monkeypatch.setattr(profile_prompts, "ask_folder", lambda *args: str(out))
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is matrix.name_edit)
    kb.press(Qt.Key.Key_A, CTRL_SHIFT)
    progress = progress_dialog(qtbot, matrix)
    assert progress.labelText() == "Making 3 dossiers…"
    (run,) = matrix.findChildren(dossier_run.DossierRun)
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not progress.isVisible())
    go.set()
    assert run.wait()
    QApplication.processEvents()  # the thread's last word reaches the window: dropped
    assert list(out.iterdir()) == []
    assert not matrix.counts.text().startswith("Dossiers saved")
