"""Word (.docx) notices and saved e-mails (.eml), read with the standard library: paragraphs,
Word's list paragraphs and tables, an e-mail's text or HTML body; hostile or broken files
refused by name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from screener.importer import import_notice_file, read_notice_stream
from screener.persistence.errors import FileProblemError

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(text: str, listed: bool = False) -> str:
    numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    runs = "".join(f'<w:r><w:t xml:space="preserve">{part}</w:t></w:r>' for part in text.split("|"))
    return f"<w:p>{numbered if listed else ''}{runs}</w:p>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{_paragraph(cell)}</w:tc>" for cell in cells) + "</w:tr>"


def _docx(body: str, part: str = "word/document.xml") -> bytes:
    xml = f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, xml)
    return buffer.getvalue()


NOTICE = (
    "<w:tbl>"
    + _row("Post Title", "Budget Officer")
    + _row("Reference", "271001")
    + _row("Grade", "G15")
    + _row("Closing date", "12 March 2027")
    + "</w:tbl>"
    + _paragraph("Applications are only accepted from nationals of NATO member states.")
    + _paragraph("ESSENTIAL")
    + _paragraph("The incumbent must:")
    + _paragraph("have a university degree in finance &amp; economics;", listed=True)
    + _paragraph("have at least 5 years of experience in |budgeting;", listed=True)
    + _paragraph("DESIRABLE")
    + "<w:tbl>"
    + _row("Requirement", "Essential", "Desirable")
    + _row("Knowledge of German", "", "X")
    + "</w:tbl>"
)


def test_a_word_notice_imports_with_its_header_lists_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(NOTICE))
    vacancy = import_notice_file(path).vacancy
    assert (vacancy.reference, vacancy.title.en, str(vacancy.grade)) == (
        "271001",
        "Budget Officer",
        "G15",
    )
    assert [(c.kind, c.text.en) for c in vacancy.essential[1:]] == [
        ("education", "have a university degree in finance & economics"),
        ("experience", "have at least 5 years of experience in budgeting"),
    ]
    assert [c.kind for c in vacancy.desirable] == ["language"]


def test_a_word_notice_from_standard_input() -> None:
    text = read_notice_stream(io.BytesIO(_docx(NOTICE)))
    assert "- have a university degree in finance & economics;" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_docx(NOTICE, part="word/other.xml"), "is not a Word document"),
        (b"PK\x03\x04 broken", "is not a readable Word document"),
    ],
)
def test_what_is_not_a_word_notice_is_refused_by_name(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "notice.docx"
    path.write_bytes(data)
    with pytest.raises(FileProblemError) as caught:
        import_notice_file(path)
    assert message in str(caught.value) and "notice.docx" in str(caught.value)


def test_entities_are_never_expanded(tmp_path: Path) -> None:
    """The XML is tokenized, not parsed: a billion-laughs document reads as plain words."""
    laughs = '<!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    body = _paragraph("Title: Officer") + _paragraph("ESSENTIAL") + _paragraph("&b;", listed=True)
    data = _docx(body).replace(b"<w:document", laughs.encode() + b"<w:document", 1)
    path = tmp_path / "notice.docx"
    path.write_bytes(data)
    assert len(import_notice_file(path).vacancy.essential) <= 3


def test_a_saved_email_gives_its_text_body_or_its_html_one(tmp_path: Path) -> None:
    from email.message import EmailMessage

    body = (
        "Title: Budget Officer\nReference: 271001\n\nESSENTIAL\n- A university degree in "
        "économie.\n- At least 5 years of experience in budgeting.\n"
    )
    plain = EmailMessage()
    plain["Subject"] = "Fw: vacancy"
    plain.set_content(body, cte="quoted-printable")
    plain.add_alternative("<p>see the text part</p>", subtype="html")
    html = EmailMessage()
    html.set_content(
        "<h1>Budget Officer</h1><p>Reference: 271001</p><h2>ESSENTIAL</h2>"
        "<ul><li>A university degree in économie.</li><li>At least 5 years of experience in "
        "budgeting.</li></ul>",
        subtype="html",
        cte="base64",
    )
    for message in (plain, html):
        path = tmp_path / "notice.eml"
        path.write_bytes(bytes(message))
        vacancy = import_notice_file(path).vacancy
        assert (vacancy.reference, vacancy.title.en) == ("271001", "Budget Officer")
        assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    empty = EmailMessage()
    empty["Subject"] = "no body"
    path = tmp_path / "empty.eml"
    path.write_bytes(bytes(empty))
    with pytest.raises(FileProblemError, match="without a readable text body"):
        import_notice_file(path)


def test_a_word_table_with_the_two_lists_side_by_side(tmp_path: Path) -> None:
    table = (
        "<w:tbl>"
        + _row("Essential", "Desirable")
        + _row("University degree in economics", "Master's degree")
        + _row("At least 5 years of experience in budgeting", "Knowledge of French")
        + "</w:tbl>"
    )
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(_paragraph("Title: Analyst") + table))
    vacancy = import_notice_file(path).vacancy
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["education", "language"]


def test_a_web_page_table_keeps_its_rows_and_a_layout_table_its_blocks() -> None:
    from screener.importer import import_notice_text
    from screener.importer.html_text import html_to_text

    page = (
        "<html><body><h1>Budget Officer</h1><table><tr><th>Reference</th><td>271001</td></tr>"
        "<tr><th>Grade</th><td>G15</td></tr></table>\n<table>\n"
        "<tr><th>Requirement</th><th>Essential</th><th>Desirable</th></tr>\n"
        "<tr><td>University degree in economics</td><td>X</td><td></td></tr>\n"
        "<tr><td>Knowledge of French</td><td></td><td>X</td></tr>\n</table>"
        "<table><tr><td><h2>Other</h2><ul><li>Sidebar item</li></ul></td><td>More</td></tr>"
        "</table></body></html>"
    )
    text = html_to_text(page)
    assert "Reference: 271001\nGrade: G15" in text
    assert "| University degree in economics | X | |\n| Knowledge of French | | X |" in text
    assert "- Sidebar item" in text
    vacancy = import_notice_text(text, "page").vacancy
    assert (vacancy.reference, str(vacancy.grade)) == ("271001", "G15")
    assert [c.kind for c in vacancy.essential[1:]] == ["education"]
    assert [c.kind for c in vacancy.desirable] == ["language"]


def test_a_definition_list_gives_labelled_lines() -> None:
    from screener.importer.html_text import html_to_text

    page = "<dl><dt>Reference</dt><dd>270744</dd><dt>Grade:</dt><dd>G10</dd></dl>"
    assert html_to_text(page).split() == ["Reference:", "270744", "Grade:", "G10"]
    assert "Reference: 270744" in html_to_text(page)
