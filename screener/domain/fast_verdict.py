"""Verdicts only, fast: for batch runs over many profiles and vacancies, and the overview.

engine.assess builds a full explained Assessment (results, deadline, conditions). Here the
same rules run over the same per-vacancy plan (screener.domain.engine.plan_steps), and only
the statuses are kept: no result objects, no deadline. The rules are the kinds' own, so
this path and the explained assessment cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from screener.domain.assessment import Status, Verdict
from screener.domain.engine import Step, plan_steps
from screener.domain.facts import Facts, facts_of
from screener.domain.kinds import BY_NAME, Check
from screener.domain.profile import UNSURE, Profile
from screener.domain.vacancy import Vacancy

_MET, _NOT_MET, _UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
_ELIGIBLE, _NOT_ELIGIBLE, _INCOMPLETE = Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE, Verdict.INCOMPLETE


class VerdictSummary(NamedTuple):
    """What a verdict rests on: the essential ids not met and still open, in notice order."""

    verdict: Verdict
    failing: tuple[str, ...]
    open: tuple[str, ...]
    desirable_met: int
    desirable_total: int


# One criterion: (id, its check, and for a yes/no criterion the statuses of its four
# outcomes, for yes, no, not sure and no answer; None for other kinds).
_Check = tuple[str, Check, tuple[Status, Status, Status, Status] | None]


@dataclass(frozen=True, slots=True)
class CompiledVacancy:
    """A vacancy's criteria with their rules, read once."""

    reference: str
    essential: tuple[_Check, ...]
    desirable: tuple[_Check, ...]
    requirements_unread: bool = False  # a draft without the notice's requirements


# The statuses of every yes/no kind today: only "yes" is met, only "no" is not met. A kind
# whose table is this one is given this very tuple, which evaluate() reads the short way.
_YES_NO = (_MET, _NOT_MET, _UNKNOWN, _UNKNOWN)


def _check(step: Step) -> _Check:
    cid, kind, _text, _essential, _crit, check, shared = step
    answers = BY_NAME[kind].answers
    statuses = None
    if shared is not None and answers is not None:
        yes, no, unsure, none = (outcome[0] for outcome in answers)
        statuses = (yes, no, unsure, none)
        if statuses == _YES_NO:
            statuses = _YES_NO
    return cid, check, statuses


def compile_vacancy(vacancy: Vacancy) -> CompiledVacancy:
    steps = plan_steps(vacancy)
    essential = tuple(_check(step) for step in steps if step[3])
    desirable = tuple(_check(step) for step in steps if not step[3])
    return CompiledVacancy(vacancy.reference, essential, desirable, vacancy.requirements_unread)


def evaluate(
    vacancy: CompiledVacancy, profile: Profile, facts: Facts | None = None
) -> VerdictSummary:
    """The verdict and its reasons' ids, as engine.assess gives them. A caller screening
    one profile against many vacancies passes its facts (facts_of(profile)), read once."""
    answers = profile.answers.get(vacancy.reference)
    if facts is None:
        facts = facts_of(profile)
    failing: list[str] = []
    unknown: list[str] = []
    met = 0
    # These loops run ~20 million times in a large batch: a yes/no criterion's status is
    # read from its table (kinds.kind.answer_index, inlined), the others' from their check.
    if answers:
        get = answers.get
        for cid, check, statuses in vacancy.essential:
            a = get(cid)
            if statuses is _YES_NO:
                if a is not True:
                    (failing if a is False else unknown).append(cid)
                continue
            if statuses is None:
                status = check(facts, a)[0]
            elif a is True:
                status = statuses[0]
            elif a is False:
                status = statuses[1]
            else:
                status = statuses[2] if a == UNSURE else statuses[3]
            if status is _NOT_MET:
                failing.append(cid)
            elif status is _UNKNOWN:
                unknown.append(cid)
        for cid, check, statuses in vacancy.desirable:
            a = get(cid)
            if statuses is _YES_NO:
                met += a is True
                continue
            if statuses is None:
                status = check(facts, a)[0]
            elif a is True:
                status = statuses[0]
            elif a is False:
                status = statuses[1]
            else:
                status = statuses[2] if a == UNSURE else statuses[3]
            met += status is _MET
    else:
        # Nothing answered for this vacancy: a yes/no criterion has its "no answer" status.
        for cid, check, statuses in vacancy.essential:
            status = check(facts, None)[0] if statuses is None else statuses[3]
            if status is _NOT_MET:
                failing.append(cid)
            elif status is _UNKNOWN:
                unknown.append(cid)
        for _cid, check, statuses in vacancy.desirable:
            status = check(facts, None)[0] if statuses is None else statuses[3]
            met += status is _MET
    open_ = unknown or vacancy.requirements_unread
    verdict = _NOT_ELIGIBLE if failing else _INCOMPLETE if open_ else _ELIGIBLE
    return VerdictSummary(verdict, tuple(failing), tuple(unknown), met, len(vacancy.desirable))


def fast_verdict(vacancy: Vacancy, profile: Profile) -> VerdictSummary:
    """One pair; batch code compiles each vacancy once and calls evaluate()."""
    return evaluate(compile_vacancy(vacancy), profile)
