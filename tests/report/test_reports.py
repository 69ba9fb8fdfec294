"""Text, HTML and JSON reports: the same content, in both languages, safely escaped."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable

import pytest
from vacancy_builders import crit, failing_profile, make_vacancy, meeting_profile

from screener.domain.assessment import Assessment
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.report import messages
from screener.report.html_report import render_html
from screener.report.json_report import assessment_to_dict, vacancy_to_dict
from screener.report.text_report import render_text

LANGS = ("en", "fr")


@pytest.fixture
def mixed(vacancy: Callable[[str], Vacancy]) -> Assessment:
    """250717 with one essential not met, one unknown, the rest met, some desirables."""
    v = vacancy("250717")
    profile = failing_profile(v, "experience")
    assert profile is not None
    profile = profile.with_answer("250717", "fitness", "unsure")
    for desirable in v.desirable:
        profile = profile.with_answer("250717", desirable.id, None)
    profile = profile.with_answer("250717", "d-nato-security-policy", True)
    profile = profile.with_answer("250717", "d-military-police-training", False)
    return assess(v, profile, on=dt.date(2025, 5, 12))


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- text ----------------------------------------------------------------------------------


def test_text_report_in_english(mixed: Assessment) -> None:
    text = render_text(mixed, "en")
    flat = _flat(text)
    assert text.startswith("Coordinator, HQ Security Force (250717)\n")
    assert "Screening date: 12 May 2025" in text
    assert (
        "✘ Not eligible: 1 essential requirement not met. Applications close tomorrow, 13 May "
        "2025 (Brussels time)." in flat
    )
    assert "[Not met] have at least five years of experience" in text
    assert "[Can't tell yet] maintain a good physical condition" in text
    assert "[Met] have a good general education" in text
    assert "What would change it: One more year of experience." not in text  # 0.5 short
    assert "What would change it: Another 0.5 years of experience." in flat
    assert "1 of 5 desirable qualifications met" in text
    assert 'calls it "Intermediate"' in flat
    assert "What self-screening cannot settle" in text
    assert "appointment is at the lower grade (G10)" in flat
    assert "NATO never asks candidates for money" in flat and "generative AI" in flat
    # What to settle comes first, then what is met, then desirables.
    assert (
        text.index("What to settle first")
        < text.index("Essential requirements met: 8")
        < text.index("Desirable qualifications")
    )
    assert max(len(line) for line in text.splitlines()) <= 100


def test_text_report_in_french(mixed: Assessment) -> None:
    typeset = render_text(mixed, "fr")
    # French typography: a no-break space before the colon, never a line break there.
    assert "Non admissible\u00a0: 1 acquis essentiel non rempli" in typeset
    assert " :" not in typeset
    text = typeset.replace("\u00a0", " ")
    flat = _flat(text)
    assert "Les candidatures ferment demain, le 13 mai 2025 (heure de Bruxelles)." in flat
    assert "[Non rempli] avoir au moins cinq ans" in text
    assert "[À préciser]" in text and "[Rempli]" in text
    assert "Ce qui changerait le résultat : 0,5 an d'expérience de plus." in flat
    assert "Acquis souhaitables remplis : 1 sur 5" in text
    assert "Ce que l'auto-évaluation ne peut pas établir" in text
    assert "L'OTAN ne demande jamais d'argent" in flat and "intelligence artificielle" in flat
    assert "Votre réponse : " in text


def test_text_report_marks_drafts_and_handles_no_desirables() -> None:
    v = make_vacancy(crit("statement"), draft=True)
    text = render_text(assess(v, Profile(), on=dt.date(2029, 1, 1)), "en")
    assert "Draft vacancy" in text
    assert "This notice lists no desirable qualifications." in text
    assert "What self-screening cannot settle" not in text  # this vacancy lists no conditions
    assert "generative AI" in _flat(text)


# --- HTML ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_html_is_self_contained_and_printable(mixed: Assessment, lang: str) -> None:
    page = render_html(mixed, lang)
    assert page.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}">' in page
    assert '<meta charset="utf-8">' in page
    lowered = page.lower()
    for forbidden in ("<script", "<link", "src=", "http://", "https://", "@import", "url("):
        assert forbidden not in lowered
    assert "@media print" in page


def test_html_status_never_depends_on_colour(mixed: Assessment) -> None:
    page = render_html(mixed, "en")
    cells = re.findall(r'<td class="status (\w+)">(.*?)</td>', page)
    assert len(cells) == len(mixed.criteria)
    shown = {status: inner for status, inner in cells}
    assert "✔" in shown["met"] and "Met" in shown["met"]
    assert "✘" in shown["not_met"] and "Not met" in shown["not_met"]
    assert "?" in shown["unknown"] and "Can&#x27;t tell yet" in shown["unknown"]
    french = render_html(mixed, "fr")
    assert "✘</span> Non rempli" in french and "✔</span> Rempli" in french


def test_html_has_the_same_content_as_the_text(mixed: Assessment) -> None:
    page = render_html(mixed, "en")
    assert "Not eligible: 1 essential requirement not met" in page
    assert "Applications close tomorrow, 13\u00a0May\u00a02025 (Brussels time)." in page
    assert "What would change it: Another 0.5 years of experience." in page
    assert "1 of 5 desirable qualifications met" in page
    assert "What self-screening cannot settle" in page
    assert "generative AI" in page
    assert "calls it &quot;Intermediate&quot;" in page  # the warning, escaped
    for result in mixed.criteria:
        assert f'id="criterion-{result.id}"' in page


HOSTILE = [
    "<b>bold</b>",
    "<img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "Fish & Chips 'quoted'",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_html_escapes_text_from_the_vacancy_and_the_profile(hostile: str) -> None:
    statement = crit("statement", "s")
    statement["text"] = {"en": f"be {hostile} able", "fr": f"être {hostile}"}
    licence = crit("driving_licence", "licence", categories=["B"])
    v = make_vacancy(
        statement,
        licence,
        title={"en": f"Post {hostile}", "fr": f"Poste {hostile}"},
        warnings=[{"code": "odd", "text": {"en": f"warn {hostile}", "fr": f"avert {hostile}"}}],
    )
    profile = Profile(driving_licences=[hostile])  # free text typed by the user
    result = assess(v, profile, on=dt.date(2029, 1, 1))
    page = render_html(result, "en")
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace('"', "&quot;").replace("'", "&#x27;")
    for shown in (f"be {escaped} able", f"Post {escaped}", f"warn {escaped}"):
        assert shown in page
    assert page.count(escaped) == 4  # the title twice, the requirement, the warning
    assert html.escape(hostile.upper()) in page  # the licence answer (categories in capitals)
    body = page.split("</style>", 1)[1]
    assert "<img" not in body and "<script" not in body and "<b>" not in body
    # The literal text is what a reader sees once the browser decodes the entities.
    assert f"be {hostile} able" in html.unescape(body)


# --- JSON ----------------------------------------------------------------------------------


def test_json_report_shape(mixed: Assessment) -> None:
    data = assessment_to_dict(mixed, "en")
    json.dumps(data)  # serialisable as is
    assert {
        "reference",
        "title",
        "draft",
        "on",
        "verdict",
        "criteria",
        "desirable",
        "deadline",
        "warnings",
        "conditions",
    } <= data.keys()
    assert (data["reference"], data["on"], data["verdict"]) == (
        "250717",
        "2025-05-12",
        "not_eligible",
    )
    assert data["desirable"] == {"met": 1, "total": 5}
    assert data["deadline"] == {
        "state": "closing_soon",
        "closes_at": "2025-05-13T23:59:59+02:00",
        "days_left": 1,
        "closed_since": None,
        "text": "Closes tomorrow (13 May 2025)",
    }
    for item in data["criteria"]:
        assert {
            "id",
            "essential",
            "kind",
            "status",
            "reason",
            "remedy",
            "requirement",
            "answer",
        } <= (item.keys())
        assert set(item["reason"]) == {"code", "values", "text"}
    experience = next(c for c in data["criteria"] if c["id"] == "experience")
    assert experience["status"] == "not_met"
    assert experience["remedy"] == {
        "code": "remedy.more_years",
        "values": {"years": 0.5},
        "text": "Another 0.5 years of experience.",
    }
    assert data["warnings"][0]["code"] == "language_level_contradiction"
    assert data["conditions"][0] == {
        "code": "security_clearance",
        "text": "A national security clearance at NATO SECRET level, requested after selection "
        "(it can take months).",
    }


def test_json_report_in_french(mixed: Assessment) -> None:
    data = assessment_to_dict(mixed, "fr")
    assert data["title"] == "Coordonnatrice/Coordonnateur (Force de sécurité du siège)"
    assert data["verdict"] == "not_eligible"  # codes never change with the language
    languages = next(c for c in data["criteria"] if c["id"] == "languages")
    assert languages["requirement"].startswith("avoir au minimum le niveau de compétence V")
    assert data["deadline"]["text"] == "Clôture demain (13 mai 2025)"


def test_vacancy_to_dict(vacancy: Callable[[str], Vacancy]) -> None:
    data = vacancy_to_dict(vacancy("241600"))
    json.dumps(data)
    assert data["grade"] == {"min": "G10", "max": "G12"}
    assert data["deadline"] == {"date": "2024-12-08", "time": None}
    assert data["closes_at"] == "2024-12-08T23:59:59+01:00"
    assert [c["kind"] for c in data["essential"]][:3] == ["nationality", "education", "experience"]
    assert all({"id", "kind", "text"} <= c.keys() for c in data["essential"] + data["desirable"])


# --- every bundled vacancy renders in both languages ---------------------------------------


@pytest.mark.parametrize("reference", ["241436", "241600", "250411", "250717", "250939"])
@pytest.mark.parametrize("lang", LANGS)
def test_every_bundled_vacancy_renders(
    vacancy: Callable[[str], Vacancy], reference: str, lang: str
) -> None:
    v = vacancy(reference)
    for profile in (Profile(), meeting_profile(v)):
        result = assess(v, profile, on=dt.date(2025, 1, 1))
        for rendered in (render_text(result, lang), render_html(result, lang)):
            assert "{" not in rendered.split("</style>")[-1]  # no unfilled template
            verdict = messages.verdict_label(result.verdict, lang).upper()
            assert verdict in html.unescape(rendered).upper()
        assert json.dumps(assessment_to_dict(result, lang))
