"""The Adviser menu and the batch dialog's way into the matrix, used as an adviser would."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from adviser_ui_helpers import held_dossier, progress_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from screener import paths
from screener.adviser.dossier import office_name
from screener.persistence.settings import load_settings
from screener.ui.adviser import dossier_run, pack_dialogs
from screener.ui.adviser.matrix_window import MatrixWindow
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


def test_batch_results_open_in_the_app(
    qtbot: QtBot,
    window: MainWindow,
    candidates: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.profiles.actions.batch_action.trigger()
    dialog = window.profiles.actions.batch_dialog
    assert dialog is not None
    assert not dialog.matrix_button.isEnabled()
    dialog.profiles_edit.setText(str(candidates))
    dialog.output_edit.setText(str(tmp_path / "out.csv"))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.is_running(), timeout=10000)
    assert dialog.matrix_button.isEnabled() and dialog.matrix_button.hasFocus()
    qtbot.keyClick(dialog.matrix_button, Qt.Key.Key_Space)
    matrix = dialog.matrix_window
    assert isinstance(matrix, MatrixWindow) and matrix.isVisible()
    assert matrix.model.rowCount() == 3
    matrix.close()
    dialog.close()


def test_calendar_and_dossier_for_the_current_profile(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = {"path": str(tmp_path / "anne.ics")}
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: target["path"])
    window.adviser.calendar_action.trigger()
    ics = (tmp_path / "anne.ics").read_bytes()
    # Anne may still apply to 250411 and 250717 (not ruled out); 250939 rules her out.
    assert ics.count(b"BEGIN:VEVENT") == 2
    assert b"UID:250411-" in ics and b"UID:250717-" in ics and b"UID:250939-" not in ics
    # Said where it was saved, on screen and to a screen reader (the focus is elsewhere).
    bar = window.statusBar()
    assert bar.currentMessage() == f"Saved as {tmp_path / 'anne.ics'}."
    assert bar.accessibleDescription() == bar.currentMessage()

    target["path"] = str(tmp_path / "anne.html")
    window.adviser.dossier_action.trigger()
    # Made off the UI thread: said once written.
    qtbot.waitUntil(lambda: bar.currentMessage() == f"Saved as {tmp_path / 'anne.html'}.")
    page = (tmp_path / "anne.html").read_text(encoding="utf-8")
    assert "<h1>Candidate dossier: Anne Peeters</h1>" in page
    assert bar.currentMessage() == f"Saved as {tmp_path / 'anne.html'}."
    target["path"] = str(tmp_path / "anne.pdf")
    window.adviser.dossier_action.trigger()
    qtbot.waitUntil(lambda: bar.currentMessage() == f"Saved as {tmp_path / 'anne.pdf'}.")
    assert (tmp_path / "anne.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("cancel", [True, False])
def test_the_dossier_is_made_behind_a_progress_dialog_that_cancels(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel: bool,
) -> None:
    """The window stays usable while a long dossier is made; Escape stops it, and nothing is
    written; let be, it is saved and said where."""
    go = held_dossier(monkeypatch)
    target = tmp_path / "anne.pdf"
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: str(target))
    window.adviser.dossier_action.trigger()
    progress = progress_dialog(qtbot, window)
    assert progress.labelText() == "Making the dossier…"
    assert progress.windowTitle() == "Save dossier"
    runs = window.findChildren(dossier_run.DossierRun)
    assert len(runs) == 1
    if cancel:
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not progress.isVisible())
    go.set()
    assert runs[0].wait()
    bar = window.statusBar()
    if cancel:
        QApplication.processEvents()  # the thread's last word reaches the window: dropped
        assert not target.exists() and not list(tmp_path.glob("*anne*"))
        assert "Saved as" not in bar.currentMessage()
    else:
        qtbot.waitUntil(lambda: bar.currentMessage() == f"Saved as {target}.")
        assert target.read_bytes().startswith(b"%PDF")
        assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_office_name_from_the_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(profile_prompts, "ask_text", lambda *args, **kwargs: "Career Office, Ghent")
    window.adviser.office_action.trigger()
    assert office_name(load_settings()) == "Career Office, Ghent"


def test_pack_export_then_import_asks_before_replacing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "share.zip"
    monkeypatch.setattr(
        pack_dialogs,
        "choose_pack_entries",
        lambda parent, entries, ticked: [
            e for e in entries if e.vacancy.reference in {"250939", "250717"}
        ],
    )
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: str(tmp_path / "share"))
    window.adviser.pack_export_action.trigger()
    with zipfile.ZipFile(pack) as archive:
        assert sorted(archive.namelist()) == ["250717.toml", "250939.toml", "manifest.json"]

    # A colleague already has an edited 250939.
    mine = paths.user_vacancies_dir() / "250939.toml"
    mine.parent.mkdir(parents=True, exist_ok=True)
    edited = (Path(paths.bundled_vacancies_dir()) / "250939.toml").read_text(encoding="utf-8")
    edited = edited.replace("min_years = 4", "min_years = 3")
    mine.write_text(edited, encoding="utf-8")
    asked: list[tuple[str, str]] = []
    messages: list[str] = []
    monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: str(pack))
    # The question (its box: tests/hardening/test_pack_of_many_changed_files.py): No, and
    # not the same answer for the pack's other files.
    monkeypatch.setattr(
        pack_dialogs,
        "ask_replace",
        lambda parent, name, incoming, yours: (
            asked.append((name, incoming.reference)) or (False, False)
        ),
    )
    monkeypatch.setattr(
        profile_prompts, "inform", lambda parent, title, text: messages.append(text)
    )
    window.adviser.pack_import_action.trigger()
    assert asked == [("250939.toml", "250939")]
    assert mine.read_text(encoding="utf-8") == edited  # kept: the answer was No
    assert messages == ["Added: 250717.toml\nKept yours: 250939.toml"]
    assert (paths.user_vacancies_dir() / "250717.toml").exists()


def test_pack_export_dialog_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    entries = window.adviser._entries()
    dialog = pack_dialogs.PackExportDialog(entries, {"250411"}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [e.vacancy.reference for e in dialog.chosen()] == ["250411"]
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert [e.vacancy.reference for e in dialog.chosen()] == ["241436", "250411"]
    # Each title shown whole, wrapped: cut off on the right, it had to be scrolled to.
    dialog.resize(400, 420)
    viewport = dialog.list.viewport()
    qtbot.waitUntil(lambda: dialog.list.visualItemRect(dialog.list.item(2)).height() > 0)
    for row in range(dialog.list.count()):
        assert dialog.list.visualItemRect(dialog.list.item(row)).right() < viewport.width()


def test_calendar_from_beside_the_overview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.profiles.tabs.setCurrentIndex(1)
    adviser = window.adviser
    button = adviser.pane_buttons["calendar"]
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "Deadlines to &calendar…"
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: str(tmp_path / "a.ics"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "a.ics").read_bytes().count(b"BEGIN:VEVENT") == 2


def test_the_files_suggested_are_named_in_french(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A French adviser was offered « Anne-Peeters-deadlines.ics » and « vacancies.zip »."""
    from screener.ui.common.language import apply_language

    suggested: list[str] = []

    def ask(parent: object, caption: str, name: str, file_filter: str) -> str:
        suggested.append(name)
        return ""  # Cancel

    monkeypatch.setattr(profile_prompts, "ask_save_file", ask)
    monkeypatch.setattr(
        pack_dialogs, "choose_pack_entries", lambda parent, entries, ticked: entries
    )
    apply_language("fr")
    try:
        window.adviser.calendar_action.trigger()
        window.adviser.pack_export_action.trigger()
    finally:
        apply_language("en")
    assert suggested == ["Anne-Peeters-dates-limites.ics", "avis.zip"]
