"""The text of a Rich Text (.rtf) notice (WordPad, Outlook, older Word exports), read with the
standard library alone and laid out as a Word notice is (docx_text.py's paragraph reader and the
table writer, so a notice gives the same requirements in either format).

RTF is groups in braces, control words (\\par, \\b, \\cell) and text. Destinations that are not
the document's text (font, colour and style tables, document info, pictures, list definitions,
field instructions, footnotes, and every group marked \\* that is not known) are skipped whole;
a list paragraph (\\ls, or the number Word writes in \\listtext or \\pntext) becomes a "- "
bullet; a table's \\cell and \\row make its cells and rows; \\'hh is a byte of the document's
code page and \\uN a Unicode character (its fallback skipped). Page headers' lines come first
and footers' last, once each. One pass over the file, no recursion: a file of groups nested
deeper than a notice's is refused, and so is one of more instructions than a notice holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from screener.importer.docx_text import _Reader, _tag, once
from screener.importer.odt_text import MAX_TABLE_ROWS, too_many_rows
from screener.importer.text_codecs import text_codec
from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

MAX_GROUP_DEPTH = 200
# A 4-page notice saved by Word or LibreOffice holds 10,000-60,000 instructions (pictures are
# text runs, a few each); 2 million take about two seconds.
MAX_TOKENS = 2_000_000
_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)"
    r"|[\r\n]+"
)
_SKIPPED = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata", "listtable",
        "listoverridetable", "revtbl", "rsidtbl", "generator", "themedata", "datastore",
        "colorschememapping", "latentstyles", "xmlnstbl", "fldinst", "pgdsctbl", "footnote",
        "annotation", "atnid", "atnauthor", "xe", "tc", "bkmkstart", "bkmkend", "userprops",
        "pnseclvl", "nonshppict", "shppict", "shprslt", "sp", "ftnsep", "ftnsepc", "aftnsep",
        "template", "docvar", "mmathPr", "pn", "filetbl", "protusertbl", "wgrffmtfilter",
    }
)  # fmt: skip
_LIST_LABELS = frozenset({"listtext", "pntext"})
_FURNITURE = {
    f"{part}{kind}": part for part in ("header", "footer") for kind in ("", "l", "r", "f")
}
# A shape's instructions are marked \* but hold a text box's text (\shptxt); its result, a
# copy for older readers (\shprslt), is skipped, as Word's reader reads a text box once.
_READABLE = frozenset({"shpinst", *_FURNITURE})
_CHARACTERS = {
    "tab": "\t", "line": "\n", "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022",
    "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
    "emspace": " ", "enspace": " ", "qmspace": " ", "~": "\u00a0", "_": "-", "-": "",
    "\\": "\\", "{": "{", "}": "}",
}  # fmt: skip
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CODE_PAGES = {"ansi": "cp1252", "mac": "mac_roman", "pc": "cp437", "pca": "cp850"}


@dataclass
class _Group:
    skip: bool = False  # a destination that is not the document's text
    bold: bool = False
    hidden: bool = False  # hidden text (\v) or a tracked deletion (\deleted): not shown
    fallback: int = 1  # \ucN: characters after \uN for readers without Unicode
    target: str = "body"  # "body", "header" or "footer"
    first: bool = True  # no control word read yet (a destination is named first)
    label: bool = False  # a list number (\listtext): skipped, the paragraph is a list item


class _RtfReader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.readers = {"body": _Reader(), "header": _Reader(), "footer": _Reader()}
        self.stack: list[_Group] = []
        self.group = _Group()
        self.code_page = "cp1252"
        self.pending = bytearray()  # \'hh bytes, decoded together (a character may be two)
        self.skip_chars = 0  # the fallback characters after \uN still to skip
        self.ignorable = False  # \* read: an unknown destination after it is skipped
        self.in_table = False  # \intbl: the paragraph is in a table's cell
        self.rows = 0  # table rows read: a notice has a few dozen

    @property
    def reader(self) -> _Reader:
        return self.readers[self.group.target]

    def text(self, text: str) -> None:
        if self.skip_chars:
            dropped = min(self.skip_chars, len(text))
            text, self.skip_chars = text[dropped:], self.skip_chars - dropped
        if not text or self.group.skip or self.group.hidden:
            return
        # \u0 or \'00 is a control character, no text: the notice was refused as binary.
        text = _CONTROLS.sub("", text)
        self._cell_open()
        reader = self.reader
        reader.run_bold = self.group.bold
        reader.runs.append(text)
        if text.strip():
            reader.bold = reader.bold is not False and reader.run_bold

    def flush(self) -> None:
        if self.pending:
            data, self.pending = bytes(self.pending), bytearray()
            self.text(data.decode(self.code_page, errors="replace"))

    def open_group(self) -> None:
        if len(self.stack) >= MAX_GROUP_DEPTH:
            raise FileProblemError.of(
                self.path,
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "is not readable Rich Text (groups nested over {count} deep): open it in a "
                    "word processor and save it as .docx, or copy its text and use Paste",
                ),
                count=MAX_GROUP_DEPTH,
            )
        self.stack.append(self.group)
        self.group = replace(self.group, first=True)

    def close_group(self) -> None:
        if self.group.label:
            self.reader.listed = True
        self.group = self.stack.pop() if self.stack else _Group()
        self.ignorable = False

    def _cell_open(self) -> None:
        """A table's table, row and cell opened when text or a paragraph is in one (RTF
        marks the end of cells and rows only), and the table closed when it is not."""
        reader = self.reader
        if not self.in_table:
            if reader.table is not None and reader.cell is None:
                _tag(reader, True, "tbl", False)
            return
        if reader.table is None:
            _tag(reader, False, "tbl", False)
        if reader.cells is None:
            _tag(reader, False, "tr", False)
        if reader.cell is None:
            _tag(reader, False, "tc", False)

    def word(self, name: str, value: int | None) -> None:
        group, first, self.group.first = self.group, self.group.first, False
        ignorable, self.ignorable = self.ignorable, False
        if group.skip:
            return
        if first and (name in _SKIPPED or (ignorable and name not in _READABLE)):
            group.skip = True
        elif first and name in _LIST_LABELS:
            group.skip = group.label = True
        elif first and name in _FURNITURE:
            group.target = _FURNITURE[name]
        elif name == "u" and value is not None:
            self.text(chr(value % 65536))
            self.skip_chars = group.fallback
        elif name in _CHARACTERS:
            self.text(_CHARACTERS[name])
        else:
            self._control(name, value)

    def _control(self, name: str, value: int | None) -> None:
        group, reader = self.group, self.reader
        if name in ("par", "sect") or name == "nestcell":
            self._cell_open()
            reader.end_paragraph()
        elif name == "cell":
            self._cell_open()
            reader.end_paragraph()
            _tag(reader, True, "tc", False)
        elif name == "row":
            if reader.cells is not None:
                _tag(reader, True, "tr", False)
                self.rows += 1
                if self.rows > MAX_TABLE_ROWS:
                    raise too_many_rows(self.path)
        elif name == "pard":
            self.in_table = False
            reader.listed, reader.level, reader.heading_style = False, 0, False
        elif name in ("intbl", "itap"):
            self.in_table = name == "intbl" or bool(value)  # \\itap0: not in a table
        elif name == "ls":
            reader.listed = True
        elif name == "ilvl":
            reader.level = value or 0
        elif name == "outlinelevel":
            reader.heading_style = True
        elif name == "b":
            group.bold = value != 0
        elif name in ("v", "deleted"):
            group.hidden = value != 0
        elif name == "plain":
            group.bold = group.hidden = False
        elif name == "uc":
            group.fallback = max(value or 0, 0)
        elif name == "ansicpg" and value:
            self.code_page = text_codec(f"cp{value}", self.code_page)
        elif name in _CODE_PAGES:
            self.code_page = _CODE_PAGES[name]

    def lines(self) -> list[str]:
        body = self.readers["body"]
        self.in_table = False
        self._cell_open()  # a table at the very end is closed
        if body.runs:
            body.end_paragraph()
        header, footer = (_once(self.readers[part]) for part in ("header", "footer"))
        return [*header, *body.lines, *footer]


def _once(reader: _Reader) -> list[str]:
    if reader.runs:
        reader.end_paragraph()
    return once(reader.lines)


def rtf_text(path: Path, data: bytes) -> str:
    """The text of an .rtf file; FileProblemError naming the file when it is not Rich Text or
    is far larger a document than a notice."""
    source = data.decode("latin-1")  # each byte a character: \'hh and 8-bit text re-decoded
    if not source.lstrip().startswith("{\\rtf"):
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is not Rich Text (it does not start with {{\\rtf): give it the extension of "
                "what it is (.txt, .html, .docx), or copy its text and use Paste",
            ),
        )
    state = _RtfReader(path)
    position = count = 0
    while (match := _TOKEN.match(source, position)) is not None:
        position, count = match.end(), count + 1
        if count > MAX_TOKENS:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "is a Rich Text file of over {count:,} instructions; a notice has far fewer",
                ),
                count=MAX_TOKENS,
            )
        name, value, byte, symbol, brace, text = match.groups()
        if byte is not None:
            if state.skip_chars:
                state.skip_chars -= 1
            elif not state.group.skip:
                state.pending.append(int(byte, 16))
            continue
        state.flush()
        if name == "bin":
            position += max(int(value or 0), 0)  # raw bytes (a picture's), never text
        elif name is not None:
            state.word(name, int(value) if value else None)
        elif text is not None:
            state.text(text.encode("latin-1").decode(state.code_page, errors="replace"))
        elif brace == "{":
            state.open_group()
        elif brace == "}":
            state.close_group()
        elif symbol is not None:
            _symbol(state, symbol)
    state.flush()
    return "\n".join(state.lines())


def _symbol(state: _RtfReader, symbol: str) -> None:
    if symbol == "*":
        state.ignorable = True
    elif symbol in "\r\n":
        state.word("par", None)  # a backslash at a line's end is a paragraph's end
    elif symbol in _CHARACTERS:
        state.word(symbol, None)
