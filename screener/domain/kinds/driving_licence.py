"""Driving licence: categories held, from the profile (None: not answered; []: none held)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from screener.domain.criterion_base import CriterionBase
from screener.domain.facts import Facts
from screener.domain.kinds.kind import Check, Kind
from screener.domain.outcomes import Outcome, Reason, Status, remember, unknown
from screener.domain.profile import UNSURE, Answer


class DrivingLicenceCriterion(CriterionBase):
    kind: Literal["driving_licence"] = "driving_licence"
    categories: list[str] = Field(min_length=1)
    or_equivalent: bool = False


def driving_licence_rule(crit: DrivingLicenceCriterion) -> Check:
    categories = list(crit.categories)
    missing = unknown("licence.missing", categories=categories)
    outcomes: dict[frozenset[str], Outcome] = {}

    def check(facts: Facts, answer: Answer | None) -> Outcome:
        held = facts.licences
        if answer == UNSURE or held is None:
            return missing
        outcome = outcomes.get(held)
        if outcome is None:
            outcome = remember(outcomes, held, _outcome(categories, held))
        return outcome

    return check


def _outcome(categories: list[str], held: frozenset[str]) -> Outcome:
    lacking = [cat for cat in categories if cat.upper() not in held]
    shown = sorted(held)
    if not lacking:
        return Status.MET, Reason("licence.held", {"categories": categories}), None, shown
    remedy = Reason("remedy.licence", {"categories": lacking})
    return Status.NOT_MET, Reason("licence.missing_categories", {"missing": lacking}), remedy, shown


KIND = Kind(
    "driving_licence",
    DrivingLicenceCriterion,
    driving_licence_rule,
    label=("driving licence", "permis de conduire"),
    topic="licence",
    id_prefix="driving-licence",
    words={
        "licence.held": (
            "You hold category {categories}.",
            "Vous êtes titulaire de la catégorie {categories}.",
        ),
        "licence.missing_categories": (
            "You do not hold category {missing}.",
            "Vous n'êtes pas titulaire de la catégorie {missing}.",
        ),
        "licence.missing": (
            "Your driving licences are not given yet.",
            "Vos permis de conduire ne sont pas encore indiqués.",
        ),
        "remedy.licence": (
            "A driving licence of category {categories}.",
            "Un permis de conduire de catégorie {categories}.",
        ),
    },
)
