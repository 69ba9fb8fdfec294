"""The rules engine: a vacancy and a profile in, an explained assessment out. No Qt here.

The rules are the kinds' own (screener.domain.kinds); this module runs them over a vacancy,
reading both readings of a requirement where the notice contradicts itself, and gives the
verdict. screener.domain.fast_verdict runs the same rules and keeps only the statuses.
"""

from __future__ import annotations

import datetime as dt
import weakref
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
from screener.domain.deadline import deadline_status
from screener.domain.facts import Facts, facts_of
from screener.domain.kinds import KINDS, Check, Rule
from screener.domain.outcomes import Outcome
from screener.domain.profile import UNSURE, Answer, Profile
from screener.domain.terms import BRUSSELS, Condition
from screener.domain.vacancy import Vacancy

# Enum members read through the class cost ~65 ns each; the hot loops use these names.
_MET, _NOT_MET, _UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
_LOWER_GRADE = Condition.LOWER_GRADE_APPOINTMENT

_RULES: dict[str, Rule] = {kind.name: kind.rule for kind in KINDS}
# Yes/no kinds: their check gives one of four outcomes built once, so the results built from
# them can be shared too.
_DECLARED = frozenset(kind.name for kind in KINDS if kind.declared)


def _two_readings(
    crit: Any, first_check: Check, other: Any, other_check: Check, facts: Facts, answer: Any
) -> Outcome:
    """Met under both readings: met; under neither: not met; under one only: can't tell."""
    first = first_check(facts, answer)
    second = other_check(facts, answer)
    if first[0] is second[0] or first[0] is _UNKNOWN:
        return first
    if second[0] is _UNKNOWN:
        return second
    met, not_met = (crit, other) if first[0] is _MET else (other, crit)
    keys = set(crit.alternative.params)
    values = {
        "answer": first[3],
        "met": met.model_dump(mode="json", include=keys),
        "not_met": not_met.model_dump(mode="json", include=keys),
        "note": crit.alternative.note.model_dump(),
    }
    return _UNKNOWN, Reason("reading.split", values), None, first[3]


def check_of(criterion: c.Criterion) -> Check:
    """The criterion's check: its kind's rule, read both ways where the notice allows two."""
    rule = _RULES[criterion.kind]
    check = rule(criterion)
    other = criterion.alternative_reading()
    if other is None:
        return check
    return partial(_two_readings, criterion, check, other, rule(other))


# What assess needs of one criterion, read once per vacancy rather than once per assessment:
# (id, kind, text, essential, criterion, its check, and for a yes/no criterion the results
# for its four possible answers, each built when first needed: results are read-only, so
# every assessment that answers alike shares one; None for other kinds).
Step = tuple[str, str, c.LocalizedText, bool, Any, Check, list[CriterionResult | None] | None]


class _Plan:
    """A vacancy's steps, and what they were read from: vacancies are frozen, but their lists
    could still be edited in place, and then the plan is read again."""

    __slots__ = ("desirable", "essential", "ref", "sizes", "steps")

    def __init__(self, vacancy: Vacancy, key: int) -> None:
        self.ref = weakref.ref(vacancy, partial(_forget_plan, key))
        self.essential, self.desirable = vacancy.essential, vacancy.desirable
        self.sizes = (len(self.essential), len(self.desirable))
        self.steps: tuple[Step, ...] = tuple(
            (
                crit.id,
                crit.kind,
                crit.text,
                essential,
                crit,
                check_of(crit),
                [None, None, None, None]
                if crit.kind in _DECLARED and crit.alternative is None
                else None,
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


def plan_steps(vacancy: Vacancy) -> tuple[Step, ...]:
    """The vacancy's criteria with their rules, in notice order, essential ones first."""
    key = id(vacancy)
    plan = _PLANS.get(key)
    if plan is None or not plan.fits(vacancy):
        plan = _PLANS[key] = _Plan(vacancy, key)
    return plan.steps


def assess_criterion(
    criterion: c.Criterion, profile: Profile, reference: str, essential: bool
) -> CriterionResult:
    answer = profile.answers.get(reference, {}).get(criterion.id)
    status, reason, remedy, shown = check_of(criterion)(facts_of(profile), answer)
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


_NO_ANSWERS: dict[str, Answer] = {}


def _results(vacancy: Vacancy, profile: Profile) -> tuple[list[CriterionResult], Verdict, int]:
    """Every criterion's result in notice order, the verdict, and the desirables met."""
    # assess_criterion inlined, over the vacancy's plan: this loop runs ~20 times per
    # vacancy, and a profile is assessed against every vacancy.
    answers = profile.answers.get(vacancy.reference, _NO_ANSWERS)
    results: list[CriterionResult] = []
    add = results.append
    not_met = unknown = False
    desirable_met = 0
    facts = facts_of(profile)
    for cid, kind, text, essential, _crit, check, shared in plan_steps(vacancy):
        answer = answers.get(cid)
        if shared is None:
            status, reason, remedy, shown = check(facts, answer)
            add(CriterionResult(cid, kind, essential, status, reason, text, remedy, shown))
        else:
            # A yes/no kind: kinds.kind.answer_index, inlined; one result per outcome, shared.
            if answer is True:
                which = 0
            elif answer is False:
                which = 1
            else:
                which = 2 if answer == UNSURE else 3
            result = shared[which]
            if result is None:
                status, reason, remedy, shown = check(facts, answer)
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
        return results, Verdict.NOT_ELIGIBLE, desirable_met
    # A draft without the notice's requirements is never called eligible: they are unread.
    open_ = unknown or vacancy.requirements_unread
    return results, Verdict.INCOMPLETE if open_ else Verdict.ELIGIBLE, desirable_met


def assess(
    vacancy: Vacancy, profile: Profile, on: dt.date | dt.datetime | None = None
) -> Assessment:
    """Assess one profile against one vacancy, on a date (default: now, in Brussels)."""
    when = on if on is not None else dt.datetime.now(BRUSSELS)
    results, verdict, desirable_met = _results(vacancy, profile)
    deadline = deadline_status(vacancy.deadline, when)
    lower_grade = vacancy.grade.min if _LOWER_GRADE in vacancy.conditions else None
    # Positional, in field order (keywords cost 0.4 µs more): reference, title, draft, on,
    # verdict, criteria, desirable_met, desirable_total, deadline, warnings, conditions,
    # clearance, lower_grade, review_open.
    return Assessment(
        vacancy.reference,
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
        sum(1 for item in vacancy.review if not item.done) if vacancy.draft else 0,
    )
