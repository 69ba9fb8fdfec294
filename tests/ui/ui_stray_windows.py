"""Catch a leaf widget shown before it has a parent: Qt then opens it as a window of its own,
which flashes up on a desktop and takes the keyboard focus from the real window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

_LEAVES = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


class StrayWindowWatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.strays: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here (millions in a run): the class test comes first,
        # as asking an event its type() costs ten times more.
        if (
            isinstance(event, QShowEvent)
            and event.type() == QEvent.Type.Show
            and isinstance(watched, _LEAVES)
            and isinstance(watched, QWidget)
            and watched.isWindow()
            # A tooltip is a window by design (Qt's own QTipLabel).
            and watched.windowType() != Qt.WindowType.ToolTip
        ):
            text = getattr(watched, "text", lambda: "")()
            self.strays.append(f"{type(watched).__name__} {text!r}")
        return False

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
