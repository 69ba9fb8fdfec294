"""A label that can never interpret its text as HTML: for anything read from a file."""

from __future__ import annotations

import html
import re

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Words longer than this get a zero-width space every _BREAK_EVERY characters: room for a
# wrap, invisible when there is none, and skipped by screen readers.
_LONG_WORD = 40
_BREAK_EVERY = 20
_LONG_RUN = re.compile(rf"\S{{{_LONG_WORD + 1},}}")
_ZERO_WIDTH_SPACE = "\u200b"


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
        self.setText(text)

    def setText(self, text: str) -> None:
        # Qt wraps only between words: one 10,000-letter word would make the label (and the
        # window holding it) 100,000 pixels wide. Shown with break opportunities; text()
        # still gives the text as it was set.
        self._plain = text
        super().setText(breakable(text))

    def text(self) -> str:
        return self._plain

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
