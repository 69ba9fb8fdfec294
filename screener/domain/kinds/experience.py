"""Experience: at least a number of years in a described domain; the candidate says how many."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from screener.domain.criterion_base import CriterionBase, LocalizedText
from screener.domain.facts import Facts
from screener.domain.kinds.kind import Check, Kind
from screener.domain.outcomes import Outcome, Reason, Status, unknown
from screener.domain.profile import UNSURE, Answer


class ExperienceCriterion(CriterionBase):
    kind: Literal["experience"] = "experience"
    # From a few days (a hundredth of a year, as every output writes years) to a working life.
    min_years: float = Field(ge=0.01, le=60)
    domain: LocalizedText


def experience_rule(crit: ExperienceCriterion) -> Check:
    needs = crit.min_years
    missing = unknown("experience.missing", needs=needs)

    def check(facts: Facts, answer: Answer | None) -> Outcome:
        if answer is None or answer == UNSURE or isinstance(answer, bool):
            return missing
        # Built each time, not kept: the years differ from one vacancy's answer to the next,
        # and kept outcomes would pile up for the garbage collector to scan in large batches.
        return _outcome(needs, float(answer))

    return check


def _outcome(needs: float, has: float) -> Outcome:
    if has >= needs:
        return Status.MET, Reason("experience.meets", {"has": has, "needs": needs}), None, has
    short = needs - has
    remedy = Reason("remedy.more_years", {"years": short})
    values = {"has": has, "needs": needs, "short": short}
    return Status.NOT_MET, Reason("experience.short", values), remedy, has


KIND = Kind(
    "experience",
    ExperienceCriterion,
    experience_rule,
    label=("experience", "expérience"),
    topic="experience",
    id_prefix="experience",
    words={
        "experience.meets": (
            "You have {has}; the notice asks for at least {needs}.",
            "Vous avez {has} d'expérience ; l'avis en demande au moins {needs}.",
        ),
        "experience.short": (
            "You have {has}; the notice asks for at least {needs}.",
            "Vous avez {has} d'expérience ; l'avis en demande au moins {needs}.",
        ),
        "experience.missing": (
            "Years of experience not given yet; the notice asks for at least {needs}.",
            "Années d'expérience non indiquées ; l'avis en demande au moins {needs}.",
        ),
        "remedy.more_years": (
            "Another {years} of experience.",
            "{years} d'expérience de plus.",
        ),
        "remedy.more_years.one": (
            "One more year of experience.",
            "Une année d'expérience de plus.",
        ),
    },
)
