"""A layout already filled, put inside another as a widget of its own.

`outer.addLayout(filled)` has PySide6 wrap the filled layout's items in Python objects. After
the window was deleted, a garbage collection freed those items a second time and the app
crashed, some time after an import review was closed. A layout added while still empty, or
set on a widget, leaves them to Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton, QWidget


def nested(layout: QLayout) -> QWidget:
    """`layout` on a plain widget, with the margins it had as a nested layout (none, unless
    set): a widget's own layout would take the style's window margins."""
    margins = layout.contentsMargins()
    holder = QWidget()
    holder.setLayout(layout)
    layout.setContentsMargins(margins)
    return holder


class ButtonRow(QWidget):
    """Buttons side by side, or one under the other when the row has no room for them.

    Kept side by side, two buttons were the least width of a whole pane: with large text
    on a small screen the welcome's paragraphs above them were wrapped wider than the pane
    and cut at its right, to be scrolled to sideways."""

    def __init__(self, buttons: list[QPushButton]) -> None:
        super().__init__()
        self._buttons = buttons
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            self._layout.addWidget(button)
        self._layout.addStretch(1)

    def _side_by_side_width(self) -> int:
        spacing = max(self._layout.spacing(), 0) * (len(self._buttons) - 1)
        return sum(button.sizeHint().width() for button in self._buttons) + spacing

    def minimumSizeHint(self) -> QSize:
        # As narrow as the widest button: the buttons go one under the other below that.
        widest = max((button.minimumSizeHint().width() for button in self._buttons), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        row = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if row else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)
