"""Arrow keys choose an answer in a group of radio buttons where none is chosen yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup

_ARROWS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right}


class ArrowKeysChoose(QObject):
    """Qt moves the focus with the arrow keys and checks the button it lands on only when
    the one it leaves was checked. In a question not answered yet the arrows would then
    only move the focus: a keyboard user who pressed Down to "Master" would have answered
    nothing, as a screen reader's "not checked" says too late. Checking the focused button
    first makes the arrows choose from the very first press, as in a web form."""

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self.group = group
        for button in group.buttons():
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ARROWS
            and not event.modifiers()
            and self.group.checkedButton() is None
            and isinstance(watched, QAbstractButton)
        ):
            watched.setChecked(True)  # Qt then moves on and checks the next one
        return False
