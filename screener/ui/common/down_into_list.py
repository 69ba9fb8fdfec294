"""Down from a search box into the list it filters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget


class DownIntoList(QObject):
    """Down (or Page Down) in a search box moves into the list it filters, on its first
    row when none is current: the arrows then go on from there."""

    def __init__(self, search: QWidget, view: QAbstractItemView) -> None:
        super().__init__(search)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) or event.modifiers():
            return False
        view = self._view
        model = view.model()
        if model is None or model.rowCount() == 0:
            return False
        if not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))
        view.setFocus(Qt.FocusReason.TabFocusReason)
        return True
