"""The dossier as PDF, laid out by Qt, from the command line."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf
from adviser_support import save

from screener.domain.profile import Profile


def test_cli_dossier_html_and_pdf(run, tmp_path: Path, french_ii: Profile) -> None:
    profile = save(tmp_path, french_ii)
    html_file = tmp_path / "anne.html"
    args = ["dossier", "--profile", str(profile), "--on", "2025-01-01", "--office", "Office X"]
    result = run(*args, "--vacancy", "241600", "-o", str(html_file))
    assert result.code == 0, result.err
    page = html_file.read_text(encoding="utf-8")
    assert "Prepared by Office X" in page and "opens 1: 241600" in page

    pdf_file = tmp_path / "anne.pdf"
    result = run(*args, "--open-only", "--lang", "fr", "-o", str(pdf_file))
    assert result.code == 0, result.err
    reader = pypdf.PdfReader(io.BytesIO(pdf_file.read_bytes()))
    # Each page's text read once (pypdf parses the page again at every extract_text).
    pages = [page.extract_text() for page in reader.pages]
    words = " ".join(unicodedata.normalize("NFKC", " ".join(pages)).split())
    assert "Dossier du candidat" in words
    assert "250939" in words and "241600" not in words  # 241600 closed in 2024
    assert len(pages) >= 2  # each vacancy's record starts a page
    # The office heads every page, once, and every page has its number.
    for number, page_text in enumerate(pages, start=1):
        page_words = " ".join(unicodedata.normalize("NFKC", page_text).split())
        assert page_words.count("Établi par Office X") == 1, number
        assert page_words.endswith(str(number)) or f" {number} " in page_words, number


def test_markup_in_a_profile_prints_literally_in_the_dossier_pdf(
    run, tmp_path: Path, french_ii: Profile
) -> None:
    # The dossier's HTML is laid out by Qt: text from the candidate's file must stay text.
    named = french_ii.model_copy(update={"name": "<b>Ana</b> <img src='x.png'>"})
    profile = save(tmp_path, named)
    pdf_file = tmp_path / "ana.pdf"
    args = ["dossier", "--profile", str(profile), "--on", "2025-01-01", "--vacancy", "241600"]
    result = run(*args, "--office", "<i>Office</i>", "-o", str(pdf_file))
    assert result.code == 0, result.err
    reader = pypdf.PdfReader(io.BytesIO(pdf_file.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    words = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "<b>Ana</b> <img src='x.png'>" in words
    assert "<i>Office</i>" in words


def test_a_long_office_name_is_cut_at_the_page_edge(
    run, tmp_path: Path, french_ii: Profile
) -> None:
    # 200 characters, as the Office name dialog allows: the header ran past the page's right
    # edge, cut off mid-word by the paper. It ends in "…" within the page now.
    profile = save(tmp_path, french_ii)
    pdf_file = tmp_path / "anne.pdf"
    office = "Career-office-" * 14 + "END"
    args = ["dossier", "--profile", str(profile), "--vacancy", "241600", "--office", office]
    result = run(*args, "-o", str(pdf_file))
    assert result.code == 0, result.err
    first = pypdf.PdfReader(io.BytesIO(pdf_file.read_bytes())).pages[0].extract_text()
    header = " ".join(unicodedata.normalize("NFKC", first.splitlines()[0]).split())
    assert header.startswith("Prepared by Career-office-")
    assert header.endswith("...") and "END" not in header  # "…" as NFKC spells it
