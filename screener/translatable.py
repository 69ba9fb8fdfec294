"""Marking strings for translation where they are defined, away from any widget.

pyside6-lupdate collects every `QT_TRANSLATE_NOOP("Context", "text")` call by its name, so this
Qt-free, typed twin lets the core mark the words the UI shows (a kind's yes/no question) and
gives type checkers a `str` where PySide6's stub says `object`. The UI translates the marked
string with QCoreApplication.translate(context, text) where it shows it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """The source text unchanged; `context` is read by lupdate only."""
    del context
    return source


class WordedValueError(ValueError):
    """A model check's refusal worded by a template marked with
    QT_TRANSLATE_NOOP("FileProblem", ...) and its values: pydantic keeps the error in its
    context, so the file's problem can be said in the user's language (its str() is the
    English, as pydantic and the command line show it)."""

    def __init__(self, template: str, **values: str | int) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


class NestedError(str):
    """pydantic's English for an error met inside a model check (an alternative reading's
    own value), a value of a WordedValueError: `error` keeps its type and context, so the
    file's problem can word it in the user's language as it words any pydantic error."""

    error: dict[str, object]

    def __new__(cls, error: dict[str, object]) -> NestedError:
        made = super().__new__(cls, str(error.get("msg", "")))
        made.error = {k: error[k] for k in ("type", "ctx", "msg") if k in error}
        return made
