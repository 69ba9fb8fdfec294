"""Requirement tables laid out by section in documents (the thirty-ninth blind batch's side-by-
side table): a Word table with several paragraphs in a cell, and a PDF whose table text comes
out cell by cell, as an office suite draws a table."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pdf_writer import pdf_file

from screener.domain.vacancy import Vacancy
from screener.importer import import_notice_file

_DEGREE = "University degree in computer science."
_YEARS = "At least 4 years' experience in network administration."
_NORWEGIAN = "Knowledge of Norwegian."
_CCNP = "CCNP certification."


def _lists(vacancy: Vacancy) -> tuple[list[str], list[str]]:
    return [c.kind for c in vacancy.essential[1:]], [c.kind for c in vacancy.desirable]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _word_cell(*paragraphs: str) -> str:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return f"<w:tc>{body or '<w:p/>'}</w:tc>"


def _word(tmp_path: Path, rows: list[list[tuple[str, ...]]]) -> Vacancy:
    table = "".join("<w:tr>" + "".join(_word_cell(*c) for c in row) + "</w:tr>" for row in rows)
    top = "".join(
        f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>"
        for line in ("Title: Engineer", "Reference: JWC 27/ENG/02", "Grade: A2", "Qualifications")
    )
    end = "<w:p><w:r><w:t>Open to nationals of NATO member nations.</w:t></w:r></w:p>"
    xml = (
        f'<w:document xmlns:w="{_W}"><w:body>{top}<w:tbl>{table}</w:tbl>{end}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    path = tmp_path / "notice.docx"
    path.write_bytes(buffer.getvalue())
    return import_notice_file(path).vacancy


@pytest.mark.parametrize(
    "rows",
    [
        # Side by side, several paragraphs in a cell.
        [
            [("Essential",), ("Desirable",)],
            [(_DEGREE, _YEARS), (_CCNP, _NORWEGIAN)],
        ],
        # One requirement per cell, an empty cell.
        [
            [("Essential",), ("Desirable",)],
            [(_DEGREE,), (_CCNP,)],
            [(_YEARS,), ()],
            [(), (_NORWEGIAN,)],
        ],
        # The sections as rows, their requirements as paragraphs of one cell.
        [
            [("Essential requirements",), (_DEGREE, _YEARS)],
            [("Desirable requirements",), (_CCNP, _NORWEGIAN)],
        ],
    ],
)
def test_a_word_table_of_sections_gives_each_its_requirements(
    tmp_path: Path, rows: list[list[tuple[str, ...]]]
) -> None:
    essential, desirable = _lists(_word(tmp_path, rows))
    assert essential == ["education", "experience"]
    assert sorted(desirable) == ["certification", "language"]


def _cells_pdf(cells: list[tuple[int, int, list[str]]]) -> bytes:
    """A PDF page whose table cells are drawn one after the other at their places, as an
    office suite writes a table: its text comes out cell by cell."""
    top = ["Title: Analyst (Lessons Learned)", "Reference: CIEDCOE-27-03", "Grade: G12", "Skills"]
    drawn = [(40, 800, top), *cells, (40, 500, ["Eligibility: nationals of NATO countries."])]
    body = b" ".join(
        b"BT /F1 9 Tf 11 TL %d %d Td " % (x, y)
        + b" ".join(b"(" + line.encode("cp1252") + b") Tj T*" for line in lines)
        + b" ET"
        for x, y, lines in drawn
    )
    return pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
        ]
    )


@pytest.mark.parametrize(
    ("essential", "desirable"), [("Essential", "Desirable"), ("Essentielles", "Souhaitables")]
)
def test_a_pdf_table_whose_text_comes_out_cell_by_cell(
    tmp_path: Path, essential: str, desirable: str
) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(
        _cells_pdf(
            [
                (40, 700, [essential]),
                (300, 700, [desirable]),
                (40, 680, ["University degree in engineering,", "or security studies."]),
                (300, 680, ["NATO Lessons Learned Staff", "Officer Course."]),
                (40, 650, ["Minimum 5 years' experience in C-IED."]),
                (300, 650, ["Working knowledge of Spanish."]),
                (40, 620, ["Ability to deploy to mission areas", "for up to 3 weeks."]),
            ]
        )
    )
    vacancy = import_notice_file(path).vacancy
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience", "availability"]
    assert [c.text.en for c in vacancy.desirable] == [
        "NATO Lessons Learned Staff Officer Course",
        "Working knowledge of Spanish",
    ]
    assert "side_by_side_cells" in {item.code for item in vacancy.review}
