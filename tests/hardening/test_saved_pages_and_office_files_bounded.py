"""Crafted saved web pages (.mhtml), OpenDocument (.odt) and Rich Text (.rtf) files: read or
refused with a message naming the file, in bounded time and memory, never a traceback. A page
of 100,000 parts, one whose page is 18 MB or is not among its parts, an .odt whose content
inflates to 40 MB or whose styles are their own parents, elements that never end (in .odt and
.docx: once a scan to the file's end each), entities never expanded, RTF nested
100,000 deep or of more instructions than a notice, crafted Safari web archives, cut or damaged
copies of real files, and generated Rich Text, OpenDocument XML, saved pages and archives."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hardening_support import loaded_or_refused, refused, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.importer.mhtml_text import mhtml_text
from screener.importer.notice_files import read_notice_file
from screener.importer.odt_text import _Styles, odt_lines
from screener.importer.rtf_text import rtf_text
from screener.importer.webarchive_text import webarchive_text

DATA = Path(__file__).resolve().parents[1] / "importer" / "data"
SECONDS = 20.0  # a hang guard on a shared machine, not a measure
PAGE = b"<html><body><h1>Budget Officer</h1><p>Reference: 271001</p></body></html>"


def _mhtml(parts: int, start: str = "", page: bytes = PAGE) -> bytes:
    head = (
        b'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="B"'
        + (f'; start="{start}"'.encode() if start else b"")
        + b"\r\n\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-ID: <page>\r\n\r\n"
        + page
        + b"\r\n"
    )
    image = b"--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
    return head + image * parts + b"--B--\r\n"


def test_a_page_of_100000_parts_is_read_from_its_first(tmp_path: Path) -> None:
    path = tmp_path / "page.mhtml"
    path.write_bytes(_mhtml(100_000))
    text = loaded_or_refused(lambda: read_notice_file(path), path, SECONDS)
    assert text is not None and "Reference: 271001" in text


def test_a_page_that_is_not_among_100000_parts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.mht"
    path.write_bytes(_mhtml(100_000, start="<nowhere>"))
    error = refused(lambda: read_notice_file(path), path, SECONDS)
    assert "not among its first 2,000 parts" in str(error)


def test_a_page_of_18_mb_and_headers_that_never_end_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.mhtml"
    path.write_bytes(_mhtml(1, page=b"<p>" + b"word " * (18 * 1024 * 1024 // 5) + b"</p>"))
    assert "page is over 5,242,880 bytes" in str(refused(lambda: read_notice_file(path), path))
    endless = tmp_path / "endless.mhtml"
    endless.write_bytes(b"From: <Saved by Blink>\r\n" + b"X-Header: value\r\n" * 5_000)
    assert "headers do not end" in str(refused(lambda: read_notice_file(endless), endless))


def test_a_crafted_page_through_the_command_line_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.mhtml"
    path.write_bytes(
        _mhtml(3, start="<nowhere>").replace(b"text/html\r\nContent-ID", b"text/css\r\nContent-ID")
    )
    status, _, err = run_cli(capsys, "import", str(path), "-o", str(tmp_path / "out.toml"))
    assert status == 2 and str(path) in err and "holds no HTML page" in err


def _odt(content: bytes, styles: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        if styles:
            archive.writestr("styles.xml", styles)
    return buffer.getvalue()


def test_an_odt_that_inflates_to_40_mb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.odt"
    path.write_bytes(_odt(b"<text:p>" + b"A" * (40 * 1024 * 1024) + b"</text:p>"))
    assert path.stat().st_size < 200_000
    error = refused(lambda: read_notice_file(path), path, SECONDS)
    assert "too large an OpenDocument file" in str(error)


def test_odt_entities_are_never_expanded_and_a_style_loop_ends(tmp_path: Path) -> None:
    laughs = (
        b'<!DOCTYPE d [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<office:document-content><office:automatic-styles><style:style style:name="P1" '
        b'style:parent-style-name="P2"/><style:style style:name="P2" style:parent-style-name="P1">'
        b"</style:style></office:automatic-styles><office:body>"
        b'<text:p text:style-name="P1">Title: Officer &b;</text:p></office:body></office:document-content>'
    )
    path = tmp_path / "laughs.odt"
    path.write_bytes(_odt(laughs))
    text = loaded_or_refused(lambda: read_notice_file(path), path, SECONDS)
    assert text is not None and "lol" not in text and "Title: Officer" in text


@pytest.mark.parametrize(
    "xml",
    [
        b"<text:p>" + b"<text:note>x" * 100_000,  # skipped elements that never end
        b"<text:p>" + b"<text:span " * 100_000,  # tags that never end
        b'<style:style style:name="a">' * 100_000,  # styles that never end
    ],
)
def test_odt_elements_that_never_end_cost_one_pass(tmp_path: Path, xml: bytes) -> None:
    """Each opening that never ends once cost a scan to the end of the file (minutes)."""
    path = tmp_path / "unended.odt"
    path.write_bytes(_odt(xml, styles=b"<style:header>" * 100_000))
    loaded_or_refused(lambda: read_notice_file(path), path, SECONDS)


@pytest.mark.parametrize(
    "xml",
    [b"<mc:Fallback>" * 100_000, b"<w:p " * 100_000, b'<w:pStyle w:val="' * 100_000],
)
def test_docx_elements_that_never_end_cost_one_pass(tmp_path: Path, xml: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document><w:body>" + xml)
    path = tmp_path / "unended.docx"
    path.write_bytes(buffer.getvalue())
    loaded_or_refused(lambda: read_notice_file(path), path, SECONDS)


def test_rtf_nested_100000_deep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.rtf"
    path.write_bytes(b"{\\rtf1 " + b"{" * 100_000 + b"text" + b"}" * 100_000 + b"}")
    assert "nested over 200 deep" in str(refused(lambda: read_notice_file(path), path, SECONDS))


def test_rtf_of_more_instructions_than_a_notice_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real limit is 2,000,000 (seconds of work); the same check at a smaller scale.
    monkeypatch.setattr("screener.importer.rtf_text.MAX_TOKENS", 10_000)
    path = tmp_path / "long.rtf"
    path.write_bytes(b"{\\rtf1 " + b"\\par " * 20_000 + b"}")
    error = refused(lambda: rtf_text(path, path.read_bytes()), path, SECONDS)
    assert "over 10,000 instructions" in str(error)


def _nested_plist(depth: int) -> bytes:
    """A binary property list of arrays nested `depth` deep, written by hand."""
    objects = [b"\xa1" + (index + 1).to_bytes(4, "big") for index in range(depth)] + [b"\x50"]
    body, offsets = b"bplist00", []
    for item in objects:
        offsets.append(len(body))
        body += item
    table = b"".join(offset.to_bytes(4, "big") for offset in offsets)
    trailer = bytes(6) + bytes([4, 4]) + len(objects).to_bytes(8, "big") + bytes(8)
    return body + table + trailer + len(body).to_bytes(8, "big")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"bplist00" + bytes(200), "not a readable Safari web archive"),
        (_nested_plist(50_000), "not a readable Safari web archive"),
        (b"bplist00\xd0" + bytes(40), "not a readable Safari web archive"),
    ],
)
def test_crafted_web_archives_are_refused(tmp_path: Path, data: bytes, said: str) -> None:
    path = tmp_path / "page.webarchive"
    path.write_bytes(data)
    assert said in str(refused(lambda: read_notice_file(path), path, SECONDS))


def test_a_web_archive_of_a_huge_page_is_refused(tmp_path: Path) -> None:
    import plistlib

    page = b"<p>" + b"word " * (6 * 1024 * 1024 // 5) + b"</p>"
    path = tmp_path / "huge.webarchive"
    path.write_bytes(
        plistlib.dumps({"WebMainResource": {"WebResourceData": page}}, fmt=plistlib.FMT_BINARY)
    )
    assert "over 5,242,880 bytes" in str(refused(lambda: read_notice_file(path), path, SECONDS))


def test_tables_of_more_rows_than_a_notice_are_refused(tmp_path: Path) -> None:
    rtf = tmp_path / "rows.rtf"
    rtf.write_bytes(b"{\\rtf1 " + b"\\intbl a\\cell b\\cell\\row " * 5_001 + b"}")
    assert "tables of over 5,000 rows" in str(refused(lambda: read_notice_file(rtf), rtf))
    row = b"<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell></table:table-row>"
    odt = tmp_path / "rows.odt"
    odt.write_bytes(_odt(b"<office:body><table:table>" + row * 5_001 + b"</table:table>"))
    assert "tables of over 5,000 rows" in str(refused(lambda: read_notice_file(odt), odt))


@pytest.mark.parametrize(
    "rtf",
    [
        b"{\\rtf1 \\bin999999999 {}}}}",  # raw bytes past the end
        b"{\\rtf1 \\uc999999999 \\u-99999999 text \\'zz \\ansicpg99999 \\'e9}",
        b"}}}{\\rtf1 {\\*\\unknown {\\field{\\fldrslt ok}}}\\cell\\row\\intbl\\cell",
        b"{\\rtf1 \\intbl a\\cell\\intbl\\nestcell\\nestrow\\row\\pard\\pntext",
        b"{\\rtf1" + b"\\'" * 1000,
    ],
)
def test_odd_rtf_is_read_or_refused(tmp_path: Path, rtf: bytes) -> None:
    path = tmp_path / "odd.rtf"
    path.write_bytes(rtf)
    loaded_or_refused(lambda: read_notice_file(path), path, SECONDS)


@pytest.mark.parametrize(
    "name", ["cmre_scientist.odt", "cmre_scientist.rtf", "ncia_data_engineer.mhtml"]
)
def test_cut_or_damaged_real_files_are_read_or_refused(tmp_path: Path, name: str) -> None:
    data = (DATA / name).read_bytes()
    path = tmp_path / name
    for step in range(1, 12):
        cut = len(data) * step // 12
        damaged = bytearray(data)
        damaged[cut // 2 : cut // 2 + 64] = bytes(range(64))
        for variant in (data[:cut], bytes(damaged)):
            path.write_bytes(variant)
            loaded_or_refused(lambda: read_notice_file(path), path, SECONDS)


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RTF_PIECES = st.sampled_from(
    [
        "{", "}", "\\par ", "\\pard", "\\intbl ", "\\cell ", "\\row ", "\\nestcell ",
        "\\ls1 ", "\\ilvl3 ", "\\b ", "\\b0 ", "\\u8217?", "\\uc0 ", "\\uc5 ", "\\'e9",
        "\\'", "\\*", "\\fonttbl ", "\\listtext ", "\\header ", "\\footerf ", "\\shpinst ",
        "\\shptxt ", "\\bin3 ", "\\v ", "\\plain ", "\\line ", "\\tab ", "\\~", "\\\n",
        "\\ansicpg932 ", "text ", "Grade: G7", "\\itap0 ", "\\outlinelevel1 ",
    ]
)  # fmt: skip
ODT_PIECES = st.sampled_from(
    [
        "<text:p>", "</text:p>", "<text:h>", "</text:h>", "<text:list>", "</text:list>",
        "<text:list-item>", "<table:table>", "</table:table>", "<table:table-row>",
        "</table:table-row>", "<table:table-cell>", "</table:table-cell>", "<text:note>",
        "</text:note>", '<text:span text:style-name="T1">', "</text:span>", "<text:s/>",
        '<text:s text:c="9999"/>', "<text:tab/>", "text", "&amp;", "<", ">", "<text:p/>",
    ]
)  # fmt: skip


@FUZZ
@given(st.lists(RTF_PIECES, max_size=60))
def test_any_rich_text_is_read_or_refused(pieces: list[str]) -> None:
    path = Path("/fuzz/notice.rtf")
    loaded_or_refused(lambda: rtf_text(path, ("{\\rtf1 " + "".join(pieces)).encode()), path)


@FUZZ
@given(st.lists(ODT_PIECES, max_size=60))
def test_any_opendocument_xml_is_read(pieces: list[str]) -> None:
    styles = '<style:style style:name="T1"><style:text-properties fo:font-weight="bold"/>'
    odt_lines("".join(pieces), _Styles(styles), Path("/fuzz/notice.odt"))


@FUZZ
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=2))
def test_any_saved_page_or_web_archive_is_read_or_refused(tail: bytes, kind: int) -> None:
    heads = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n',
        b"From: <Saved by Blink>\r\nContent-Type: text/html\r\n\r\n",
        b"bplist00",
    )
    path = Path("/fuzz/page.mhtml" if kind < 2 else "/fuzz/page.webarchive")
    reader = mhtml_text if kind < 2 else webarchive_text
    loaded_or_refused(lambda: reader(path, heads[kind] + tail), path)
