"""A PDF whose pages hold far more drawing instructions than a notice's is refused before
any text is extracted from it: pypdf reads about a megabyte of them a second, and a 30 KB
file can hold 14 MB of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_support import make_pdf

from screener.importer import pdf_text
from screener.importer.notice_files import read_notice_file
from screener.importer.pdf_text import MAX_PDF_CONTENT_BYTES, MAX_PDF_PAGE_CONTENT_BYTES
from screener.persistence.errors import FileProblemError

pytest.importorskip("pypdf")

_LINE = "Requirement text of a notice, forty-two letters"


def _lines_of(content_bytes: int) -> list[str]:
    # Each line is drawn as "(...) Tj T* ": its text and 8 bytes of instructions.
    return [_LINE] * (content_bytes // (len(_LINE) + 8) + 1)


def test_a_page_of_megabytes_of_drawing_is_refused_naming_the_page(tmp_path: Path) -> None:
    lines = ["ESSENTIAL", "- A degree", *_lines_of(MAX_PDF_PAGE_CONTENT_BYTES)]
    path = tmp_path / "crafted.pdf"
    path.write_bytes(make_pdf(lines, lines_per_page=len(lines)))

    with pytest.raises(FileProblemError) as caught:
        read_notice_file(path)
    message = str(caught.value)
    assert "crafted.pdf" in message
    assert "page 1 of the PDF holds" in message
    assert "copy the notice's text instead" in message


def test_pages_that_together_hold_too_much_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pages of text in long strings are also refused by their characters' count (see
    # MAX_PDF_PAGE_PARTS): lifted here, to reach the limit of bytes.
    monkeypatch.setattr(pdf_text, "MAX_PDF_PAGE_PARTS", 10**9)
    monkeypatch.setattr(pdf_text, "MAX_PDF_PARTS", 10**9)
    per_page = MAX_PDF_PAGE_CONTENT_BYTES * 9 // 10
    pages = MAX_PDF_CONTENT_BYTES // per_page + 1
    lines = _lines_of(per_page - 1000)
    path = tmp_path / "heavy.pdf"
    path.write_bytes(make_pdf(lines * pages, lines_per_page=len(lines)))

    with pytest.raises(FileProblemError) as caught:
        read_notice_file(path)
    assert f"the PDF's first {pages} pages hold more than" in str(caught.value)


def test_an_ordinary_notice_pdf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(["Title: Technician", "ESSENTIAL", "- A degree in engineering"]))
    assert "A degree in engineering" in read_notice_file(path)
