"""Reading candidate profiles (JSON): the one reader of profile files.

The CLI, the batch and the app all read profiles here, so they accept the same files and
say the same things about the others. A profile is read whole or not at all; an older
format is migrated (profile_migrations.py), a newer one refused. Saving lives in
profile_store.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from screener.domain.profile import MAX_LANGUAGES, Profile, too_many_languages
from screener.persistence.bounded_read import read_text_limited
from screener.persistence.errors import (
    MAX_PROBLEMS,
    FileProblemError,
    Problem,
    parser_failure,
    position,
    short_repr,
)
from screener.persistence.parser_words import hand_editing_problem, parser_reason
from screener.persistence.profile_migrations import migrate
from screener.persistence.text_checks import (
    MAX_LIST_ITEMS,
    MAX_TEXT_CHARS,
    MAX_TEXT_LINES,
    may_hold_unusable_text,
    oversized,
    unusable_text,
)
from screener.persistence.validation_words import error_problem, expected_problem, field_path
from screener.translatable import QT_TRANSLATE_NOOP

_ANSWER_EXPECTED = QT_TRANSLATE_NOOP(
    "FileProblem", 'expected true, false, "unsure" or a number of years'
)


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _answer_problem(path: Path, where: str, raw: dict[str, Any]) -> Problem:
    shown = short_repr(raw["input"]) if "input" in raw else None
    return expected_problem(path, where, _ANSWER_EXPECTED, shown)


def _validation_error(path: Path, error: ValidationError) -> FileProblemError:
    """The file's problems, each said once, the first MAX_PROBLEMS in full and the rest
    counted. Linear in the number of errors: a file can hold tens of thousands of wrong
    answers, each failing every member of the answer union."""
    problems: list[Problem] = []
    seen: set[object] = set()
    more = 0
    for raw in error.errors(include_url=False):
        loc = raw["loc"]
        is_answer = len(loc) >= 3 and loc[0] == "answers"
        # An answer that fits no member of the union is one problem, not one per member.
        key: object = ("answers", loc[1], loc[2]) if is_answer else None
        problem: Problem | None = None
        if key is None:
            problem = error_problem(path, field_path(loc), dict(raw))
            key = (problem.where, problem.message)
        if key in seen:
            continue
        seen.add(key)
        if len(problems) >= MAX_PROBLEMS:
            more += 1
            continue
        if problem is None:
            problem = _answer_problem(path, field_path(loc[:3]), dict(raw))
        problems.append(problem)
    return FileProblemError(path, problems, more=more)


def _json_data(text: str, path: Path) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        slip = hand_editing_problem(path, text, exc.lineno, exc.colno, "JSON", exc.msg)
        if slip is not None:
            raise slip from None
        where = position(exc.lineno, exc.colno)
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "JSON syntax error: {reason}"),
            where,
            reason=parser_reason(exc.msg),
        ) from None
    except _DuplicateKeyError as exc:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "the key {key} appears more than once in one object"),
            key=short_repr(exc.args[0]),
        ) from None
    except RecursionError:
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "JSON is nested too deeply")
        ) from None
    except (ValueError, OverflowError, MemoryError) as exc:
        # A number over 4,300 digits, or any other value the parser gives up on.
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "JSON value cannot be read: {reason}"),
            reason=parser_failure(exc),
        ) from None


def check_savable(data: dict[str, Any], path: Path) -> None:
    """A FileProblemError if a profile holding `data` (as its file would) were refused on
    reading for its size: a list, a text or a text's lines over the bounds, too many
    languages. Saving checks it, so the app never writes a profile it would then refuse (a
    name pasted from 61 lines was saved, then never opened again)."""
    too_long = oversized(data, MAX_LIST_ITEMS, MAX_TEXT_CHARS, MAX_TEXT_LINES)
    if too_long is not None:
        raise FileProblemError.worded(path, too_long[1], too_long[0])
    check_languages(data, path)


def check_languages(data: dict[str, Any], path: Path) -> None:
    """A FileProblemError if the profile names more languages than MAX_LANGUAGES: refused on
    reading, and on saving, so the app never writes a profile it would then refuse."""
    found = too_many_languages(data)
    if found is not None:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "the profile names {count:,} languages; at most {limit:,} are allowed",
            ),
            found[0],
            count=found[1],
            limit=MAX_LANGUAGES,
        )


def parse_profile_text(text: str, path: Path) -> Profile:
    """A profile from file text, migrated from an older format if need be."""
    if not text.strip():
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "is empty; it is not a profile")
        )
    data = _json_data(text, path)
    if not isinstance(data, dict):
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "expected a JSON object ({{ ... }}) at the top level"),
        )
    # A file whose text spells no lone surrogate holds none: its every string and key is not
    # walked (a third of the time a profile of 10,000 answers took to open, as vacancies).
    unusable = unusable_text(data) if may_hold_unusable_text(text) else None
    if unusable is not None:
        raise FileProblemError.worded(path, unusable[1], unusable[0])
    data = migrate(data, path)
    check_savable(data, path)
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(path, exc) from None
    except RecursionError:
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "data is nested too deeply")
        ) from None
    except Exception as exc:  # any other failure of a validator is still this file's problem
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "could not be read as a profile: {error}: {reason}"),
            error=type(exc).__name__,
            reason=str(exc),
        ) from None


def read_profile(path: Path) -> Profile:
    """Read, migrate and validate one profile file; FileProblemError says what is wrong."""
    return parse_profile_text(read_text_limited(path), path)


# The name the CLI used before there was one reader.
load_profile = read_profile
