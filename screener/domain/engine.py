"""The rules engine: a vacancy and a profile in, an explained assessment out. No Qt here."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

from screener.domain import criteria as c
from screener.domain.assessment import (
    Assessment,
    CriterionResult,
    Reason,
    Status,
    Verdict,
)
from screener.domain.countries import is_nato_member
from screener.domain.deadline import deadline_status
from screener.domain.language_rules import language, official_languages
from screener.domain.outcomes import Outcome, answer_class, remember, unknown
from screener.domain.profile import UNSURE, Answer, Profile
from screener.domain.scales import (
    EDUCATION_RANK,
    EducationLevel,
)
from screener.domain.vacancy import BRUSSELS, Condition, Vacancy

# Enum members read through the class cost ~65 ns each; the hot loops use these names.
_MET, _NOT_MET, _UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
_LOWER_GRADE = Condition.LOWER_GRADE_APPOINTMENT


def _nationality(crit: c.NationalityCriterion, profile: Profile, answer: Answer | None) -> Outcome:
    country = profile.nationality
    if country is None or answer == UNSURE:
        return unknown("nationality.missing")
    if crit.scope == "listed":
        if country in crit.countries:
            return Status.MET, Reason("nationality.listed", {"country": country}), None, country
        values = {"country": country, "countries": list(crit.countries)}
        return Status.NOT_MET, Reason("nationality.not_listed", values), None, country
    if is_nato_member(country):
        return Status.MET, Reason("nationality.member", {"country": country}), None, country
    return Status.NOT_MET, Reason("nationality.not_member", {"country": country}), None, country


_EDUCATION_OUTCOMES: dict[tuple[EducationLevel | None, EducationLevel, bool, int], Outcome] = {}


def _education(crit: c.EducationCriterion, profile: Profile, answer: Answer | None) -> Outcome:
    key = (profile.education, crit.min_level, crit.field is None, answer_class(answer))
    outcome = _EDUCATION_OUTCOMES.get(key)
    if outcome is None:
        outcome = remember(_EDUCATION_OUTCOMES, key, _education_outcome(crit, profile, answer))
    return outcome


def _education_outcome(
    crit: c.EducationCriterion, profile: Profile, answer: Answer | None
) -> Outcome:
    has = profile.education
    needs = crit.min_level
    if has is None:
        return unknown("education.missing", needs=needs.value)
    if answer == UNSURE and crit.field is None:
        # "Or equivalent" leaves room for doubt the level alone does not settle.
        return Status.UNKNOWN, Reason("education.unsure", {"needs": needs.value}), None, UNSURE
    if EDUCATION_RANK[has] < EDUCATION_RANK[needs]:
        values = {"has": has.value, "needs": needs.value}
        return (
            Status.NOT_MET,
            Reason("education.below", values),
            Reason("remedy.education", {"needs": needs.value}),
            has.value,
        )
    if crit.field is not None:
        # The level is a profile fact; whether the degree is in the named field is per vacancy.
        if answer is None or answer == UNSURE:
            return (
                Status.UNKNOWN,
                Reason("education.field_unconfirmed", {"has": has.value}),
                None,
                has.value,
            )
        if answer is False:
            return (
                Status.NOT_MET,
                Reason("education.field_other", {"has": has.value}),
                None,
                has.value,
            )
    return (
        Status.MET,
        Reason("education.meets", {"has": has.value, "needs": needs.value}),
        None,
        has.value,
    )


def _experience(crit: c.ExperienceCriterion, profile: Profile, answer: Answer | None) -> Outcome:
    needs = crit.min_years
    if answer is None or answer == UNSURE or isinstance(answer, bool):
        return unknown("experience.missing", needs=needs)
    has = float(answer)
    if has >= needs:
        return Status.MET, Reason("experience.meets", {"has": has, "needs": needs}), None, has
    short = needs - has
    remedy = Reason("remedy.more_years", {"years": short})
    return (
        Status.NOT_MET,
        Reason("experience.short", {"has": has, "needs": needs, "short": short}),
        remedy,
        has,
    )


def _driving_licence(
    crit: c.DrivingLicenceCriterion, profile: Profile, answer: Answer | None
) -> Outcome:
    if answer == UNSURE or profile.driving_licences is None:
        return unknown("licence.missing", categories=list(crit.categories))
    held = {cat.upper() for cat in profile.driving_licences}
    missing = [cat for cat in crit.categories if cat.upper() not in held]
    shown = sorted(held)
    if not missing:
        return (
            Status.MET,
            Reason("licence.held", {"categories": list(crit.categories)}),
            None,
            shown,
        )
    remedy = Reason("remedy.licence", {"categories": missing})
    return Status.NOT_MET, Reason("licence.missing_categories", {"missing": missing}), remedy, shown


def _declared_outcomes(kind: str) -> tuple[Outcome, Outcome, Outcome, Outcome]:
    return (
        (Status.MET, Reason("declared.yes", {"kind": kind}), None, True),
        (Status.NOT_MET, Reason("declared.no", {"kind": kind}), None, False),
        (Status.UNKNOWN, Reason("declared.unsure", {"kind": kind}), None, UNSURE),
        unknown("declared.unanswered", kind=kind),
    )


# Two thirds of all criteria are declared ones, with four possible outcomes per kind: each
# outcome (and its Reason) is built once and shared by every result that has it.
_DECLARED: dict[str, tuple[Outcome, Outcome, Outcome, Outcome]] = {}


def _declared(crit: c.CriterionBase, profile: Profile, answer: Answer | None) -> Outcome:
    # Tests, firearms, availability, certifications and statements: only the candidate knows.
    kind = getattr(crit, "kind", "statement")
    outcomes = _DECLARED.get(kind)
    if outcomes is None:
        outcomes = _DECLARED[kind] = _declared_outcomes(kind)
    if answer is True:
        return outcomes[0]
    if answer is False:
        return outcomes[1]
    if answer == UNSURE:
        return outcomes[2]
    return outcomes[3]


_RULES: dict[str, Callable[[Any, Profile, Answer | None], Outcome]] = {
    "nationality": _nationality,
    "education": _education,
    "experience": _experience,
    "official_languages": official_languages,
    "language": language,
    "driving_licence": _driving_licence,
    "fitness_test": _declared,
    "firearms": _declared,
    "availability": _declared,
    "certification": _declared,
    "statement": _declared,
}
for _kind, _rule in _RULES.items():
    if _rule is _declared:
        _DECLARED[_kind] = _declared_outcomes(_kind)


_NO_ANSWERS: dict[str, Answer] = {}

# What assess needs of one criterion, read once per vacancy rather than once per assessment:
# (id, kind, text, essential, criterion, shared outcomes if declared, rule, and for a
# declared criterion its four possible results, each built when first needed and then shared
# by every assessment that has it: results are read-only).
_Step = tuple[
    str, str, c.LocalizedText, bool, Any, Any, Callable[..., Outcome], list[CriterionResult | None]
]


class _Plan:
    """A vacancy's steps, and what they were read from: vacancies are frozen, but their lists
    could still be edited in place, and then the plan is read again."""

    __slots__ = ("desirable", "essential", "ref", "sizes", "steps")

    def __init__(self, vacancy: Vacancy, key: int) -> None:
        self.ref = weakref.ref(vacancy, partial(_forget_plan, key))
        self.essential, self.desirable = vacancy.essential, vacancy.desirable
        self.sizes = (len(self.essential), len(self.desirable))
        self.steps: tuple[_Step, ...] = tuple(
            (
                crit.id,
                crit.kind,
                crit.text,
                essential,
                crit,
                _DECLARED.get(crit.kind),
                _RULES[crit.kind],
                [None, None, None, None],
            )
            for essential, criteria in ((True, self.essential), (False, self.desirable))
            for crit in criteria
        )

    def fits(self, vacancy: Vacancy) -> bool:
        essential, desirable = vacancy.essential, vacancy.desirable
        return (
            self.ref() is vacancy
            and self.essential is essential
            and self.desirable is desirable
            and self.sizes == (len(essential), len(desirable))
        )


# id(vacancy) -> its plan, for as long as the vacancy lives (the weak reference's callback
# removes it). ~100 bytes a criterion.
_PLANS: dict[int, _Plan] = {}


def _forget_plan(key: int, ref: weakref.ref[Vacancy]) -> None:
    plan = _PLANS.get(key)
    if plan is not None and plan.ref is ref:
        _PLANS.pop(key, None)


def _plan_steps(vacancy: Vacancy) -> tuple[_Step, ...]:
    key = id(vacancy)
    plan = _PLANS.get(key)
    if plan is None or not plan.fits(vacancy):
        plan = _PLANS[key] = _Plan(vacancy, key)
    return plan.steps


def assess_criterion(
    criterion: c.Criterion, profile: Profile, reference: str, essential: bool
) -> CriterionResult:
    answer = profile.answers.get(reference, {}).get(criterion.id)
    status, reason, remedy, shown = _RULES[criterion.kind](criterion, profile, answer)
    return CriterionResult(
        criterion.id, criterion.kind, essential, status, reason, criterion.text, remedy, shown
    )


def verdict_of(results: list[CriterionResult]) -> Verdict:
    essentials = [r.status for r in results if r.essential]
    if Status.NOT_MET in essentials:
        return Verdict.NOT_ELIGIBLE
    if Status.UNKNOWN in essentials:
        return Verdict.INCOMPLETE
    return Verdict.ELIGIBLE


def assess(
    vacancy: Vacancy, profile: Profile, on: dt.date | dt.datetime | None = None
) -> Assessment:
    """Assess one profile against one vacancy, on a date (default: now, in Brussels)."""
    when = on if on is not None else dt.datetime.now(BRUSSELS)
    ref = vacancy.reference
    # assess_criterion and _declared inlined, over the vacancy's plan: this loop runs ~20
    # times per vacancy, and a profile is assessed against every vacancy.
    answers = profile.answers.get(ref, _NO_ANSWERS)
    results: list[CriterionResult] = []
    add = results.append
    not_met = unknown = False
    desirable_met = 0
    for cid, kind, text, essential, crit, outcomes, rule, shared in _plan_steps(vacancy):
        answer = answers.get(cid)
        if outcomes is None:
            status, reason, remedy, shown = rule(crit, profile, answer)
            add(CriterionResult(cid, kind, essential, status, reason, text, remedy, shown))
        else:
            if answer is True:
                which = 0
            elif answer is False:
                which = 1
            elif answer == UNSURE:
                which = 2
            else:
                which = 3
            result = shared[which]
            if result is None:
                status, reason, remedy, shown = outcomes[which]
                result = CriterionResult(cid, kind, essential, status, reason, text, remedy, shown)
                shared[which] = result
            add(result)
            status = result.status
        if not essential:
            desirable_met += status is _MET
        elif status is _NOT_MET:
            not_met = True
        elif status is _UNKNOWN:
            unknown = True
    if not_met:
        verdict = Verdict.NOT_ELIGIBLE
    else:
        verdict = Verdict.INCOMPLETE if unknown else Verdict.ELIGIBLE
    deadline = deadline_status(vacancy.deadline, when)
    lower_grade = vacancy.grade.min if _LOWER_GRADE in vacancy.conditions else None
    # Positional, in field order (keywords cost 0.4 µs more): reference, title, draft, on,
    # verdict, criteria, desirable_met, desirable_total, deadline, warnings, conditions,
    # clearance, lower_grade.
    return Assessment(
        ref,
        vacancy.title,
        vacancy.draft,
        deadline.on,
        verdict,
        results,
        desirable_met,
        len(vacancy.desirable),
        deadline,
        list(vacancy.warnings),
        list(vacancy.conditions),
        vacancy.clearance,
        lower_grade,
    )
