"""A language asked about and left unanswered keeps its requirements open ("Can't tell yet"),
where an absent language still means "none", as profile files always said."""

from __future__ import annotations

import datetime as dt
import json

from vacancy_builders import crit, make_vacancy

from screener.domain.assessment import Status, Verdict
from screener.domain.engine import assess
from screener.domain.fast_verdict import fast_verdict
from screener.domain.outcomes import Reason
from screener.domain.profile import Profile
from screener.domain.scales import LanguageLevel
from screener.report.messages import render_reason

ON = dt.date(2025, 1, 15)
VACANCY = make_vacancy(
    crit("official_languages", "languages", mode="one_and_other", one="V", other="II"),
    crit("language", "russian", language="ru", min_level="III"),
)


def statuses(profile: Profile) -> dict[str, tuple[Status, str]]:
    result = assess(VACANCY, profile, ON)
    assert fast_verdict(VACANCY, profile).verdict is result.verdict
    return {r.id: (r.status, r.reason.code) for r in result.criteria}


def test_an_absent_language_still_means_none() -> None:
    got = statuses(Profile(languages={"en": "V"}))
    assert got["languages"] == (Status.NOT_MET, "languages.one_and_other.not_met")
    assert got["russian"] == (Status.NOT_MET, "language.below")


def test_an_unanswered_language_leaves_its_requirements_open() -> None:
    profile = Profile(languages={"en": "V"}, unanswered_languages=["fr", "ru"])
    got = statuses(profile)
    assert got["languages"] == (Status.UNKNOWN, "languages.unanswered")
    assert got["russian"] == (Status.UNKNOWN, "language.missing")
    assert assess(VACANCY, profile, ON).verdict is Verdict.INCOMPLETE
    reason = assess(VACANCY, profile, ON).criteria[0].reason
    assert render_reason(reason, "en") == "Your level in French is not answered yet."
    assert render_reason(reason, "fr") == "Votre niveau en français n'est pas encore indiqué."


def test_not_met_whatever_the_answer_is_not_met() -> None:
    # English II: French V would do, so French unanswered leaves it open.
    got = statuses(Profile(languages={"en": "II"}, unanswered_languages=["fr"]))
    assert got["languages"][0] is Status.UNKNOWN
    # English I: neither V nor II, so no French level can make it.
    got = statuses(Profile(languages={"en": "I"}, unanswered_languages=["fr"]))
    assert got["languages"] == (Status.NOT_MET, "languages.one_and_other.not_met")


def test_a_level_given_counts_even_if_listed_as_unanswered() -> None:
    profile = Profile(languages={"en": "V", "fr": "III", "ru": "IV"}, unanswered_languages=["fr"])
    assert statuses(profile) == {
        "languages": (Status.MET, "languages.one_and_other.met"),
        "russian": (Status.MET, "language.meets"),
    }
    native = Profile(languages={"en": "V", "fr": "II"}, mother_tongues=["ru"])
    assert statuses(native.model_copy(update={"unanswered_languages": ["ru"]}))["russian"] == (
        Status.MET,
        "language.meets",
    )


def test_profile_files_keep_their_meaning() -> None:
    assert "unanswered_languages" not in json.loads(Profile(name="a").model_dump_json())
    asked = Profile(name="a", unanswered_languages=["fr"])
    assert json.loads(asked.model_dump_json())["unanswered_languages"] == ["fr"]
    assert Profile.model_validate_json(asked.model_dump_json()) == asked
    assert Profile.model_validate({"name": "old"}).unanswered_languages == []


def test_years_are_whole_numbers_when_they_are() -> None:
    meets = Reason("experience.meets", {"has": 5.0, "needs": 4.0})
    assert render_reason(meets, "en") == "You have 5 years; the notice asks for at least 4 years."
    short = Reason("remedy.more_years", {"years": 1.5})
    assert render_reason(short, "en") == "Another 1.5 years of experience."
    assert render_reason(short, "fr") == "1,5 an d'expérience de plus."


def test_a_profile_edited_in_place_is_read_again() -> None:
    profile = Profile(languages={"en": "V"})
    assert statuses(profile)["russian"] == (Status.NOT_MET, "language.below")
    profile.unanswered_languages.append("ru")
    assert statuses(profile)["russian"] == (Status.UNKNOWN, "language.missing")
    profile.languages["ru"] = LanguageLevel.IV
    assert statuses(profile)["russian"] == (Status.MET, "language.meets")
