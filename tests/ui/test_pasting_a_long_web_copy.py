"""A long copy from a web page or a word processor (its HTML past what is read at once): read
off the UI thread, the paste box saying so, Cancel and Escape still closing it."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from screener.importer.pasted_html import READ_AT_ONCE_CHARS
from screener.ui.common import background_threads
from screener.ui.importing import import_prompts
from screener.ui.importing.import_paste_dialog import ImportPasteDialog
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.window.main_window import MainWindow

NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"


def _word_copy(notice: str) -> QMimeData:
    """What Word puts on the clipboard for a notice: its words in styled spans, its bullets
    as list items; and the plain text, which has lost the bullets."""
    parts = ["<html><body><!--StartFragment-->"]
    for line in notice.splitlines():
        words = "".join(
            f"<span style='font-family:\"Calibri\",sans-serif;mso-ansi-language:EN-GB'>"
            f"{html.escape(word)} </span>"
            for word in line.removeprefix("- ").split()
        )
        parts.append(f"<li>{words}</li>" if line.startswith("- ") else f"<p>{words}</p>")
    copied = QMimeData()
    copied.setHtml("".join(parts))
    copied.setText(notice.replace("\n- ", "\n"))
    return copied


def _paste(qtbot: QtBot, dialog: ImportPasteDialog, notice: str) -> None:
    QGuiApplication.clipboard().setMimeData(_word_copy(notice))
    dialog.box.setFocus()
    qtbot.keyClick(dialog.box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_long_copy_is_read_while_the_box_says_so_then_opens_its_review(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    notice = (NOTICES / "250411.txt").read_text(encoding="utf-8")
    assert len(_word_copy(notice).html()) > READ_AT_ONCE_CHARS
    seen: list[tuple[bool, bool, bool, str]] = []

    def paste_box(parent: QWidget, shown: str) -> str:
        dialog = ImportPasteDialog(parent, shown)
        qtbot.addWidget(dialog)
        dialog.show()
        _paste(qtbot, dialog, notice)
        # Right after Ctrl+V: the copy is being read, the window has not waited for it.
        seen.append(
            (
                dialog.busy.isVisible(),
                dialog.box.isReadOnly(),
                dialog.import_button.isEnabled(),
                dialog.busy.text(),
            )
        )
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30_000)
        assert not dialog.busy.isVisible() and not dialog.box.isReadOnly()
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.result() == ImportPasteDialog.DialogCode.Accepted
        return dialog.text()

    monkeypatch.setattr(import_prompts, "ask_notice_text", paste_box)
    window.imports.paste_notice_action.trigger()
    assert seen == [(True, True, False, "Reading the copied page…")]
    job = window.imports.notice_import
    assert job is not None and job.wait()
    QApplication.processEvents()
    review = window.imports.import_dialog
    assert isinstance(review, ImportReviewDialog) and review.isVisible()
    # The list items the HTML kept are the requirements; the plain text had lost them.
    assert review.criteria_list.count() == 17
    assert "Russian" in "\n".join(
        review.criteria_list.item(row).text() for row in range(review.criteria_list.count())
    )
    review.reject()


@pytest.mark.parametrize("close", ["escape", "cancel"])
def test_escape_or_cancel_while_a_long_copy_is_read_closes_the_box(
    qtbot: QtBot, close: str
) -> None:
    dialog = ImportPasteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _paste(qtbot, dialog, (NOTICES / "250411.txt").read_text(encoding="utf-8"))
    assert dialog.busy.isVisible()
    reading = background_threads.running()
    with qtbot.waitSignal(dialog.rejected):
        if close == "escape":
            qtbot.keyClick(dialog.box, Qt.Key.Key_Escape)
        else:
            buttons = dialog.findChildren(QPushButton)
            [cancel] = [button for button in buttons if button.text() == "Cancel"]
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    for thread in reading:
        assert thread.wait(30_000)  # it stopped; nothing is pasted after the box closed
    QApplication.processEvents()
    assert dialog.text() == ""
