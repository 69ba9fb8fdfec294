"""Helpers for the tests of requirement sections: a notice around a text, its criteria."""

from __future__ import annotations

from importer_support import NOTICE_TOP
from importer_support import imported as imported_notice

from screener.domain.criteria import Criterion
from screener.domain.vacancy import Vacancy


def imported(text: str) -> Vacancy:
    """The draft of a notice with a plain header and `text` after it."""
    return imported_notice(NOTICE_TOP + text)


def kinds(criteria: list[Criterion]) -> list[str]:
    """The kinds of the criteria, the nationality rule left out."""
    return [c.kind for c in criteria if c.kind != "nationality"]


def texts(criteria: list[Criterion]) -> list[str]:
    """The English texts of the criteria, the nationality rule left out."""
    return [c.text.en for c in criteria if c.kind != "nationality"]
