"""File > Paste notice text…: a plain-text box for a notice copied from a web page or e-mail.

Many people have a notice only as text on a screen (a careers page, an aggregator, a message).
They paste it here (Ctrl+V) and get the same review as for a file. The box takes plain text
only, so pasted web content never brings markup or images with it: a copy's HTML is only read
for its words and its lists and tables (importer/pasted_html.py), then shown as plain text.
"""

from __future__ import annotations

import re

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() or source.hasHtml():
            # The copy's HTML where it keeps a list or table the plain text has flattened.
            from screener.importer.pasted_html import pasted_notice_text

            plain = source.text() if source.hasText() else ""
            text = pasted_notice_text(plain, source.html() if source.hasHtml() else "")
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(False)
        self.import_button.setAutoDefault(False)
        self.import_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        tab_as_laid_out(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.box.textChanged.connect(self._text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.box, 1)
        layout.addWidget(buttons)
        self.box.submitted.connect(self._import_if_ready)
        if text:  # back after the text was refused: to be corrected, not pasted again
            self.box.setPlainText(text)
        self.box.setFocus()

    def _import_if_ready(self) -> None:
        if self.import_button.isEnabled():
            self.accept()

    def _text_changed(self) -> None:
        self.import_button.setEnabled(bool(self.box.toPlainText().strip()))

    def text(self) -> str:
        return self.box.toPlainText()
