"""The dossier (HTML from the core, PDF through Qt) and the matrix as an .xlsx workbook."""

from __future__ import annotations

import builtins
import datetime as dt
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from adviser_support import save

from screener.adviser.dossier import build_dossier, dossier_html, office_name, set_office_name
from screener.adviser.workbook import xlsx_bytes
from screener.batch import run_batch
from screener.domain.profile import Profile
from screener.persistence.settings import Settings, load_settings, save_settings

ON = dt.date(2025, 1, 1)


def test_dossier_html_in_order_facts_results_plan_records(vacancy, french_ii: Profile) -> None:
    chosen = [vacancy("241600"), vacancy("250939")]
    page = dossier_html(build_dossier(french_ii, chosen, ON, "Bureau <Bruxelles>"), "en")
    assert '<p class="office"><b>Prepared by Bureau &lt;Bruxelles&gt;</b></p>' in page
    assert "<th>Reference</th><th>Title</th><th>Result</th><th>Deadline</th>" in page
    order = [
        "<h1>Candidate dossier: Anne Peeters</h1>",
        "<th>Languages</th><td>English V (Advanced), French II (Elementary)</td>",
        "<td>241600</td><td>Principal Assistant, The Human Security Unit</td><td>Not eligible</td>"
        "<td>Closed since 8 December 2024</td>",
        "<td>250939</td>",
        "<h2>What would open more vacancies</h2>",
        "<li>French at level III (Intermediate).<ul><li>opens 1: 241600</li>",
        '<h2 class="records">Each vacancy in full</h2>',
        "<h2>Principal Assistant, The Human Security Unit</h2>",
        "Profile: Anne Peeters",
        "<h2>Close Protection Operations Centre Agent (+Reserve List)</h2>",
    ]
    positions = [page.index(part) for part in order]
    assert positions == sorted(positions)


def test_dossier_in_french(vacancy, french_ii: Profile) -> None:
    page = dossier_html(build_dossier(french_ii, [vacancy("241600")], ON), "fr")
    assert "<h1>Dossier du candidat\u00a0: Anne Peeters</h1>" in page
    assert "Ce qui ouvrirait d&#x27;autres postes" in page
    assert "Français au niveau III (intermédiaire)." in page
    assert "Prepared by" not in page and "Établi par" not in page  # no office set


def test_office_name_is_a_preference_kept_with_the_settings() -> None:
    settings = Settings()
    assert office_name(settings) is None
    set_office_name(settings, "  Centre de carrière, Namur  ")
    save_settings(settings)
    assert office_name(load_settings()) == "Centre de carrière, Namur"
    set_office_name(settings, "")
    assert office_name(settings) is None


def test_cli_dossier_html(run, tmp_path: Path, french_ii: Profile) -> None:
    profile = save(tmp_path, french_ii)
    html_file = tmp_path / "anne.html"
    args = ["dossier", "--profile", str(profile), "--on", "2025-01-01", "--office", "Office X"]
    result = run(*args, "--vacancy", "241600", "-o", str(html_file))
    assert result.code == 0, result.err
    page = html_file.read_text(encoding="utf-8")
    assert "Prepared by Office X" in page and "opens 1: 241600" in page


def test_cli_dossier_pdf_without_qt_says_so(
    run, tmp_path: Path, french_ii: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_qt(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith(("PySide6", "screener.ui")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_qt)
    profile = save(tmp_path, french_ii)
    result = run("dossier", "--profile", str(profile), "-o", str(tmp_path / "anne.pdf"))
    assert result.code == 2
    assert "a PDF needs PySide6 (Qt)" in result.err and "write .html instead" in result.err
    assert not (tmp_path / "anne.pdf").exists()


def test_cli_dossier_problems(run, tmp_path: Path, french_ii: Profile) -> None:
    profile = save(tmp_path, french_ii)
    wrong = run("dossier", "--profile", str(profile), "-o", str(tmp_path / "x.docx"))
    assert wrong.code == 2 and "give a name ending in .pdf or .html" in wrong.err
    missing = run("dossier", "--profile", str(tmp_path / "no.json"), "-o", str(tmp_path / "x.html"))
    assert missing.code == 2 and "no.json" in missing.err


def test_dossier_help_says_pdf_needs_qt(run) -> None:
    result = run("dossier", "--help")
    assert result.code == 0
    assert "Qt" in " ".join(result.out.split())


def test_workbook_has_a_frozen_header_and_the_csv_words(vacancy, french_ii: Profile) -> None:
    attacker = french_ii.model_copy(update={"name": '=HYPERLINK("http://x")'})
    result = run_batch(
        [("a.json", french_ii), ("b.json", attacker)], [vacancy("241600"), vacancy("250939")], ON
    )
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(result, "en")))
    sheet = book.active
    assert sheet.freeze_panes == "B2"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["candidate", "241600", "250939"]
    assert rows[1] == [
        "Anne Peeters",
        "not eligible: official languages",
        "not eligible: experience (4 years); fitness test",
    ]
    # Stored as text, not as a formula.
    assert sheet["A3"].data_type == "s" and sheet["A3"].value == '=HYPERLINK("http://x")'
    french = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(result, "fr"))).active
    assert french["A1"].value == "candidat"
    assert french["B2"].value == "non admissible : langues officielles"
