"""Give the focus to a widget that may be on a page not shown (a tab behind another).

`setFocus()` does nothing on a hidden widget: after saving an imported notice from the
overview tab, the catalogue's table (where the new draft was selected) stayed behind it,
and the focus in the overview's filter, so Enter did not open the draft's screening.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget


def show_and_focus(widget: QWidget) -> None:
    """Bring forward each tab or stacked page that holds `widget`, then focus it."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            owner = parent.parentWidget()
            if isinstance(owner, QTabWidget):  # a tab widget's pages are in a stack
                owner.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
