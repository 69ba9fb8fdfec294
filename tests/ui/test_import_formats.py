"""The notice formats as the app offers them: the open dialog's filter and the status tip name
every format the importer reads (in English and in French), a page saved by Chromium as a
single file dropped on the window opens its review, and a legacy Word file dropped there says
what to do instead of being ignored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from screener.ui.common.language import apply_language
from screener.ui.importing import import_prompts
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.window.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "importer" / "data"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    apply_language("en")


def _drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    job = window.imports.notice_import
    if job is not None:
        assert job.wait()  # type: ignore[attr-defined]
        QApplication.processEvents()


def test_the_open_dialog_and_the_status_tip_name_every_format(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    filters: list[str] = []
    monkeypatch.setattr(
        import_prompts,
        "ask_notice_path",
        lambda parent, caption, patterns: filters.append(patterns) or "",
    )
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert filters and filters[0].startswith("Vacancy notices (*.txt *.md *.html")
    assert all(f"*{suffix}" in filters[0] for suffix in (".mhtml", ".mht", ".odt", ".rtf", ".docx"))
    assert filters[0].endswith(";;All files (*)")
    tip = window.imports.import_action.statusTip()
    assert tip == (
        "Make a draft vacancy from a NATO vacancy notice "
        "(.txt, .md, .html, .mhtml, .webarchive, .docx, .odt, .rtf, .eml, .pdf)"
    )

    window.language_menu.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
    assert window.imports.import_action.statusTip().startswith(
        "Crée un brouillon d’avis à partir d’un avis de vacance de l’OTAN (.txt, .md, .html, .mhtml"
    )
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert filters[-1].startswith("Avis de vacance (*.txt *.md") and "*.odt" in filters[-1]


def test_a_saved_single_file_page_dropped_on_the_window_opens_its_review(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(
        import_prompts, "show_problem", lambda parent, title, text: problems.append(text)
    )
    _drop(window, DATA / "ncia_data_engineer.mhtml")
    dialog = window.imports.import_dialog
    assert problems == [] and isinstance(dialog, ImportReviewDialog)
    assert dialog.windowTitle() == "Review imported notice: ncia_data_engineer.mhtml"
    dialog.reject()


def test_a_legacy_word_file_dropped_on_the_window_says_what_to_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(
        import_prompts, "show_problem", lambda parent, title, text: problems.append(text)
    )
    legacy = tmp_path / "notice.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    _drop(window, legacy)
    assert window.imports.import_dialog is None
    assert len(problems) == 1 and "notice.doc" in problems[0]
    assert "save it as .docx or PDF, or copy its text and use Paste" in problems[0]
