"""Text a file may not hold: lone surrogates anywhere, and in vacancies control characters,
bidi controls and marks stacked on one letter.

A JSON file can spell a lone surrogate ("\\ud800"): Python accepts it as a string, but no
file, terminal or widget can encode it, so every later save or export of it fails. Control
characters (escape sequences, bell, backspace) in a vacancy's text would reach terminals
and reports raw. Both are refused at load, naming the field, so nothing downstream meets them.
"""

from __future__ import annotations

import re
from typing import Any

from screener.persistence.errors import Wording
from screener.translatable import QT_TRANSLATE_NOOP

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls and DEL, except tab, line feed, and a carriage return before a line
# feed (a file saved with Windows line endings keeps them inside multi-line strings).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
# Bidirectional embeddings, overrides and isolates: shown as they are (a label, a table cell),
# they reorder what follows, so a title reads as other words than the file holds. Notices
# in English and French never need them; the marks (U+200E, U+200F) stay allowed.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Marks stacked on one letter beyond what a language writes (Vietnamese puts two on a
# letter): Qt draws a stack of 9,000 acute accents as a streak over the lines above it, and
# the text around reads as other words. The blocks of combining diacritical marks, which such
# "Zalgo" text is made of.
MAX_STACKED_MARKS = 8
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
STACKED_MARKS = re.compile(f"[{_COMBINING}]{{{MAX_STACKED_MARKS + 1},}}")
_ONLY_MARKS = re.compile(f"[\\s{_COMBINING}]*")  # on no letter: the model says it shows nothing


# Whatever unusable_text(controls=True) refuses, as it can stand in a file's text: the
# character itself, or an escape that may spell one (any but \" \\ \n \t, which spell
# allowed characters). A file without any holds no unusable string or key: the walk over
# every string, a fifth of the time loading a vacancy file takes, is then skipped.
_MAY_BE_UNUSABLE = re.compile(
    "[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
    '|\r(?!\n)|\\\\[^"\\\\nt]|' + STACKED_MARKS.pattern
)


def may_hold_unusable_text(source: str) -> bool:
    """False only if no string or key parsed from `source` (TOML or JSON text) can be refused
    by unusable_text, with or without `controls`."""
    return _MAY_BE_UNUSABLE.search(source) is not None


def _describe(char: str) -> str:
    return f"U+{ord(char):04X}"


def _check(text: str, controls: bool) -> Wording | None:
    found = _SURROGATE.search(text)
    if found is not None:
        return Wording.of(
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "holds a lone surrogate ({char}), which is not a character; correct the text "
                "in the file",
            ),
            char=_describe(found.group()),
        )
    if controls:
        found = _CONTROL.search(text)
        if found is not None:
            return Wording.of(
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "holds the control character {char} at position {position}; only tabs and "
                    "line breaks are allowed in text",
                ),
                char=_describe(found.group()),
                position=found.start() + 1,
            )
        found = _BIDI_CONTROL.search(text)
        if found is not None:
            return Wording.of(
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "holds the bidirectional control {char} at position {position}, which "
                    "shows the text in another order than written; remove it",
                ),
                char=_describe(found.group()),
                position=found.start() + 1,
            )
        found = STACKED_MARKS.search(text)
        if found is not None and not _ONLY_MARKS.fullmatch(text):
            return Wording.of(
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "holds {count:,} marks stacked on one letter at position {position}, drawn "
                    "over the text around it; at most {limit} are allowed",
                ),
                count=len(found.group()),
                position=found.start() + 1,
                limit=MAX_STACKED_MARKS,
            )
    return None


def _join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def unusable_text(data: Any, controls: bool = False) -> tuple[str, Wording] | None:
    """The first (field path, message) of a string or key that may not be used, or None.

    `controls`: control characters other than tab and line breaks are refused too.
    Iterative, so deeply nested data costs no recursion.
    """
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            problem = _check(value, controls)
            if problem is not None:
                return where, problem
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                key_text = str(key)
                problem = _check(key_text, controls)
                if problem is not None:
                    # The key itself cannot be shown safely: name where it is.
                    return where, Wording.of(
                        QT_TRANSLATE_NOOP("FileProblem", "a key {problem}"), problem=problem
                    )
                stack.append((_join(where, key_text), item))
        elif isinstance(value, list):
            stack.extend((_join(where, i), item) for i, item in reversed(list(enumerate(value))))
    return None


# Sizes a view lays out item by item or character by character: a vacancy with 40,000
# conditions kept the app busy for minutes; a profile named with 900,000 characters took
# seconds at every page of the wizard. Far above what a notice or a person writes.
MAX_LIST_ITEMS = 1_000
MAX_TEXT_CHARS = 10_000
# Lines of one text: Qt lays out each line of a label or a document on its own, at about
# 10 KB each, so a vacancy of 28 texts of 5,000 short lines (under every other limit) took
# 1.6 GB and 18 s to export its result as PDF, and seconds at every page of the wizard. No
# notice's requirement, title or warning runs over a few lines (the importer writes one).
MAX_TEXT_LINES = 50
# What Qt and Python start a new line at, besides the line feed: a carriage return passes
# only before one, and the other C0/C1 breaks are refused as control characters.
_LINE_BREAKS = ("\n", "\u2028", "\u2029")


def _lines(text: str) -> int:
    return 1 + sum(text.count(brk) for brk in _LINE_BREAKS)


def _too_long(text: str, max_chars: int | None, max_lines: int | None) -> Wording | None:
    if max_chars is not None and len(text) > max_chars:
        return Wording.of(
            QT_TRANSLATE_NOOP(
                "FileProblem", "is {count:,} characters long; at most {limit:,} are allowed"
            ),
            count=len(text),
            limit=max_chars,
        )
    if max_lines is not None and (lines := _lines(text)) > max_lines:
        return Wording.of(
            QT_TRANSLATE_NOOP(
                "FileProblem", "is {count:,} lines long; at most {limit:,} are allowed"
            ),
            count=lines,
            limit=max_lines,
        )
    return None


def oversized(
    data: Any, max_items: int, max_chars: int | None = None, max_lines: int | None = None
) -> tuple[str, Wording] | None:
    """The first (field path, message) of a list longer than `max_items`, or of a string
    longer than `max_chars` or of more than `max_lines` lines (when given), or None.
    Iterative, like unusable_text."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            problem = _too_long(value, max_chars, max_lines)
            if problem is not None:
                return where, problem
        elif isinstance(value, dict):
            for key, item in value.items():
                key_text = str(key)
                if max_chars is not None and len(key_text) > max_chars:
                    return where, Wording.of(
                        QT_TRANSLATE_NOOP(
                            "FileProblem",
                            "a key is {count:,} characters long; at most {limit:,} are allowed",
                        ),
                        count=len(key_text),
                        limit=max_chars,
                    )
                stack.append((_join(where, key_text), item))
        elif isinstance(value, list):
            if len(value) > max_items:
                return where, Wording.of(
                    QT_TRANSLATE_NOOP(
                        "FileProblem", "has {count:,} items; at most {limit:,} are allowed"
                    ),
                    count=len(value),
                    limit=max_items,
                )
            stack.extend((_join(where, i), item) for i, item in enumerate(value))
    return None
