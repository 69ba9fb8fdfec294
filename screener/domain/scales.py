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
        return _LANGUAGE_ORDER.index(self) + 1

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, LanguageLevel):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, LanguageLevel):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, LanguageLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, LanguageLevel):
            return NotImplemented
        return self.rank < other.rank

    @property
    def cefr(self) -> str:
        return _CEFR[self]


_LANGUAGE_ORDER: list[LanguageLevel] = list(LanguageLevel)

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
        return _EDUCATION_ORDER.index(self) + 1

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, EducationLevel):
            return NotImplemented
        return self.rank >= other.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, EducationLevel):
            return NotImplemented
        return self.rank < other.rank


_EDUCATION_ORDER: list[EducationLevel] = list(EducationLevel)

OFFICIAL_LANGUAGES: tuple[str, str] = ("en", "fr")
