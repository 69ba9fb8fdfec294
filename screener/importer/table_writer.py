"""A file's table as the lines the importer reads, row by row: the one writer of a Word
document's tables (docx_text) and a PDF's (pdf_layout), so a notice's table gives the same
requirements whichever file it came in.

A table laid out by section (Essential and Desirable side by side, or a section per row) gives
its sections' lists (side_tables); a bilingual table, a column per language, its twins as
bullets (side_tables); a two-cell row "Label: value"; another row its cells between "|"
(table_rows). A four-cell row of two labels and their values ("Post title | Assistant |
Grade | G5", a header laid out in two pairs of columns) gives both facts on one line, as a
header line with two labels reads; a tick or a box drawn in a symbol font is the mark it
shows (an empty box none); a row of two whole facts ("Grade: G6" | "Grade : G6", in
English and French) gives each on a line of its own; a row whose cells frame paragraphs (a
layout table: one cell, or English and French side by side) gives them as the document's
lines, a cell after the other. The table ends its block with a blank line, so its last row
is never read on into the paragraph after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from screener.importer.side_tables import SectionTable, twin_row
from screener.importer.table_rows import row_text

# A header fact's label in a cell of its own: a few words, no figure ("Post title", "Grade:").
_LABEL_CELL = re.compile(r"^[A-Z][A-Za-z’'/&. ]{1,30}:?$")
# A cell that holds a whole fact, its label and its value ("Grade: G6", "Intitulé : ...").
_FACT_CELL = re.compile(r"^[A-ZÀ-Ý][^:|]{1,40}?\s?:\s?\S")
# A tick or a box drawn in a symbol font (Wingdings, Symbol: a private-use character in a PDF's
# or Word file's text) or ticked in a Word check box: the mark the table readers know, or
# nothing for an empty box.
_BOXES = {
    "\uf0fc": "✓",  # Wingdings ü: a tick
    "\uf0fe": "✓",  # þ: a ticked box
    "\uf0fd": "X",  # ý: a box with an X
    "\uf078": "X",  # x: a box with an X
    "\uf0d6": "✓",  # Symbol's square root, used as a tick
    "\uf0a8": "",  # ¨: an empty box
    "\uf06f": "",  # o: an empty box
    "☑": "✓",
    "☒": "X",
    "☐": "",
}
# The mark a file reader puts before a list paragraph in a cell.
_LISTED = re.compile(r"^[-o] (?=\S)")
_MARKS = re.compile(r"^(?:x|✓|✔|yes|no|essential|desirable|e|d)$", re.IGNORECASE)


def _label_pairs(cells: list[str]) -> str | None:
    """ "Post title: Assistant   Grade: G5" for a row of two labels and their values."""
    if len(cells) != 4 or not all(cells):
        return None
    labels, values = cells[0::2], cells[1::2]
    if not all(_LABEL_CELL.match(label) and len(label.split()) <= 4 for label in labels):
        return None
    if any(_MARKS.match(cell) for cell in cells):
        return None  # a row of a requirements table with its marks
    return "   ".join(
        f"{label.rstrip(':').strip()}: {value}" for label, value in zip(labels, values, strict=True)
    )


def _layout_row(texts: list[str]) -> bool:
    """A row whose cells are blocks of text: a table of one cell of paragraphs, or cells that
    each hold three paragraphs or more (no label, no mark beside them)."""
    filled = [text.strip() for text in texts if text.strip()]
    if len(texts) == 1:
        return bool(filled) and "\n" in filled[0]
    return bool(filled) and all(text.count("\n") >= 2 for text in filled)


@dataclass
class TableWriter:
    """One table being read, row by row, its lines added to `lines`."""

    lines: list[str]
    # The table's header names Essential/Desirable columns: its rows stay cells.
    requirement_table: bool = False
    # The table read by section when it is laid out so (side_tables.py).
    sections: SectionTable = field(default_factory=SectionTable)

    def row(self, texts: list[str]) -> None:
        """A row's cells, each cell's paragraphs apart by line breaks."""
        texts = [_BOXES.get(text.strip(), text) for text in texts]
        if self.sections.take(texts, texts):
            return
        if self.sections.held is not None:
            # A table of X marks after all (labelled_rows reads it): its header first.
            held, self.sections.held = self.sections.held, None
            self._write_row(held)
        self._write_row(texts)

    def _write_row(self, texts: list[str]) -> None:
        if _layout_row(texts):
            # A table that frames text (a layout table: the whole notice in a box, English
            # and French side by side): each cell's paragraphs, lists kept, are a block of
            # the document's, one cell after the other.
            for text in texts:
                if text.strip():
                    self.lines += ["", *text.strip().split("\n"), ""]
            return
        # A cell's paragraphs on one line, their list marks off: the row is one line of cells.
        cells = [
            " ".join(_LISTED.sub("", part) for part in text.split("\n") if part) for text in texts
        ]
        if (twins := twin_row(cells)) is not None:
            self.lines += twins  # a bilingual table, a column per language
            return
        if not self.requirement_table and (pairs := _label_pairs(cells)) is not None:
            self.lines.append(pairs)
            return
        if len(cells) == 2 and all(_FACT_CELL.match(cell) for cell in cells):
            self.lines += cells  # a fact in each language ("Grade: G6" | "Grade : G6")
            return
        line, self.requirement_table = row_text(cells, self.requirement_table)
        if line is not None:
            self.lines.append(line)

    def end(self, block: bool = True) -> None:
        """The table is read: its sections' lists, and the blank line that ends its block
        (not for a table inside a table's cell)."""
        if lines := self.sections.lines():
            self.lines += ["", *lines]
        if block:
            self.lines.append("")
