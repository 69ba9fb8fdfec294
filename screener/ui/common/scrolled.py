"""A scroll area around a form or a document that is no stop of its own for Tab.

QScrollArea takes the focus by default: Tab then stopped on the area itself before its first
input, and nothing on screen showed where the focus was (a frameless area draws no focus).
The inputs inside are the stops; the area brings each one into view as the focus reaches it,
by Tab or by Shift+Tab from the buttons below it (QScrollArea did only for Tab within it: from
the wizard's Back, Shift+Tab put the focus on the result's last note, out of sight).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QScrollArea, QWidget


def scrolled(widget: QWidget | None = None) -> QScrollArea:
    """A frameless, resizable scroll area that the focus passes through; `widget` may be set
    later with setWidget()."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if widget is not None:
        area.setWidget(widget)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(_FocusInView(area).follow)
    return area


def width_to_show(area: QScrollArea, at_least: int) -> int:
    """The width the window holding `area` in its layout needs to show the area's
    content without scrolling sideways, or `at_least` if that is more. With large text a
    dialog opened at its usual width showed its content cut at the right."""
    content = area.widget()
    if content is None:
        return at_least
    needed = content.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
    needed += 2 * area.frameWidth()
    holder = area.parentWidget()
    layout = holder.layout() if holder is not None else None
    if layout is not None:
        margins = layout.contentsMargins()
        needed += margins.left() + margins.right()
    return max(at_least, needed)


class _FocusInView(QObject):
    """Scrolls its area to a widget inside it that gets the focus, however it got it."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)  # and disconnected with it
        self._area = area

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self._area.widget()
        if new is not None and page is not None and page.isAncestorOf(new):
            self._area.ensureWidgetVisible(new)


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give a scroll area (a table, a scrolled pane) a viewport made here, and return it.

    Qt's own viewport is of a private class; the first time Python is handed one, PySide6
    builds the Python enums of every widget class to find its nearest match (~15 ms,
    before the first paint). A viewport made from Python is known at once, and is the same
    plain widget Qt would have made.
    """
    viewport = QWidget()
    area.setViewport(viewport)
    return viewport


def scrolled_page(page: QWidget) -> QScrollArea:
    """`page` scrolled in a pane of the main window, on the pane's own background.

    Scrolled rather than squeezed: a long text in French left no room at 800x600. And a
    wrapped paragraph outside a scroll area is laid out again at every width the window's
    layouts try before the first paint; inside one, once at the width it gets.
    """
    area = scrolled()
    # Before setWidget(): a new viewport takes the place (and the children) of the old.
    viewport = own_viewport(area)
    area.setWidget(page)
    # setWidget() fills the page with the window colour: keep the tab page's instead.
    page.setAutoFillBackground(False)
    viewport.setAutoFillBackground(False)
    return area
