"""Each output an adviser reads names a requirement in words, in the language asked: the
CSV, the workbook, the gap plan and the dossier (the matrix: tests/ui/adviser)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
from vacancy_builders import crit, make_vacancy

from screener.adviser.dossier import build_dossier, dossier_html
from screener.adviser.gaps import gap_plan
from screener.adviser.wording import plan_text
from screener.adviser.workbook import xlsx_bytes
from screener.batch import csv_text, run_batch, to_json
from screener.domain.profile import Profile

ON = dt.date(2029, 1, 1)
RULES = {
    **crit("statement", "stanag-rules"),
    "text": {
        "en": "know the « STANAG » rules: handling, marking and storage of documents",
        # As notices are pasted from web pages: with no-break spaces of their own.
        "fr": "connaître les règles «\u00a0STANAG\u00a0»\u00a0: traitement, marquage et stockage",
    },
}
TRAVEL = {
    **crit("statement", "travel"),
    "text": {"en": "be willing to <b>travel</b> at short notice", "fr": "voyager <b>souvent</b>"},
}
VACANCY = make_vacancy(
    crit("nationality"),
    crit("experience", "experience", min_years=5, domain={"en": "security", "fr": "sécurité"}),
    RULES,
    TRAVEL,
)
DANA = (
    Profile(name="Dana", nationality="BE")
    .with_answer("T1", "stanag-rules", False)
    .with_answer("T1", "experience", 2)
)


def test_csv_and_workbook_name_the_failing_requirements_in_words() -> None:
    result = run_batch([("dana.json", DANA)], [VACANCY], ON)
    english = list(csv.reader(io.StringIO(csv_text(result, "en"))))
    assert english[1] == [
        "Dana",
        "not eligible: experience (5 years); know the « STANAG » rules: handling…",
    ]
    french = list(csv.reader(io.StringIO(csv_text(result, "fr"))))
    # Plain spaces in a cell, so a spreadsheet's filter finds what an adviser types.
    assert french[1][1] == "non admissible : expérience (5 ans) ; connaître les règles « STANAG »…"
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(result, "fr"))).active
    assert book["B2"].value == french[1][1]
    # The JSON keeps the ids: they are its keys.
    assert to_json(result)["candidates"][0]["results"]["T1"]["failing"] == [
        "experience",
        "stanag-rules",
    ]


def test_the_gap_plan_says_what_still_fails_and_stays_open_in_words() -> None:
    plan = plan_text(gap_plan(DANA, [VACANCY], ON), "en", {"T1": VACANCY})
    assert "T1 still fails: experience (5 years)\n" in plan
    assert "T1 still fails: know the « STANAG » rules: handling…\n" in plan
    assert "T1 then still needs an answer about: be willing to <b>travel</b> at short…" in plan
    assert "stanag-rules" not in plan and "travel\n" not in plan
    french = plan_text(gap_plan(DANA, [VACANCY], ON), "fr", {"T1": VACANCY})
    assert "T1 reste non rempli pour\u00a0: expérience (5 ans)\n" in french
    assert "T1 reste non rempli pour\u00a0: connaître les règles «\u00a0STANAG\u00a0»…" in french


def test_the_dossier_names_them_in_words_as_text_never_markup() -> None:
    page = dossier_html(build_dossier(DANA, [VACANCY], ON), "en")
    assert "<li>T1 still fails: know the « STANAG » rules: handling…</li>" in page
    assert "be willing to &lt;b&gt;travel&lt;/b&gt; at short…" in page
    assert "<b>travel</b>" not in page
    french = dossier_html(build_dossier(DANA, [VACANCY], ON), "fr")
    assert "T1 demande encore une réponse sur\u00a0: voyager &lt;b&gt;souvent&lt;/b&gt;" in french


def test_nothing_to_open_is_said_in_french_whatever_the_count() -> None:
    """« exclu d'aucun des 1 postes examinés » was neither French nor singular."""
    plan = plan_text(gap_plan(Profile(name="Eve"), [VACANCY], ON), "fr", {"T1": VACANCY})
    assert "Rien à ouvrir\u00a0: aucune exclusion. Postes examinés\u00a0: 1." in plan
