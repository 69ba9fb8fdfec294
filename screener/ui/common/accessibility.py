"""Small helpers for keyboard and screen-reader users: an accessible name and description for
every input, a title shown whole, Tab through buttons in the order shown, messages said."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

# QAccessible and the button box are imported where they are used: every window imports this
# module, and PySide6 builds a class's Python enums when the class is first named (QAccessible
# alone ~3 ms before the first paint, when nothing has been announced yet).

# The title bar's icon and buttons, and the app's name that Qt adds ("… — Screener").
_TITLE_BAR_EXTRA = 140
# A dialog's margins either side of what it holds.
_LAYOUT_MARGINS = 24
# What ends a sentence already, as_sentence() adds no full stop after it.
_SENTENCE_ENDS = tuple(".?!:…")


def describe(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say `text` now, as the widget's news: a message that appears
    where the focus is not (a result saved, a file that could not be, problems to fix) was
    shown and never heard. The text becomes the widget's accessible description, and an
    alert on the widget makes the screen reader read it. The alert is for screen readers
    that look for one; Qt's announcement (Qt 6.8) is the platform's own "say this" request
    (UI Automation's notification, AT-SPI's announcement), said politely after the focus."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def say(widget: QWidget, text: str) -> None:
    """Have a screen reader say `text` now, leaving the widget's description as it is (a
    table's says what its rows are): the platform's own "say this" request only."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def status_news(window: QMainWindow, text: str, timeout_ms: int = 8000) -> None:
    """`text` in the window's status bar, and said to a screen reader: a file saved from a
    menu was only ever written there, away from the focus, where no one heard it."""
    text = one_full_stop(text)
    bar = window.statusBar()
    bar.showMessage(text, timeout_ms)
    announce(bar, text)


def one_full_stop(text: str) -> str:
    """A sentence ending in a name that ends in a full stop ("Profile renamed: Ana B..")
    with that stop only; an ellipsis written as three stops is left as it is."""
    if text.endswith("..") and not text.endswith("..."):
        return text[:-1]
    return text


def as_sentence(text: str) -> str:
    """Text said before other text ends as a sentence: a notice's words without a full
    stop ran into the words after them ("…or equivalent Your answer: …")."""
    text = text.strip()
    return text if not text or text.endswith(_SENTENCE_ENDS) else f"{text}."


def spoken(text: str) -> str:
    """A button's text as a screen reader should say it: without its mnemonic and without
    the arrows of QWizard's "< &Back" and "&Next >", read out as "less than", "greater"."""
    return without_mnemonic(text).strip().removeprefix("<").removesuffix(">").strip()


def label_name(text: str) -> str:
    """A label's text as its input's accessible name: "&Your nationality:" -> "Your
    nationality". The name holds the words on screen, so that a screen reader says what is
    shown and a voice command naming the label finds the input."""
    return without_mnemonic(text).strip().removesuffix(":").strip()


def without_mnemonic(text: str) -> str:
    """A button's or menu's text without its mnemonic: "&Open…" -> "Open…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled relative to the system font, never a fixed pixel size."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def room_for_title(window: QWidget, inside: QWidget | None = None) -> None:
    """Wide enough to show its whole title: a small dialog (About, Rename) sized to its
    contents showed "À prop… eener" in its title bar, and its title is what a screen reader
    says first. The title's font is taken as bold, as most title bars draw it. `inside`: the
    widget to widen instead, where the window's layout sets its size (QInputDialog's)."""
    font = QFont(window.font())
    font.setBold(True)
    name = QCoreApplication.applicationName()
    title = f"{window.windowTitle()} — {name}" if name else window.windowTitle()
    width = QFontMetrics(font).horizontalAdvance(title) + _TITLE_BAR_EXTRA
    if inside is not None:
        inside.setMinimumWidth(max(inside.minimumWidth(), width - _LAYOUT_MARGINS))
    else:
        window.setMinimumWidth(max(window.minimumWidth(), width))


def tab_as_laid_out(box: QDialogButtonBox) -> None:
    """Tab through a button box's buttons from left to right, as they are shown. The box
    places them by role and platform ("Screen" before "Close") while Tab kept the order in
    which they were added, so Tab went from Close back to Screen. Set each time the box is
    shown: putting the box in its dialog, which comes later, undid an order set at once."""
    box.installEventFilter(_TabAsLaidOut(box))


class _TabAsLaidOut(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtWidgets import QDialogButtonBox

        if event.type() == QEvent.Type.Show and isinstance(watched, QDialogButtonBox):
            layout = watched.layout()
            # By their place in the layout, not its items: items handed to Python were
            # freed again once the dialog was gone (see nested_layout.py).
            buttons = [] if layout is None else sorted(watched.buttons(), key=layout.indexOf)
            for first, second in pairwise(buttons):
                QWidget.setTabOrder(first, second)
        return False
