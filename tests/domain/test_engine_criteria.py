"""The rules engine, kind by kind: met, not met, unknown, and the boundaries."""

from __future__ import annotations

from typing import Any

import pytest
from vacancy_builders import crit, make_vacancy

from screener.domain.assessment import CriterionResult, Status
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.report.messages import render_reason

MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
_DOMAIN = {"en": "in security", "fr": "dans la sécurité"}


def judge(
    criterion: dict[str, Any], profile: Profile | None = None, **facts: Any
) -> CriterionResult:
    """The result for one essential criterion; `answer=` is the per-vacancy answer."""
    answer = facts.pop("answer", None)
    profile = profile or Profile(**facts)
    if answer is not None:
        profile = profile.with_answer("T1", criterion["id"], answer)
    vacancy = make_vacancy(criterion)
    [result] = assess(vacancy, profile, on=vacancy.deadline.date).criteria
    assert result.id == criterion["id"] and result.essential
    return result


# --- nationality ---------------------------------------------------------------------------


@pytest.mark.parametrize("country", ["BE", "US", "TR", "MK", "FI", "SE"])
def test_member_states_are_met(country: str) -> None:
    result = judge(crit("nationality"), nationality=country)
    assert (result.status, result.reason.code, result.answer) == (
        MET,
        "nationality.member",
        country,
    )


@pytest.mark.parametrize("country", ["CH", "AT", "IE", "UA", "JP"])
def test_other_nationalities_are_not_met(country: str) -> None:
    result = judge(crit("nationality"), nationality=country)
    assert (result.status, result.reason.code) == (NOT_MET, "nationality.not_member")
    assert result.remedy is None  # nothing a candidate can do about it


def test_nationality_missing_or_unsure_is_unknown() -> None:
    assert judge(crit("nationality")).status is UNKNOWN
    assert judge(crit("nationality"), nationality="BE", answer="unsure").status is UNKNOWN


def test_listed_nations_only() -> None:
    rule = crit("nationality", scope="listed", countries=["DE", "NL", "US"])
    assert judge(rule, nationality="NL").reason.code == "nationality.listed"
    result = judge(rule, nationality="FR")  # a member, but not a listed nation
    assert (result.status, result.reason.code) == (NOT_MET, "nationality.not_listed")
    assert result.reason.values["countries"] == ["DE", "NL", "US"]


# --- education -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("has", "status"),
    [("doctorate", MET), ("master", MET), ("bachelor", MET), ("higher_secondary", NOT_MET)],
)
def test_education_at_least_the_minimum(has: str, status: Status) -> None:
    result = judge(crit("education", min_level="bachelor"), education=has)
    assert result.status is status
    if status is NOT_MET:
        assert result.reason.code == "education.below"
        assert result.remedy is not None and result.remedy.values == {"needs": "bachelor"}


def test_education_missing_is_unknown() -> None:
    result = judge(crit("education", min_level="higher_secondary"))
    assert (result.status, result.reason.code) == (UNKNOWN, "education.missing")


@pytest.mark.parametrize(
    ("answer", "status", "code"),
    [
        (None, UNKNOWN, "education.field_unconfirmed"),
        ("unsure", UNKNOWN, "education.field_unconfirmed"),
        (False, NOT_MET, "education.field_other"),
        (True, MET, "education.meets"),
        # Years kept from when the requirement was of another kind answer no question of the
        # field: they counted as a yes.
        (0.0, UNKNOWN, "education.field_unconfirmed"),
        (80.0, UNKNOWN, "education.field_unconfirmed"),
    ],
)
def test_education_in_a_named_field(answer: Any, status: Status, code: str) -> None:
    rule = crit("education", min_level="bachelor", field={"en": "in law", "fr": "en droit"})
    result = judge(rule, education="master", answer=answer)
    assert (result.status, result.reason.code) == (status, code)


def test_education_level_below_fails_whatever_the_field() -> None:
    rule = crit("education", min_level="master", field={"en": "in law", "fr": "en droit"})
    assert judge(rule, education="bachelor", answer=True).status is NOT_MET


# --- experience ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("years", "status"), [(4, MET), (4.0, MET), (12, MET), (3.9, NOT_MET), (0, NOT_MET)]
)
def test_experience_exactly_the_minimum_is_enough(years: float, status: Status) -> None:
    assert judge(crit("experience", min_years=4, domain=_DOMAIN), answer=years).status is status


def test_experience_short_says_how_many_years_are_missing() -> None:
    result = judge(crit("experience", min_years=5, domain=_DOMAIN), answer=3.5)
    assert result.reason.code == "experience.short"
    assert result.reason.values == {"has": 3.5, "needs": 5, "short": 1.5}
    assert result.remedy is not None and result.remedy.values == {"years": 1.5}
    one_short = judge(crit("experience", min_years=5, domain=_DOMAIN), answer=4)
    assert one_short.remedy is not None
    assert render_reason(one_short.remedy, "en") == "One more year of experience."


@pytest.mark.parametrize("answer", [None, "unsure", True])
def test_experience_without_a_number_is_unknown(answer: Any) -> None:
    result = judge(crit("experience", min_years=2, domain=_DOMAIN), answer=answer)
    assert (result.status, result.reason.code) == (UNKNOWN, "experience.missing")


# --- official languages --------------------------------------------------------------------

V_AND_I = crit("official_languages", mode="one_and_other", one="V", other="I")


@pytest.mark.parametrize(
    ("en", "fr", "status"),
    [
        ("V", "I", MET),
        ("I", "V", MET),  # either way round
        ("VI", "IV", MET),
        ("IV", "VI", MET),
        ("V", None, NOT_MET),  # nothing at all in the other language
        ("IV", "IV", NOT_MET),  # one level below in both
        ("IV", "I", NOT_MET),
    ],
)
def test_v_in_one_and_i_in_the_other(en: str | None, fr: str | None, status: Status) -> None:
    levels = {k: v for k, v in (("en", en), ("fr", fr)) if v is not None}
    result = judge(V_AND_I, languages=levels)
    assert result.status is status
    assert result.reason.code == f"languages.one_and_other.{status.value}"
    assert result.answer == {"en": en, "fr": fr}


def test_one_and_other_remedy_is_the_nearest_way_round() -> None:
    result = judge(V_AND_I, languages={"en": "IV", "fr": "I"})
    assert result.remedy is not None and result.remedy.values == {"levels": {"en": "V"}}
    result = judge(V_AND_I, languages={"en": "V"})
    assert result.remedy is not None and result.remedy.values == {"levels": {"fr": "I"}}
    # IV and IV: one step in either language would do; the remedy names exactly one.
    result = judge(V_AND_I, languages={"en": "IV", "fr": "IV"})
    assert result.remedy is not None and list(result.remedy.values["levels"].values()) == ["V"]


IV_IN_EITHER = crit("official_languages", mode="one_and_other", one="IV")


@pytest.mark.parametrize(
    ("en", "fr", "status"),
    [
        ("IV", None, MET),  # nothing asked in the other language
        (None, "V", MET),  # either one
        ("III", "III", NOT_MET),
        ("I", "III", NOT_MET),
    ],
)
def test_one_of_the_two_languages_at_a_level(
    en: str | None, fr: str | None, status: Status
) -> None:
    levels = {k: v for k, v in (("en", en), ("fr", fr)) if v is not None}
    result = judge(IV_IN_EITHER, languages=levels)
    assert result.status is status
    assert result.reason.code == f"languages.either.{status.value}"


def test_one_of_the_two_languages_remedy_is_the_nearer_one() -> None:
    result = judge(IV_IN_EITHER, languages={"en": "I", "fr": "III"})
    assert result.remedy is not None and result.remedy.values == {"levels": {"fr": "IV"}}
    words = render_reason(result.reason, "en")
    assert words == (
        "English I (Beginner), French III (Intermediate): the notice asks for IV (Upper "
        "Intermediate) in English or in French."
    )


def test_v_and_iii_one_level_below_in_the_other() -> None:
    rule = crit("official_languages", mode="one_and_other", one="V", other="III")
    result = judge(rule, languages={"en": "V", "fr": "II"})
    assert result.status is NOT_MET
    assert result.remedy is not None and result.remedy.values == {"levels": {"fr": "III"}}
    assert judge(rule, languages={"en": "III", "fr": "V"}).status is MET


def test_mother_tongue_counts_as_the_top_level() -> None:
    result = judge(V_AND_I, languages={"en": "I"}, mother_tongues=["fr"])
    assert result.status is MET
    assert result.answer == {"en": "I", "fr": "VI"}


@pytest.mark.parametrize(
    ("en", "fr", "remedy"),
    [("V", "V", None), ("VI", "V", None), ("V", "IV", {"fr": "V"}), ("IV", "VI", {"en": "V"})],
)
def test_in_both(en: str, fr: str, remedy: dict[str, str] | None) -> None:
    rule = crit("official_languages", mode="both", level="V")
    result = judge(rule, languages={"en": en, "fr": fr})
    status = MET if remedy is None else NOT_MET
    assert (result.status, result.reason.code) == (status, f"languages.both.{status.value}")
    assert (result.remedy.values["levels"] if result.remedy else None) == remedy


@pytest.mark.parametrize(
    ("en", "fr", "status"),
    [("III", "VI", MET), ("VI", "VI", MET), ("II", "VI", NOT_MET), ("VI", "V", NOT_MET)],
)
def test_a_level_per_language(en: str, fr: str, status: Status) -> None:
    rule = crit("official_languages", mode="per_language", fr="VI", en="III")
    assert judge(rule, languages={"en": en, "fr": fr}).status is status


def test_french_as_mother_tongue_via_per_language() -> None:
    rule = crit("official_languages", mode="per_language", fr="VI")
    assert judge(rule, languages={"en": "V"}, mother_tongues=["fr"]).status is MET
    assert judge(rule, languages={"en": "VI", "fr": "V"}).status is NOT_MET


def test_official_languages_missing_or_unsure_is_unknown() -> None:
    assert judge(V_AND_I).reason.code == "languages.missing"
    assert judge(V_AND_I).status is UNKNOWN
    assert judge(V_AND_I, languages={"en": "V", "fr": "I"}, answer="unsure").status is UNKNOWN


# --- other languages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("levels", "tongues", "status"),
    [
        ({"ru": "IV"}, [], MET),
        ({"ru": "VI"}, [], MET),
        ({"ru": "III"}, [], NOT_MET),  # one level below
        ({}, [], UNKNOWN),  # no language given at all: not asked yet
        ({"en": "V"}, [], NOT_MET),  # languages given, Russian not among them
        ({}, ["ru"], MET),  # a mother tongue is above every level
    ],
)
def test_other_language_at_a_minimum_level(
    levels: dict[str, str], tongues: list[str], status: Status
) -> None:
    rule = crit("language", language="ru", min_level="IV")
    result = judge(rule, languages=levels, mother_tongues=tongues)
    assert result.status is status
    if status is NOT_MET:
        assert result.remedy is not None and result.remedy.values == {"levels": {"ru": "IV"}}


def test_other_language_any_ability() -> None:
    rule = crit("language", language="ru")
    assert judge(rule, languages={"ru": "I"}).status is MET
    assert judge(rule, languages={"de": "VI"}).status is NOT_MET


def test_other_language_as_mother_tongue() -> None:
    rule = crit("language", language="ru", mother_tongue=True)
    result = judge(rule, mother_tongues=["uk", "ru"])
    assert (result.status, result.reason.code, result.answer) == (
        MET,
        "language.mother_tongue",
        "mother_tongue",
    )
    result = judge(rule, languages={"ru": "VI"})  # fluent is not native
    assert (result.status, result.reason.code) == (NOT_MET, "language.not_mother_tongue")


def test_other_language_unsure_is_unknown() -> None:
    rule = crit("language", language="ru", min_level="IV")
    assert judge(rule, languages={"ru": "IV"}, answer="unsure").status is UNKNOWN


# --- driving licence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("held", "status"),
    [(["B"], MET), (["b"], MET), (["A", "B", "C"], MET), ([], NOT_MET), (["A"], NOT_MET)],
)
def test_driving_licence_category(held: list[str], status: Status) -> None:
    result = judge(crit("driving_licence", categories=["B"]), driving_licences=held)
    assert result.status is status


def test_driving_licence_names_the_missing_categories() -> None:
    result = judge(crit("driving_licence", categories=["B", "C"]), driving_licences=["B"])
    assert (result.status, result.reason.values) == (NOT_MET, {"missing": ["C"]})
    assert result.remedy is not None and result.remedy.values == {"categories": ["C"]}


def test_driving_licence_not_given_or_unsure_is_unknown() -> None:
    rule = crit("driving_licence", categories=["B"])
    assert judge(rule).status is UNKNOWN  # None: not answered; [] would mean "no licence"
    assert judge(rule, driving_licences=["B"], answer="unsure").status is UNKNOWN


# --- self-declared kinds -------------------------------------------------------------------

DECLARED = [
    crit("fitness_test", recurring=True),
    crit("firearms", shooting_test=True),
    crit("availability", needs=["shifts", "nights"]),
    crit("certification", any_of=["CISSP", "CISM"], or_equivalent=True),
    crit("statement"),
]


@pytest.mark.parametrize("rule", DECLARED, ids=[r["kind"] for r in DECLARED])
@pytest.mark.parametrize(
    ("answer", "status", "code"),
    [
        (True, MET, "declared.yes"),
        (False, NOT_MET, "declared.no"),
        ("unsure", UNKNOWN, "declared.unsure"),
        (None, UNKNOWN, "declared.unanswered"),
    ],
)
def test_self_declared(rule: dict[str, Any], answer: Any, status: Status, code: str) -> None:
    result = judge(rule, answer=answer)
    assert (result.status, result.reason.code) == (status, code)
    assert result.reason.values == {"kind": rule["kind"]}


def test_answers_belong_to_one_vacancy() -> None:
    profile = Profile().with_answer("OTHER", "statement", True)
    assert judge(crit("statement"), profile).status is UNKNOWN


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_reason_renders(lang: str) -> None:
    cases = [
        (crit("nationality"), {"nationality": "CH"}),
        (crit("education", min_level="master"), {"education": "bachelor"}),
        (crit("experience", min_years=3, domain=_DOMAIN), {}),
        (V_AND_I, {"languages": {"en": "II"}}),
        (crit("official_languages", mode="both", level="V"), {"languages": {"en": "V"}}),
        (crit("official_languages", mode="per_language", en="III"), {"languages": {"fr": "I"}}),
        (crit("language", language="ru", min_level="II"), {}),
        (crit("driving_licence", categories=["C"]), {"driving_licences": []}),
    ]
    for rule, facts in cases:
        result = judge(rule, **facts)
        for reason in (result.reason, result.remedy):
            if reason is not None:
                rendered = render_reason(reason, lang)
                assert rendered and "{" not in rendered and "None" not in rendered
