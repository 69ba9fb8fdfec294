"""Verdicts only, fast: for batch runs over many profiles and vacancies.

engine.assess builds a full explained Assessment (reasons, remedies, deadline) at ~50 µs a
pair: a 1,000 x 1,000 batch would take close to a minute. Here a vacancy is compiled once
into small checks and a profile once into plain facts (ranks as ints, sets), so one pair
costs a few µs. The rules are engine.py's, restated; tests/domain/test_fast_verdict.py
checks with hypothesis that both give the same verdict, failing ids, open ids and
desirable count. A change to a rule in engine.py must be made here too (the test will say).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from screener.domain import criteria as c
from screener.domain.assessment import Verdict
from screener.domain.countries import is_nato_member
from screener.domain.profile import UNSURE, Answer, Profile
from screener.domain.vacancy import Vacancy

# Statuses as small ints: comparing ints is cheaper than comparing enum members.
MET, NOT_MET, UNKNOWN = 0, 1, 2

_VI = 6  # rank of a mother tongue (engine: a mother tongue counts as level VI)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules need from a profile, precomputed once per profile."""

    nationality: str | None
    nato_member: bool
    education: int  # rank, 0 if not given
    ranks: dict[str, int]  # language -> rank, mother tongues at VI
    en: int
    fr: int
    mother_tongues: frozenset[str]
    licences: frozenset[str] | None  # upper case; None if not answered
    answers: dict[str, dict[str, Answer]]


def profile_facts(profile: Profile) -> Facts:
    ranks = {code: level.rank for code, level in profile.languages.items()}
    ranks.update(dict.fromkeys(profile.mother_tongues, _VI))
    country = profile.nationality
    licences = profile.driving_licences
    return Facts(
        nationality=country,
        nato_member=country is not None and is_nato_member(country),
        education=profile.education.rank if profile.education is not None else 0,
        ranks=ranks,
        en=ranks.get("en", 0),
        fr=ranks.get("fr", 0),
        mother_tongues=frozenset(profile.mother_tongues),
        licences=None if licences is None else frozenset(x.upper() for x in licences),
        answers=profile.answers,
    )


# A check gives a status from the facts and this criterion's answer (None if unanswered).
Check = Callable[[Facts, Any], int]


def _nationality(crit: c.NationalityCriterion) -> Check:
    if crit.scope == "listed":
        allowed = frozenset(crit.countries)

        def listed(f: Facts, a: Any) -> int:
            if f.nationality is None or a == UNSURE:
                return UNKNOWN
            return MET if f.nationality in allowed else NOT_MET

        return listed

    def member(f: Facts, a: Any) -> int:
        if f.nationality is None or a == UNSURE:
            return UNKNOWN
        return MET if f.nato_member else NOT_MET

    return member


def _education(crit: c.EducationCriterion) -> Check:
    needs = crit.min_level.rank
    # The level is a profile fact; a named field of study is confirmed per vacancy.
    field = crit.field is not None

    def check(f: Facts, a: Any) -> int:
        if f.education == 0 or (a == UNSURE and not field):
            return UNKNOWN
        if f.education < needs:
            return NOT_MET
        if field:
            if a is None or a == UNSURE:
                return UNKNOWN
            if a is False:
                return NOT_MET
        return MET

    return check


def _experience(crit: c.ExperienceCriterion) -> Check:
    needs = crit.min_years

    def check(f: Facts, a: Any) -> int:
        if a is None or a == UNSURE or isinstance(a, bool):
            return UNKNOWN
        return MET if float(a) >= needs else NOT_MET

    return check


def _official_languages(crit: c.OfficialLanguagesCriterion) -> Check:
    # Each option is (English rank, French rank) required; meeting any one option is enough.
    options: tuple[tuple[int, int], ...]
    if crit.mode == "one_and_other":
        assert crit.one is not None and crit.other is not None
        one, other = crit.one.rank, crit.other.rank
        options = ((one, other), (other, one))
    elif crit.mode == "both":
        assert crit.level is not None
        options = ((crit.level.rank, crit.level.rank),)
    else:
        en = crit.en.rank if crit.en is not None else 0
        fr = crit.fr.rank if crit.fr is not None else 0
        options = ((en, fr),)

    def check(f: Facts, a: Any) -> int:
        if a == UNSURE or (f.en == 0 and f.fr == 0):
            return UNKNOWN
        for en, fr in options:
            if f.en >= en and f.fr >= fr:
                return MET
        return NOT_MET

    return check


def _language(crit: c.LanguageCriterion) -> Check:
    lang = crit.language
    if crit.mother_tongue:

        def mother_tongue(f: Facts, a: Any) -> int:
            if a == UNSURE or not f.ranks:
                return UNKNOWN
            return MET if lang in f.mother_tongues else NOT_MET

        return mother_tongue
    needs = crit.min_level.rank if crit.min_level is not None else 1

    def level(f: Facts, a: Any) -> int:
        # No language given at all: not asked yet, rather than "speaks none".
        if a == UNSURE or not f.ranks:
            return UNKNOWN
        return MET if f.ranks.get(lang, 0) >= needs else NOT_MET

    return level


def _driving_licence(crit: c.DrivingLicenceCriterion) -> Check:
    needed = frozenset(cat.upper() for cat in crit.categories)

    def check(f: Facts, a: Any) -> int:
        if a == UNSURE or f.licences is None:
            return UNKNOWN
        return MET if needed <= f.licences else NOT_MET

    return check


_COMPILERS: dict[str, Callable[[Any], Check]] = {
    "nationality": _nationality,
    "education": _education,
    "experience": _experience,
    "official_languages": _official_languages,
    "language": _language,
    "driving_licence": _driving_licence,
}
# Every other kind is declared by the candidate: yes is met, no is not, anything else open.
DECLARED_KINDS = frozenset(
    {"fitness_test", "firearms", "availability", "certification", "statement"}
)


@dataclass(frozen=True, slots=True)
class CompiledVacancy:
    reference: str
    # (criterion id, check); check None for a declared criterion (answer-only).
    essential: tuple[tuple[str, Check | None], ...]
    desirable: tuple[tuple[str, Check | None], ...]
    # For a profile with no answers for this vacancy, only these desirables can be met.
    desirable_facts: tuple[Check, ...]


def _compile(criterion: c.Criterion) -> Check | None:
    if criterion.kind in DECLARED_KINDS:
        return None
    return _COMPILERS[criterion.kind](criterion)


def compile_vacancy(vacancy: Vacancy) -> CompiledVacancy:
    essential = tuple((crit.id, _compile(crit)) for crit in vacancy.essential)
    desirable = tuple((crit.id, _compile(crit)) for crit in vacancy.desirable)
    return CompiledVacancy(
        reference=vacancy.reference,
        essential=essential,
        desirable=desirable,
        desirable_facts=tuple(check for _, check in desirable if check is not None),
    )


# (verdict, failing essential ids, open essential ids, desirable met, desirable total)
Outcome = tuple[Verdict, tuple[str, ...], tuple[str, ...], int, int]

_NO_ANSWERS: dict[str, Answer] = {}


def evaluate(vacancy: CompiledVacancy, facts: Facts) -> Outcome:
    """The verdict and its reasons' ids, as engine.assess would give them."""
    answers = facts.answers.get(vacancy.reference, _NO_ANSWERS)
    failing: list[str] = []
    unknown: list[str] = []
    met = 0
    if answers:
        get = answers.get  # bound once: this loop runs ~20 million times in a large batch
        for cid, check in vacancy.essential:
            a = get(cid)
            if check is None:
                if a is True:
                    continue
                (failing if a is False else unknown).append(cid)
                continue
            status = check(facts, a)
            if status == NOT_MET:
                failing.append(cid)
            elif status == UNKNOWN:
                unknown.append(cid)
        for cid, check in vacancy.desirable:
            a = get(cid)
            if (a is True) if check is None else check(facts, a) == MET:
                met += 1
    else:
        # Nothing answered for this vacancy: every declared criterion is open.
        for cid, check in vacancy.essential:
            if check is None:
                unknown.append(cid)
            else:
                status = check(facts, None)
                if status == NOT_MET:
                    failing.append(cid)
                elif status == UNKNOWN:
                    unknown.append(cid)
        for check in vacancy.desirable_facts:
            if check(facts, None) == MET:
                met += 1
    if failing:
        verdict = Verdict.NOT_ELIGIBLE
    elif unknown:
        verdict = Verdict.INCOMPLETE
    else:
        verdict = Verdict.ELIGIBLE
    return verdict, tuple(failing), tuple(unknown), met, len(vacancy.desirable)


def fast_verdict(vacancy: Vacancy, profile: Profile) -> Outcome:
    """One pair, compiling both sides; batch code compiles once and calls evaluate()."""
    return evaluate(compile_vacancy(vacancy), profile_facts(profile))
