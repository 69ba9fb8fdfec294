"""A language asked as a mother tongue or at a STANAG profile ("Polish: mother tongue or SLP
4444", "polonais : langue maternelle ou SLP 4444"). A profile criterion cannot hold the mother
tongue the notice accepts instead, and a native speaker with no SLP would not meet it: the
profile is kept, flagged in the review list with the language, so that a person opens it to a
native speaker (or turns it into a mother-tongue criterion) rather than the option being lost.
"""

from __future__ import annotations

import re
from dataclasses import replace

from screener.importer.bullet_typing import Typing, note
from screener.importer.language_names import LanguageMention, find_languages
from screener.importer.wording import fold

_NATIVE = re.compile(
    r"mother[- ]tongue|native[- ](?:speaker|language|level|proficiency)|first language"
    r"|langue maternelle|locut(?:eur|rice) nati(?:f|ve)|niveau natif"
    # "Native or near-native English": native, not "near-native" nor "native-like".
    r"|(?<![\w-])native\b(?![- ]like)"
)


def native_or_profile(text: str, typing: Typing) -> Typing:
    """The profile criterion, flagged for each language the notice also accepts as a mother
    tongue; unchanged when the bullet names no mother tongue."""
    folded = fold(text)
    languages = find_languages(text)
    natives: dict[str, str] = {}
    for said in _NATIVE.finditer(folded):
        if (mention := _language_of(said.start(), said.end(), languages, folded)) is not None:
            natives.setdefault(mention.code, text[mention.start : mention.end])
    if not natives:
        return typing
    profiles = [typing, *typing.also]
    flagged = [_flagged(p, natives) for p in profiles]
    first, *rest = flagged
    return replace(first, also=tuple(rest))


def _language_of(
    start: int, end: int, languages: list[LanguageMention], folded: str
) -> LanguageMention | None:
    """The language a mother tongue is said of: the one named last before it in its clause
    ("Polish: mother tongue"), else the first after it ("native speaker of Turkish")."""
    clause_start = folded.rfind(";", 0, start) + 1
    before = [m for m in languages if clause_start <= m.start < start]
    if before:
        return before[-1]
    clause_end = folded.find(";", end)
    after = [m for m in languages if m.start >= end and (clause_end == -1 or m.start < clause_end)]
    return after[0] if after else None


def _flagged(typing: Typing, natives: dict[str, str]) -> Typing:
    code = str(typing.params.get("language"))
    if typing.kind != "language_profile" or code not in natives:
        return typing
    flag = note("mother_tongue_or_profile", language=natives[code])
    notes = (*typing.notes, flag)
    return replace(typing, confidence=min(typing.confidence, 0.6), notes=notes)
