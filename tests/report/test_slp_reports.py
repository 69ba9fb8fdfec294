"""A language asked at a STANAG 6001 profile, as every report shows it: the example vacancy
file of docs/ screened, its reasons in English and French in text, HTML and JSON (the PDF is
printed from the same HTML document)."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from screener.domain.assessment import Assessment
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.persistence.vacancy_files import load_vacancy
from screener.report.html_report import render_html
from screener.report.json_report import assessment_to_dict
from screener.report.text_report import render_text

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLE = DOCS / "examples" / "slp-example.toml"


def _assessment(slp: dict[str, str]) -> Assessment:
    vacancy = load_vacancy(EXAMPLE)
    profile = Profile(nationality="BE", slp=slp)
    return assess(vacancy, profile, on=dt.date(2026, 12, 1))


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_documented_example_is_the_example_file() -> None:
    # The format document quotes the example file's English criterion word for word.
    example = EXAMPLE.read_text(encoding="utf-8")
    documented = (DOCS / "cli.md").read_text(encoding="utf-8")
    snippet = re.search(
        r"```toml\n(\[\[essential\]\]\nkind = \"language_profile\".*?)```", documented, re.S
    )
    assert snippet is not None
    assert snippet[1] in example


def test_text_report_names_the_skills_below_in_both_languages() -> None:
    assessment = _assessment({"en": "33+23", "fr": "none"})
    english = _flat(render_text(assessment, "en"))
    assert "[Not met] English - SLP 3333 (Listening, Speaking, Reading and Writing)" in english
    assert "Your answer: SLP 33+23" in english
    assert (
        "English: you hold SLP 33+23; the notice asks for SLP 3333 (Reading 2, asked 3)." in english
    )
    assert (
        "What would change it: A STANAG 6001 test in English giving SLP 3333 or above." in english
    )
    assert "French: the notice asks for SLP 2+2+22; you hold no SLP in this language." in english
    french = _flat(render_text(assessment, "fr"))
    assert "Anglais : vous avez le profil SLP 33+23 ; l'avis demande le profil SLP 3333" in french
    assert "(Compréhension de l'écrit 2, demandé 3)" in french
    assert "Un test STANAG 6001 en anglais donnant le profil SLP 3333 ou plus." in french


def test_html_and_json_say_the_same() -> None:
    assessment = _assessment({"en": "4443", "fr": "2+2+22"})
    page = _flat(html.unescape(render_html(assessment, "en")))
    assert "English: you hold SLP 4443; the notice asks for SLP 3333." in page
    assert "French: you hold SLP 2+2+22; the notice asks for SLP 2+2+22." in page
    data = assessment_to_dict(assessment, "fr")
    english = next(c for c in data["criteria"] if c["id"] == "slp-en")
    assert english["kind"] == "language_profile"
    assert english["status"] == "met"
    assert english["reason"]["code"] == "language_profile.meets"
    assert english["reason"]["values"] == {"language": "en", "has": "4443", "needs": "3333"}
    assert english["reason"]["text"].startswith("Anglais\u00a0: vous avez le profil SLP 4443")
    assert english["answer"] == "SLP 4443"


def test_no_slp_given_cannot_tell_yet() -> None:
    assessment = _assessment({})
    english = _flat(render_text(assessment, "en"))
    assert "[Can't tell yet] English - SLP 3333" in english
    assert "your SLP is not given yet." in english
