"""The issue's "done when", in one go: an adviser screens a folder of candidates and reads
the matrix in the app, opens a cell's summary, prints a dossier for one candidate with the
changes that would open the most posts, gives the candidate an .ics of their deadlines, and
sends a vacancy pack to a colleague who imports it."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

import pypdf
import pytest
from adviser_ui_helpers import open_matrix
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from screener import paths
from screener.ui.adviser import pack_dialogs
from screener.ui.adviser.candidate_views import CandidateSummaryDialog
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


def test_an_advisers_morning(
    qtbot: QtBot,
    window: MainWindow,
    candidates: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    run,
) -> None:
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.model.index(0, 1))  # Anne, 241600
    qtbot.keyClick(matrix.table, Qt.Key.Key_Return)
    summary = matrix.child
    assert isinstance(summary, CandidateSummaryDialog)
    assert summary.windowTitle() == "Anne Peeters: summary for 241600"
    summary.close()

    # Anne's dossier, with what would open the most posts to her.
    saved = {"path": str(tmp_path / "anne.pdf")}
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: saved["path"])
    qtbot.mouseClick(matrix.buttons["dossier"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: matrix.counts.text() == "Dossier saved.")
    reader = pypdf.PdfReader(io.BytesIO((tmp_path / "anne.pdf").read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    words = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Candidate dossier: Anne Peeters" in words
    assert "What would open more vacancies" in words

    # Her deadlines (the app's clock is 1 March 2025: 250411 and 250717 are open to her).
    saved["path"] = str(tmp_path / "anne.ics")
    qtbot.mouseClick(matrix.buttons["calendar"], Qt.MouseButton.LeftButton)
    ics = (tmp_path / "anne.ics").read_bytes()
    assert b"UID:250411-" in ics and b"UID:250717-" in ics and ics.endswith(b"END:VCALENDAR\r\n")
    matrix.close()

    # A pack for a colleague, who imports it into a data folder of their own.
    pack = tmp_path / "for-colleague.zip"
    monkeypatch.setattr(
        pack_dialogs,
        "choose_pack_entries",
        lambda parent, entries, ticked: [e for e in entries if e.vacancy.reference == "250411"],
    )
    saved["path"] = str(pack)
    window.adviser.pack_export_action.trigger()
    assert zipfile.ZipFile(pack).namelist() == ["250411.toml", "manifest.json"]
    colleague = tmp_path / "colleague"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(colleague))
    imported = run("pack", "import", str(pack))
    assert imported.code == 0 and imported.out == "added 250411.toml\n"
    assert (colleague / "vacancies" / "250411.toml").is_file()
