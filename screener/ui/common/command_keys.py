"""Shortcuts for the commands on the buttons of the result and of the candidates' table.

One table: the windows bind their buttons from it, and Help > Keyboard shortcuts lists it
after the menus' own shortcuts. An adviser printing or exporting for 30 candidates reached
each button by Tab or by its Alt letter, which differs from English to French; these keys
stay the same in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

from screener.translatable import QT_TRANSLATE_NOOP

_CONTEXT = "CommandKeys"
RESULT = QT_TRANSLATE_NOOP("CommandKeys", "Result")
CANDIDATES = QT_TRANSLATE_NOOP("CommandKeys", "Candidates and vacancies")


@dataclass(frozen=True)
class CommandKey:
    place: str  # where the button is (marked for translation)
    key: str  # the button's key in its window's `buttons`
    command: str  # the button's words (marked for translation)
    keys: str  # portable text: "Ctrl+Shift+E"


COMMAND_KEYS = (
    CommandKey(RESULT, "print", QT_TRANSLATE_NOOP("CommandKeys", "Print…"), "Ctrl+P"),
    CommandKey(RESULT, "pdf", QT_TRANSLATE_NOOP("CommandKeys", "Export PDF…"), "Ctrl+Shift+E"),
    CommandKey(RESULT, "copy", QT_TRANSLATE_NOOP("CommandKeys", "Copy as text"), "Ctrl+Shift+C"),
    CommandKey(
        CANDIDATES,
        "gaps",
        QT_TRANSLATE_NOOP("CommandKeys", "What would open more…"),
        "Ctrl+Shift+G",
    ),
    CommandKey(CANDIDATES, "dossier", QT_TRANSLATE_NOOP("CommandKeys", "Dossier…"), "Ctrl+Shift+D"),
    CommandKey(
        CANDIDATES,
        "dossiers",
        QT_TRANSLATE_NOOP("CommandKeys", "Dossiers for all shown…"),
        "Ctrl+Shift+A",
    ),
    CommandKey(CANDIDATES, "csv", QT_TRANSLATE_NOOP("CommandKeys", "Export CSV…"), "Ctrl+Shift+E"),
)


def bind_command_keys(place: str, buttons: Mapping[str, QAbstractButton], scope: QWidget) -> None:
    """Give the buttons of `place` their keys, while `scope` is shown in the active window.

    A shortcut of its own, not the button's: a button's shortcut is its Alt letter, which
    each change of language sets again."""
    for entry in COMMAND_KEYS:
        button = buttons.get(entry.key)
        if entry.place != place or button is None:
            continue
        shortcut = QShortcut(QKeySequence(entry.keys), scope)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(button.click)  # does nothing while the button is disabled


def command_key_rows() -> list[tuple[str, str]]:
    """(place > command, keys) in the UI's language, for Help > Keyboard shortcuts."""
    native = QKeySequence.SequenceFormat.NativeText
    return [
        (
            f"{_tr(entry.place)} > {_tr(entry.command)}",
            QKeySequence(entry.keys).toString(native),
        )
        for entry in COMMAND_KEYS
    ]


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)
