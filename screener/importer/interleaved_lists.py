"""Bilingual notices that interleave their halves bullet by bullet: each French bullet followed
by its English twin (or the other way round) under one heading. Read as one list, every
requirement would appear twice, once in each language; the pairs are split into the English
and the French list instead, so each requirement is one criterion with both wordings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from screener.importer.wording import fold

_EN = frozenset(["the", "and", "of", "in", "with", "have", "has", "be", "to", "a", "an", "or"])
_FR = frozenset(["le", "la", "les", "et", "des", "du", "de", "avoir", "etre", "une", "un", "ou"])
_MIN_PAIRS = 2


def _language(item: str) -> str | None:
    """'en' or 'fr' when the item's common words say so clearly, else None."""
    words = re.findall(r"[a-z]+", fold(item))
    english = sum(word in _EN for word in words)
    french = sum(word in _FR for word in words)
    if english == french:
        return None
    return "en" if english > french else "fr"


def interleaved_halves(items: list[str]) -> tuple[list[str], list[str]] | None:
    """(English items, French items) when `items` alternate between the two languages in
    pairs, always in the same order; None otherwise."""
    if len(items) < 2 * _MIN_PAIRS or len(items) % 2:
        return None
    languages = [_language(item) for item in items]
    first, second = languages[0], languages[1]
    if first is None or second is None or first == second:
        return None
    if any(lang != (first if at % 2 == 0 else second) for at, lang in enumerate(languages)):
        return None
    evens, odds = items[0::2], items[1::2]
    return (evens, odds) if first == "en" else (odds, evens)


def split_interleaved(found: Any) -> None:
    """Each part (essential, desirable) of `found` (requirement_lists.Requirements) read in one
    language only whose items are interleaved pairs becomes the English and the French list."""
    for part in ("essential", "desirable"):
        english, french = getattr(found, f"en_{part}"), getattr(found, f"fr_{part}")
        one = english if french is None else french if english is None else None
        halves = interleaved_halves(one.items) if one is not None else None
        if one is None or halves is None:
            continue
        setattr(found, f"en_{part}", replace(one, items=halves[0]))
        setattr(found, f"fr_{part}", replace(one, items=halves[1]))
