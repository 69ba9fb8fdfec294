"""Text folding for the catalogue search: case- and accent-insensitive, computed once per row."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from screener.domain.criteria import LocalizedText
from screener.domain.vacancy import Vacancy

# The accents of Latin, Greek and Cyrillic letters, once decomposed (NFKD): the block of
# combining diacritical marks, less U+034F (a grapheme joiner, combining class 0).
_COMMON_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")  # one by one: faster than runs
# Whether a character is any other combining mark (Arabic, Hebrew, Indic ...), as found.
_IS_MARK: dict[str, bool] = {}


def _is_mark(char: str) -> bool:
    found = _IS_MARK.get(char)
    if found is None:
        found = _IS_MARK[char] = unicodedata.combining(char) != 0
    return found


def fold(text: str) -> str:
    """Lower case without accents, so "operationnel" finds "opérationnel".

    Every combining mark goes, as unicodedata.combining() defines them. Catalogue rows fold
    ~5 KB each when they load: the work is done by str and re methods, not per character
    in Python (that took 0.4 s for 1,000 vacancies).
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = _COMMON_MARKS.sub("", unicodedata.normalize("NFKD", folded))
    if decomposed.isascii():
        return decomposed
    marks = [char for char in set(decomposed) if not char.isascii() and _is_mark(char)]
    if not marks:
        return decomposed
    return decomposed.translate(dict.fromkeys(map(ord, marks)))


def _localized(texts: Iterable[LocalizedText | None]) -> list[str]:
    return [part for t in texts if t is not None for part in (t.en, t.fr)]


def vacancy_haystack(vacancy: Vacancy) -> str:
    """Everything a user may search a vacancy by: reference, titles and requirement text."""
    parts = [vacancy.reference, str(vacancy.grade), vacancy.nato_body, vacancy.location]
    parts += _localized([vacancy.title])
    for criterion in vacancy.criteria:
        # Fields by their __dict__: getattr() of a field a kind lacks goes through pydantic's
        # __getattr__ and an AttributeError, which took half the time of building a row.
        fields = vars(criterion)
        parts += _localized([criterion.text, fields.get("domain"), fields.get("field")])
        parts += list(fields.get("any_of", ()))
    # Each word once: query words hold no white space, so a word is found in the text if and
    # only if it is found in one of its words. Requirement texts repeat words a lot; this
    # keeps the 1,000 haystacks of the search at about half the size.
    return "\n".join(dict.fromkeys(fold("\n".join(parts)).split()))


def query_terms(query: str) -> list[str]:
    """Every word of the query must be found somewhere in the row (AND search)."""
    return fold(query).split()
