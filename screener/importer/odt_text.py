"""The text of an OpenDocument text (.odt) notice, LibreOffice's own format, read with the
standard library alone and laid out as a Word notice is (docx_text.py: the same paragraph
reader and table writer, so a notice gives the same requirements in either format).

An .odt file is a zip archive whose content.xml holds paragraphs (<text:p>) and headings
(<text:h>), lists (<text:list>, each item becoming a "- " bullet, a sub-item an "o" one) and
tables (<table:table>); styles.xml holds the page header and footer, whose lines come first and
last, once each. Bold is a property of automatic styles, looked up by name. As for Word, the XML
is read by a tokenizer, not a parser: entities are never expanded and the work is bounded by the
size caps.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path

from screener.importer.docx_text import _Reader, _tag, once
from screener.importer.zip_parts import PASSWORD_PROTECTED, ZIP_READ_ERRORS, read_part
from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

# content.xml of a long notice is well under 1 MB.
MAX_ODT_XML = 30 * 1024 * 1024
# A notice's tables have a few dozen rows. The table writer spends some 70 microseconds on a
# row: a crafted table of 150,000 rows took 10 s (the Rich Text reader keeps the same bound).
MAX_TABLE_ROWS = 5_000
MAX_SPACES = 40
_CONTENT = "content.xml"
# The manifest says which parts LibreOffice encrypted, when the file was saved with a password.
_MANIFEST = "META-INF/manifest.xml"
_ENCRYPTED = re.compile(r"<manifest:encryption-data\b")
_STYLES = "styles.xml"
# Elements with no text of the document's: deleted text kept for change tracking, comments,
# footnotes (their text is not the notice's), list numbers LibreOffice writes for older readers
# (Word's are not text either), a frame's alternative text, a merged cell's covered part.
_SKIPPED = frozenset(
    {
        "text:tracked-changes", "office:annotation", "text:note", "text:number",
        "text:sequence-decls", "svg:title", "svg:desc", "office:forms",
        "table:covered-table-cell",
    }
)  # fmt: skip
# A tag, or a run of text. Nothing is searched for past the next "<": a tag that never ends or
# an element that is never closed costs no more than its own bytes (no quadratic scans).
_TOKEN = re.compile(r"<(/?)([a-z-]+:[a-z-]+)\b([^<>]*?)(/?)>|([^<]+)|<")
_STYLE_TAG = re.compile(r"<(/?)style:(style|text-properties)\b([^<>]*)>")
_ATTRIBUTE = re.compile(r'([a-z-]+:[a-z-]+)="([^"]*)"')
_WEIGHT = re.compile(r'\bfo:font-weight="([a-z0-9]+)"')
_HEADING_STYLE = re.compile(r"heading|titre|title", re.IGNORECASE)
_PAGE_FURNITURE = re.compile(r"<(/?)style:(header|footer)(?:-first|-left)?\b[^<>]*?(/?)>")
_SPACE = re.compile(r"[ \t\r\n]+")
# The elements that make a line: a paragraph and a heading; a table's parts as Word's.
_PARTS = {
    "text:p": "p",
    "text:h": "p",
    "table:table": "tbl",
    "table:table-row": "tr",
    "table:table-cell": "tc",
}


class _Styles:
    """What the named styles say: bold or not, a heading, a list paragraph."""

    def __init__(self, xml: str) -> None:
        self.bold: dict[str, bool] = {}
        self.parent: dict[str, str] = {}
        self.kind: dict[str, str] = {}  # "heading" or "list"
        name = ""  # the open style's
        for match in _STYLE_TAG.finditer(xml):
            closing, tag, attributes = match.groups()
            if tag == "style" and not closing:
                name = self._style(attributes)
                if attributes.rstrip().endswith("/"):
                    name = ""
            elif tag == "style":
                name = ""
            elif name and (weight := _WEIGHT.search(attributes)):
                self.bold[name] = weight[1] == "bold" or weight[1][:1] in "6789"

    def _style(self, attributes: str) -> str:
        values: dict[str, str] = dict(_ATTRIBUTE.findall(attributes))
        name = values.get("style:name", "")
        self.parent[name] = values.get("style:parent-style-name", "")
        label = f"{name} {values.get('style:display-name', '')}"
        if _HEADING_STYLE.search(label):
            self.kind[name] = "heading"
        elif "list" in label.lower():
            self.kind[name] = "list"
        return name

    def _inherited(self, name: str, table: dict[str, bool] | dict[str, str]) -> object:
        for _ in range(8):  # a chain of parents is short; a loop in a crafted file stops here
            if not name or name in table:
                return table.get(name)
            name = self.parent.get(name, "")
        return None

    def is_bold(self, name: str) -> bool | None:
        value = self._inherited(name, self.bold)
        return value if isinstance(value, bool) else None

    def kind_of(self, name: str) -> str | None:
        value = self._inherited(name, self.kind)
        return value if isinstance(value, str) else None


def _style(attributes: str) -> str:
    match = re.search(r'text:style-name="([^"]*)"', attributes)
    return match[1] if match else ""


def odt_lines(xml: str, styles: _Styles, path: Path) -> list[str]:
    """The lines of the paragraphs, lists and tables in a piece of OpenDocument XML."""
    reader = _Reader()
    bold: list[bool] = []  # the open paragraph's and spans' boldness, innermost last
    list_depth = rows = 0
    # Per open list entry: an item (bulleted or numbered) or a list's header (neither).
    entries: list[bool] = []
    skipped: list[str] = []  # the open element whose content is skipped, once per level
    for match in _TOKEN.finditer(xml):
        closing, name, attributes, empty, text = match.groups()
        if skipped or (name in _SKIPPED and not closing and not empty):
            if closing and name == skipped[0]:
                skipped.pop()
            elif not closing and not empty and name == (skipped or [name])[0]:
                skipped.append(name)
            continue
        if name is None and text is None:
            continue  # a "<" that starts no tag
        if text is not None:
            if bold:  # text between paragraphs is only the file's layout
                words = html.unescape(_SPACE.sub(" ", text))
                reader.run_bold = bold[-1]
                reader.runs.append(words)
                if words.strip():
                    reader.bold = reader.bold is not False and reader.run_bold
            continue
        if name == "table:table-row" and not closing:
            rows += 1
            if rows > MAX_TABLE_ROWS:
                raise too_many_rows(path)
        if name == "text:list":
            list_depth += -1 if closing else 0 if empty else 1
        elif name in ("text:list-item", "text:list-header") and not empty:
            if closing and entries:
                entries.pop()
            elif not closing:
                entries.append(name == "text:list-item")
        elif name in ("text:p", "text:h") and not closing:
            _open_paragraph(reader, styles, name, attributes, list_depth)
            reader.listed = reader.listed and (entries[-1] if entries else list_depth == 0)
            bold.append(bool(styles.is_bold(_style(attributes))))
        elif name == "text:span" and not empty:
            if closing and len(bold) > 1:
                bold.pop()
            elif not closing and bold:
                own = styles.is_bold(_style(attributes))
                bold.append(bold[-1] if own is None else own)
        elif name in ("text:tab", "text:line-break", "text:s") and bold:
            reader.runs.append(_spacing(name, attributes))
        if name in _PARTS:
            _tag(reader, bool(closing), _PARTS[name], bool(empty))
            if name in ("text:p", "text:h") and (closing or empty) and bold:
                bold.pop()
    return reader.lines


def too_many_rows(path: Path) -> FileProblemError:
    return FileProblemError.of(
        path,
        QT_TRANSLATE_NOOP(
            "FileProblem", "has tables of over {count:,} rows; a notice's have far fewer"
        ),
        count=MAX_TABLE_ROWS,
    )


def _open_paragraph(
    reader: _Reader, styles: _Styles, name: str, attributes: str, list_depth: int
) -> None:
    """A paragraph's properties as Word's reader keeps them (applied when it ends)."""
    if reader.runs:
        # A paragraph inside a paragraph (a text box's or a shape's): _tag ends the outer one
        # first, so the properties are the inner one's.
        reader.end_paragraph()
    kind = styles.kind_of(_style(attributes))
    reader.listed = list_depth > 0 or kind == "list"
    reader.level = max(list_depth - 1, 0)
    reader.heading_style = name == "text:h" or kind == "heading"


def _spacing(name: str, attributes: str) -> str:
    if name == "text:s":
        # A run of spaces lays out a line; a few dozen do it. Up to 9,999 each, 40,000 of them
        # (a 2.5 KB file) made 400 million spaces and 800 MB before any limit could see them.
        count = re.search(r'text:c="(\d{1,4})"', attributes)
        return " " * min(int(count[1]) if count else 1, MAX_SPACES)
    return "\t" if name == "text:tab" else "\n"


def _part(path: Path, archive: zipfile.ZipFile, name: str) -> str:
    info = archive.getinfo(name)
    if info.file_size > MAX_ODT_XML:
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "is too large an OpenDocument file for a notice")
        )
    raw = read_part(path, archive, info, MAX_ODT_XML)
    if len(raw) > MAX_ODT_XML:  # a zip entry can lie about its size
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "is too large an OpenDocument file for a notice")
        )
    return raw.decode("utf-8", errors="replace")


def _furniture(path: Path, styles_xml: str, styles: _Styles) -> tuple[list[str], list[str]]:
    """The page headers' lines and the footers', each once (a page style has one per kind
    of page: first, left, right)."""
    found: dict[str, list[str]] = {"header": [], "footer": []}
    start: int | None = None
    for match in _PAGE_FURNITURE.finditer(styles_xml):
        closing, kind, empty = match.groups()
        if not closing:
            start = None if empty else match.end()
            continue
        if start is None:
            continue
        found[kind] += odt_lines(styles_xml[start : match.start()], styles, path)
        start = None
    return once(found["header"]), once(found["footer"])


def odt_text(path: Path, data: bytes) -> str:
    """The text of an .odt file: its page header's lines, its body, its page footer's lines;
    FileProblemError when it is not a readable OpenDocument text."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if _MANIFEST in names and _ENCRYPTED.search(_part(path, archive, _MANIFEST)):
                raise FileProblemError.of(path, PASSWORD_PROTECTED)
            content = _part(path, archive, _CONTENT)
            styles_xml = _part(path, archive, _STYLES) if _STYLES in names else ""
    except KeyError:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "is not an OpenDocument text (it has no content.xml)"),
        ) from None
    except ZIP_READ_ERRORS as exc:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is not a readable OpenDocument file ({reason}): open it in LibreOffice and save "
                "it again, or copy its text and use Paste",
            ),
            reason=str(exc),
        ) from None
    # Automatic styles (content.xml's) name the paragraphs' and spans' looks; named ones
    # (styles.xml's) are their parents.
    styles = _Styles(styles_xml + content)
    header, footer = _furniture(path, styles_xml, styles)
    body = content[content.find("<office:body") :] if "<office:body" in content else content
    return "\n".join([*header, *odt_lines(body, styles, path), *footer])
