"""File > Paste notice text…: a plain-text box for a notice copied from a web page or e-mail.

Many people have a notice only as text on a screen (a careers page, an aggregator, a message).
They paste it here (Ctrl+V) and get the same review as for a file. The box takes plain text
only, so pasted web content never brings markup or images with it: a copy's HTML is only read
for its words and its lists and tables (importer/pasted_html.py), then shown as plain text.
"""

from __future__ import annotations

import re
import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screener.ui.common.accessibility import describe, tab_as_laid_out
from screener.ui.common.discard_guard import may_close
from screener.ui.common.enter_presses import not_default
from screener.ui.window import window_placement

# Qt's time to lay out a word grows with the square of its length: a pasted 1 MB run of
# letters (a data URL, a minified page, base64) froze the app for 76 s, then 28 s a key.
# Such a run is wrapped anywhere, which takes linear time; notices keep their words whole.
_LONG_RUN = re.compile(r"\S{2000}")


class _PlainPasteBox(QPlainTextEdit):
    """A text box that pastes the plain text of whatever is on the clipboard.

    Enter makes a new line, as in any text box; Ctrl+Enter asks to import (`submitted`).
    """

    submitted = Signal()
    # A copy whose HTML is too long to read at once, to be read off the UI thread: its plain
    # text and its HTML (see ImportPasteDialog._read_markup).
    markup_pasted = Signal(str, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() or source.hasHtml():
            # The copy's HTML where it keeps a list or table the plain text has flattened.
            from screener.importer.pasted_html import (
                READ_AT_ONCE_CHARS,
                pasted_notice_text,
                reads_markup,
            )

            plain = source.text() if source.hasText() else ""
            markup = source.html() if source.hasHtml() else ""
            if len(markup) > READ_AT_ONCE_CHARS and reads_markup(markup):
                self.markup_pasted.emit(plain, markup)
                return
            self.insert_text(pasted_notice_text(plain, markup))

    def insert_text(self, text: str) -> None:
        if _LONG_RUN.search(text):
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.insertPlainText(text)


class ImportPasteDialog(QDialog):
    """The pasted text is `text()` once the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste the notice text"))
        window_placement.resize_within_screen(self, 720, 520)
        self.hint = QLabel(
            self.tr(
                "Copy the whole notice (the header with the title, reference, grade and "
                "deadline, and the requirements), paste it here with Ctrl+V, then press "
                "Ctrl+Enter or Import."
            )
        )
        self.hint.setWordWrap(True)
        self.box = _PlainPasteBox()
        self.box.setTabChangesFocus(True)
        self.box.setPlaceholderText(self.tr("Paste the notice text here"))
        describe(
            self.box,
            self.tr("Notice text"),
            self.tr("The text of the vacancy notice, pasted from a web page or a document"),
        )
        self.hint.setBuddy(self.box)
        # Shown while a long copy's HTML is read off the UI thread (Cancel and Escape still
        # close the dialog, and the reading stops).
        self.busy = QLabel(self.tr("Reading the copied page…"))
        self.busy.setTextFormat(Qt.TextFormat.PlainText)
        self.busy.hide()
        self.reading: threading.Event | None = None
        self._markup_plain = ""  # the plain text of the copy being read, should its HTML fail
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(False)
        not_default(self.import_button)
        self.import_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        tab_as_laid_out(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.box.textChanged.connect(self._text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.box.submitted.connect(self._import_if_ready)
        self.box.markup_pasted.connect(self._read_markup)
        if text:  # back after the text was refused: to be corrected, not pasted again
            self.box.setPlainText(text)
        self.box.setFocus()

    def _read_markup(self, plain: str, markup: str) -> None:
        """Read a long copy's HTML off the UI thread (over a second for a megabyte of tags),
        the box read-only meanwhile; its text is pasted where the cursor was."""
        from screener.importer.pasted_html import pasted_notice_text
        from screener.ui.importing.import_progress import read_off_ui_thread

        self._show_busy(True)
        self._markup_plain = plain
        self.reading = read_off_ui_thread(
            partial(pasted_notice_text, plain, markup), Path("pasted text"), self._markup_read
        )

    def _markup_read(self, outcome: object) -> None:
        if self.reading is None or self.reading.is_set():
            return  # the dialog was closed meanwhile
        self.reading = None
        self._show_busy(False)
        # A page the reader could not read (FileProblemError) is pasted as its plain text.
        self.box.insert_text(outcome if isinstance(outcome, str) else self._markup_plain)

    def _show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.box.setReadOnly(busy)
        if busy:
            self.box.setCursor(Qt.CursorShape.BusyCursor)
            self.import_button.setEnabled(False)
        else:
            self.box.unsetCursor()
            self._text_changed()

    def reject(self) -> None:
        if may_close(self, bool(self.box.toPlainText().strip())):
            super().reject()

    def done(self, result: int) -> None:
        if self.reading is not None:
            self.reading.set()  # Cancel or Escape while a copy is read: it stops
        super().done(result)

    def _import_if_ready(self) -> None:
        if self.import_button.isEnabled():
            self.accept()

    def _text_changed(self) -> None:
        reading = self.reading is not None
        self.import_button.setEnabled(not reading and bool(self.box.toPlainText().strip()))

    def text(self) -> str:
        return self.box.toPlainText()
