"""Ordered scales: NATO IS language levels (I-VI) and education levels."""

from __future__ import annotations

from enum import StrEnum


class LanguageLevel(StrEnum):
    """NATO International Staff language scale; the order of members is the order of levels."""

    I = "I"  # noqa: E741 - the scale's own name
    II = "II"
    III = "III"
    IV = "IV"
    V = "V"
    VI = "VI"

    @property
    def rank(self) -> int:
        return LANGUAGE_RANK[self]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, LanguageLevel):
            return NotImplemented
        return LANGUAGE_RANK[self] >= LANGUAGE_RANK[other]

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, LanguageLevel):
            return NotImplemented
        return LANGUAGE_RANK[self] > LANGUAGE_RANK[other]

    def __le__(self, other: object) -> bool:
        if not isinstance(other, LanguageLevel):
            return NotImplemented
        return LANGUAGE_RANK[self] <= LANGUAGE_RANK[other]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, LanguageLevel):
            return NotImplemented
        return LANGUAGE_RANK[self] < LANGUAGE_RANK[other]

    @property
    def cefr(self) -> str:
        return _CEFR[self]


_LANGUAGE_ORDER: list[LanguageLevel] = list(LanguageLevel)
# Rank by level, 1-6: a dict lookup, where list.index() made rank a hot spot of the engine.
# The levels are str enums, so their plain values ("IV") find the same entries.
LANGUAGE_RANK: dict[str, int] = {level: i for i, level in enumerate(_LANGUAGE_ORDER, start=1)}

# I-III are inferred from the level names; IV-VI are stated by NATO IS's equivalence table.
_CEFR: dict[LanguageLevel, str] = {
    LanguageLevel.I: "A1",
    LanguageLevel.II: "A2",
    LanguageLevel.III: "B1",
    LanguageLevel.IV: "B2",
    LanguageLevel.V: "C1",
    LanguageLevel.VI: "C2",
}


def level_from_rank(rank: int) -> LanguageLevel:
    return _LANGUAGE_ORDER[rank - 1]


def level_from_cefr(cefr: str) -> LanguageLevel | None:
    for level, code in _CEFR.items():
        if code == cefr.strip().upper():
            return level
    return None


class EducationLevel(StrEnum):
    """Highest completed education; the order of members is the order of levels."""

    SECONDARY = "secondary"
    HIGHER_SECONDARY = "higher_secondary"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        return EDUCATION_RANK[self]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, EducationLevel):
            return NotImplemented
        return EDUCATION_RANK[self] >= EDUCATION_RANK[other]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, EducationLevel):
            return NotImplemented
        return EDUCATION_RANK[self] < EDUCATION_RANK[other]


_EDUCATION_ORDER: list[EducationLevel] = list(EducationLevel)
EDUCATION_RANK: dict[str, int] = {level: i for i, level in enumerate(_EDUCATION_ORDER, start=1)}

OFFICIAL_LANGUAGES: tuple[str, str] = ("en", "fr")
