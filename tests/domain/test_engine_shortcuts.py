"""The engine's shortcuts (per-vacancy plans, shared outcomes, cached deadline statuses) give
exactly what the plain rules give, and never outlive or misread the vacancy they came from."""

from __future__ import annotations

import datetime as dt
import gc
import random
from pathlib import Path

import pytest

from screener.domain import deadline as deadline_rules
from screener.domain import engine
from screener.domain.deadline import deadline_status
from screener.domain.engine import assess, assess_criterion, verdict_of
from screener.domain.profile import UNSURE, Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.vacancy_catalogue import load_paths

REPO = Path(__file__).resolve().parents[2]
VACANCIES = [loaded.vacancy for loaded in load_paths([REPO / "vacancies"]).vacancies]
ON = dt.date(2025, 1, 15)
LEVELS = ["I", "II", "III", "IV", "V", "VI"]


def random_profile(rng: random.Random) -> Profile:
    answers = {
        vacancy.reference: {
            criterion.id: rng.choice([True, False, UNSURE, 0.0, 3.0, 12.5])
            for criterion in vacancy.criteria
            if rng.random() < 0.7
        }
        for vacancy in VACANCIES
    }
    languages = {lang: rng.choice(LEVELS) for lang in ("en", "fr", "de") if rng.random() < 0.7}
    return Profile.model_validate(
        {
            "nationality": rng.choice([None, "BE", "CH", "FR", "US"]),
            "education": rng.choice([None, "secondary", "bachelor", "master", "doctorate"]),
            "languages": languages,
            "mother_tongues": rng.sample(["en", "fr", "nl", "pl"], rng.randint(0, 2)),
            "driving_licences": rng.choice([None, [], ["B"], ["B", "C"]]),
            "answers": answers,
            "unanswered_languages": rng.sample(["en", "fr", "ru"], rng.randint(0, 2)),
        }
    )


PROFILES = [random_profile(random.Random(seed)) for seed in range(40)]


@pytest.mark.parametrize("index", range(len(PROFILES)))
def test_assess_agrees_with_the_rules_one_by_one(index: int) -> None:
    profile = PROFILES[index]
    for vacancy in VACANCIES:
        for _ in range(2):  # the second time through the vacancy's plan and shared outcomes
            got = assess(vacancy, profile, ON)
            one_by_one = [
                assess_criterion(c, profile, vacancy.reference, True) for c in vacancy.essential
            ] + [assess_criterion(c, profile, vacancy.reference, False) for c in vacancy.desirable]
            assert got.criteria == one_by_one
            assert got.verdict == verdict_of(one_by_one)
            assert got.desirable_met == sum(
                1 for r in one_by_one if not r.essential and r.status == "met"
            )
            assert got.deadline == deadline_rules._deadline_status(vacancy.deadline, ON)


def test_a_plan_goes_with_its_vacancy() -> None:
    vacancy = Vacancy.model_validate(VACANCIES[0].model_dump())
    assess(vacancy, PROFILES[0], ON)
    key = id(vacancy)
    assert key in engine._PLANS
    del vacancy
    gc.collect()
    assert key not in engine._PLANS


def test_a_vacancy_edited_in_place_is_read_again() -> None:
    vacancy = Vacancy.model_validate(VACANCIES[0].model_dump())
    profile = PROFILES[1]
    before = assess(vacancy, profile, ON)
    vacancy.essential.pop()
    after = assess(vacancy, profile, ON)
    assert len(after.criteria) == len(before.criteria) - 1
    assert [r.id for r in after.criteria] == [c.id for c in vacancy.criteria]


def test_a_new_vacancy_at_a_reused_address_gets_its_own_plan() -> None:
    # Build and drop many copies: ids get reused, plans must not be.
    for source in VACANCIES * 5:
        vacancy = Vacancy.model_validate(source.model_dump())
        result = assess(vacancy, PROFILES[2], ON)
        assert [r.id for r in result.criteria] == [c.id for c in vacancy.criteria]
        assert result.reference == vacancy.reference


def test_deadline_status_on_a_date_is_shared_and_right() -> None:
    deadline = VACANCIES[0].deadline
    first = deadline_status(deadline, ON)
    assert deadline_status(deadline, ON) is first
    assert first == deadline_rules._deadline_status(deadline, ON)
    later = deadline_status(deadline, ON + dt.timedelta(days=1))
    assert later.days_left == first.days_left - 1


def test_yes_no_results_are_shared_between_alike_assessments() -> None:
    vacancy = VACANCIES[0]
    declared = [c for c in vacancy.criteria if c.kind in engine._DECLARED]
    assert declared
    target = declared[0].id
    profile = Profile().with_answer(vacancy.reference, target, True)
    first = assess(vacancy, profile, ON)
    second = assess(vacancy, profile, ON)
    by_id = {r.id: r for r in first.criteria}
    again = {r.id: r for r in second.criteria}
    assert again[target] is by_id[target]
    assert again["nationality"] is not by_id["nationality"]  # built per assessment
    changed = assess(vacancy, profile.with_answer(vacancy.reference, target, False), ON)
    result = {r.id: r for r in changed.criteria}[target]
    assert result.status == "not_met"
    assert by_id[target].status == "met"  # the shared one is untouched
