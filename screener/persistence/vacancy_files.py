"""Reading and validating one vacancy file (TOML); folders of them are read by
screener.persistence.vacancy_catalogue."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from screener.domain.profile import MAX_LANGUAGES
from screener.domain.vacancy import VACANCY_FORMAT, Vacancy
from screener.persistence.bounded_read import read_text_limited
from screener.persistence.errors import (
    FileProblemError,
    Wording,
    newer_format_error,
    parser_failure,
    position,
)
from screener.persistence.parser_words import hand_editing_problem, parser_reason
from screener.persistence.text_checks import (
    MAX_LIST_ITEMS,
    MAX_TEXT_CHARS,
    MAX_TEXT_LINES,
    may_hold_unusable_text,
    oversized,
    unusable_text,
)
from screener.persistence.validation_words import validation_error
from screener.translatable import QT_TRANSLATE_NOOP

_TOML_POSITION = re.compile(r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")

# tomllib's time grows with the square of a dotted key's length (in keys and in table
# headers: 50,000 parts take minutes, in a file under the size limit), so long keys are
# refused before parsing. A vacancy nests a few levels; 16 parts is far more than any needs.
MAX_KEY_PARTS = 16
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
# A key starts a line (after "[" or "[[" for a table header) or follows "{" or "," in an
# inline table. Text in a string can look the same (a line of a multi-line string, or after
# a comma): 17 dotted words there are no prose, so strings are not told apart.
_LONG_KEY = re.compile(
    rf"(?:^[ \t]*\[{{0,2}}|[{{,])[ \t]*(?P<key>(?:{_KEY_PART}[ \t]*\.[ \t]*){{{MAX_KEY_PARTS},}}{_KEY_PART})",
    re.MULTILINE,
)
# The same run of parts, found from its dots: much faster (the search jumps from dot to dot),
# so the slower search above runs only for the rare file that has such a run.
_LONG_DOTTED_RUN = re.compile(rf"\.(?:[ \t]*{_KEY_PART}[ \t]*\.){{{MAX_KEY_PARTS - 1}}}")


def _refuse_long_keys(text: str, path: Path) -> None:
    match = _LONG_KEY.search(text) if _LONG_DOTTED_RUN.search(text) else None
    if match is None:
        return
    key = match["key"]
    parts = len(re.findall(rf"{_KEY_PART}", key))
    line = text.count("\n", 0, match.start("key")) + 1
    shown = key if len(key) <= 40 else key[:37] + "..."
    raise FileProblemError.of(
        path,
        QT_TRANSLATE_NOOP(
            "FileProblem", "the key {key} has {count:,} dotted parts; at most {limit} are allowed"
        ),
        position(line),
        key=shown,
        count=parts,
        limit=MAX_KEY_PARTS,
    )


# Every list a view shows is laid out item by item (a label, a question, a row each), so a
# file under the size limit with 40,000 conditions or 10,000 requirements kept the app busy
# for minutes. A notice has a few dozen requirements (the importer refuses a notice with more
# than 300 bullets); lists of other things (countries, categories, review items) stay far
# under a thousand (text_checks.MAX_LIST_ITEMS). Text is laid out too, and Qt's layout time
# grows with the square of a word's length: a 400,000-letter title took 42 s to print in a
# dossier. The longest bullet of a real notice is ~400 characters (text_checks.MAX_TEXT_CHARS).
MAX_CRITERIA = 300
_CRITERIA_LISTS = ("essential", "desirable")


def _refuse_long_lists(data: dict[str, Any], path: Path) -> None:
    """Refuse a list longer than a vacancy ever needs, or a condition listed twice."""
    counts = [len(items) for name in _CRITERIA_LISTS if isinstance(items := data.get(name), list)]
    if sum(counts) > MAX_CRITERIA:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "has {count:,} requirements (essential and desirable); a vacancy file holds "
                "at most {limit}",
            ),
            count=sum(counts),
            limit=MAX_CRITERIA,
        )
    too_long = oversized(data, MAX_LIST_ITEMS, MAX_TEXT_CHARS, MAX_TEXT_LINES)
    if too_long is not None:
        raise FileProblemError.worded(path, too_long[1], too_long[0])
    conditions = data.get("conditions")
    if isinstance(conditions, list):
        seen: set[str] = set()
        for index, condition in enumerate(conditions):
            if not isinstance(condition, str):
                continue  # validation names a wrong type
            if condition in seen:
                raise FileProblemError.of(
                    path,
                    QT_TRANSLATE_NOOP("FileProblem", "{value} is listed more than once"),
                    f"conditions[{index}]",
                    value=repr(condition),
                )
            seen.add(condition)


# Every pydantic model carries its own set of the fields its input set (~300 bytes; 40 models
# a vacancy: 12 of the 31 MiB 1,000 vacancies took). The vacancy models are frozen, so
# nothing adds to those sets in place (a model_copy copies its set first): equal sets are
# shared, one per distinct set of field names.
_SHARED_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
# Per model class: whether it is frozen, and the fields that can hold models (read from the
# annotations once, so the walk skips strings, numbers and enums).
_CLASS_PLAN: dict[type, tuple[bool, tuple[str, ...]]] = {}


def _may_hold_model(annotation: object) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_may_hold_model(arg) for arg in get_args(annotation))


def _class_plan(kind: type[BaseModel]) -> tuple[bool, tuple[str, ...]]:
    plan = _CLASS_PLAN.get(kind)
    if plan is None:
        children = tuple(
            name for name, info in kind.model_fields.items() if _may_hold_model(info.annotation)
        )
        plan = _CLASS_PLAN[kind] = (bool(kind.model_config.get("frozen")), children)
    return plan


def share_fields_sets(model: BaseModel) -> None:
    """Make the frozen models in `model` (itself included) share equal fields-set objects."""
    shared_sets = _SHARED_FIELDS_SETS
    stack = [model]
    push = stack.append
    while stack:
        item = stack.pop()
        frozen, children = _class_plan(type(item))
        if frozen:
            own = item.__pydantic_fields_set__
            shared = shared_sets.setdefault(frozenset(own), own)
            if shared is not own:
                object.__setattr__(item, "__pydantic_fields_set__", shared)
        values = item.__dict__
        for name in children:
            value = values[name]
            if isinstance(value, BaseModel):
                push(value)
            elif type(value) is list:
                for element in value:
                    if isinstance(element, BaseModel):
                        push(element)


def parse_vacancy_text(text: str, path: Path) -> Vacancy:
    _refuse_long_keys(text, path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.match(str(exc))
        syntax = QT_TRANSLATE_NOOP("FileProblem", "TOML syntax error: {reason}")
        if match:
            line, column = int(match["line"]), int(match["col"])
            slip = hand_editing_problem(path, text, line, column, "TOML", match["msg"])
            if slip is not None:
                raise slip from None
            where: str | Wording = position(line, column)
            reason = parser_reason(f"{match['msg'][:1].lower()}{match['msg'][1:]}")
        else:
            where, reason = "", str(exc)
        if re.search(r"\r(?!\n)", text):
            # tomllib names the character only ("found invalid character '\r'"), on line 1.
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "lines end with a carriage return alone (old Mac line endings), which TOML "
                    "does not allow; save the file with LF or CRLF line endings",
                ),
            ) from None
        raise FileProblemError.of(path, syntax, where, reason=reason) from None
    except RecursionError:
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "TOML is nested too deeply")
        ) from None
    except (ValueError, OverflowError, MemoryError) as exc:
        # tomllib lets some errors through as they are: an integer over 4,300 digits is a
        # ValueError from int(), naming no position.
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "TOML value cannot be read: {reason}"),
            reason=parser_failure(exc),
        ) from None
    unusable = unusable_text(data, controls=True) if may_hold_unusable_text(text) else None
    if unusable is not None:
        raise FileProblemError.worded(path, unusable[1], unusable[0])
    _refuse_long_lists(data, path)
    version = data.get("format")
    if type(version) is int and version > VACANCY_FORMAT:  # not True, which is an int too
        raise newer_format_error(path, "vacancy", version, VACANCY_FORMAT)
    try:
        vacancy = Vacancy.model_validate(data)
    except ValidationError as exc:
        raise validation_error(path, exc) from None
    except RecursionError:
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "data is nested too deeply")
        ) from None
    except Exception as exc:  # any other failure of a validator is still this file's problem
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "could not be read as a vacancy: {error}: {reason}"),
            error=type(exc).__name__,
            reason=str(exc),
        ) from None
    _refuse_an_absurd_salary(vacancy, path)
    _refuse_too_many_languages(vacancy, path)
    share_fields_sets(vacancy)
    return vacancy


# A salary from one unit of its currency to a billion (a yearly salary in the currencies of
# most NATO bodies' countries): 1e308 was shown as a number of 400 digits, 0.001 as "0.00".
# Checked here, not in the model: the importer makes a draft of whatever a notice says, and
# its review shows the amount; the draft, saved as it is, is then named here.
SALARY_RANGE = (1, 1_000_000_000)


def _refuse_an_absurd_salary(vacancy: Vacancy, path: Path) -> None:
    salary = vacancy.salary
    if salary is not None and not SALARY_RANGE[0] <= salary.amount <= SALARY_RANGE[1]:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem", "{amount} is no salary; expected an amount from {low:,} to {high:,}"
            ),
            "salary.amount",
            amount=repr(salary.amount),
            low=SALARY_RANGE[0],
            high=SALARY_RANGE[1],
        )


def _refuse_too_many_languages(vacancy: Vacancy, path: Path) -> None:
    # Screening a vacancy keeps the languages it asks about in the profile, which holds at
    # most MAX_LANGUAGES: a vacancy asking about more made every answer's save fail.
    asked = {
        code
        for criterion in (*vacancy.essential, *vacancy.desirable)
        if isinstance(code := getattr(criterion, "language", None), str)
    }
    if len(asked) > MAX_LANGUAGES:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem", "asks about {count} languages; at most {limit} are allowed"
            ),
            "essential",
            count=len(asked),
            limit=MAX_LANGUAGES,
        )


def load_vacancy(path: Path) -> Vacancy:
    """Read and validate one vacancy file; FileProblemError says what is wrong and where."""
    return parse_vacancy_text(read_text_limited(path), path)
