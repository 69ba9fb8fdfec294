"""A label that can never interpret its text as HTML: for anything read from a file."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Words longer than this get a zero-width space every _BREAK_EVERY characters: room for a
# wrap, invisible when there is none, and skipped by screen readers.
_LONG_WORD = 40
_BREAK_EVERY = 20
_LONG_RUN = re.compile(rf"\S{{{_LONG_WORD + 1},}}")
_ZERO_WIDTH_SPACE = "\u200b"
# Heights for this many widths are kept: a window's layouts try a handful.
_KEPT_HEIGHTS = 16


def _break_run(match: re.Match[str]) -> str:
    run = match.group()
    return _ZERO_WIDTH_SPACE.join(
        run[i : i + _BREAK_EVERY] for i in range(0, len(run), _BREAK_EVERY)
    )


def breakable(text: str) -> str:
    """`text` with places where a label may wrap inside words too long for any line."""
    return _LONG_RUN.sub(_break_run, text) if len(text) > _LONG_WORD else text


class PlainTextLabel(QLabel):
    """Word-wrapped, selectable, plain-text only; no links, no images, no resources."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._plain = ""
        self._heights: dict[int, int] = {}
        self.setText(text)

    def setText(self, text: str) -> None:
        # Qt wraps only between words: one 10,000-letter word would make the label (and the
        # window holding it) 100,000 pixels wide. Shown with break opportunities; text()
        # still gives the text as it was set.
        self._plain = text
        self._heights.clear()
        super().setText(breakable(text))

    def text(self) -> str:
        return self._plain

    def heightForWidth(self, width: int) -> int:
        # Layouts ask again and again at the same few widths (a splitter trying its least
        # width, the window its own): each answer lays the whole paragraph out anew, and the
        # welcome's four paragraphs were laid out 120 times before the first paint.
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= _KEPT_HEIGHTS:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        # A new font, style or margin lays the text out differently.
        self._heights.clear()
        super().changeEvent(event)

    def setTextFormat(self, format: Qt.TextFormat) -> None:
        # File content must stay plain: refuse any other format instead of trusting callers.
        super().setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written. Qt renders any tooltip that looks like markup
    as HTML; such a text is escaped inside an explicit rich-text paragraph (others are
    left as they are, so they read the same to tests and screen readers)."""
    if not Qt.mightBeRichText(text):
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"
