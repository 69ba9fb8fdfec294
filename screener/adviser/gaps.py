"""What would open more vacancies: single changes to a candidate's facts, ranked. No Qt here.

For every vacancy a candidate is not eligible for, the engine's own remedies (engine.assess)
say what would meet each failing requirement: a language level, more years, an education
level, a licence category; a "no" to a yes/no requirement can become a "yes". Each distinct
change is applied to a copy of the profile and every such vacancy is screened again with
the fast verdict path, so the plan is the engine's verdicts, never a restatement of rules.
Changes carry codes and values only; screener.adviser.wording renders them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from screener.adviser.selection import is_open
from screener.domain.assessment import Verdict
from screener.domain.engine import assess
from screener.domain.fast_verdict import CompiledVacancy, compile_vacancy, evaluate
from screener.domain.kinds import KINDS
from screener.domain.profile import Profile
from screener.domain.scales import EDUCATION_RANK, LANGUAGE_RANK, EducationLevel, LanguageLevel
from screener.domain.vacancy import Vacancy
from screener.persistence.vacancy_catalogue import collections_paused

# A yes/no requirement of these kinds is the same test wherever it is asked (a yearly
# fitness test, a shooting test): a "yes" is one change across every vacancy. Other yes/no
# requirements (statements, certifications, availability) are changes for one vacancy.
SHARED_YES_KINDS = frozenset(kind.name for kind in KINDS if kind.same_everywhere)


@dataclass(frozen=True, slots=True)
class Change:
    """One change to the candidate's facts: a code and its values (hashable).

    Codes: "remedy.languages" (levels: ((language, level), ...)), "remedy.more_years"
    (years), "remedy.education" (needs), "remedy.licence" (categories), "gap.yes_kind"
    (kind), "gap.yes" (reference, criterion), and "gap.together" (parts: the changes, for
    a vacancy that no single change opens).
    """

    code: str
    values: tuple[tuple[str, Any], ...]

    def value(self, key: str) -> Any:
        return dict(self.values)[key]

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.values)
        if self.code == "gap.together":
            data["parts"] = [{"code": p.code, "values": p.as_dict()} for p in data["parts"]]
        elif self.code == "remedy.languages":
            data["levels"] = dict(data["levels"])
        elif "categories" in data:
            data["categories"] = list(data["categories"])
        return data


@dataclass(frozen=True, slots=True)
class Opened:
    reference: str
    verdict: Verdict  # ELIGIBLE, or INCOMPLETE with the questions still open
    still_open: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Helped:
    """A vacancy the change brings closer without opening it."""

    reference: str
    still_failing: tuple[str, ...]


@dataclass(slots=True)
class Step:
    change: Change
    opens: list[Opened] = field(default_factory=list)
    helps: list[Helped] = field(default_factory=list)


@dataclass(slots=True)
class GapPlan:
    on: dt.date
    considered: list[str]  # references screened, in catalogue order
    not_eligible: list[str]
    steps: list[Step]  # best first
    # Not eligible, and opened by none of the changes (a nationality, a mother tongue).
    out_of_reach: list[str]

    def step(self, code: str, **values: Any) -> Step | None:
        for step in self.steps:
            if step.change.code == code and all(
                step.change.as_dict().get(k) == v for k, v in values.items()
            ):
                return step
        return None


def _change(code: str, **values: Any) -> Change:
    return Change(code, tuple(sorted(values.items())))


def _changes_for(vacancy: Vacancy, profile: Profile, on: dt.date) -> list[Change]:
    """The changes that would meet each failing essential requirement, from the engine."""
    changes: list[Change] = []
    for result in assess(vacancy, profile, on).failing:
        remedy = result.remedy
        if remedy is not None:
            values = dict(remedy.values)
            if remedy.code == "remedy.languages":
                values["levels"] = tuple(sorted(values["levels"].items()))
            elif "categories" in values:
                values["categories"] = tuple(sorted(values["categories"]))
            changes.append(_change(remedy.code, **values))
        elif result.answer is False and result.kind in SHARED_YES_KINDS:
            changes.append(_change("gap.yes_kind", kind=result.kind))
        elif result.answer is False:
            changes.append(_change("gap.yes", reference=vacancy.reference, criterion=result.id))
    return changes


# kind -> the (reference, criterion id) of every answer the profile gives to that kind
AnswerIndex = dict[str, list[tuple[str, str]]]


def answer_index(profile: Profile, vacancies: Iterable[Vacancy]) -> AnswerIndex:
    """Where the profile's answers are, by criterion kind: built once per plan, so a change
    to all experience answers (or all fitness tests) does not search every answer."""
    index: AnswerIndex = {}
    for vacancy in vacancies:
        given = profile.answers.get(vacancy.reference)
        if not given:
            continue
        for crit in vacancy.criteria:
            if crit.id in given:
                index.setdefault(crit.kind, []).append((vacancy.reference, crit.id))
    return index


def apply_change(profile: Profile, change: Change, where: AnswerIndex) -> Profile:
    """A copy of the profile with the change made; the profile itself is unchanged."""
    if change.code == "gap.together":
        for part in change.value("parts"):
            profile = apply_change(profile, part, where)
        return profile
    values = change.as_dict()
    if change.code == "remedy.languages":
        levels = dict(profile.languages)
        for code, level in values["levels"].items():
            levels[code] = LanguageLevel(level)
        # A language given a level is answered now.
        unanswered = [code for code in profile.unanswered_languages if code not in levels]
        return profile.model_copy(update={"languages": levels, "unanswered_languages": unanswered})
    if change.code == "remedy.education":
        return profile.model_copy(update={"education": EducationLevel(values["needs"])})
    if change.code == "remedy.licence":
        held = list(profile.driving_licences or [])
        held += [cat for cat in values["categories"] if cat.upper() not in map(str.upper, held)]
        return profile.model_copy(update={"driving_licences": held})
    # Only the vacancies' answers that change are copied: a gap plan makes hundreds of
    # these copies, and profiles carry answers for many vacancies.
    answers = dict(profile.answers)
    if change.code == "gap.yes":
        ref = values["reference"]
        answers[ref] = {**answers.get(ref, {}), values["criterion"]: True}
        return profile.model_copy(update={"answers": answers})
    changed: dict[str, dict[str, Any]] = {}
    if change.code == "remedy.more_years":
        for ref, cid in where.get("experience", ()):
            answer = answers[ref][cid]
            if isinstance(answer, int | float) and not isinstance(answer, bool):
                changed.setdefault(ref, {})[cid] = answer + values["years"]
    elif change.code == "gap.yes_kind":
        for ref, cid in where.get(values["kind"], ()):
            if answers[ref][cid] is False:
                changed.setdefault(ref, {})[cid] = True
    for ref, updates in changed.items():
        answers[ref] = {**answers[ref], **updates}
    return profile.model_copy(update={"answers": answers})


def _facts_touched(change: Change) -> frozenset[tuple[str, ...]]:
    """Which facts a change alters, so it is screened only where those facts failed."""
    values = change.as_dict()
    if change.code == "gap.together":
        return frozenset().union(*(_facts_touched(part) for part in change.value("parts")))
    if change.code == "remedy.languages":
        codes = set(values["levels"])
        if codes & {"en", "fr"}:
            # "V in one, I in the other": either official language may be the one to raise.
            codes |= {"en", "fr"}
        return frozenset(("language", code) for code in codes)
    if change.code == "remedy.licence":
        return frozenset(("licence", cat.upper()) for cat in values["categories"])
    if change.code == "gap.yes_kind":
        return frozenset({("yes_kind", values["kind"])})
    if change.code == "gap.yes":
        return frozenset({("yes", values["reference"], values["criterion"])})
    return frozenset({(change.code,)})


def _size(change: Change) -> tuple[int, float]:
    """How big a change is, to put the smaller of two equally useful changes first."""
    if change.code == "gap.together":
        sizes = [_size(part) for part in change.value("parts")]
        return sum(n for n, _ in sizes), sum(v for _, v in sizes)
    values = change.as_dict()
    if change.code == "remedy.languages":
        return len(values["levels"]), sum(LANGUAGE_RANK[lvl] for lvl in values["levels"].values())
    if change.code == "remedy.more_years":
        return 1, float(values["years"])
    if change.code == "remedy.education":
        return 1, float(EDUCATION_RANK[values["needs"]])
    if change.code == "remedy.licence":
        return len(values["categories"]), 0.0
    return 1, 0.0


Target = tuple[CompiledVacancy, tuple[str, ...]]  # a not-eligible vacancy, its failing ids


def _screen(
    change: Change,
    profile: Profile,
    answers: AnswerIndex,
    targets: Sequence[Target],
    where: dict[tuple[str, ...], list[int]],
    only: Sequence[int] | None = None,
) -> Step:
    """Screen the changed profile against the targets where the facts it alters failed
    (in catalogue order; no other target can change verdict), or against `only` those."""
    changed = apply_change(profile, change, answers)
    step = Step(change)
    if only is not None:
        indexes = list(only)
    else:
        indexes = sorted({i for key in _facts_touched(change) for i in where.get(key, ())})
    for index in indexes:
        compiled, failing_before = targets[index]
        verdict, failing, unknown, _, _ = evaluate(compiled, changed)
        if verdict is not Verdict.NOT_ELIGIBLE:
            step.opens.append(Opened(compiled.reference, verdict, unknown))
        elif len(failing) < len(failing_before):
            step.helps.append(Helped(compiled.reference, failing))
    return step


def _rank(step: Step) -> tuple[Any, ...]:
    return (-len(step.opens), -len(step.helps), _size(step.change), step.change.code)


def gap_plan(
    profile: Profile,
    vacancies: Sequence[Vacancy],
    on: dt.date,
    open_only: bool = False,
) -> GapPlan:
    """Every single change that turns a 'not eligible' into 'eligible' or 'can't tell yet'.

    Ranked by how many vacancies each opens (then how many it brings closer, then the
    smaller change first). Steps that open nothing and help nothing are left out. After
    the single changes come combinations: for a vacancy no single change opens, all of its
    own changes together, if that opens it (and any other vacancy needing the same ones).
    """
    # A plan makes tens of thousands of short-lived objects and no cycles; the collector,
    # set off by them, would walk every model of the loaded catalogue again and again
    # (up to half the time of a 1,000-vacancy plan).
    with collections_paused():
        return _gap_plan(profile, vacancies, on, open_only)


def _gap_plan(
    profile: Profile,
    vacancies: Sequence[Vacancy],
    on: dt.date,
    open_only: bool,
) -> GapPlan:
    # The plan itself (see gap_plan).
    chosen = [v for v in vacancies if not open_only or is_open(v, on)]
    targets: list[Target] = []
    candidates: dict[Change, None] = {}  # insertion-ordered set
    per_vacancy: dict[str, list[Change]] = {}
    where: dict[tuple[str, ...], list[int]] = {}  # fact -> targets where it failed
    for vacancy in chosen:
        compiled = compile_vacancy(vacancy)
        verdict, failing, _, _, _ = evaluate(compiled, profile)
        if verdict is Verdict.NOT_ELIGIBLE:
            own = per_vacancy[vacancy.reference] = _changes_for(vacancy, profile, on)
            candidates.update(dict.fromkeys(own))
            for key in frozenset().union(*(_facts_touched(change) for change in own)):
                where.setdefault(key, []).append(len(targets))
            targets.append((compiled, failing))
    answers = answer_index(profile, chosen)
    steps = [_screen(change, profile, answers, targets, where) for change in candidates]
    steps = [s for s in steps if s.opens or s.helps]
    steps.sort(key=_rank)
    # A vacancy no single change opens: all of its own changes together, if they suffice.
    reached = {o.reference for s in steps for o in s.opens}
    # Each is screened against the vacancies it was made for (those needing exactly these
    # changes): against every vacancy, a thousand-vacancy plan took ten times as long.
    together: dict[Change, list[int]] = {}
    for index, (compiled, failing) in enumerate(targets):
        if compiled.reference not in reached:
            parts = per_vacancy[compiled.reference]
            if len(parts) > 1 and len(parts) >= len(failing):
                combination = _change("gap.together", parts=tuple(parts))
                together.setdefault(combination, []).append(index)
    combined = [
        _screen(change, profile, answers, targets, where, only) for change, only in together.items()
    ]
    steps += sorted((s for s in combined if s.opens), key=_rank)
    opened = {o.reference for s in steps for o in s.opens}
    not_eligible = [compiled.reference for compiled, _ in targets]
    return GapPlan(
        on=on,
        considered=[v.reference for v in chosen],
        not_eligible=not_eligible,
        steps=steps,
        out_of_reach=[ref for ref in not_eligible if ref not in opened],
    )


def plan_to_json(plan: GapPlan) -> dict[str, Any]:
    """The plan as JSON-ready data: codes and values, no wording."""
    return {
        "on": plan.on.isoformat(),
        "considered": plan.considered,
        "not_eligible": plan.not_eligible,
        "out_of_reach": plan.out_of_reach,
        "steps": [
            {
                "change": {"code": s.change.code, "values": s.change.as_dict()},
                "opens": [
                    {
                        "reference": o.reference,
                        "verdict": o.verdict.value,
                        "open": list(o.still_open),
                    }
                    for o in s.opens
                ],
                "helps": [
                    {"reference": h.reference, "failing": list(h.still_failing)} for h in s.helps
                ],
            }
            for s in plan.steps
        ],
    }


__all__ = [
    "Change",
    "GapPlan",
    "Helped",
    "Opened",
    "Step",
    "answer_index",
    "apply_change",
    "gap_plan",
    "plan_to_json",
]
