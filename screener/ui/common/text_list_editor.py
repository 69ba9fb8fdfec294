"""A list of short texts, one per line (driving licence categories, certification names)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from screener.ui.common.accessibility import describe


class TextListEditor(QPlainTextEdit):
    """Plain text only; Tab moves on, so the keyboard never gets stuck in it."""

    edited = Signal()

    def __init__(
        self,
        items: list[str],
        name: str,
        description: str,
        lines: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlainText("\n".join(items))
        describe(self, name, description)
        height = QFontMetrics(self.font()).lineSpacing() * lines
        self.setFixedHeight(height + 2 * self.frameWidth() + 8)
        self.textChanged.connect(self.edited)

    def values(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]
