"""The text of a Word (.docx) notice, read with the standard library alone.

A .docx file is a zip archive whose word/document.xml holds the paragraphs (<w:p>) and their
text runs (<w:t>). Paragraphs become lines; a list paragraph (numbered or bulleted in Word)
becomes a "- " bullet, a sub-item an "o" one; a heading in bold or a heading style gets a blank
line before it; tables are written by table_writer.py (the PDF reader's writer too). A text
box is read once (Word keeps a copy for older readers), a symbol-font character (a tick, a
box) as the private-use character a PDF shows, a non-breaking hyphen as "-". The page
headers' lines come first and the footers' last, once each. The XML is read by a tokenizer,
not a parser: it never expands entities, so a hostile file cannot blow up, and the work is
bounded by the size caps below. No new dependency is needed.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from screener.importer.table_writer import TableWriter
from screener.importer.zip_parts import ZIP_READ_ERRORS, read_part
from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

MAX_DOCX_BYTES = 20 * 1024 * 1024
# The document part of a long notice is well under 2 MB; far more is not a notice.
MAX_DOCUMENT_XML = 30 * 1024 * 1024
_DOCUMENT = "word/document.xml"
# The page header's and footer's parts: a notice's reference or classification may be only there.
_HEADER = re.compile(r"word/header\d*\.xml")
_FOOTER = re.compile(r"word/footer\d*\.xml")
# Word writes a text box twice: as a drawing, and for older readers as a VML picture inside
# <mc:Fallback>; its text is read once. A tracked move keeps the moved text at its old place
# too (<w:moveFrom>), where it is no longer the document's.
# The openings of those copies and their ends (searched for linearly, see _without_copies).
_COPIES = (
    (re.compile(r"<mc:Fallback\b"), "</mc:Fallback>"),
    (re.compile(r"<w:moveFrom\b[^<>]*?(?<!/)>"), "</w:moveFrom>"),
)

_TOKEN = re.compile(
    r"<w:t(?:\s[^<>]*)?>([^<]*)</w:t>"
    r"|<(/?)w:(p|tbl|tr|tc|r)\b[^<>]*?(/?)>"
    r"|<w:(tab|br|cr|noBreakHyphen)\b[^<>]*/>"
    r"|<w:(numPr)\b"
    r'|<w:pStyle\s[^<>]*w:val="([^"<>]*)"'
    r'|<w:ilvl\s[^<>]*w:val="(\d{1,2})"'
    r'|<w:sym\s[^<>]*w:char="([0-9A-Fa-f]{2,4})"'
    r"|<w:b(\s[^<>]*)?/>"
)
# A paragraph style that makes a heading ("Heading1", "Titre2", "Title").
_HEADING_STYLE = re.compile(r"heading|titre|title", re.IGNORECASE)
_OFF = re.compile(r'w:val="(?:0|false|off)"')


@dataclass
class _Reader:
    lines: list[str] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)
    listed: bool = False
    level: int = 0  # a list paragraph's level: 1 and over are sub-items
    cells: list[str] | None = None  # the current table row's cells
    cell: list[str] | None = None  # the current cell's paragraphs
    table: TableWriter | None = None
    run_bold: bool = False  # the current run is bold
    bold: bool | None = None  # every run of the paragraph with text so far is bold
    heading_style: bool = False

    def end_paragraph(self) -> None:
        text = "".join(self.runs).strip()
        self.runs, listed, self.listed = [], self.listed, False
        level, self.level = self.level, 0
        heading = (self.heading_style or self.bold is True) and not listed
        self.bold, self.heading_style = None, False
        if heading and self.cell is None and _short_heading(text) and self.lines[-1:] != [""]:
            # A heading set in bold or a heading style: a blank line before it, as a text copy
            # has (a heading in capitals right under a list's last item was read into it).
            self.lines.append("")
        if self.cell is not None:
            # A list paragraph in a cell keeps its mark for a layout table (table_writer.py).
            self.cell.append(f"- {text}" if listed and text else text)
        elif text and listed:
            # A sub-item with Word's own second-level bullet, as a PDF of the notice shows it.
            self.lines.append(f"o {text}" if level else f"- {text}")
        elif text:
            self.lines.append(text)
        else:
            self.lines.append("")

    def end_row(self) -> None:
        texts, self.cells = self.cells or [], None
        if self.table is None:  # a row after a table inside its cell ended
            self.table = TableWriter(self.lines)
        self.table.row(texts)


_TOO_LARGE = QT_TRANSLATE_NOOP("FileProblem", "is too large a Word document for a notice")


def _short_heading(text: str) -> bool:
    return 0 < len(text.split()) <= 8 and text[-1] not in ".;,"


def _tag(reader: _Reader, closing: bool, name: str, empty: bool) -> None:
    if name == "r":
        reader.run_bold = False
    elif name == "p" and (closing or empty):
        reader.end_paragraph()
    elif name == "p" and reader.runs:
        # A paragraph inside a paragraph (a text box's): the text before it is a line of its own.
        reader.end_paragraph()
    elif name == "tbl":
        if closing:
            if reader.table is not None:
                reader.table.end(block=reader.cells is None)
            reader.table = None
        else:
            reader.table = TableWriter(reader.lines)
    elif name == "tr":
        if closing:
            reader.end_row()
        else:
            reader.cells = []
    elif name == "tc":
        if closing and reader.cell is not None and reader.cells is not None:
            reader.cells.append("\n".join(part for part in reader.cell if part))
            reader.cell = None
        elif not closing:
            reader.cell = []


def _without_copies(xml: str) -> str:
    """The XML without text boxes' copies for older readers and moved text's old places: each
    from its opening to the first end after it, in one pass (a regular expression's lazy
    match scanned to the end of the file for each opening that never ends: minutes for a
    crafted 100 KB file)."""
    for opening, end_tag in _COPIES:
        kept: list[str] = []
        position = 0
        while (match := opening.search(xml, position)) is not None:
            end = xml.find(end_tag, match.end())
            if end == -1:
                break  # no later opening ends either
            kept.append(xml[position : match.start()])
            position = end + len(end_tag)
        xml = "".join(kept) + xml[position:]
    return xml


def document_text(xml: str) -> str:
    """The lines of a word/document.xml."""
    reader = _Reader()
    for match in _TOKEN.finditer(_without_copies(xml)):
        text, closing, name, empty, spacing, numbered, style, level, symbol, bold = match.groups()
        if text is not None:
            reader.runs.append(html.unescape(text))
            if text.strip():
                reader.bold = reader.bold is not False and reader.run_bold
        elif name is not None:
            _tag(reader, closing == "/", name, empty == "/")
        elif spacing is not None:
            # Word's non-breaking hyphen ("NATO-wide", "e-mail") is an element, not a character.
            reader.runs.append({"tab": "\t", "noBreakHyphen": "-"}.get(spacing, "\n"))
        elif numbered is not None or (style is not None and "list" in style.lower()):
            reader.listed = True
        elif style is not None:
            reader.heading_style = bool(_HEADING_STYLE.search(style))
        elif level is not None:
            reader.level = int(level)
        elif symbol is not None:
            # A symbol-font character (a tick, a box, a bullet): the private-use character a
            # PDF of the document shows for it (table_writer.py reads ticks and boxes).
            code = int(symbol, 16)
            reader.runs.append(chr(code + 0xF000 if code < 0x100 else code))
        elif match[0].startswith("<w:b"):
            reader.run_bold = not _OFF.search(bold or "")
    return "\n".join(reader.lines)


def _part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    if info.file_size > MAX_DOCUMENT_XML:
        raise FileProblemError.of(path, _TOO_LARGE)
    raw = read_part(path, archive, info, MAX_DOCUMENT_XML)
    if len(raw) > MAX_DOCUMENT_XML:
        raise FileProblemError.of(path, _TOO_LARGE)
    return raw.decode("utf-8", errors="replace")


def once(lines: Iterable[str]) -> list[str]:
    """The lines with text, each once, in their order. A page header's or footer's lines are
    kept once (one per kind of page, often the same); a seen set, not a search of the lines
    kept, so a header of 60,000 different lines (150 KB zipped) costs no more than its text:
    it took 20 s in each of the Word, OpenDocument and Rich Text readers."""
    return list(dict.fromkeys(line for line in lines if line.strip()))


def _furniture(path: Path, archive: zipfile.ZipFile, name: re.Pattern[str]) -> list[str]:
    """The lines of the page headers (or footers), each once: Word keeps one part per kind of
    page (first, odd, even), often with the same text."""
    lines: list[str] = []
    size = 0
    for info in sorted(archive.infolist(), key=lambda info: info.filename):
        if name.fullmatch(info.filename):
            size += info.file_size
            if size > MAX_DOCUMENT_XML:
                raise FileProblemError.of(path, _TOO_LARGE)
            lines += document_text(_part(path, archive, info)).splitlines()
    return once(lines)


def docx_text(path: Path, data: bytes) -> str:
    """The text of a .docx file: its page header's lines, its body, its page footer's lines
    (once each, as a PDF's text shows them on its first page); FileProblemError when it is not
    a readable Word document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = _part(path, archive, archive.getinfo(_DOCUMENT))
            header = _furniture(path, archive, _HEADER)
            footer = _furniture(path, archive, _FOOTER)
    except KeyError:
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "is not a Word document (no document part)")
        ) from None
    except ZIP_READ_ERRORS as exc:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is not a readable Word document ({reason}): open it in Word and save it again, "
                "or copy its text and use Paste",
            ),
            reason=str(exc),
        ) from None
    return "\n".join([*header, document_text(body), *footer])
