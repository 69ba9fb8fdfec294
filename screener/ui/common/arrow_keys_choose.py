"""Arrow keys for groups of buttons: they choose an answer among radio buttons where none is
chosen yet, and move through check boxes in a grid as the boxes are drawn."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QWidget

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


_STEPS = {
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
}


class ArrowsFollowTheGrid(QObject):
    """Check boxes laid out in rows and columns: the arrow keys move to the box drawn above,
    below or beside, as in a table. Alone, a check box takes the arrows as Tab and
    Shift+Tab: Down on "B" went to "BE" beside it, not to "D1E" under it. An arrow ticks
    nothing; Tab still stops on every box. (A button group would give Qt's arrows by
    position, and take every box but one out of the Tab order.)"""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._places: dict[QWidget, tuple[int, int]] = {}
        self._boxes: dict[tuple[int, int], QAbstractButton] = {}

    def add(self, box: QAbstractButton, row: int, column: int) -> None:
        """`box`, put at this row and column of its grid."""
        self._places[box] = (row, column)
        self._boxes[row, column] = box
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in _STEPS
            or event.modifiers()
            or watched not in self._places
        ):
            return False
        row, column = self._places[watched]
        step_row, step_column = _STEPS[Qt.Key(event.key())]
        target = self._boxes.get((row + step_row, column + step_column))
        if target is not None and target.isEnabled() and target.isVisible():
            target.setFocus(Qt.FocusReason.TabFocusReason)
        return True  # at the grid's edge the focus stays where it is
