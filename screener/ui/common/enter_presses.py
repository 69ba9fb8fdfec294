"""Enter on a focused button presses that button, as Space does.

Many of the app's buttons are not their dialog's default (setAutoDefault(False)), so that
Enter typed in a field or a list never presses them. But a focused button then took no Enter
at all: in a dialog the key went on to the default button (Enter on the result's Export PDF…
finished the wizard, on the matrix's Dossier… closed the matrix), and in the main window it
did nothing (the welcome's Import a notice…). `not_default` keeps such a button out of the
dialog's Enter and gives it its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPushButton

from screener.ui.common.enter_activates import is_plain_enter


class _EnterPresses(QObject):
    def __init__(self, button: QPushButton) -> None:
        super().__init__(button)
        self._button = button
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not is_plain_enter(event):
            return False
        button = self._button
        if event.isAutoRepeat() or not button.isEnabled():
            return True  # held down, or greyed out: nothing, and not the default button either
        if button.menu() is not None:
            button.showMenu()
        else:
            button.click()
        return True


def presses_on_enter(button: QPushButton) -> bool:
    """Whether `not_default` gave `button` its Enter."""
    return any(isinstance(child, _EnterPresses) for child in button.children())


def not_default(*buttons: QPushButton) -> None:
    """Never the dialog's default button; pressed by Enter when it has the focus."""
    for button in buttons:
        button.setAutoDefault(False)
        _EnterPresses(button)


def not_default_button(text: str) -> QPushButton:
    """A new button, made `not_default`."""
    button = QPushButton(text)
    not_default(button)
    return button
