"""A language asked at a STANAG 6001 Standardized Language Profile ("English - SLP 3332").

Checked skill by skill against the SLP the candidate holds in that language (the profile's
`slp`): met when every skill is at or above the one asked. Never compared with NATO IS's
I-VI levels: the two scales have no official table between them (screener.domain.slp).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from screener.domain.criterion_base import LANGUAGE_CODE_PATTERN, CriterionBase
from screener.domain.facts import Facts
from screener.domain.kinds.kind import Check, Kind
from screener.domain.outcomes import Outcome, Reason, Status, remember, unknown
from screener.domain.profile import UNSURE, Answer
from screener.domain.slp import SKILLS, SLP_PATTERN, Ranks, level_rank, skill_levels, slp_text


class LanguageProfileCriterion(CriterionBase):
    kind: Literal["language_profile"] = "language_profile"
    language: str = Field(pattern=LANGUAGE_CODE_PATTERN, description="ISO 639-1 code")
    profile: str = Field(
        pattern=SLP_PATTERN,
        description=(
            "The STANAG 6001 profile asked: Listening, Speaking, Reading, Writing, each 0-5 "
            'with an optional "+", e.g. "3332" or "3+3+33"'
        ),
    )


# A held profile's levels as written, from its ranks: 6 -> "3", 7 -> "3+".
def _level(rank: int) -> str:
    return f"{rank // 2}{'+' if rank % 2 else ''}"


def language_profile_rule(crit: LanguageProfileCriterion) -> Check:
    lang = crit.language
    needs = crit.profile
    needed = skill_levels(needs)
    missing = unknown("language_profile.missing", language=lang, needs=needs)
    # Outcomes by the ranks held (None: holds no SLP), shared by every candidate alike.
    outcomes: dict[Ranks | None, Outcome] = {}

    def check(facts: Facts, answer: Answer | None) -> Outcome:
        if answer == UNSURE or lang not in facts.slp:
            return missing
        held = facts.slp[lang]
        outcome = outcomes.get(held)
        if outcome is None:
            outcome = remember(outcomes, held, _outcome(lang, needs, needed, held))
        return outcome

    return check


def _outcome(lang: str, needs: str, needed: tuple[str, ...], held: Ranks | None) -> Outcome:
    remedy = Reason("remedy.slp_test", {"language": lang, "needs": needs})
    if held is None:
        reason = Reason("language_profile.none", {"language": lang, "needs": needs})
        return Status.NOT_MET, reason, remedy, False
    has = slp_text([_level(rank) for rank in held])
    # Skills below the one asked, each as (skill, held, asked): "Reading 2, asked 3".
    below = [
        [skill, _level(rank), level]
        for skill, rank, level in zip(SKILLS, held, needed, strict=True)
        if rank < level_rank(level)
    ]
    values: dict[str, Any] = {"language": lang, "has": has, "needs": needs}
    shown = f"SLP {has}"
    if not below:
        return Status.MET, Reason("language_profile.meets", values), None, shown
    values["skills"] = below
    return Status.NOT_MET, Reason("language_profile.below", values), remedy, shown


KIND = Kind(
    "language_profile",
    LanguageProfileCriterion,
    language_profile_rule,
    label=("language (STANAG 6001 profile)", "langue (profil STANAG 6001)"),
    topic="languages",
    # The importer adds the language's code: "slp-en".
    id_prefix="slp",
    words={
        "language_profile.meets": (
            "{language}: you hold SLP {has}; the notice asks for SLP {needs}.",
            "{language} : vous avez le profil SLP {has} ; l'avis demande le profil SLP {needs}.",
        ),
        "language_profile.below": (
            "{language}: you hold SLP {has}; the notice asks for SLP {needs} ({skills}).",
            "{language} : vous avez le profil SLP {has} ; l'avis demande le profil SLP {needs}"
            " ({skills}).",
        ),
        "language_profile.none": (
            "{language}: the notice asks for SLP {needs}; you hold no SLP in this language.",
            "{language} : l'avis demande le profil SLP {needs} ; vous n'avez pas de profil SLP"
            " dans cette langue.",
        ),
        "language_profile.missing": (
            "{language}: the notice asks for SLP {needs}; your SLP is not given yet.",
            "{language} : l'avis demande le profil SLP {needs} ; votre profil SLP n'est pas"
            " encore indiqué.",
        ),
        # One skill below the one asked, as the reasons list them: "Reading 2, asked 3".
        "language_profile.skill": (
            "{skill} {has}, asked {needs}",
            "{skill} {has}, demandé {needs}",
        ),
        "slp.listening": ("Listening", "Compréhension de l'oral"),
        "slp.speaking": ("Speaking", "Expression orale"),
        "slp.reading": ("Reading", "Compréhension de l'écrit"),
        "slp.writing": ("Writing", "Expression écrite"),
        "remedy.slp_test": (
            "A STANAG 6001 test in {language} giving SLP {needs} or above.",
            "Un test STANAG 6001 en {language} donnant le profil SLP {needs} ou plus.",
        ),
    },
)
