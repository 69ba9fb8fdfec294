"""Write a `Vacancy` as a TOML vacancy file (tomllib reads TOML but cannot write it).

A serializer for exactly this model, in the layout of the bundled files: header facts first,
then `[[warnings]]`, `[[essential]]`, `[[desirable]]` and `[[review]]` tables. Fields left at
their default are omitted where that makes the file easier to read; reading the file back with
`load_vacancy` gives an equal model (tested on every bundled vacancy).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import Enum
from pathlib import Path

from pydantic import BaseModel

from screener.domain.vacancy import Vacancy
from screener.persistence.atomic import write_atomic
from screener.persistence.bounded_read import MAX_FILE_BYTES, too_large
from screener.persistence.errors import safe_text
from screener.persistence.vacancy_files import parse_vacancy_text

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
# Written first in every table, in this order, so a person sees what a table is at a glance.
_LEADING_KEYS = ("kind", "id", "code", "criterion")
# Omitted when at their default: noise in a hand-read file, and the loader restores them.
_OMIT_WHEN_DEFAULT = frozenset(
    {"source", "draft", "done", "countries", "warnings", "review", "values"}
)
_TABLE_ARRAYS = ("warnings", "essential", "desirable", "review")
_SECTION_COMMENTS = {
    "warnings": "# WARNINGS: things wrong in the notice itself",
    "essential": "# ESSENTIAL / ACQUIS ESSENTIELS",
    "desirable": "# DESIRABLE / ACQUIS SOUHAITABLES",
    "review": "# REVIEW: what the importer could not settle; mark each done = true once checked",
}
_INLINE_MAX = 100


_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    ch = match[0]
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def toml_string(value: str) -> str:
    """A TOML basic string; raises ValueError for text that UTF-8 cannot hold."""
    if _SURROGATE.search(value):
        raise ValueError("text contains a lone surrogate, which a TOML file cannot hold")
    return '"' + _NEEDS_ESCAPE.sub(_escape, value) + '"'


def toml_value(value: object) -> str:
    """One TOML value (string, number, boolean, date, time, array or inline table)."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if value.is_integer() and abs(value) < 2**53:
            # "min_years = 5" as people write it; the model reads an integer into a float field.
            return str(int(value))
        return repr(value)  # shortest text that reads back as the same float
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        if value.tzinfo is not None:
            raise ValueError("TOML local times cannot carry a time zone")
        return value.isoformat()
    if isinstance(value, BaseModel):
        value = _fields(value)
    if isinstance(value, dict):
        items = ", ".join(f"{_key(k)} = {toml_value(v)}" for k, v in value.items())
        return f"{{ {items} }}" if items else "{}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _key(name: str) -> str:
    bare = name and all(ch.isascii() and (ch.isalnum() or ch in "_-") for ch in name)
    return name if bare else toml_string(name)


def _fields(model: BaseModel) -> dict[str, object]:
    """The model's fields worth writing, in a readable order (None values are left out)."""
    fields = type(model).model_fields
    values: dict[str, object] = {}
    for name, info in fields.items():
        value = getattr(model, name)
        if value is None:
            continue
        if name in _OMIT_WHEN_DEFAULT and value == info.get_default(call_default_factory=True):
            continue
        values[name] = value
    ordered = {k: values[k] for k in _LEADING_KEYS if k in values}
    ordered.update((k, v) for k, v in values.items() if k not in ordered)
    # Parameters first, then where the criterion comes from and the long texts.
    for long_key in ("alternative", "source", "text", "message"):
        if long_key in ordered:
            ordered[long_key] = ordered.pop(long_key)
    return ordered


def _is_short(value: object) -> bool:
    return len(toml_value(value)) <= _INLINE_MAX


def _dotted(prefix: str, inner: dict[str, object]) -> list[str]:
    """'alternative.note.en = ...': nested models spelled out key by key when long."""
    lines: list[str] = []
    for k, v in inner.items():
        if isinstance(v, BaseModel) and not _is_short(v):
            lines.extend(_dotted(f"{prefix}.{_key(k)}", _fields(v)))
        else:
            lines.append(f"{prefix}.{_key(k)} = {toml_value(v)}")
    return lines


def _table_lines(values: dict[str, object]) -> list[str]:
    lines: list[str] = []
    for key, value in values.items():
        if isinstance(value, BaseModel):
            # LocalizedText and similar: dotted keys ("text.en = ...") read best when long;
            # short ones (grade, salary, deadline) stay inline.
            inner = _fields(value)
            if _is_short(value) and key not in {"title", "text", "domain", "field"}:
                lines.append(f"{_key(key)} = {toml_value(inner)}")
            else:
                lines.extend(_dotted(_key(key), inner))
        else:
            lines.append(f"{_key(key)} = {toml_value(value)}")
    return lines


# A value the importer had to put in because the notice gave none, and that would otherwise
# read like the notice's own (a date is a date): marked on its line as well as in the review.
_PLACEHOLDER_MARK = "  # placeholder: not found in the notice, replace it with the real one"


def _with_placeholder_marks(lines: list[str], vacancy: Vacancy) -> list[str]:
    missing = {
        item.field
        for item in vacancy.review
        if item.code == "header_missing" and not item.done and item.field == "deadline"
    }
    return [
        line + _PLACEHOLDER_MARK if line.split(" = ", 1)[0] in missing else line for line in lines
    ]


def vacancy_to_toml(vacancy: Vacancy, comment: str | None = None) -> str:
    """The vacancy as TOML text; `comment` (one or more lines) goes at the top."""
    lines: list[str] = []
    if comment:
        # A comment names the notice's file, whose name may hold an escape (TOML allows no
        # control character in a comment: the draft would not load) or bytes that are not
        # UTF-8 (no file can hold them): written escaped, as every message shows them.
        lines.extend(
            f"# {safe_text(line, limit=len(line) + 1)}".rstrip() for line in comment.splitlines()
        )
    top = _fields(vacancy)
    arrays = {name: top.pop(name) for name in _TABLE_ARRAYS if name in top}
    lines.extend(_with_placeholder_marks(_table_lines(top), vacancy))
    for name, items in arrays.items():
        assert isinstance(items, list)
        if not items:
            continue
        lines.extend(["", _SECTION_COMMENTS[name]])
        for item in items:
            assert isinstance(item, BaseModel)
            lines.extend(["", f"[[{name}]]", *_table_lines(_fields(item))])
    return "\n".join(lines) + "\n"


def loadable_toml(vacancy: Vacancy, path: Path, comment: str | None = None) -> bytes:
    """The vacancy file's bytes, read back as Screener reads the file: FileProblemError naming
    `path` and the field if it would be refused. The model holds what loading checks besides
    it (controls, bidi overrides, lengths, the file's size): a title typed or pasted in the
    review with a bidi override or of 20,000 characters was saved, then refused at once."""
    text = vacancy_to_toml(vacancy, comment)
    data = text.encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise too_large(path, len(data))
    parse_vacancy_text(text, path)
    return data


def write_vacancy_toml(vacancy: Vacancy, path: Path, comment: str | None = None) -> None:
    """Save the vacancy to `path` atomically: a crash never leaves half a file behind. Through
    write_atomic, which follows a symlink and never replaces a device, pipe or folder (its own
    rename here put a regular file in place of `-o /dev/null` run as root). A vacancy Screener
    could not read back is refused (see loadable_toml), and nothing is written."""
    write_atomic(Path(path), loadable_toml(vacancy, Path(path), comment))
