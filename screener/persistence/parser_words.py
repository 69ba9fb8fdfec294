"""Why the TOML or JSON parser refused a file, as a wording the UI says in the user's
language: Python's parsers say it in English ("Expecting ',' delimiter"), and the file's
problem keeps that English for the command line and logs.

Each template below gives one of the parsers' sentences word for word (a value the parser
puts in it, a character or a key, is a field); a sentence none of them gives (another
version of Python) is kept as the parser said it.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from functools import cache
from pathlib import Path

from screener.persistence.errors import FileProblemError, Wording, position
from screener.translatable import QT_TRANSLATE_NOOP

# tomllib's sentences, with their first letter in lower case as the problem says them.
_TOML = (
    QT_TRANSLATE_NOOP("FileProblem", "invalid statement"),
    QT_TRANSLATE_NOOP("FileProblem", "expected newline or end of document after a statement"),
    QT_TRANSLATE_NOOP("FileProblem", "found invalid character {char}"),
    QT_TRANSLATE_NOOP("FileProblem", "cannot declare {key} twice"),
    QT_TRANSLATE_NOOP("FileProblem", "cannot overwrite a value"),
    QT_TRANSLATE_NOOP("FileProblem", "expected ']' at the end of a table declaration"),
    QT_TRANSLATE_NOOP("FileProblem", "expected ']]' at the end of an array declaration"),
    QT_TRANSLATE_NOOP("FileProblem", "cannot mutate immutable namespace {key}"),
    QT_TRANSLATE_NOOP("FileProblem", "cannot redefine namespace {key}"),
    QT_TRANSLATE_NOOP("FileProblem", "expected '=' after a key in a key/value pair"),
    QT_TRANSLATE_NOOP("FileProblem", "invalid initial character for a key part"),
    QT_TRANSLATE_NOOP("FileProblem", "unclosed array"),
    QT_TRANSLATE_NOOP("FileProblem", "duplicate inline table key {key}"),
    QT_TRANSLATE_NOOP("FileProblem", "unclosed inline table"),
    QT_TRANSLATE_NOOP("FileProblem", "unescaped '\\' in a string"),
    QT_TRANSLATE_NOOP("FileProblem", "invalid hex value"),
    QT_TRANSLATE_NOOP("FileProblem", "escaped character is not a Unicode scalar value"),
    QT_TRANSLATE_NOOP("FileProblem", "unterminated string"),
    QT_TRANSLATE_NOOP("FileProblem", "illegal character {char}"),
    QT_TRANSLATE_NOOP("FileProblem", "invalid date or datetime"),
    QT_TRANSLATE_NOOP("FileProblem", "invalid value"),
    # Last: the sentences above that start with "expected" are more precise.
    QT_TRANSLATE_NOOP("FileProblem", "expected {expected}"),
)

# The json module's sentences (JSONDecodeError.msg, without the position).
_JSON = (
    QT_TRANSLATE_NOOP("FileProblem", "Expecting value"),
    QT_TRANSLATE_NOOP("FileProblem", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("FileProblem", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("FileProblem", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("FileProblem", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("FileProblem", "Invalid control character {char} at"),
    QT_TRANSLATE_NOOP("FileProblem", "Invalid \\escape: {char}"),
    # The same two as the faster C scanner says them, without the character.
    QT_TRANSLATE_NOOP("FileProblem", "Invalid control character at"),
    QT_TRANSLATE_NOOP("FileProblem", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("FileProblem", "Invalid \\uXXXX escape"),
    QT_TRANSLATE_NOOP("FileProblem", "Extra data"),
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a pattern of the sentence it gives, its fields as named groups."""
    found = []
    for template in (*_TOML, *_JSON):
        pattern = "".join(
            re.escape(text) + (f"(?P<{name}>.+)" if name else "")
            for text, name, _, _ in string.Formatter().parse(template)
        )
        found.append((re.compile(pattern), template))
    return tuple(found)


def parser_reason(message: str) -> Wording | str:
    """The parser's `message` as a marked template and its values, or as it is."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(message)
        if match:
            return Wording.of(template, **match.groupdict())
    return message


# What a word processor or an e-mail program types for " and ' ("smart quotes").
_TYPOGRAPHIC_QUOTES = frozenset("\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb")


def typographic_quote_at(text: str, line: int, column: int) -> str | None:
    """The typographic quote at a parser's position (or the next character), if any."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return None
    near = lines[line - 1][max(column - 1, 0) : column + 1]
    return next((char for char in near if char in _TYPOGRAPHIC_QUOTES), None)


_VALUE_WORDS = frozenset({"true", "false", "inf", "nan", "null", "none"})

# A date, or a time of day with or without seconds and a zone, whatever the numbers in it;
# not a time that follows a date ("2025-05-13T10:00"): the date is what is found there.
_DATE_OR_TIME = re.compile(
    r"\d{4}-\d\d-\d\d|(?<![\d:])(?<!\d[T ])\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?"
)
_ZONE = re.compile(r"(?:Z|[+-]\d\d:\d\d)$")

_IMPOSSIBLE = QT_TRANSLATE_NOOP(
    "FileProblem",
    "{value} is not a date or time that exists: write a day of the calendar as {date}, and "
    "a time from {first} to {last}",
)
_ZONED = QT_TRANSLATE_NOOP(
    "FileProblem",
    "{value} gives a time zone; a deadline is Brussels time: write the time without one, as {time}",
)
_NO_SECONDS = QT_TRANSLATE_NOOP(
    "FileProblem", "{value} needs its seconds in a vacancy file: write it as {time}"
)


def date_slip_at(text: str, line: int, column: int) -> tuple[str, dict[str, str]] | None:
    """(template, values) for a date or time at a parser's position that TOML cannot read:
    a day or moment that does not exist ("2025-13-01", "24:00:00", "23:59:60"), a time with a
    zone ("23:59Z") or without its seconds ("23:59"). The parser stops inside it and says only
    "unclosed inline table" or "invalid date or datetime"; None for any other slip."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return None
    for found in _DATE_OR_TIME.finditer(lines[line - 1]):
        if not found.start() <= column - 1 <= found.end():
            continue
        value = found.group()
        clock = _ZONE.sub("", value)
        try:
            moment = dt.date.fromisoformat(value) if "-" in clock else dt.time.fromisoformat(clock)
        except ValueError:
            # As values, as TOML writes them: the same in every language.
            return _IMPOSSIBLE, {"value": value, "date": "2025-05-13", "first": "00:00:00",
                                 "last": "23:59:59"}  # fmt: skip
        if isinstance(moment, dt.time) and clock != value:
            return _ZONED, {"value": value, "time": moment.isoformat("seconds")}
        if isinstance(moment, dt.time) and len(clock) == len("23:59"):
            return _NO_SECONDS, {"value": value, "time": moment.isoformat("seconds")}
    return None


def hand_editing_problem(
    path: Path, text: str, line: int, column: int, language: str, message: str
) -> FileProblemError | None:
    """A syntax error said for what it most likely is, where it is a slip of hand editing
    (the parser's `message` names only its symptom); None otherwise."""
    slip = date_slip_at(text, line, column) if language == "TOML" else None
    if slip is not None:
        return FileProblemError.of(path, slip[0], position(line, column), **slip[1])
    template = _hand_editing_template(text, line, column, message)
    if template is None:
        return None
    values: dict[str, str] = {"language": language}
    if "{quote}" in template:
        values["quote"] = typographic_quote_at(text, line, column) or ""
    return FileProblemError.of(path, template, position(line, column), **values)


def _hand_editing_template(text: str, line: int, column: int, message: str) -> str | None:
    if typographic_quote_at(text, line, column) is not None:
        # Text copied through a word processor or an e-mail.
        return QT_TRANSLATE_NOOP(
            "FileProblem",
            '{language} needs straight quotes (") around text, not typographic ones '
            "({quote}), which a word processor or e-mail program types; type them again in a "
            "plain text editor",
        )
    lines = text.splitlines()
    rest = lines[line - 1][column - 1 :] if 0 < line <= len(lines) else ""
    word = re.match(r"[^\W\d_]*", rest)
    bare_word = word.group() if word else ""
    # "True" or "None" is a value misspelt, not text left without its quotes.
    if bare_word.lower() in _VALUE_WORDS:
        return None
    if message.lower() in ("invalid value", "expecting value") and bare_word:
        return QT_TRANSLATE_NOOP(
            "FileProblem",
            'text must be between straight quotes ("): {language} reads a word '
            "without them as no value at all",
        )
    if message.lower().startswith(
        ("illegal character '\\n'", "invalid control character", "unterminated string")
    ):
        return QT_TRANSLATE_NOOP(
            "FileProblem",
            "a text's closing quote (\") is missing: add it at the end of the text, on the line "
            "where the text starts",
        )
    return None
