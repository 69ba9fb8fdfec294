"""The keyboard never left on a menu bar that shows nothing.

A menu's command that opens another window (Adviser > Candidates and vacancies…, with a
folder asked first) left the main window's keyboard focus on its menu bar: the bar holds
the focus while its menu is open, and the other window took it before the bar could give
it back. Closing that window brought the main window back with the focus on the bar, drawn
nowhere and said as an unnamed menu bar; Tab then went to the tabs, not to where the
reader had been. The focus goes back to the widget of that window that had it last.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget


class _MenuBarFocus(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        # The last widget with the focus in each window, by the window's id.
        self._last: dict[int, weakref.ref[QWidget]] = {}
        app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QMenuBar):
            # Alt or F10 put it there on purpose: the bar then shows its first menu as
            # current, once the key has been handled.
            QTimer.singleShot(0, self, self._give_back)
        elif new is not None:
            self._last = {key: ref for key, ref in self._last.items() if ref() is not None}
            self._last[id(new.window())] = weakref.ref(new)

    def _give_back(self) -> None:
        bar = QApplication.focusWidget()
        if not isinstance(bar, QMenuBar) or bar.activeAction() is not None:
            return
        if QApplication.activePopupWidget() is not None:
            return
        ref = self._last.get(id(bar.window()))
        widget = ref() if ref is not None else None
        if widget is None or widget.window() is not bar.window():
            return
        if widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def return_focus_from_menu_bars(app: QApplication) -> None:
    """Watch the focus of every window of the app (once)."""
    if app.findChild(_MenuBarFocus) is None:
        _MenuBarFocus(app)
