"""A problem with a file in the user's language: the one place the UI words a Problem.

The core keeps the English template of a problem and its values (Problem.of); this module
translates the template, and the values that are the app's own words (Phrase), and keeps the
path, the field path and the values from the file as they are. A problem without a template
(or whose translation does not format) is shown in English, as the core worded it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from screener.persistence.errors import (
    PROBLEM_CONTEXT,
    FileProblemError,
    Phrase,
    Problem,
    ProblemValue,
    Wording,
    safe_text,
)


class _LocaleNumber(int):
    """A count whose "{count:,}" is grouped as the UI's language writes it ("1 000" in
    French, where "1,000" would read as one): the templates keep Python's format spec."""

    def __format__(self, spec: str) -> str:
        return QLocale().toString(int(self)) if spec == "," else super().__format__(spec)


def _value(value: ProblemValue) -> object:
    if isinstance(value, Phrase):
        return QCoreApplication.translate(PROBLEM_CONTEXT, value)
    if isinstance(value, Wording):
        return _translated(value.template, value.values) or str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _LocaleNumber(value)
    return value


def value_text(value: ProblemValue) -> str:
    """One value of a problem as the UI says it: the app's own words (os_reason's "a part of
    the path is a file, not a folder") in the user's language, the system's as they are."""
    return str(_value(value))


def problem_message(problem: Problem) -> str:
    """What is wrong, without the file and field: "is a binary file, not text"."""
    if not problem.template:
        return problem.message
    return safe_text(_translated(problem.template, problem.values) or problem.message)


def problem_in_a_form(problem: Problem) -> str:
    """What is wrong with a field of a form that is not typed as text (a list, a box, ticks):
    what was expected alone; the file's "(got [])" is Python's notation for an empty list."""
    values = dict(problem.values)
    if "got" in values and "expected" in values:  # validation_words' "{expected} (got {got})"
        return safe_text(value_text(values["expected"]))
    return problem_message(problem)


def _translated(template: str, values: tuple[tuple[str, ProblemValue], ...]) -> str | None:
    """The template in the UI's language with its values, or None if the translation does
    not format (a field named wrong): the English is shown then."""
    shown = {name: _value(value) for name, value in values}
    try:
        return QCoreApplication.translate(PROBLEM_CONTEXT, template).format(**shown)
    except (KeyError, IndexError, ValueError):
        return None


def problem_line(problem: Problem) -> str:
    """The field path (if any) and what is wrong: "essential[2].min_years: ..."."""
    message = problem_message(problem)
    if not problem.where:
        return message
    where = problem.where
    if problem.place is not None:  # a position in the file ("line 3, column 5")
        where = _translated(problem.place.template, problem.place.values) or where
    return QCoreApplication.translate("FileProblem", "{where}: {problem}").format(
        where=where, problem=message
    )


def problem_text(problem: Problem) -> str:
    """As str(problem), in the user's language: file, field path and what is wrong."""
    path = safe_text(str(problem.path), limit=4096)
    return QCoreApplication.translate("FileProblem", "{file}: {problem}").format(
        file=path, problem=problem_line(problem)
    )


def error_text(error: FileProblemError) -> str:
    """As str(error), in the user's language: one problem a line."""
    return "\n".join(problem_text(problem) for problem in error.problems)
