"""Pydantic's validation errors in words for people: the field path as the file writes it,
and what was expected (the models' patterns said in words, with an example), each error a
Problem worded by a template marked for translation where Screener words it."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from screener.persistence.errors import (
    MAX_PROBLEMS,
    FileProblemError,
    Phrase,
    Problem,
    Wording,
    short_repr,
)
from screener.translatable import QT_TRANSLATE_NOOP, NestedError, WordedValueError

if TYPE_CHECKING:
    from pydantic import ValidationError


def _criterion_kinds() -> tuple[str, ...]:
    # Imported when a validation error is worded, not with this module: reading files that
    # are fine (the catalogue from its cache, settings) needs no criterion model.
    from screener.domain.criteria import CRITERION_KINDS

    return tuple(CRITERION_KINDS)


def _pattern_words() -> dict[str, str]:
    """What each pattern of the models asks for, in words: pydantic names the regular
    expression, which tells a person nothing. Imported when needed, as _criterion_kinds."""
    from screener.domain.criterion_base import (
        COUNTRY_CODE_PATTERN,
        CRITERION_ID_PATTERN,
        LANGUAGE_CODE_PATTERN,
    )
    from screener.domain.slp import SLP_PATTERN
    from screener.domain.vacancy import CODE_PATTERN, CURRENCY_PATTERN, REFERENCE_PATTERN

    return {
        COUNTRY_CODE_PATTERN: QT_TRANSLATE_NOOP(
            "FileProblem", "expected a two-letter country code in capitals, such as 'FR' or 'PL'"
        ),
        LANGUAGE_CODE_PATTERN: QT_TRANSLATE_NOOP(
            "FileProblem", "expected a two-letter language code in lower case, such as 'en' or 'fr'"
        ),
        SLP_PATTERN: QT_TRANSLATE_NOOP(
            "FileProblem",
            "expected a STANAG 6001 profile: four levels from 0 to 5 (listening, speaking, "
            "reading, writing), each but 5 with an optional '+', such as '3333' or '3+32+2'",
        ),
        CRITERION_ID_PATTERN: QT_TRANSLATE_NOOP(
            "FileProblem",
            "expected an id of lower-case letters, digits, '-' and '_' (at most 64, the first "
            "a letter or digit), such as 'english-level'",
        ),
        REFERENCE_PATTERN: QT_TRANSLATE_NOOP(
            "FileProblem",
            "expected a reference of letters, digits, '.', '-' and '_' (at most 32, the first "
            "a letter or digit), such as '250939'",
        ),
        CURRENCY_PATTERN: QT_TRANSLATE_NOOP(
            "FileProblem", "expected a three-letter currency code in capitals, such as 'EUR'"
        ),
        CODE_PATTERN: QT_TRANSLATE_NOOP(
            "FileProblem", "expected a code of lower-case letters, digits and '_'"
        ),
    }


def field_path(loc: Iterable[int | str]) -> str:
    parts: list[str] = []
    previous_was_index = False
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
            previous_was_index = True
            continue
        # Pydantic puts the discriminator value in the path of a tagged union; people don't need it.
        if previous_was_index and item in _criterion_kinds():
            previous_was_index = False
            continue
        previous_was_index = False
        # Union members ("bool", "literal['unsure']") and dict-key markers are pydantic's
        # bookkeeping, not fields a person can find in the file.
        if item.startswith(("function-", "literal[", "constrained-")) or item in {
            "literal",
            "str",
            "float",
            "bool",
            "[key]",
        }:
            continue
        parts.append(f".{item}" if parts else item)
    return "".join(parts)


# A field missing or unknown, in Screener's words rather than pydantic's ("Extra inputs are
# not permitted" does not say that a key is misspelt).
_FIELD_WORDS = {
    "missing": QT_TRANSLATE_NOOP("FileProblem", "required field is missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP("FileProblem", "unknown field (check its spelling)"),
}


def error_problem(path: Path, where: str, error: dict[str, object]) -> Problem:
    """One pydantic error as a Problem: worded by a template marked for translation when
    Screener words it, in pydantic's English otherwise (a model's own check)."""
    kind = error.get("type")
    ctx = error.get("ctx") or {}
    assert isinstance(ctx, dict)
    if kind in {"union_tag_invalid", "union_tag_not_found"}:
        kinds = ", ".join(_criterion_kinds())
        if kind == "union_tag_not_found":
            template = QT_TRANSLATE_NOOP("FileProblem", "missing 'kind'; expected one of: {kinds}")
            return Problem.of(path, where, template, kinds=kinds)
        template = QT_TRANSLATE_NOOP("FileProblem", "unknown kind {kind}; expected one of: {kinds}")
        return Problem.of(path, where, template, kind=repr(ctx.get("tag")), kinds=kinds)
    if kind in _FIELD_WORDS:
        return Problem.of(path, where, _FIELD_WORDS[str(kind)])
    shown = short_repr(error["input"]) if "input" in error else None
    expected: str | None = None
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _pattern_words():
        expected = _pattern_words()[str(ctx["pattern"])]
    elif kind in {"model_type", "dict_type", "model_attributes_type"}:
        # pydantic says "a valid dictionary or instance of Deadline": Python's words.
        expected = QT_TRANSLATE_NOOP(
            "FileProblem",
            "expected a table of named values ({ name = value, ... } in TOML, an object in JSON)",
        )
    if expected is not None:
        return expected_problem(path, where, expected, shown)
    message = str(error.get("msg", "invalid value"))
    message = re.sub(r"^Value error, ", "", message)
    # A model-level check gets the whole document as input, and a custom check usually
    # names the value already: repeating either only adds noise.
    whole_model = isinstance(error.get("input"), dict) and kind == "value_error"
    got = shown is not None and not whole_model and shown not in message
    wording = _wording(str(kind), ctx, message)
    if wording is None:
        return Problem(path, where, f"{message} (got {shown})" if got else message)
    if got:
        template = QT_TRANSLATE_NOOP("FileProblem", "{expected} (got {got})")
        return Problem.of(path, where, template, expected=wording, got=str(shown))
    return Problem.of(path, where, wording.template, **dict(wording.values))


# pydantic's own sentences as templates of their context's values, for the UI to translate.
# Each is used only when it gives pydantic's English word for word (another version of
# pydantic may word them otherwise: its English is then shown as it is).
_PYDANTIC_WORDS: dict[str, tuple[str, ...]] = {
    "int_parsing": (
        QT_TRANSLATE_NOOP(
            "FileProblem", "Input should be a valid integer, unable to parse string as an integer"
        ),
    ),
    "int_from_float": (
        QT_TRANSLATE_NOOP(
            "FileProblem", "Input should be a valid integer, got a number with a fractional part"
        ),
    ),
    "int_type": (QT_TRANSLATE_NOOP("FileProblem", "Input should be a valid integer"),),
    "float_parsing": (
        QT_TRANSLATE_NOOP(
            "FileProblem", "Input should be a valid number, unable to parse string as a number"
        ),
    ),
    "float_type": (QT_TRANSLATE_NOOP("FileProblem", "Input should be a valid number"),),
    "finite_number": (QT_TRANSLATE_NOOP("FileProblem", "Input should be a finite number"),),
    "string_type": (QT_TRANSLATE_NOOP("FileProblem", "Input should be a valid string"),),
    "bool_parsing": (
        QT_TRANSLATE_NOOP(
            "FileProblem", "Input should be a valid boolean, unable to interpret input"
        ),
    ),
    "bool_type": (QT_TRANSLATE_NOOP("FileProblem", "Input should be a valid boolean"),),
    "list_type": (QT_TRANSLATE_NOOP("FileProblem", "Input should be a valid list"),),
    "date_type": (QT_TRANSLATE_NOOP("FileProblem", "Input should be a valid date"),),
    "greater_than_equal": (
        QT_TRANSLATE_NOOP("FileProblem", "Input should be greater than or equal to {ge}"),
    ),
    "less_than_equal": (
        QT_TRANSLATE_NOOP("FileProblem", "Input should be less than or equal to {le}"),
    ),
    "greater_than": (QT_TRANSLATE_NOOP("FileProblem", "Input should be greater than {gt}"),),
    "less_than": (QT_TRANSLATE_NOOP("FileProblem", "Input should be less than {lt}"),),
    "string_too_short": (
        QT_TRANSLATE_NOOP("FileProblem", "String should have at least 1 character"),
        QT_TRANSLATE_NOOP("FileProblem", "String should have at least {min_length} characters"),
    ),
    "string_too_long": (
        QT_TRANSLATE_NOOP("FileProblem", "String should have at most 1 character"),
        QT_TRANSLATE_NOOP("FileProblem", "String should have at most {max_length} characters"),
    ),
    "literal_error": (
        QT_TRANSLATE_NOOP("FileProblem", "Input should be {choices} or {last}"),
        QT_TRANSLATE_NOOP("FileProblem", "Input should be {expected}"),
    ),
    "too_short": (
        QT_TRANSLATE_NOOP(
            "FileProblem", "List should have at least 1 item after validation, not {actual_length}"
        ),
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "List should have at least {min_length} items after validation, not {actual_length}",
        ),
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "Dictionary should have at least 1 item after validation, not {actual_length}",
        ),
    ),
    "too_long": (
        QT_TRANSLATE_NOOP(
            "FileProblem", "List should have at most 1 item after validation, not {actual_length}"
        ),
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "List should have at most {max_length} items after validation, not {actual_length}",
        ),
    ),
    "date_from_datetime_parsing": (
        QT_TRANSLATE_NOOP("FileProblem", "Input should be a valid date or datetime, {error}"),
    ),
    "date_from_datetime_inexact": (
        QT_TRANSLATE_NOOP(
            "FileProblem", "Datetimes provided to dates should have zero time - e.g. be exact dates"
        ),
    ),
    "time_parsing": (
        QT_TRANSLATE_NOOP("FileProblem", "Input should be in a valid time format, {error}"),
    ),
    "time_type": (QT_TRANSLATE_NOOP("FileProblem", "Input should be a valid time"),),
}
_PYDANTIC_WORDS["enum"] = _PYDANTIC_WORDS["literal_error"]

# Why a date or time could not be read (the `error` of the sentences above), as pydantic's
# parser says it: the app's words once marked, so the UI says them too (Phrase).
_PARSING_REASONS = frozenset(
    {
        QT_TRANSLATE_NOOP("FileProblem", "input is too short"),
        QT_TRANSLATE_NOOP("FileProblem", "invalid character in year"),
        QT_TRANSLATE_NOOP("FileProblem", "invalid character in month"),
        QT_TRANSLATE_NOOP("FileProblem", "invalid character in day"),
        QT_TRANSLATE_NOOP("FileProblem", "invalid date separator, expected `-`"),
        QT_TRANSLATE_NOOP("FileProblem", "month value is outside expected range of 1-12"),
        QT_TRANSLATE_NOOP("FileProblem", "day value is outside expected range"),
        QT_TRANSLATE_NOOP(
            "FileProblem", "invalid datetime separator, expected `T`, `t`, `_` or space"
        ),
        QT_TRANSLATE_NOOP("FileProblem", "invalid time separator, expected `:`"),
        QT_TRANSLATE_NOOP("FileProblem", "hour value is outside expected range of 0-23"),
        QT_TRANSLATE_NOOP("FileProblem", "minute value is outside expected range of 0-59"),
        QT_TRANSLATE_NOOP("FileProblem", "second value is outside expected range of 0-59"),
        QT_TRANSLATE_NOOP("FileProblem", "invalid timezone sign"),
        QT_TRANSLATE_NOOP("FileProblem", "timezone offset must be less than 24 hours"),
        QT_TRANSLATE_NOOP("FileProblem", "unexpected extra characters at the end of the input"),
    }
)


def _wording(kind: str, ctx: dict[str, object], message: str) -> Wording | None:
    """An error's `message` as a marked template and its values: a model check's own
    (WordedValueError), or pydantic's sentence; None when neither gives `message`."""
    checked = ctx.get("error")
    if isinstance(checked, WordedValueError) and str(checked) == message:
        values = {name: _nested(value) for name, value in checked.values.items()}
        return Wording.of(checked.template, **values)
    return _pydantic_wording(kind, ctx, message)


def _nested(value: str | int) -> str | int | Wording:
    """A check's value that is itself an error (an alternative reading's), worded as well."""
    if not isinstance(value, NestedError):
        return value
    kind = str(value.error.get("type"))
    if kind in _FIELD_WORDS:  # the UI says it in Screener's words; the English is pydantic's
        return Wording(_FIELD_WORDS[kind])
    ctx = value.error.get("ctx") or {}
    assert isinstance(ctx, dict)
    message = re.sub(r"^Value error, ", "", str(value))
    return _wording(kind, ctx, message) or str(value)


def _context_value(value: object) -> str | int:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # pydantic writes gt=0.0 as "0"
    return value if isinstance(value, int) else str(value)


def _pydantic_wording(kind: str, ctx: dict[str, object], message: str) -> Wording | None:
    """pydantic's `message` as a marked template and its values, or None."""
    values = {name: _context_value(value) for name, value in ctx.items()}
    if values.get("error") in _PARSING_REASONS:
        values["error"] = Phrase(str(values["error"]))
    expected = values.get("expected")
    if isinstance(expected, str) and " or " in expected:  # "'a', 'b' or 'c'": "or" is words
        values["choices"], values["last"] = expected.rsplit(" or ", 1)
    for template in _PYDANTIC_WORDS.get(kind, ()):
        try:
            english = template.format(**values)
        except (KeyError, IndexError, ValueError):
            continue
        if english == message:
            names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
            return Wording(template, tuple((n, v) for n, v in values.items() if n in names))
    return None


def expected_problem(path: Path, where: str, expected: str, shown: str | None) -> Problem:
    """ "expected ... (got ...)": `expected` a wording marked for translation (it may hold
    braces: it is put in the sentence, not formatted), `shown` the file's value, or None."""
    if shown is None:
        # "{expected}" needs no translation of its own: the UI translates the Phrase.
        return Problem.of(path, where, "{expected}", expected=Phrase(expected))
    template = QT_TRANSLATE_NOOP("FileProblem", "{expected} (got {got})")
    return Problem.of(path, where, template, expected=Phrase(expected), got=shown)


def error_message(error: dict[str, object]) -> str:
    """One pydantic error in English words (see error_problem)."""
    return error_problem(Path(), "", error).message


def validation_problems(path: Path, error: ValidationError) -> list[Problem]:
    """One problem per validation error (all of them: see validation_error for a file's)."""
    return [error_problem(path, field_path(e["loc"]), dict(e)) for e in error.errors()]


def validation_error(path: Path, error: ValidationError) -> FileProblemError:
    """The file's problems: the first MAX_PROBLEMS made into sentences, the others counted,
    so a file with 100,000 wrong values costs no more than reading their list."""
    found = error.errors(include_url=False)
    problems = [error_problem(path, field_path(e["loc"]), dict(e)) for e in found[:MAX_PROBLEMS]]
    return FileProblemError(path, problems, more=max(0, len(found) - MAX_PROBLEMS))
