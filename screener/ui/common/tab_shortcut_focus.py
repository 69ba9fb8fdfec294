"""A tab's Alt letter shows its page and takes the focus into it.

Qt's tab bar only changes the page shown: pressed while the focus was elsewhere in the
window (the import review's list of items to review, its buttons), the page changed with
nothing said to a screen reader and the next Tab went on from where the focus had been.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTabWidget, QWidget


class TabShortcutFocus(QObject):
    """After a tab's shortcut, the focus goes to the first widget of the page shown that
    takes it by Tab, as when the user tabs into the page."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        tabs.tabBar().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Shortcut or not isinstance(watched, QWidget):
            return False
        # The tab bar shows the page first (its own handling, which filters do not see).
        handled = watched.event(event)
        page = self._tabs.currentWidget()
        first = first_focusable(page) if page is not None else None
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return handled


def first_focusable(page: QWidget) -> QWidget | None:
    """The first widget inside `page`, in Tab order, that Tab would stop on."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            return widget
        widget = widget.nextInFocusChain()
    return None
