"""Pasting a notice's text, and reading a notice off the UI thread with Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from screener.importer.cancelling import ImportCancelled
from screener.ui.common.language import apply_language
from screener.ui.importing import import_progress, import_prompts
from screener.ui.importing.import_paste_dialog import ImportPasteDialog
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.window.main_window import MainWindow

NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"


def test_the_paste_box_takes_plain_text_and_imports_with_ctrl_enter(qtbot: QtBot) -> None:
    dialog = ImportPasteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Paste the notice text"
    assert not dialog.import_button.isEnabled()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Analyst (241234)\n<b>ESSENTIAL</b>\n- have a degree\n")
    dialog.box.setFocus()
    qtbot.keyClick(dialog.box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text() == "Analyst (241234)\n<b>ESSENTIAL</b>\n- have a degree\n"
    assert dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # a new line, not the end of the dialog
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_copy_from_a_browser_is_pasted_with_its_list_bullets(qtbot: QtBot) -> None:
    dialog = ImportPasteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    copied = QMimeData()  # what a browser puts on the clipboard: plain text and HTML
    copied.setText("Essential\nUniversity degree in law;\nDesirable\nA driving licence.\n")
    copied.setHtml(
        "<h3>Essential</h3><ul><li>University degree in law;</li></ul>"
        "<h3>Desirable</h3><ul><li>A <b>driving</b> licence.</li></ul>"
    )
    QGuiApplication.clipboard().setMimeData(copied)
    dialog.box.setFocus()
    qtbot.keyClick(dialog.box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text() == (
        "Essential\n\n- University degree in law;\n\nDesirable\n\n- A driving licence.\n"
    )


def test_pasted_text_opens_the_same_review(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (NOTICES / "250411.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(import_prompts, "ask_notice_text", lambda parent, shown: text)
    assert window.imports.paste_notice_action.text() == "&Paste the notice text…"
    window.imports.paste_notice_action.trigger()
    job = window.imports.notice_import
    assert job is not None and job.wait()  # type: ignore[attr-defined]
    QApplication.processEvents()
    dialog = window.imports.import_dialog
    assert isinstance(dialog, ImportReviewDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Review imported notice: pasted text"
    assert dialog.criteria_list.count() == 17
    dialog.reject()


def test_the_review_of_a_paste_says_where_it_was_read_in_french(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Lu dans texte collé" was not French: the source is named in quotes, as a file is."""
    text = (NOTICES / "250411.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(import_prompts, "ask_notice_text", lambda parent, shown: text)
    apply_language("fr")
    try:
        window.imports.paste_notice_action.trigger()
        job = window.imports.notice_import
        assert job is not None and job.wait()  # type: ignore[attr-defined]
        QApplication.processEvents()
        dialog = window.imports.import_dialog
        assert isinstance(dialog, ImportReviewDialog) and dialog.isVisible()
        shown = [label.text() for label in dialog.findChildren(QLabel)]
        assert any(t.startswith("Lu dans «\u00a0texte collé\u00a0». Comparez") for t in shown)
        dialog.reject()
    finally:
        apply_language("en")


def _slow_reader(started: threading.Event) -> Callable[[Callable[[], bool]], object]:
    def read(cancelled: Callable[[], bool]) -> object:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise ImportCancelled

    return read


def test_cancel_stops_a_slow_read_and_nothing_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[object] = []
    problems: list[str] = []
    monkeypatch.setattr(import_prompts, "show_problem", lambda p, t, text: problems.append(text))
    started = threading.Event()
    job = import_progress.NoticeImport(
        parent, _slow_reader(started), Path("big.pdf"), opened.append
    )  # type: ignore[arg-type]
    job.start()
    assert started.wait(10)
    assert job.progress.labelText() == "Reading the notice “big.pdf”…"
    cancel = job.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert job.wait()
    QApplication.processEvents()
    assert job.cancelled and opened == [] and problems == []
    assert not job.progress.isVisible()


def test_a_problem_found_off_the_ui_thread_is_shown_with_the_file_name(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    problems: list[str] = []
    monkeypatch.setattr(import_prompts, "show_problem", lambda p, t, text: problems.append(text))
    locked = tmp_path / "missing.pdf"
    job = import_progress.NoticeImport(
        parent, import_progress.file_reader(locked), locked, lambda result: None
    )
    job.start()
    assert job.wait()
    QApplication.processEvents()
    [text] = problems
    assert text.startswith("The notice “missing.pdf” could not be imported:")
    assert "file not found" in text


def test_importing_a_bundled_vacancys_notice_keeps_its_ids(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from screener.persistence.vacancy_files import load_vacancy

    monkeypatch.setattr(
        import_prompts, "ask_notice_path", lambda *args: str(NOTICES / "250939.txt")
    )
    window.imports.import_action.trigger()
    job = window.imports.notice_import
    assert job is not None and job.wait()
    QApplication.processEvents()
    dialog = window.imports.import_dialog
    assert isinstance(dialog, ImportReviewDialog)
    bundled = load_vacancy(Path(__file__).resolve().parents[2] / "vacancies" / "250939.toml")
    assert [c.id for c in dialog.result.vacancy.criteria] == [c.id for c in bundled.criteria]
    dialog.reject()
