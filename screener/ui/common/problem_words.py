"""A problem with a file in the user's language: the one place the UI words a Problem.

The core keeps the English template of a problem and its values (Problem.of); this module
translates the template, and the values that are the app's own words (Phrase), and keeps the
path, the field path and the values from the file as they are. A problem without a template
(or whose translation does not format) is shown in English, as the core worded it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from screener.persistence.errors import (
    PROBLEM_CONTEXT,
    FileProblemError,
    Phrase,
    Problem,
    safe_text,
)


def problem_message(problem: Problem) -> str:
    """What is wrong, without the file and field: "is a binary file, not text"."""
    if not problem.template:
        return problem.message
    values = {
        name: QCoreApplication.translate(PROBLEM_CONTEXT, value)
        if isinstance(value, Phrase)
        else value
        for name, value in problem.values
    }
    try:
        return safe_text(
            QCoreApplication.translate(PROBLEM_CONTEXT, problem.template).format(**values)
        )
    except (KeyError, IndexError, ValueError):  # a translation naming a wrong field
        return problem.message


def problem_line(problem: Problem) -> str:
    """The field path (if any) and what is wrong: "essential[2].min_years: ..."."""
    message = problem_message(problem)
    return f"{problem.where}: {message}" if problem.where else message


def problem_text(problem: Problem) -> str:
    """As str(problem), in the user's language: file, field path and what is wrong."""
    path = safe_text(str(problem.path), limit=4096)
    return f"{path}: {problem_line(problem)}"


def error_text(error: FileProblemError) -> str:
    """As str(error), in the user's language: one problem a line."""
    return "\n".join(problem_text(problem) for problem in error.problems)
