"""Small helpers so every input gets an accessible name and description."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

# The title bar's icon and buttons, and the app's name that Qt adds ("… — Screener").
_TITLE_BAR_EXTRA = 140


def describe(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled relative to the system font, never a fixed pixel size."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def room_for_title(window: QWidget) -> None:
    """Wide enough to show its whole title: a small dialog (About, Rename) sized to its
    contents showed "À prop… eener" in its title bar, and its title is what a screen reader
    says first. The title's font is taken as bold, as most title bars draw it."""
    font = QFont(window.font())
    font.setBold(True)
    name = QCoreApplication.applicationName()
    title = f"{window.windowTitle()} — {name}" if name else window.windowTitle()
    width = QFontMetrics(font).horizontalAdvance(title) + _TITLE_BAR_EXTRA
    window.setMinimumWidth(max(window.minimumWidth(), width))
