"""A layout already filled, put inside another as a widget of its own.

`outer.addLayout(filled)` has PySide6 wrap the filled layout's items in Python objects. After
the window was deleted, a garbage collection freed those items a second time and the app
crashed, some time after an import review was closed. A layout added while still empty, or
set on a widget, leaves them to Qt.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def nested(layout: QLayout) -> QWidget:
    """`layout` on a plain widget, with the margins it had as a nested layout (none, unless
    set): a widget's own layout would take the style's window margins."""
    margins = layout.contentsMargins()
    holder = QWidget()
    holder.setLayout(layout)
    layout.setContentsMargins(margins)
    return holder
