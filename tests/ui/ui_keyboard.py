"""Drive the app with the keyboard alone, as a user would: keys go to the focused widget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


class Keyboard:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def wait_focus(self, predicate: Callable[[QWidget], bool], timeout: int = 2000) -> QWidget:
        self.qtbot.waitUntil(
            lambda: (
                QApplication.focusWidget() is not None and predicate(QApplication.focusWidget())
            ),
            timeout=timeout,
        )
        return self.focus()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def space(self) -> None:
        self.press(Qt.Key.Key_Space)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def tab_until(self, predicate: Callable[[QWidget], bool], limit: int = 60) -> QWidget:
        for _ in range(limit):
            if predicate(self.focus()):
                return self.focus()
            self.tab()
        raise AssertionError(f"Tab never reached the widget; focus is on {self.focus()!r}")

    def alt(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.AltModifier)
