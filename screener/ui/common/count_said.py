"""A search box that says how many rows are left once the user stops typing.

The count under a filtered table ("Shown: 1 of 5.") changed at every letter, away from the
focus: a screen reader user typing in the search box never heard whether anything was left.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from screener.ui.common.accessibility import say

# Said once the typing pauses, not at every letter (it would cut off the letters' echo).
PAUSE_MS = 600


class CountSaid(QObject):
    def __init__(self, edit: QLineEdit, counts: QLabel) -> None:
        super().__init__(edit)
        self._edit = edit
        self._counts = counts
        self._timer: QTimer | None = None  # made at the first letter typed, not at start-up
        edit.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(PAUSE_MS)
            self._timer.timeout.connect(self.say_now)
        self._timer.start()

    def say_now(self) -> None:
        """The count, said from the search box if the user is still there."""
        if self._edit.hasFocus():
            say(self._edit, self._counts.text())
