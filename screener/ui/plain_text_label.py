"""A label that can never interpret its text as HTML: for anything read from a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
