"""Text folding for the catalogue search: case- and accent-insensitive, computed once per row."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from screener.domain.criteria import LocalizedText
from screener.domain.vacancy import Vacancy


def fold(text: str) -> str:
    """Lower case without accents, so "operationnel" finds "opérationnel"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _localized(texts: Iterable[LocalizedText | None]) -> list[str]:
    return [part for t in texts if t is not None for part in (t.en, t.fr)]


def vacancy_haystack(vacancy: Vacancy) -> str:
    """Everything a user may search a vacancy by: reference, titles and requirement text."""
    parts = [vacancy.reference, str(vacancy.grade), vacancy.nato_body, vacancy.location]
    parts += _localized([vacancy.title])
    for criterion in vacancy.criteria:
        parts += _localized(
            [criterion.text, getattr(criterion, "domain", None), getattr(criterion, "field", None)]
        )
        parts += list(getattr(criterion, "any_of", []))
    return fold("\n".join(parts))


def query_terms(query: str) -> list[str]:
    """Every word of the query must be found somewhere in the row (AND search)."""
    return fold(query).split()
