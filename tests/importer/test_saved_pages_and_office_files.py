"""Notices in the files people have besides .docx and PDF: a web page saved as a single file
(.mhtml, saved by Chromium), LibreOffice's OpenDocument text (.odt) and Rich Text (.rtf), the
last two converted by LibreOffice from a real Word notice and read as that notice is; formats
that cannot be read are refused with what to do instead."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import pytest

from screener.importer import import_notice_file, read_notice_stream
from screener.importer.notice_files import read_notice_file
from screener.persistence.errors import FileProblemError

DATA = Path(__file__).parent / "data"


def _requirements(path: Path) -> list[tuple[str, str, str]]:
    vacancy = import_notice_file(path).vacancy
    return [
        (section, c.kind, c.text.en)
        for section, criteria in (
            ("essential", vacancy.essential),
            ("desirable", vacancy.desirable),
        )
        for c in criteria
    ]


def test_a_page_saved_by_chromium_as_a_single_file_reads_as_the_page(tmp_path: Path) -> None:
    saved = DATA / "ncia_data_engineer.mhtml"
    assert b"Google P=\r\nrofessional" in saved.read_bytes()  # a quoted-printable soft break
    text = read_notice_file(saved)
    assert "Google Professional Data Engineer certification" in text
    assert "=\n" not in text and "=3D" not in text and "élan and café" in text
    assert "Cookie settings" not in text  # the page's frame is another part: not the notice
    vacancy = import_notice_file(saved).vacancy
    assert (vacancy.reference, vacancy.title.en, str(vacancy.grade)) == (
        "271104",
        "Data Engineer (Cloud Platforms)",
        "A2",
    )
    assert [c.kind for c in vacancy.essential[1:]] == [
        "education",
        "experience",
        "certification",
        "language_profile",
    ]
    assert [c.kind for c in vacancy.desirable][:1] == ["language"]
    # Saved with another name, or given on standard input, it is still read as what it is.
    for name in ("notice.html", "notice.txt"):
        (tmp_path / name).write_bytes(saved.read_bytes())
        assert read_notice_file(tmp_path / name) == text
    assert read_notice_stream(io.BytesIO(saved.read_bytes())) == text


def test_a_web_component_s_content_in_a_saved_page_is_read() -> None:
    """Chrome saves a component's open shadow root as <template shadowmode="open">: shown on
    the page, so read; an ordinary <template> is not shown, so not read."""
    saved = DATA / "component_page.mhtml"
    assert b'<template shadowmode=3D"open">' in saved.read_bytes()
    text = read_notice_file(saved)
    assert "Reference: 271555" in text and "- A university degree in logistics." in text
    from screener.importer.html_text import html_to_text

    hidden = "<template><p>kept for later</p></template><p>Grade: G7</p>"
    assert html_to_text(hidden) == "Grade: G7\n"


def test_a_page_saved_by_safari_as_a_web_archive(tmp_path: Path) -> None:
    """Safari's Web Archive: a binary property list whose main resource is the page."""
    import plistlib

    page = (
        "<html><body><h1>Budget Analyst</h1><p>Reference: 271220</p><h2>ESSENTIAL</h2><ul>"
        "<li>A university degree in finance or économie.</li><li>At least 5 years of "
        "experience in budgeting.</li></ul></body></html>"
    )
    archive = {
        "WebMainResource": {
            "WebResourceData": page.encode("utf-16-le"),
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-16LE",
            "WebResourceURL": "https://careers.example.int/job/271220",
            "WebResourceFrameName": "",
        },
        "WebSubresources": [
            {"WebResourceData": b"\x89PNG\r\n", "WebResourceMIMEType": "image/png"}
        ],
        "WebSubframeArchives": [
            {"WebMainResource": {"WebResourceData": b"<p>Cookie settings</p>"}}
        ],
    }
    path = tmp_path / "Budget Analyst.webarchive"
    path.write_bytes(plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))
    text = read_notice_file(path)
    assert "- A university degree in finance or économie." in text
    assert "Cookie settings" not in text
    vacancy = import_notice_file(path).vacancy
    assert (vacancy.reference, vacancy.title.en) == ("271220", "Budget Analyst")
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]


def _internet_explorer_page(root_encoding: str = "quoted-printable", start: str = "") -> bytes:
    """A page as Internet Explorer and Word save a "Web Archive": windows-1252, "=\\r\\n"."""
    page = (
        "<html><head><title>Analyst</title></head><body><h1>Budget Analyst</h1>"
        "<p>Reference: 271220</p><p>Grade: G15</p><h2>ESSENTIAL</h2><ul><li>A university "
        "degree in finance or a relat" + "ed discipline.</li><li>At least 5 years of experience "
        "in budgeting and financial planning.</li></ul><p>Candidates’ files: see the notice’s "
        "annex.</p></body></html>"
    ).encode("cp1252")
    if root_encoding == "base64":
        body = base64.encodebytes(page)
    else:
        # Quoted-printable, lines cut at 76 characters with soft breaks, as IE writes them.
        encoded = page.replace(b"=", b"=3D").replace(b"\x92", b"=92")
        body = b"=\r\n".join(encoded[i : i + 70] for i in range(0, len(encoded), 70))
    start_param = f'; start="{start}"' if start else ""
    image = b"Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAAAAACw=\r\n"
    root = (
        (
            f'Content-Type: text/html; charset="windows-1252"\r\nContent-Transfer-Encoding: '
            f"{root_encoding}\r\nContent-ID: <root@page>\r\nContent-Location: file:///C:/notice.htm\r\n\r\n"
        ).encode()
        + body
        + b"\r\n"
    )
    parts = [image, root] if start else [root, image]
    return (
        b"From: <Saved by Windows Internet Explorer 8>\r\nSubject: Analyst\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----=_NextPart_000_0000_01DA"'
        + start_param.encode()
        + b"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
        + b"".join(b"------=_NextPart_000_0000_01DA\r\n" + part for part in parts)
        + b"------=_NextPart_000_0000_01DA--\r\n"
    )


@pytest.mark.parametrize(
    ("encoding", "start"),
    [("quoted-printable", ""), ("base64", ""), ("quoted-printable", "<root@page>")],
)
def test_an_internet_explorer_web_archive_in_windows_1252(
    tmp_path: Path, encoding: str, start: str
) -> None:
    path = tmp_path / "notice.mht"
    path.write_bytes(_internet_explorer_page(encoding, start))
    text = read_notice_file(path)
    assert "a related discipline." in text and "Candidates’ files: see the notice’s" in text
    vacancy = import_notice_file(path).vacancy
    assert (vacancy.reference, str(vacancy.grade)) == ("271220", "G15")
    assert [c.kind for c in vacancy.essential[-2:]] == ["education", "experience"]


@pytest.mark.parametrize(
    ("notice", "suffix", "count"),
    [
        ("cmre_scientist", ".odt", 10),
        ("cmre_scientist", ".rtf", 10),
        ("ncia_technician", ".odt", 10),
    ],
)
def test_a_libreoffice_file_reads_the_requirements_its_word_original_reads(
    notice: str, suffix: str, count: int
) -> None:
    """Real notices saved by LibreOffice as .docx, .odt and .rtf: one notice, one draft (the
    CMRE's requirements in a table, the NCIA's in bulleted lists, English then French)."""
    word = DATA / f"{notice}.docx"
    other = DATA / f"{notice}{suffix}"
    assert _requirements(other) == _requirements(word)
    assert len(_requirements(word)) == count
    draft, original = import_notice_file(other).vacancy, import_notice_file(word).vacancy
    assert (draft.reference, draft.title, draft.grade, draft.deadline) == (
        original.reference,
        original.title,
        original.grade,
        original.deadline,
    )
    lines = read_notice_file(other).splitlines()
    # The page header's line first, the footer's last, as Word's reader gives them.
    assert lines[0] == "NATO UNCLASSIFIED" and "\tPage" in lines[-1]
    assert any(line.startswith("- ") for line in lines) == (notice == "ncia_technician")


_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def odt(body: str, styles: str = "", header: str = "") -> bytes:
    content = (
        f'<?xml version="1.0"?><office:document-content {_ODF}><office:automatic-styles>'
        f"{styles}</office:automatic-styles><office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>"
    )
    style_part = (
        f"<office:document-styles {_ODF}><office:master-styles><style:master-page>"
        f"<style:header>{header}</style:header></style:master-page></office:master-styles>"
        "</office:document-styles>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", style_part)
    return buffer.getvalue()


def test_an_odt_notice_lists_headings_spaces_and_tracked_changes(tmp_path: Path) -> None:
    bold = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    body = (
        "<text:p>Title: Budget Officer</text:p><text:p>Reference:<text:s/>271001</text:p>"
        '<text:p><text:span text:style-name="T1">ESSENTIAL</text:span></text:p>'
        "<text:list><text:list-header><text:p>The incumbent must have:</text:p></text:list-header>"
        "<text:list-item><text:p>A university degree in finance &amp; economics;"
        "</text:p><text:list><text:list-item><text:p>or equivalent experience</text:p>"
        "</text:list-item></text:list></text:list-item><text:list-item><text:p>At least 5 years"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>DELETED</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes> of experience in "
        "budgeting<text:note><text:note-body><text:p>a footnote</text:p></text:note-body>"
        "</text:note>.</text:p></text:list-item></text:list><text:h>DESIRABLE</text:h>"
        "<text:p>Knowledge of French.</text:p>"
    )
    path = tmp_path / "notice.odt"
    path.write_bytes(odt(body, bold, header="<text:p>NATO UNCLASSIFIED</text:p>"))
    assert read_notice_file(path).splitlines() == [
        "NATO UNCLASSIFIED",
        "Title: Budget Officer",
        "Reference: 271001",
        "",
        "ESSENTIAL",
        "The incumbent must have:",
        "- A university degree in finance & economics;",
        "o or equivalent experience",
        "- At least 5 years of experience in budgeting.",
        "",
        "DESIRABLE",
        "Knowledge of French.",
    ]


def test_rich_text_escapes_lists_fields_and_tables(tmp_path: Path) -> None:
    rtf = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}}{\colortbl;\red0\green0\blue0;}"
        r"{\*\generator Word;}{\info{\title Secret title}}{\header \pard NATO UNCLASSIFIED\par}"
        r"\pard Title: Analyste financi\'e8re\par"
        r"\pard Reference: {\field{\*\fldinst HYPERLINK x}{\fldrslt 271001}}\par"
        r"\pard\b ESSENTIAL\b0{\v  hidden note}{\deleted  struck out}\par"
        r"\pard\ls1{\listtext\'b7\tab}A university degree in \u8220?finance\u8221?;\par"
        r"\pard{\pntext\f1\'B7\tab}At least 5 years{\footnote\pard a footnote\par} of experience\line in budgeting.\par"
        r"{\pict\pngblip 89504e470d0a}"
        r"\pard\intbl Grade\cell G15\cell\row"
        r"\pard\intbl Location\cell Mons\cell\row"
        r"\pard After the table.\par}"
    )
    path = tmp_path / "notice.rtf"
    path.write_text(rtf, encoding="ascii")
    assert read_notice_file(path).splitlines() == [
        "NATO UNCLASSIFIED",
        "Title: Analyste financière",
        "Reference: 271001",
        "",
        "ESSENTIAL",
        "- A university degree in “finance”;",
        "- At least 5 years of experience",
        "in budgeting.",
        "Grade: G15",
        "Location: Mons",
        "",
        "After the table.",
    ]


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("notice.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "a Word 97-2003 document"),
        ("notice.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "an Outlook message"),
        ("notice.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "a Word 97-2003"),
        ("notice.pages", _zip({"Index/Document.iwa": b"\x00"}), "an Apple Pages document"),
        ("notice.zip", _zip({"Index/Document.iwa": b"\x00"}), "an Apple Pages document"),
        ("notice.xps", _zip({"FixedDocSeq.fdseq": b"<x/>"}), "an XPS document"),
        ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "an image"),
        ("scan.txt", b"\xff\xd8\xff\xe0" + bytes(100), "an image"),
        ("scan.heic", b"\x00\x00\x00\x18ftypheic", "an image"),
    ],
)
def test_formats_that_cannot_be_read_say_what_to_do(
    tmp_path: Path, name: str, data: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FileProblemError) as caught:
        import_notice_file(path)
    message = str(caught.value)
    assert name in message and said in message and "binary" not in message
    assert "Paste" in message or ".docx" in message or "PDF" in message


def test_rich_text_or_a_web_page_named_doc_is_read_as_what_it_is(tmp_path: Path) -> None:
    """Word saves Rich Text under a .doc name, and web systems export pages as .doc."""
    path = tmp_path / "notice.doc"
    path.write_bytes(rb"{\rtf1\ansi Title: Budget Officer\par Reference: 271001\par}")
    assert read_notice_file(path).splitlines() == ["Title: Budget Officer", "Reference: 271001"]
    path.write_bytes(
        b"<html><body><p>Title: Budget Officer</p><p>Reference: 271001</p></body></html>"
    )
    assert read_notice_file(path).split("\n\n") == ["Title: Budget Officer", "Reference: 271001\n"]
