"""Text folding for the catalogue search: case- and accent-insensitive, computed once per row.

Folding and a vacancy's search text live in the core (screener.persistence.vacancy_rows),
since the cache of validated vacancies keeps each vacancy's search text with its row.
"""

from __future__ import annotations

from screener.persistence.vacancy_rows import fold, vacancy_haystack

__all__ = ["fold", "query_terms", "vacancy_haystack"]


def query_terms(query: str) -> list[str]:
    """Every word of the query must be found somewhere in the row (AND search)."""
    return fold(query).split()
