"""Enter on an item of a list or table in a dialog opens that item, and does nothing else."""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The Enter of the keypad comes with the keypad modifier.
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def is_plain_enter(event: QEvent) -> TypeGuard[QKeyEvent]:
    """A press of Return or of the keypad's Enter, with no Ctrl, Alt or Shift."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in _ENTER
        and event.modifiers() in _PLAIN
    )


class EnterActivates(QObject):
    """A view emits `activated` for Enter and then passes the key on to its window, where
    the dialog's default button took it too: Enter on a cell of the matrix opened the
    candidate's summary and closed the matrix (and the summary with it); Enter on an item
    to review went to its requirement and saved the draft. Here Enter activates the current
    item and stops there; with no current item, the dialog's default button has it."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not is_plain_enter(event):
            return False
        view = self._view
        index = view.currentIndex()
        if not index.isValid() or view.state() == QAbstractItemView.State.EditingState:
            return False
        view.activated.emit(index)
        return True
