"""A label on one line when there is room for it, wrapped when there is not."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class OneLineWhenRoom(QLabel):
    """A short text beside other controls (a question before its Yes, No and Not sure).

    Unwrapped, its one line was its least width: with large text or on a small screen it
    pushed the controls beside it out of sight, to be scrolled to sideways. A plain
    wrapped label wraps even where a line has room, by Qt's guess at a good shape. This
    one asks for its whole line, and wraps only when the layout cannot give it that."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        lines = self.text().split("\n")
        width = max(self.fontMetrics().horizontalAdvance(line) for line in lines)
        width += margins.left() + margins.right() + 2 * self.margin() + 1
        return QSize(width, self.heightForWidth(width))
