"""A scroll area around a form or a document that is no stop of its own for Tab.

QScrollArea takes the focus by default: Tab then stopped on the area itself before its first
input, and nothing on screen showed where the focus was (a frameless area draws no focus).
The inputs inside are the stops; the area brings each one into view as Tab reaches it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(widget: QWidget | None = None) -> QScrollArea:
    """A frameless, resizable scroll area that the focus passes through; `widget` may be set
    later with setWidget()."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if widget is not None:
        area.setWidget(widget)
    return area
