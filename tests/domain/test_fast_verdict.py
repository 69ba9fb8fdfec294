"""The verdict-only path must agree with engine.assess on every pair.

Both run the kinds' own rules; these properties check the two loops over them agree on
everything the verdict-only path gives: verdict, failing ids, open ids, desirable count,
on the bundled vacancies and on generated ones (alternative readings and languages left
unanswered included).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fuzz_budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.domain.criteria import CRITERION_KINDS
from screener.domain.engine import assess, assess_criterion
from screener.domain.fast_verdict import fast_verdict
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.paths import bundled_vacancies_dir
from screener.persistence.vacancy_catalogue import load_paths

ON = dt.date(2025, 1, 15)
BUNDLED = [loaded.vacancy for loaded in load_paths([bundled_vacancies_dir()]).vacancies]

LEVELS = ["I", "II", "III", "IV", "V", "VI"]
EDUCATION = ["secondary", "higher_secondary", "bachelor", "master", "doctorate"]
LANGS = ["en", "fr", "ru", "de", "pl"]
# NATO members, non-members, and a code that is no country at all.
COUNTRIES = ["FR", "US", "TR", "FI", "SE", "CH", "UA", "JP", "NZ"]
LICENCES = ["A", "B", "C", "D", "b", "c"]

# STANAG 6001 profiles a candidate may hold ("none": holds none) and a notice may ask.
SLPS = ["none", "3333", "3+3+33", "2222", "4321", "0000"]
ANSWER = st.one_of(
    st.booleans(),
    st.just("unsure"),
    st.floats(min_value=0, max_value=20, allow_nan=False),
    st.integers(min_value=0, max_value=20),
)


def expected(vacancy: Vacancy, profile: Profile) -> tuple[Any, ...]:
    result = assess(vacancy, profile, ON)
    return (
        result.verdict,
        tuple(r.id for r in result.failing),
        tuple(r.id for r in result.open_questions),
        result.desirable_met,
        result.desirable_total,
    )


@st.composite
def profiles(draw: st.DrawFn, vacancies: list[Vacancy]) -> Profile:
    answers: dict[str, dict[str, Any]] = {}
    for vacancy in vacancies:
        if draw(st.booleans()):
            ids = [c.id for c in vacancy.criteria]
            chosen = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
            answers[vacancy.reference] = {cid: draw(ANSWER) for cid in chosen}
    return Profile(
        name="p",
        nationality=draw(st.none() | st.sampled_from(COUNTRIES)),
        education=draw(st.none() | st.sampled_from(EDUCATION)),
        languages=draw(st.dictionaries(st.sampled_from(LANGS), st.sampled_from(LEVELS))),
        mother_tongues=draw(st.lists(st.sampled_from(LANGS), max_size=2, unique=True)),
        driving_licences=draw(st.none() | st.lists(st.sampled_from(LICENCES), max_size=3)),
        answers=answers,
        unanswered_languages=draw(st.lists(st.sampled_from(LANGS), max_size=2, unique=True)),
        slp=draw(st.dictionaries(st.sampled_from(LANGS), st.sampled_from(SLPS))),
    )


def _text() -> dict[str, str]:
    return {"en": "requirement", "fr": "exigence"}


def _reading(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "params": params,
        "note": {"en": "The versions differ.", "fr": "Les versions diffèrent."},
    }


@st.composite
def criterion(draw: st.DrawFn, cid: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(CRITERION_KINDS))
    data: dict[str, Any] = {"kind": kind, "id": cid, "text": _text()}
    if kind == "nationality" and draw(st.booleans()):
        data |= {
            "scope": "listed",
            "countries": draw(st.lists(st.sampled_from(COUNTRIES), min_size=1)),
        }
    elif kind == "education":
        data["min_level"] = draw(st.sampled_from(EDUCATION))
        if draw(st.booleans()):
            data["field"] = _text()
    elif kind == "experience":
        data |= {"min_years": draw(st.sampled_from([0.5, 2, 3, 4, 5.5, 10])), "domain": _text()}
        if draw(st.booleans()):
            data["alternative"] = _reading({"min_years": draw(st.sampled_from([1, 3, 7]))})
    elif kind == "official_languages":
        mode = draw(st.sampled_from(["one_and_other", "both", "per_language"]))
        data["mode"] = mode
        if mode == "one_and_other":
            data |= {"one": draw(st.sampled_from(LEVELS)), "other": draw(st.sampled_from(LEVELS))}
            if draw(st.booleans()):
                data["alternative"] = _reading({"other": draw(st.sampled_from(LEVELS))})
        elif mode == "both":
            data["level"] = draw(st.sampled_from(LEVELS))
        else:
            en, fr = draw(st.none() | st.sampled_from(LEVELS)), draw(st.sampled_from(LEVELS))
            data |= {"fr": fr} if en is None else {"en": en, "fr": fr}
    elif kind == "language":
        data["language"] = draw(st.sampled_from(LANGS))
        if draw(st.booleans()):
            data["mother_tongue"] = True
        else:
            data["min_level"] = draw(st.none() | st.sampled_from(LEVELS))
    elif kind == "language_profile":
        data |= {
            "language": draw(st.sampled_from(LANGS)),
            "profile": draw(st.sampled_from(SLPS[1:])),
        }
    elif kind == "driving_licence":
        data["categories"] = draw(st.lists(st.sampled_from(LICENCES), min_size=1, max_size=3))
    elif kind == "availability":
        data["needs"] = ["travel"]
    elif kind == "certification":
        data["any_of"] = ["CISSP"]
    return data


@st.composite
def vacancies(draw: st.DrawFn, reference: str) -> Vacancy:
    essential = draw(st.integers(min_value=1, max_value=8))
    desirable = draw(st.integers(min_value=0, max_value=5))
    return Vacancy.model_validate(
        {
            "reference": reference,
            "title": _text(),
            "nato_body": "NATO IS",
            "location": "Brussels",
            "schedule": "Full-time",
            "grade": {"min": "G10"},
            "deadline": {"date": "2025-03-01"},
            "essential": [draw(criterion(f"e{i}")) for i in range(essential)],
            "desirable": [draw(criterion(f"d{i}")) for i in range(desirable)],
        }
    )


def test_bundled_vacancies_are_loaded() -> None:
    assert len(BUNDLED) == 5


@settings(max_examples=examples(200), deadline=None)
@given(profile=profiles(BUNDLED))
def test_same_as_assess_on_bundled_vacancies(profile: Profile) -> None:
    for vacancy in BUNDLED:
        assert fast_verdict(vacancy, profile) == expected(vacancy, profile), vacancy.reference


@settings(max_examples=examples(250), deadline=None)
@given(data=st.data())
def test_same_as_assess_on_generated_vacancies(data: st.DataObject) -> None:
    generated = [data.draw(vacancies(f"V{i}")) for i in range(3)]
    profile = data.draw(profiles(generated))
    for vacancy in generated:
        assert fast_verdict(vacancy, profile) == expected(vacancy, profile)


def test_a_complete_yes_profile_is_eligible_everywhere() -> None:
    profile = Profile(
        nationality="BE",
        education="master",
        languages={"en": "VI", "fr": "V"},
        driving_licences=["B"],
        answers={
            v.reference: {c.id: (10.0 if c.kind == "experience" else True) for c in v.criteria}
            for v in BUNDLED
        },
    )
    for vacancy in BUNDLED:
        verdict, failing, unknown, _met, _total = fast_verdict(vacancy, profile)
        assert (verdict.value, failing, unknown) == ("eligible", (), ()), vacancy.reference
        assert fast_verdict(vacancy, profile) == expected(vacancy, profile)


@settings(max_examples=examples(150), deadline=None)
@given(data=st.data())
def test_full_results_are_the_rules_one_by_one_on_generated_vacancies(data: st.DataObject) -> None:
    """Every result assess() gives (status, reason, remedy, answer shown) is the kind's rule
    applied to that criterion alone: the shared plans, facts and outcomes change nothing."""
    generated = [data.draw(vacancies(f"V{i}")) for i in range(2)]
    profile = data.draw(profiles(generated))
    for vacancy in generated:
        one_by_one = [
            assess_criterion(criterion, profile, vacancy.reference, essential)
            for essential, criteria in ((True, vacancy.essential), (False, vacancy.desirable))
            for criterion in criteria
        ]
        assert assess(vacancy, profile, ON).criteria == one_by_one
