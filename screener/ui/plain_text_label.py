"""A label that can never interpret its text as HTML: for anything read from a file."""

from __future__ import annotations

import html

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainTextLabel(QLabel):
    """Word-wrapped, selectable, plain-text only; no links, no images, no resources."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)

    def setTextFormat(self, format: Qt.TextFormat) -> None:
        # File content must stay plain: refuse any other format instead of trusting callers.
        super().setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written. Qt renders any tooltip that looks like markup
    as HTML; such a text is escaped inside an explicit rich-text paragraph (others are
    left as they are, so they read the same to tests and screen readers)."""
    if not Qt.mightBeRichText(text):  # type: ignore[attr-defined]
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"
