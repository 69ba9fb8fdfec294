"""Tab through a group of inputs in the order they are shown, even when the group is built
before it is put in its window.

Qt keeps a Tab order set inside a widget that has no window yet only until the widget is
put in one: it then orders the widget's inputs anew, by when they became its children. My
profile's languages showed English, French, then "Another language"; Tab went from the
education straight to "Another language", then up to English.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def tab_in_order(widgets: Sequence[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def keep_tab_order(group: QWidget, stops: Callable[[], Sequence[QWidget]]) -> None:
    """Tab through `stops()` in order now and each time `group` is shown."""
    tab_in_order(stops())
    group.installEventFilter(_OrderOnShow(group, stops))


class _OrderOnShow(QObject):
    def __init__(self, group: QWidget, stops: Callable[[], Sequence[QWidget]]) -> None:
        super().__init__(group)
        self._stops = stops

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            tab_in_order(self._stops())
        return False
