"""Education: a level on the scale, and sometimes a named field of study."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from screener.domain.criterion_base import CriterionBase, LocalizedText
from screener.domain.facts import Facts
from screener.domain.kinds.kind import Check, Kind
from screener.domain.outcomes import Outcome, Reason, Status, remember, unknown
from screener.domain.profile import UNSURE, Answer
from screener.domain.scales import EDUCATION_RANK, EducationLevel


class EducationCriterion(CriterionBase):
    kind: Literal["education"] = "education"
    min_level: EducationLevel
    or_equivalent: bool = False
    field: LocalizedText | None = Field(
        default=None, description="Required field of study, if the notice names one"
    )


# Outcomes by (level needed, field named), then by level held and answer class as one int:
# a profile meets the same education requirement in hundreds of vacancies.
_OUTCOMES: dict[tuple[str, bool], dict[int, Outcome]] = {}
_ANSWER_OF: tuple[Answer | None, ...] = (None, False, UNSURE, True)


def education_rule(crit: EducationCriterion) -> Check:
    needs = crit.min_level
    named_field = crit.field is not None
    outcomes = _OUTCOMES.setdefault((needs.value, named_field), {})

    def check(facts: Facts, answer: Answer | None) -> Outcome:
        # The answer as far as the outcome depends on it: none, no, not sure, yes. A number
        # (years, kept from when the requirement was of another kind) answers no question
        # of a degree's field: it counted as a yes, and made the requirement met.
        if answer is True:
            which = 3
        elif answer is False:
            which = 1
        else:
            which = 2 if answer == UNSURE else 0
        key = facts.education_rank * 4 + which
        outcome = outcomes.get(key)
        if outcome is None:
            said = _ANSWER_OF[which]
            outcome = remember(outcomes, key, _outcome(needs, named_field, facts.education, said))
        return outcome

    return check


def _outcome(
    needs: EducationLevel, named_field: bool, has: EducationLevel | None, answer: Answer | None
) -> Outcome:
    if has is None:
        return unknown("education.missing", needs=needs.value)
    if answer == UNSURE and not named_field:
        # "Or equivalent" leaves room for doubt the level alone does not settle.
        return Status.UNKNOWN, Reason("education.unsure", {"needs": needs.value}), None, UNSURE
    if EDUCATION_RANK[has] < EDUCATION_RANK[needs]:
        values = {"has": has.value, "needs": needs.value}
        remedy = Reason("remedy.education", {"needs": needs.value})
        return Status.NOT_MET, Reason("education.below", values), remedy, has.value
    if named_field:
        # The level is a profile fact; whether the degree is in the named field is per vacancy.
        if answer is None or answer == UNSURE:
            reason = Reason("education.field_unconfirmed", {"has": has.value})
            return Status.UNKNOWN, reason, None, has.value
        if answer is False:
            reason = Reason("education.field_other", {"has": has.value})
            return Status.NOT_MET, reason, None, has.value
    values = {"has": has.value, "needs": needs.value}
    return Status.MET, Reason("education.meets", values), None, has.value


KIND = Kind(
    "education",
    EducationCriterion,
    education_rule,
    label=("education", "formation"),
    topic="education",
    id_prefix="education",
    words={
        "education.meets": (
            "You have {has}; the notice asks for {needs}.",
            "Vous avez le niveau {has} ; l'avis demande {needs}.",
        ),
        "education.below": (
            "You have {has}; the notice asks for at least {needs}.",
            "Vous avez le niveau {has} ; l'avis demande au minimum {needs}.",
        ),
        "education.missing": (
            "Your education is not given yet; the notice asks for {needs}.",
            "Votre formation n'est pas encore indiquée ; l'avis demande {needs}.",
        ),
        "education.unsure": (
            "You are not sure your education matches {needs}.",
            "Vous n'êtes pas sûr(e) que votre formation corresponde au niveau {needs}.",
        ),
        "education.field_unconfirmed": (
            "Your level ({has}) is enough; you are not sure your field of study fits.",
            "Votre niveau ({has}) suffit ; vous n'êtes pas sûr(e) que votre domaine d'études convienne.",
        ),
        "education.field_other": (
            "Your level ({has}) is enough, but your field of study does not fit.",
            "Votre niveau ({has}) suffit, mais votre domaine d'études ne convient pas.",
        ),
        "remedy.education": (
            "An education at {needs} level or above.",
            "Une formation de niveau {needs} ou plus.",
        ),
    },
)
