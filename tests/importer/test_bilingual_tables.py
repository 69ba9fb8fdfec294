"""Bilingual tables with a column per language (a row per requirement, its English and French
wording side by side; sections named in both languages), on a web page, in a Word document, a
Word paste or Markdown: one criterion per row with both wordings."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from importer_support import NOTICE_TOP

from screener.importer import import_notice_file

_TWIN_ROWS = [
    ("Master's degree in acoustics or physics.", "Master en acoustique ou en physique."),
    (
        "At least 5 years' experience designing sonar systems.",
        "Au moins 5 ans d'expérience dans la conception de systèmes sonar.",
    ),
    ("English: SLP 3333.", "Anglais : SLP 3333."),
]


def _twin_table(form: str) -> str:
    if form == "html":
        rows = "".join(f"<tr><td>{en}</td><td>{fr}</td></tr>" for en, fr in _TWIN_ROWS)
        return (
            "<html><body><h1>Engineer</h1><p>Reference: CMRE 27/ENG/04<br>Grade: A2</p>"
            "<h3>Essential qualifications / Qualifications essentielles</h3>"
            f"<table><tr><th>English</th><th>Français</th></tr>{rows}</table>"
            "<p>Open to nationals of NATO member nations.</p></body></html>"
        )
    separator = " | " if form == "pipe" else "\t"
    bullet = "• " if form == "bulleted" else ""
    rows = "".join(f"{bullet}{en}{separator}{bullet}{fr}\n" for en, fr in _TWIN_ROWS)
    return (
        NOTICE_TOP + "Essential qualifications / Qualifications essentielles\n"
        f"English{separator}Français\n{rows}\nOpen to nationals of NATO member nations.\n"
    )


def _word_twin_table() -> bytes:
    def paragraph(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    rows = [("English", "Français"), *_TWIN_ROWS]
    table = "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>"
        for row in rows
    )
    body = (
        paragraph("Reference: CMRE 27/ENG/04")
        + paragraph("Grade: A2")
        + paragraph("Essential qualifications / Qualifications essentielles")
        + f"<w:tbl>{table}</w:tbl>"
        + paragraph("Open to nationals of NATO member nations.")
    )
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>',
        )
    return buffer.getvalue()


@pytest.mark.parametrize("form", ["html", "tab", "pipe", "docx", "bulleted"])
def test_a_table_with_a_column_per_language_gives_one_criterion_per_row(
    form: str, tmp_path: Path
) -> None:
    path = tmp_path / {"html": "notice.html", "docx": "notice.docx"}.get(form, "notice.txt")
    if form == "docx":
        path.write_bytes(_word_twin_table())
    else:
        path.write_text(_twin_table(form), encoding="utf-8")
    vacancy = import_notice_file(path).vacancy
    assert "list_cut_short" not in {item.code for item in vacancy.review}
    assert [(c.kind, c.text.fr) for c in vacancy.essential[1:]] == [
        ("education", "Master en acoustique ou en physique"),
        ("experience", "Au moins 5 ans d'expérience dans la conception de systèmes sonar"),
        ("language_profile", "Anglais : SLP 3333"),
    ]


@pytest.mark.parametrize("form", ["html", "tab"])
def test_a_bilingual_table_whose_rows_name_the_sections_in_both_languages(
    form: str, tmp_path: Path
) -> None:
    rows = [
        ("Essential", "Essentiel"),
        *_TWIN_ROWS[:2],
        ("Desirable", "Souhaitable"),
        ("Knowledge of Italian.", "Connaissance de l'italien."),
    ]
    if form == "html":
        cells = "".join(f"<tr><td>{en}</td><td>{fr}</td></tr>" for en, fr in rows)
        path = tmp_path / "notice.html"
        path.write_text(
            "<html><body><h1>Engineer</h1><p>Reference: CMRE 27/ENG/04<br>Grade: A2</p>"
            f"<table>{cells}</table><p>Open to nationals of NATO member nations.</p>"
            "</body></html>",
            encoding="utf-8",
        )
    else:
        path = tmp_path / "notice.txt"
        text = "".join(f"{en}\t{fr}\n" for en, fr in rows)
        path.write_text(NOTICE_TOP + text + "\nOpen to nationals of NATO member nations.\n")
    vacancy = import_notice_file(path).vacancy
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [(c.text.en, c.text.fr) for c in vacancy.desirable] == [
        ("Knowledge of Italian", "Connaissance de l'italien")
    ]
