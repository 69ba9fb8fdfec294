"""Escape, Cancel and a dialog's close button never throw typed work away without asking.

A dialog that collects typing (a pasted notice, a requirement's words, My profile's facts)
calls `may_close` from its reject(): nothing typed closes at once, as before; something typed
asks first, with No the default, so a second Escape or an Enter keeps the work. Escape was a
silent Cancel in each of them, and a keyboard user lost a pasted notice with one key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from screener.ui.common.message_boxes import plain_message_box


def ask_discard(parent: QWidget) -> bool:
    """Whether to throw away what was typed; a plain function so tests can replace it."""
    from PySide6.QtWidgets import QMessageBox

    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = plain_message_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DiscardGuard", "Discard what you typed?"),
        QCoreApplication.translate(
            "DiscardGuard",
            "What you entered in “{window}” has not been kept. Close the window and discard it?",
        ).format(window=parent.windowTitle()),
        yes | no,
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box.exec() == yes


def may_close(dialog: QWidget, typed: bool) -> bool:
    """True when `dialog` may close: nothing was `typed`, or the user chose to discard it."""
    return not typed or ask_discard(dialog)
