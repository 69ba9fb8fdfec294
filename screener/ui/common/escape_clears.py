"""Escape in a filter box clears what was typed before it closes anything.

In the candidates' matrix, Escape in the name filter closed the whole window, and with it
a screening of the folder that can take a while: a user who typed a name and pressed Escape
to see every candidate again lost the table instead. In the vacancy search and All at a
glance's filter, Escape did nothing, and their clear button is for the mouse only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class EscapeClears(QObject):
    """Escape in `edit` with text in it clears the text; in an empty one, it goes on to the
    window as usual (a dialog closes)."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A dialog takes Escape as a shortcut first: the edit is asked whether it wants it.
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape:
            return False
        if event.modifiers() or not self._edit.text():
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the edit takes it: the dialog does not close
            return True
        self._edit.clear()
        return True
