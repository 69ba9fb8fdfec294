"""The app's message boxes: text from files shown as plain text, and never taller than a screen.

A box's text quotes file names and file contents, so Qt must never take it for markup. And it
can be long: a pack of 2,000 bad files listed each one, and the box grew 32,767 pixels tall,
its buttons out of reach. A long text shows its first lines; the whole text is under Show
Details, in a box that scrolls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from screener.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

# A box of this many lines (each wrapped over two at most) fits a 768-pixel screen.
MAX_SHOWN_LINES = 12
MAX_SHOWN_CHARS = 1_200

_MORE = QT_TRANSLATE_NOOP("MessageBoxes", "… The whole message is under Show Details.")


def shown_part(text: str) -> str:
    """`text`, or its first lines when it is too long for the box itself."""
    lines = text.splitlines()
    if len(lines) <= MAX_SHOWN_LINES and len(text) <= MAX_SHOWN_CHARS:
        return text
    kept: list[str] = []
    size = 0
    for line in lines[:MAX_SHOWN_LINES]:
        if size + len(line) > MAX_SHOWN_CHARS:
            if not kept:  # one enormous line: its beginning
                kept.append(line[:MAX_SHOWN_CHARS])
            break
        kept.append(line)
        size += len(line)
    return "\n".join([*kept, QCoreApplication.translate("MessageBoxes", _MORE)])


def plain_message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    shown = shown_part(text)
    box = QMessageBox(icon, title, shown, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if shown != text:
        box.setDetailedText(text)  # plain text in a scrolling box
    return box
