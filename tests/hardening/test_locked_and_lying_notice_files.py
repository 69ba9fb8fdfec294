"""Notice files of the formats read last, crafted to lock, lie or nest: each is read or refused
with a message naming the file (exit 2 from the command line), never a traceback, in bounded
time and memory. Office archives with a password or an unknown compression method, a mimetype
entry that inflates far past its few bytes; saved pages and web archives naming an encoding
that is not one of text (base64, hex, zlib), headers in 8-bit bytes; pages of tables nested
tens of thousands deep."""

from __future__ import annotations

import io
import plistlib
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hardening_support import loaded_or_refused, refused, run_cli

from screener.importer import notice_files, pdf_text
from screener.importer.html_text import html_to_text
from screener.importer.notice_files import read_notice_file
from screener.importer.pasted_html import pasted_notice_text

SECONDS = 20.0  # a hang guard on a shared machine, not a measure
ODT_TYPE = b"application/vnd.oasis.opendocument.text"
BODY = b"<office:body><text:p>Title: Budget Officer</text:p></office:body>"
PAGE = b"<html><body><h1>Budget Officer</h1><p>Reference: 271001</p></body></html>"


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _patched(data: bytes, name: str, *, flag: int = 0, method: int | None = None) -> bytes:
    """The archive with the entry's flags or compression method changed in its local and
    central headers, as a zip written with a password or by another tool says them."""
    patched = bytearray(data)
    for signature, flags_at, name_length_at, name_at in (
        (b"PK\x03\x04", 6, 26, 30),
        (b"PK\x01\x02", 8, 28, 46),
    ):
        at = patched.find(signature)
        while at != -1:
            length = int.from_bytes(
                patched[at + name_length_at : at + name_length_at + 2], "little"
            )
            if patched[at + name_at : at + name_at + length] == name.encode():
                patched[at + flags_at] |= flag
                if method is not None:
                    patched[at + flags_at + 2 : at + flags_at + 4] = method.to_bytes(2, "little")
            at = patched.find(signature, at + 4)
    return bytes(patched)


ODT = _zip({"mimetype": ODT_TYPE, "content.xml": BODY})
DOCX = _zip({"word/document.xml": b"<w:document><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p>"})
MANIFEST = (
    b'<manifest:manifest><manifest:file-entry manifest:full-path="content.xml">'
    b'<manifest:encryption-data manifest:checksum="x"/></manifest:file-entry></manifest:manifest>'
)
# A Word document saved with a password: Office wraps it in a compound file.
LOCKED_DOCX = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le")
)


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("locked.odt", _patched(ODT, "content.xml", flag=1), "is password-protected"),
        ("locked-type.odt", _patched(ODT, "mimetype", flag=1), "is password-protected"),
        ("locked.docx", _patched(DOCX, "word/document.xml", flag=1), "is password-protected"),
        ("aes.odt", _patched(ODT, "content.xml", method=99), "compressed in a way"),
        ("aes.docx", _patched(DOCX, "word/document.xml", method=99), "compressed in a way"),
        ("libreoffice.odt", _zip({"mimetype": ODT_TYPE, "content.xml": b"\x8f\x01garbage",
                                  "META-INF/manifest.xml": MANIFEST}), "is password-protected"),
        ("office.docx", LOCKED_DOCX, "is password-protected"),
    ],
)  # fmt: skip
def test_office_files_with_a_password_or_an_unknown_method_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert said in str(refused(lambda: read_notice_file(path), path, SECONDS))
    status, _, err = run_cli(capsys, "import", str(path), "-o", str(tmp_path / "out.toml"))
    assert status == 2 and f"{path}: " in err and said in err


def test_a_mimetype_that_inflates_to_100_mb_is_not_read_whole(tmp_path: Path) -> None:
    """The type of an .odt is its first bytes; the entry was once read whole (1.5 GB: 3 GB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("mimetype", "w") as entry:
            entry.write(ODT_TYPE)
            for _ in range(100):
                entry.write(bytes(1024 * 1024))
        archive.writestr("content.xml", BODY)
    path = tmp_path / "bomb.odt"
    path.write_bytes(buffer.getvalue())
    tracemalloc.start()
    try:
        loaded_or_refused(lambda: read_notice_file(path), path, SECONDS)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024, (
        f"{peak / 2**20:.0f} MB to read a file of {len(buffer.getvalue()):,} bytes"
    )


def _saved_page(headers: bytes, page: bytes = PAGE, boundary: bytes = b"B") -> bytes:
    return (
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + boundary
        + b"\"\r\n\r\n--" + boundary + b"\r\nContent-Type: text/html" + headers + b"\r\n\r\n"
        + page + b"\r\n--" + boundary + b"--\r\n"
    )  # fmt: skip


def _archive(encoding: str, page: bytes = PAGE) -> bytes:
    resource = {"WebResourceData": page, "WebResourceTextEncodingName": encoding}
    return plistlib.dumps({"WebMainResource": resource}, fmt=plistlib.FMT_BINARY)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("base64.mhtml", _saved_page(b"; charset=base64")),
        ("rot13.mhtml", _saved_page(b"; charset=rot13")),
        ("punycode.mhtml", _saved_page(b"; charset=punycode")),
        ("hex.mhtml", _saved_page(b"", b"<meta charset=hex>" + PAGE)),
        ("eight-bit.mhtml", _saved_page(b"\r\nContent-Transfer-Encoding: 8bit\xff\r\nContent-ID: <\xe9>")),
        ("zlib.webarchive", _archive("zlib")),
        ("idna.webarchive", _archive("idna")),
        ("undefined.webarchive", _archive("undefined")),
    ],
)  # fmt: skip
def test_a_page_naming_an_encoding_that_is_not_of_text_is_read(
    tmp_path: Path, name: str, data: bytes
) -> None:
    """Such a name passed codecs.lookup, then decoding raised LookupError or UnicodeError;
    an 8-bit header gave the parser's Header object, not a str: tracebacks. The page is read
    as UTF-8, as one naming an encoding not known."""
    path = tmp_path / name
    path.write_bytes(data)
    assert "Reference: 271001" in read_notice_file(path)


def test_a_boundary_in_8_bit_bytes_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "boundary.mhtml"
    path.write_bytes(_saved_page(b"", boundary=b"\xe9\xff"))
    assert "saved web page" in str(refused(lambda: read_notice_file(path), path, SECONDS))


def test_tables_nested_25000_deep_are_read_in_one_pass() -> None:
    """Each level copied its cells' text into the level above: 20,000 levels (660 KB, a paste
    the paste box reads on the UI thread; a saved page may be 5 MB) took 6 s, 60,000 levels
    27 s; past 16 levels tables are read as text."""
    depth = 25_000
    page = "<table><tr><td>" * depth + "Reference: 271001" + "</td></tr></table>" * depth
    text = loaded_or_refused(lambda: html_to_text(page), Path("pasted"))
    assert text is not None and "Reference: 271001" in text


@pytest.mark.parametrize("suffix", [".html", ".mhtml", ".webarchive"])
def test_a_page_of_more_tags_than_a_notices_is_refused(tmp_path: Path, suffix: str) -> None:
    """html.parser spends some 9 microseconds on a tag: a 4.5 MB page of 131,000 table rows
    took 6 s before it was refused for its lines. The paste box keeps the plain text then."""
    page = b"<html><body>" + b"<p>w</p>" * 80_000
    path = tmp_path / f"page{suffix}"
    path.write_bytes(
        page if suffix == ".html" else _saved_page(b"", page) if suffix == ".mhtml" else
        _archive("utf-8", page)
    )  # fmt: skip
    error = refused(lambda: read_notice_file(path), path, SECONDS)
    assert "is a web page of over 150,000 tags" in str(error)
    assert pasted_notice_text("plain", "<li>" + page.decode()) == "plain"


@pytest.mark.parametrize(
    "markup",
    [
        # Rows and cells whose end tags are left out, as HTML allows: the whole page was lost.
        "<table><tr><td>Grade<td>A-2<tr><td>Reference<td>271001</table><p>Budget Officer</p>",
        # A page cut off inside a table: its rows' text was lost.
        "<p>Budget Officer</p><table><tr><td>Grade</td><td>A-2</td></tr><tr><td>Reference<td>271001",
    ],
)
def test_rows_without_their_end_tags_keep_their_text(markup: str) -> None:
    text = html_to_text(markup)
    assert all(word in text for word in ("Budget Officer", "A-2", "271001")), text


def _pdf(pages: list[bytes]) -> bytes:
    """A PDF of these pages' drawing instructions (one font, no compression)."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * index) for index in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index, content in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * index)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    size = len(objects) + 1
    return (
        out
        + b"xref\n0 %d\n0000000000 65535 f \n%s" % (size, table)
        + (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, len(out)))
    )


def _pieces(count: int) -> bytes:
    """Text drawn a letter at a time, each at its own place: 10 parts to each."""
    return b"".join(
        b"BT /F1 1 Tf %d %d Td (x) Tj ET\n" % (10 + index % 250 * 2, 10 + index // 250 * 3)
        for index in range(count)
    )


LONG_STRINGS = b"BT /F1 10 Tf 72 700 Td " + b"(Essential: a degree in engineering) Tj T* " * 7_000


def test_a_pdf_of_too_many_pages_is_refused_before_its_pages_are_walked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its page count is stated at the root of its pages: 50,000 pages took 6.6 s of walking
    the page tree before the PDF was refused."""
    import pypdf

    walked: list[object] = []
    walk = pypdf.PdfReader._flatten
    monkeypatch.setattr(
        pypdf.PdfReader, "_flatten", lambda *args, **kw: walked.append(1) or walk(*args, **kw)
    )
    path = tmp_path / "pages.pdf"
    path.write_bytes(_pdf([b"BT /F1 10 Tf 72 700 Td (x) Tj ET"] * (pdf_text.MAX_PDF_PAGES + 1)))
    error = refused(lambda: read_notice_file(path), path, SECONDS)
    assert f"the PDF has {pdf_text.MAX_PDF_PAGES + 1} pages" in str(error) and not walked
    path.write_bytes(_pdf([b"BT /F1 10 Tf 72 700 Td (Budget Officer) Tj ET"] * 2))
    assert "Budget Officer" in read_notice_file(path) and walked  # as few as it states: read


@pytest.mark.parametrize("content", [_pieces(26_000), LONG_STRINGS + b"ET"])
def test_a_page_of_more_drawing_instructions_than_a_notices_is_refused(
    tmp_path: Path, content: bytes
) -> None:
    """pypdf's time follows the instructions' parts and their strings' characters, not their
    bytes: a page of 2 MB of tiny pieces (under the byte limit) took 6 s, three such pages
    18 s; three pages of 1.3 MB of long strings 14 s."""
    path = tmp_path / "pieces.pdf"
    path.write_bytes(_pdf([content]))
    error = refused(lambda: read_notice_file(path), path, SECONDS)
    assert "page 1 of the PDF is drawn with over 250,000 instructions" in str(error)


def test_pages_drawn_with_more_instructions_together_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_text, "MAX_PDF_PAGE_PARTS", 2_000)
    monkeypatch.setattr(pdf_text, "MAX_PDF_PARTS", 4_000)
    path = tmp_path / "pages.pdf"
    path.write_bytes(_pdf([_pieces(140)] * 3))  # 1,680 parts and characters a page
    error = refused(lambda: read_notice_file(path), path, SECONDS)
    assert "the PDF's first 3 pages are drawn with over 4,000 instructions" in str(error)
    path.write_bytes(_pdf([_pieces(140)] * 2))
    loaded_or_refused(lambda: read_notice_file(path), path, SECONDS)


def _header_of(kind: str, lines: list[bytes]) -> bytes:
    """A notice in `kind` whose page header holds these lines."""
    if kind == "rtf":
        return b"{\\rtf1 {\\header " + b"".join(b"%s\\par " % line for line in lines) + b"}Body}"
    paragraphs = b"".join(b"<text:p>%s</text:p>" % line for line in lines)
    if kind == "odt":
        styles = b"<style:master-page><style:header>%s</style:header>" % paragraphs
        return _zip({"mimetype": ODT_TYPE, "content.xml": BODY, "styles.xml": styles})
    runs = b"".join(b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % line for line in lines)
    return _zip({"word/document.xml": b"<w:body><w:p/></w:body>", "word/header1.xml": runs})


@pytest.mark.parametrize("kind", ["rtf", "odt", "docx"])
def test_a_page_header_of_40000_lines_is_read_once_in_one_pass(tmp_path: Path, kind: str) -> None:
    """Each header line was looked for among those kept: 60,000 different lines (150 KB
    zipped) took 20 s in each reader."""
    lines = [b"line %d" % number for number in range(40_000)]
    path = tmp_path / f"header.{kind}"
    path.write_bytes(_header_of(kind, [b"NATO UNCLASSIFIED", *lines, b"NATO UNCLASSIFIED"]))
    text = loaded_or_refused(lambda: notice_files._READERS[kind](path, path.read_bytes()), path)
    assert text is not None and text.count("NATO UNCLASSIFIED") == 1 and "line 39999" in text


def test_text_saved_under_a_word_97_name_is_read_as_text(tmp_path: Path) -> None:
    """It was refused as "a Word 97-2003 document", which it is not (those are compound
    files, refused as before)."""
    text = tmp_path / "notice.doc"
    text.write_text("Title: Budget Officer\nReference: 271001\n")
    assert "Reference: 271001" in read_notice_file(text)
    word = tmp_path / "old.doc"
    word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "Word 97-2003" in str(refused(lambda: read_notice_file(word), word))


@pytest.mark.parametrize(
    ("name", "entries", "said"),
    [
        ("book.xlsx", {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}, "Excel"),
        (
            "slides.pptx",
            {"[Content_Types].xml": b"<x/>", "ppt/slides/a.xml": b"<x/>"},
            "PowerPoint",
        ),
        ("notices.zip", {"notice.docx": b"PK"}, "zip archive"),
        ("notices.txt", {"a/notice.pdf": b"%PDF-"}, "zip archive"),
        ("vacancies.zip", {"250939.toml": b"reference = 1"}, "vacancy pack"),
    ],
)
def test_office_files_and_archives_that_are_not_notices_say_what_they_are(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    entries: dict[str, bytes],
    said: str,
) -> None:
    """They were all refused as "not a Word document (no document part)"."""
    path = tmp_path / name
    path.write_bytes(_zip(entries))
    status, _, err = run_cli(capsys, "import", str(path), "-o", str(tmp_path / "out.toml"))
    assert status == 2 and f"{name}: is a" in err and said in err and "Word" not in err


def test_a_page_exported_as_xls_is_read_and_an_old_excel_file_is_named(tmp_path: Path) -> None:
    """Web systems export pages under Excel's names; Excel's own files are compound files."""
    page = tmp_path / "notice.xls"
    page.write_bytes(PAGE)
    assert "Reference: 271001" in read_notice_file(page)
    book = tmp_path / "old.xls"
    book.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "Excel spreadsheet" in str(refused(lambda: read_notice_file(book), book))


def test_runs_of_spaces_in_an_odt_are_bounded() -> None:
    """A run of spaces says its length (up to 9,999): 40,000 such runs, a 2.5 KB file, made
    400 million spaces (800 MB) before the text's limit could see them."""
    runs = b'<text:s text:c="9999"/>' * 5_000
    path = Path("spaces.odt")
    data = _zip({"content.xml": b"<office:body><text:p>Title:%s Officer</text:p>" % runs})
    tracemalloc.start()
    try:
        text = notice_files._READERS["odt"](path, data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text.split() == ["Title:", "Officer"]
    assert peak < 20 * 1024 * 1024, f"{peak / 2**20:.0f} MB for a file of {len(data):,} bytes"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cut.pdf", b"%PDF-1.4\n1 0 obj <<"),
        ("broken.docx", b"PK\x03\x04 broken"),
        ("broken.odt", b"PK\x03\x04 broken"),
        ("text.rtf", b"Title: Budget Officer"),
        ("deep.rtf", b"{\\rtf1 " + b"{" * 300),
        ("empty.eml", b"From: a@example.org\r\nSubject: notice\r\n\r\n"),
    ],
)
def test_a_damaged_notice_file_is_refused_saying_what_to_do(
    tmp_path: Path, name: str, data: bytes
) -> None:
    """These said what was wrong, not what to do instead."""
    path = tmp_path / name
    path.write_bytes(data)
    assert "use Paste" in str(refused(lambda: read_notice_file(path), path, SECONDS))


def test_control_characters_written_in_rich_text_are_not_text(tmp_path: Path) -> None:
    """\\u0 or \\'00 made a NUL in the text, and the notice was refused as a binary file."""
    path = tmp_path / "notice.rtf"
    path.write_bytes(b"{\\rtf1 Title: Budget\\u0? Officer\\'00\\par Reference: 271001\\par}")
    text = read_notice_file(path)
    assert "Title: Budget Officer" in text and "\x00" not in text
