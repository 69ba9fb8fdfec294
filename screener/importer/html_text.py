"""The text of a careers page saved from a browser (.html / .htm), laid out as the importer reads.

Parsed with the standard library's `html.parser`: it is maintained with CPython itself, is
built to read real-world (broken) markup without raising, decodes every named and numeric
entity, and adds no dependency to a desktop app whose only job here is to get the words of one
page. Scripts, styles and other non-text elements are dropped; links keep their text; block
elements become line breaks and list items become "- " bullets, which is what the section
finder expects; a table's row of data becomes one line (table_rows.py), a layout table's
cells stay blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from screener.importer.cancelling import stop_if
from screener.importer.side_tables import SectionTable, section_label, twin_row
from screener.importer.table_rows import row_text
from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

# Elements whose content is never text a reader sees, or never the notice's: a site's menus.
_HIDDEN = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object",
        "canvas", "nav",
    }
)  # fmt: skip
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot",
        "tr", "ul", "body", "html", "title",
    }
)  # fmt: skip
# A table built of <div>s with ARIA roles, as careers sites' scripts draw them: read as the
# table it stands for.
_ROLES = {
    "table": "table", "grid": "table", "rowgroup": "tbody", "row": "tr", "cell": "td",
    "gridcell": "td", "columnheader": "th", "rowheader": "th",
}  # fmt: skip
_TABLE_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr"})
# html.parser spends some 9 microseconds on a tag: a 4.5 MB page of 131,000 table rows (650,000
# tags) took 6 s. A careers page, menus and all, has a few thousand to some 40,000.
MAX_TAGS = 150_000
# Tables nested deeper are read as blocks of text: each level copied its cells' text into the
# level above, so a page of tables nested 30,000 deep (1 MB) took 8 s and 60,000 deep 27 s. A
# layout nests a few.
MAX_TABLE_DEPTH = 16
_CELLS = frozenset({"tr", "td", "th"})
# Facts set side by side as chips or badges, with no space between them in the markup.
_CHIP_CLASS = re.compile(r"(?<![\w-])(?:chip|badge|pill|tag)s?(?![\w-])", re.IGNORECASE)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"})


@dataclass
class _Row:
    """A table row being read: its cells' parts, and whether a cell holds blocks (a layout
    table, whose cells are pages of their own, not a row of data)."""

    cells: list[list[str]] = field(default_factory=list)
    layout: bool = False
    requirement_table: bool = False
    depth: int = 0  # the tables open around it: a row ends with its table


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.rows: list[_Row] = []  # open rows, innermost last (tables nest)
        self.requirement_table = False
        self.table_depth = 0
        self.sections: list[SectionTable] = []  # per open table, innermost last
        self.divs: list[str] = []  # what each open <div> stands for (see _ROLES)
        # Where the open <dt>'s text starts; whether the last term named a section, its
        # <dd>s then being its requirements.
        self.term: tuple[list[str], int] | None = None
        self.section_terms = False
        # Per open <template>: whether it is a component's shadow root, which the page shows
        # (Chrome saves one as <template shadowmode="open"> in a single-file page).
        self.templates: list[bool] = []
        self.flat_tables = 0  # tables open past MAX_TABLE_DEPTH, read as blocks

    def _out(self, text: str) -> None:
        """Into the open cell of the innermost row, else into the page."""
        if self.rows and self.rows[-1].cells:
            self.rows[-1].cells[-1].append(text)
        else:
            self.parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "template":
            shown = not self.hidden_depth and any(
                name in ("shadowmode", "shadowrootmode") for name, _ in attrs
            )
            self.templates.append(shown)
            if shown:
                return
        if tag in _HIDDEN:
            if tag not in _VOID:
                self.hidden_depth += 1
            return
        if self.hidden_depth:
            return
        if tag == "div":
            tag = _ROLES.get(dict(attrs).get("role") or "", "div")
            self.divs.append(tag)
        if self._flat_start(tag):
            return
        if tag == "tr" and self.rows and self.rows[-1].depth == self.table_depth:
            self._end_row(self.rows.pop())  # HTML lets a row's end tag be left out
        if tag == "table":
            self.requirement_table = False
            self.table_depth += 1
            self.sections.append(SectionTable())
        if tag == "tr":
            self.rows.append(_Row(requirement_table=self.requirement_table, depth=self.table_depth))
        elif tag in ("td", "th") and self.rows:
            self.rows[-1].cells.append([])
        elif tag == "br":
            self._out("\n")
        elif tag == "span" and _CHIP_CLASS.search(dict(attrs).get("class") or ""):
            self._chip_start()
        elif tag == "li":
            self._mark_layout()
            self._out("\n- ")
        elif tag == "dd":
            # On the line of its term ("Reference: 270744", see dt's end), or a bullet under a
            # section's name ("Essential").
            self._out("\n- " if self.section_terms else "")
        elif tag == "dt":
            self._mark_layout()
            self._out("\n\n")
            self.term = (self._sink(), len(self._sink()))
        elif tag in _BLOCKS and tag not in _TABLE_PARTS:
            self._mark_layout()
            # "<li><p>Text</p></li>" (Workday, Word): the paragraph is the item's text, on its
            # bullet's line, not a paragraph of its own under an empty bullet.
            if self._sink()[-1:] != ["\n- "]:
                self._out("\n\n")
        elif tag in _BLOCKS:
            self._out("\n\n")

    def _chip_start(self) -> None:
        """A chip ("Internship", "Oeiras, Portugal", "Ref. NCIA-INT-27-OEI-05") right after
        another: its style sets it apart on the page, a bar in the text ("6 monthsRef." read
        no reference)."""
        written = "".join(self._sink()[-2:])
        if written and not written[-1].isspace():
            self._out(" | ")

    def _flat_start(self, tag: str) -> bool:
        """A table past MAX_TABLE_DEPTH, or its rows and cells: a break in the text."""
        if tag == "table" and (self.flat_tables or self.table_depth >= MAX_TABLE_DEPTH):
            self.flat_tables += 1
        elif not (self.flat_tables and tag in _CELLS):
            return False
        self._out("\n")
        return True

    def end_rows(self) -> None:
        """End the rows of the innermost open table (or of none: the page's end)."""
        while self.rows and self.rows[-1].depth == self.table_depth:
            self._end_row(self.rows.pop())

    def _sink(self) -> list[str]:
        return self.rows[-1].cells[-1] if self.rows and self.rows[-1].cells else self.parts

    def _mark_layout(self) -> None:
        if self.rows and self.rows[-1].cells:
            self.rows[-1].layout = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.hidden_depth:
            self._out("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "template" and self.templates and self.templates.pop():
            return
        if tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
            return
        if self.hidden_depth:
            return
        if tag == "div":
            tag = self.divs.pop() if self.divs else tag
        if self.flat_tables and tag in ("table", *_CELLS):
            self.flat_tables -= tag == "table"
            self._out("\n")
            return
        if tag == "table":
            self.end_rows()  # HTML lets rows' end tags be left out
            self.table_depth = max(0, self.table_depth - 1)
            if self.sections and (lines := self.sections.pop().lines()):
                self._out("\n\n" + "\n".join(lines) + "\n")
        if tag == "tr" and self.rows and self.rows[-1].depth == self.table_depth:
            self._end_row(self.rows.pop())
        elif tag == "dt":
            sink, start = self.term or (self._sink(), len(self._sink()))
            self.section_terms = section_label("".join(sink[start:])) is not None
            written = "".join(sink[-3:]).rstrip()
            self._out("\n" if self.section_terms else " " if written.endswith(":") else ": ")
        elif tag in _BLOCKS or tag == "li":
            self._out("\n")

    def _end_row(self, row: _Row) -> None:
        texts = ["".join(cell) for cell in row.cells]
        if self.sections:
            table = self.sections[-1]
            if table.take(texts, row):
                return
            if table.held is not None:
                # A table of X marks after all (labelled_rows reads it): its header first.
                held, table.held = table.held, None
                self._write_row(held, ["".join(cell) for cell in held.cells])
        self._write_row(row, texts)

    def _write_row(self, row: _Row, texts: list[str]) -> None:
        cells = [" ".join(text.split()) for text in texts]
        if (twins := twin_row(cells)) is not None:
            self._out("".join(f"\n{line}" for line in twins) + "\n")
            return
        if row.layout or sum(1 for cell in cells if cell) < 2:
            # Blocks inside cells, or one cell: the cells' own lines, as on the page.
            self._out("\n" + "\n\n".join(texts) + "\n")
            return
        line, self.requirement_table = row_text(cells, row.requirement_table)
        if line is not None:
            self._out(f"{line}\n")

    def handle_data(self, data: str) -> None:
        in_cell = bool(self.rows and self.rows[-1].cells)
        if data.isspace() and self.table_depth and not in_cell:
            return  # the source's line breaks between rows: rows stay one after the other
        if not self.hidden_depth:
            # Inside a paragraph, source line breaks are only layout of the HTML file.
            # Spaces around inline markup ("<b>good</b> knowledge") still separate words.
            text = " ".join(data.split())
            before = " " if data[:1].isspace() else ""
            after = " " if data[-1:].isspace() and text else ""
            self._out(f"{before}{text}{after}")


def html_to_text(markup: str, cancelled: Callable[[], bool] | None = None) -> str:
    """The visible text of an HTML page, one block per line, list items as '- ' bullets.

    With `cancelled`, the page is read a part at a time and ImportCancelled raised between
    parts once it says so (a megabyte takes html.parser most of a second).
    """
    collector = _TextCollector()
    for part in _parts(markup) if cancelled is not None else (markup,):
        stop_if(cancelled)
        collector.feed(part)
    collector.close()
    while collector.rows:  # a page cut off inside tables: their rows' text is kept
        collector.table_depth = collector.rows[-1].depth
        collector.end_rows()
    lines = [" ".join(line.split()) for line in "".join(collector.parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line in ("", "-"):
            if out and out[-1]:
                out.append("")
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


_PART_CHARS = 64 * 1024


def _parts(markup: str) -> Iterator[str]:
    """The markup in parts of about _PART_CHARS, each cut before a tag: text is never cut in
    two, so the parser hands on the same runs of text as it does reading the page whole."""
    start = 0
    while start < len(markup):
        cut = markup.find("<", start + _PART_CHARS)
        end = len(markup) if cut < 0 else cut
        yield markup[start:end]
        start = end


def too_many_tags(markup: str) -> bool:
    """Whether the markup holds more tags than a page of a notice (see MAX_TAGS)."""
    return markup.count("<") > MAX_TAGS


def html_file_text(path: Path, markup: str, cancelled: Callable[[], bool] | None = None) -> str:
    """html_to_text of a file's page; FileProblemError naming the file past MAX_TAGS."""
    if too_many_tags(markup):
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is a web page of over {count:,} tags; a notice's page has far fewer: save the "
                "notice's own page, or copy its text and use Paste",
            ),
            count=MAX_TAGS,
        )
    return html_to_text(markup, cancelled)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)
