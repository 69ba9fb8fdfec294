"""Approximate NATO IS language levels from a CEFR level or a common test result. No Qt here.

Candidates often know their CEFR level or a test score rather than the NATO level. The table
below holds only what NATO IS's own equivalence table states (levels IV-VI) plus the CEFR
levels I-III inferred from the level names; anything else maps to None ("cannot map
reliably") rather than to an invented level. Every result is an approximation: candidates
are tested on languages during selection.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from screener.domain.scales import LanguageLevel, level_from_cefr


class Evidence(StrEnum):
    """What the candidate knows about their level."""

    CEFR = "cefr"
    IELTS = "ielts"
    TOEFL_IBT = "toefl_ibt"
    TOEIC = "toeic"
    CAMBRIDGE = "cambridge"
    DELF_DALF = "delf_dalf"


@dataclass(frozen=True, slots=True)
class ScoreBand:
    """A closed range of scores [low, high] that NATO IS places at one level."""

    low: float
    high: float
    level: LanguageLevel


@dataclass(frozen=True, slots=True)
class ScoreScale:
    minimum: float
    maximum: float
    step: float
    bands: tuple[ScoreBand, ...]


@dataclass(frozen=True, slots=True)
class Equivalence:
    """The level a piece of evidence points to, or None when it cannot be mapped reliably.

    `stated` is True when NATO IS's equivalence table states the mapping, False when it is
    inferred (CEFR A1-B1 and the exams pegged to them).
    """

    level: LanguageLevel | None
    stated: bool = False

    @property
    def mapped(self) -> bool:
        return self.level is not None


CEFR_LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")

# Levels IV to VI are stated by NATO IS; I to III are inferred from the level names.
_STATED_CEFR = {"B2", "C1", "C2"}

SCORE_SCALES: dict[Evidence, ScoreScale] = {
    Evidence.IELTS: ScoreScale(
        0.0,
        9.0,
        0.5,
        (ScoreBand(6.5, 7.0, LanguageLevel.V), ScoreBand(7.5, 9.0, LanguageLevel.VI)),
    ),
    Evidence.TOEFL_IBT: ScoreScale(0, 120, 1, (ScoreBand(110, 120, LanguageLevel.V),)),
    Evidence.TOEIC: ScoreScale(10, 990, 5, (ScoreBand(945, 990, LanguageLevel.V),)),
}

# Certificates named by value; the keys are what the user picks.
CERTIFICATES: dict[Evidence, dict[str, tuple[LanguageLevel, bool]]] = {
    Evidence.CAMBRIDGE: {
        "FCE": (LanguageLevel.IV, True),  # B2 First
        "CAE": (LanguageLevel.V, True),  # C1 Advanced
        "CPE": (LanguageLevel.VI, True),  # C2 Proficiency
    },
    Evidence.DELF_DALF: {
        "DELF A1": (LanguageLevel.I, False),
        "DELF A2": (LanguageLevel.II, False),
        "DELF B1": (LanguageLevel.III, False),
        "DELF B2": (LanguageLevel.IV, True),
        "DALF C1": (LanguageLevel.V, True),
        "DALF C2": (LanguageLevel.VI, True),
    },
}

# Which official language a test is about, so a helper can suggest where the level goes.
EVIDENCE_LANGUAGE: dict[Evidence, str | None] = {
    Evidence.CEFR: None,
    Evidence.IELTS: "en",
    Evidence.TOEFL_IBT: "en",
    Evidence.TOEIC: "en",
    Evidence.CAMBRIDGE: "en",
    Evidence.DELF_DALF: "fr",
}


def choices(evidence: Evidence) -> tuple[str, ...]:
    """The values to pick from for evidence given by name rather than by score."""
    if evidence is Evidence.CEFR:
        return CEFR_LEVELS
    if evidence in CERTIFICATES:
        return tuple(CERTIFICATES[evidence])
    return ()


def is_score(evidence: Evidence) -> bool:
    return evidence in SCORE_SCALES


def equivalent_level(evidence: Evidence, value: str | float) -> Equivalence:
    """The approximate NATO level for a CEFR level, a certificate or a test score.

    Scores outside the bands NATO IS states (e.g. IELTS 5.5, TOEFL iBT 95) map to None:
    the app says it cannot map them reliably instead of guessing.
    """
    if evidence is Evidence.CEFR:
        code = str(value).strip().upper()
        level = level_from_cefr(code)
        return Equivalence(level, stated=code in _STATED_CEFR)
    if evidence in CERTIFICATES:
        found = CERTIFICATES[evidence].get(str(value).strip())
        return Equivalence(*found) if found else Equivalence(None)
    scale = SCORE_SCALES[evidence]
    try:
        score = float(value)
    except (TypeError, ValueError):
        return Equivalence(None)
    if not scale.minimum <= score <= scale.maximum:
        return Equivalence(None)
    for band in scale.bands:
        if band.low <= score <= band.high:
            return Equivalence(band.level, stated=True)
    return Equivalence(None)
