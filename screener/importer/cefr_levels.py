"""Language levels written on the CEFR scale ("C1 English", "B2 level of French").

NATO IS's own equivalence table states B2 = IV, C1 = V and C2 = VI; A1, A2 and B1 are inferred
from the level names (screener.domain.scales holds the table). A bullet's CEFR level is
rewritten as the NATO level before it is read, and the reading says where the level came from.
"""

from __future__ import annotations

import re

from screener.domain.scales import LanguageLevel, level_from_cefr
from screener.importer.bullet_typing import Note, note
from screener.importer.language_names import find_languages

# Upper case only: "a b2" is not a level; "category B1" (a licence) is excluded below.
_CEFR = re.compile(r"(?<![A-Za-z0-9'’/-])([ABC][12])(?![A-Za-z0-9+'’/-])")
_CATEGORY_BEFORE = re.compile(r"(?:categor\w*|cat\.|class|part[- ]?\d+)\s?$", re.IGNORECASE)
_STATED = frozenset({LanguageLevel.IV, LanguageLevel.V, LanguageLevel.VI})


def map_cefr(text: str) -> tuple[str, tuple[Note, ...]]:
    """The bullet with its CEFR levels written as NATO levels ("level V"), and a note for each."""
    if not _CEFR.search(text) or not find_languages(text):
        return text, ()
    notes: list[Note] = []

    def nato(match: re.Match[str]) -> str:
        level = level_from_cefr(match[1])
        if level is None or _CATEGORY_BEFORE.search(
            text[max(0, match.start() - 14) : match.start()]
        ):
            return match[0]
        how = "cefr_stated" if level in _STATED else "cefr_inferred"
        notes.append(note(how, cefr=match[1], level=level.value))
        return f"level {level.value}"

    return _CEFR.sub(nato, text), tuple(notes)
