"""A PDF page's text, read with where pypdf finds each piece of it: tables row by row, a box
of facts beside the text, words the layout hyphenated at a line's end.

pypdf gives a page's text in the order its drawing instructions hold it. Word and LibreOffice
draw a table cell after cell, so a cell that wraps ("... contract adminis-" / "tration") comes
out before the next cell of its row, which then stands alone on a line ("X"), and two cells on
one line are glued with a single space ("Title Assistant (Procurement)"). Row by row, the
importer could read neither the header facts nor an Essential/Desirable table. Here each
piece's position rebuilds the rows: a cell's lines are joined, and the rows are written by the
Word reader's table writer (table_writer.py), so a table reads the same in both files. Text
outside tables and boxes is left as pypdf gives it, character for character, but for a word
split at a line's end by a hyphen the layout drew apart from it (LibreOffice's automatic
hyphenation), which is whole again on the first line.

A row is two or more cells whose first lines are at the same height, written one after the
other; a table is two such rows or more, one under the other, so a page's header or footer
line with a gap in it ("NATO UNCLASSIFIED    JFCBS 27/011") stays text, and two columns of
text drawn a line of each after the other are no table (see pdf_tables.a_table).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from screener.importer.pdf_columns import Piece, two_text_columns
from screener.importer.pdf_definitions import definition_lists
from screener.importer.pdf_sidebar import navigation_column, sidebar
from screener.importer.pdf_tables import (
    MAX_COLUMNS,
    SOFT_HYPHEN,
    Cell,
    PageBreak,
    a_table,
    find_tables,
    joined_lines,
    row_texts,
    table_columns,
    table_lines,
)

# A list item's label, drawn apart from its text: Word's symbol-font bullets, "1.", "a)", "(1)".
_LABEL = re.compile(r"^(?:[^\w\s]|[\uf000-\uf0ff]|o|\d{1,2}[.)]|[a-zA-Z][.)]|\(\w{1,4}\))$")


@dataclass
class _Chunk:
    text: str
    x: float
    y: float
    size: float
    bold: bool = False


def _position(cm: Any, tm: Any, font_size: float) -> tuple[float, float, float]:
    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
    size = abs(font_size * scale) if scale else abs(font_size)
    return x, y, size if size > 0.5 else 10.0


_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b\b", re.IGNORECASE)


def _bold(font: Any) -> bool:
    """Whether the font's name says it is bold ("ABCDEF+NimbusRoman-Bold", "Arial,Bold")."""
    try:
        name = str(font.get("/BaseFont", "")) if font is not None else ""
    except (AttributeError, TypeError, ValueError):
        return False
    return bool(_BOLD_FONT.search(name))


def page_chunks(page: Any) -> list[_Chunk]:
    """The page's text as pypdf gives it, piece by piece, each with its position."""
    chunks: list[_Chunk] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, font_size: float) -> None:
        if text:
            chunks.append(_Chunk(text, *_position(cm, tm, font_size), _bold(font)))

    page.extract_text(visitor_text=visit)
    _break_lines(chunks)
    _mark_soft_hyphens(chunks)
    return chunks


def _break_lines(chunks: list[_Chunk]) -> None:
    """A line break where pypdf gives none between pieces drawn on different lines: a browser
    draws a fixed banner (a cookie notice) after the page, and pypdf glued it to the last
    line ("Education/TrainingThis site uses cookies")."""
    previous: _Chunk | None = None
    for chunk in chunks:
        if not chunk.text.strip():
            if "\n" in chunk.text:
                previous = None
            continue
        if (
            previous is not None
            and abs(chunk.y - previous.y) > max(chunk.size, previous.size)
            and not previous.text.endswith("\n")
            and not chunk.text.startswith("\n")
        ):
            chunk.text = "\n" + chunk.text
        previous = chunk


def _mark_soft_hyphens(chunks: list[_Chunk]) -> None:
    """A hyphen the layout added to split a word at a line's end: LibreOffice draws it on its
    own after the word's first half, where a hyphen of the text ("field-tested") is drawn with
    its word. It becomes a soft hyphen, so the word is joined whole again below."""
    for index in range(1, len(chunks) - 1):
        chunk, before = chunks[index], chunks[index - 1]
        if (
            chunk.text.strip() == "-"
            and before.text[-1:].isalpha()
            and abs(before.y - chunk.y) <= 0.3 * chunk.size
            and chunks[index + 1].text == "\n"
        ):
            chunk.text = SOFT_HYPHEN


# A word split by a soft hyphen at a line's end, and the rest of it on the next line.
_SPLIT_WORD = re.compile(r"(\w)\xad\n(\S+)[ \t]*(\n?)")


def join_split_words(text: str) -> str:
    """Words split at a line's end by a soft hyphen, whole again on the first line (the
    importer reads a line's wording; "Out-" / "look" kept the hyphen of "out-" compounds)."""
    return _SPLIT_WORD.sub(r"\1\2\n", text).replace(SOFT_HYPHEN, "")


# A chunk of a space and a tick, a cross or a box: a requirements table's mark, in its cell.
_MARK = re.compile(r"^\s+(?:[xX✓✔✗✘☐☑☒■□●]|[\uf000-\uf0ff])\s*$")


def _gap_before(previous: _Chunk, chunk: _Chunk, separated: bool) -> bool:
    """Whether a chunk on the previous one's line starts after a gap (a next cell, a list
    label's text). pypdf marks the gap with a " " of its own between the two, or at the start
    of the chunk; a chunk that starts with a space of the text itself ("Page 1" + " of 3") is
    told apart by where it starts: past where the previous one can end (letters are narrower
    than half a font size on average)."""
    if separated or _MARK.match(chunk.text):
        return True  # (a lone tick or X after a space is a table's next cell)
    reach = previous.x + 0.5 * previous.size * (len(previous.text.strip()) + 1)
    return chunk.text[:1].isspace() and chunk.x > reach


def _segments(chunks: list[_Chunk]) -> list[tuple[int, int]]:
    """Runs of chunks on one line with no gap: [first, last] chunk indexes, from a chunk with
    text to a chunk with text (the gaps and line ends between runs stay outside them)."""
    runs: list[tuple[int, int]] = []
    start = last = -1
    separated = False
    for index, chunk in enumerate(chunks):
        if not chunk.text.strip():
            separated = separated or chunk.text in (" ", "\n")
            continue
        if start >= 0:
            previous = chunks[last]
            same_line = abs(chunk.y - previous.y) <= 0.3 * chunk.size
            if not same_line or _gap_before(previous, chunk, separated):
                runs.append((start, last))
                start = -1
        if start < 0:
            start = index
        last, separated = index, False
    if start >= 0:
        runs.append((start, last))
    return runs


def _text(chunks: list[_Chunk], first: int, last: int) -> str:
    return "".join(chunk.text for chunk in chunks[first : last + 1]).strip()


def _cells(chunks: list[_Chunk]) -> list[Cell]:
    """Segments grouped into cells: a cell goes on down its own left edge."""
    cells: list[Cell] = []
    for first, last in _segments(chunks):
        head = chunks[first]
        text = _text(chunks, first, last)
        cell = cells[-1] if cells else None
        if cell is not None and abs(head.y - cell.bottom) <= 0.3 * head.size:
            if _LABEL.match(cell.lines[-1]) and len(cell.lines) == 1:
                # A list label and its text: one line, as pypdf gives it.
                cell.lines[-1] += " " + text
                cell.last, cell.text_x = last, head.x
                continue
        elif (
            cell is not None
            and 0 < cell.bottom - head.y <= 1.6 * max(head.size, cell.size)
            and abs(head.x - cell.text_x) <= 1
            # (A line in another font size is another block: a page's title over its facts.)
            and abs(head.size - cell.size) <= 0.25 * cell.size
        ):
            cell.lines.append(text)
            cell.last, cell.bottom = last, head.y
            continue
        cells.append(Cell(first, last, head.x, head.y, head.size, [text], head.y, head.x))
    return cells


def _rows(cells: list[Cell]) -> list[list[Cell]]:
    """Consecutive cells whose first lines share a height, left to right."""
    rows: list[list[Cell]] = []
    for cell in cells:
        row = rows[-1] if rows else None
        if (
            row is not None
            and abs(cell.top - row[0].top) <= 0.3 * cell.size
            and cell.x > row[-1].x + 2 * cell.size
        ):
            row.append(cell)
        else:
            rows.append([cell])
    return rows


# "Post Number:", "Security Clearance: NATO": a line that starts with a header fact's label.
_LABEL_LINE = re.compile(r"^[A-Z][\w’'/&().\- ]{0,40}?\s?:(?:\s|$)")


def _fact_box(cell: Cell, margin: float) -> list[str] | None:
    """A box of header facts beside the text (a Word or LibreOffice text box): its values
    wrapped in the narrow box ("Post Number:" / "011/ACT/CAPDEV/OR-0112", "Security Clearance:
    NATO" / "SECRET") joined back to their labels. None for any other block of text."""
    lines = cell.lines
    if cell.x < margin + 36 or not 2 <= len(lines) <= 12 or not _LABEL_LINE.match(lines[0]):
        return None
    labelled = sum(1 for line in lines if _LABEL_LINE.match(line))
    if labelled < 2 or 2 * labelled < len(lines) or labelled == len(lines):
        return None
    facts: list[str] = []
    for line in lines:
        if facts and not _LABEL_LINE.match(line) and not facts[-1].endswith("."):
            facts[-1] = joined_lines([facts[-1], line])
        else:
            facts.append(line)
    return facts


def _replacements(chunks: list[_Chunk], carry: PageBreak) -> list[tuple[int, int, str]]:
    """The runs of chunks read otherwise than pypdf reads them, first to last: tables and
    boxes of facts, each with its text."""
    cells = _cells(chunks)
    rows = _rows(cells)
    found: list[tuple[int, int, str]] = definition_lists(cells)
    tables = find_tables(rows)
    for number, table in enumerate(tables):
        starts = table_columns(table)
        if len(starts) <= MAX_COLUMNS and a_table(table, starts):
            last = max(cell.last for row in table for cell in row)
            # At the top of the page: under its running header, a line or two.
            top = number == 0 and rows.index(table[0]) <= 2
            header = carry.header if carry.goes_on(table, starts, top) else None
            if header is not None:
                carry.continued = carry.written
            text = "\n".join(table_lines(table, starts, header))
            found.append((table[0][0].first, last, text))
            if number == len(tables) - 1:
                carry.starts, carry.header = starts, header or row_texts(table[0], starts)
                carry.written = text
    if not tables:
        carry.starts, carry.header, carry.written = [], [], ""
    margin = min((c.x for c in chunks if c.text.strip()), default=0.0)
    for row in rows:
        if len(row) == 1 and (facts := _fact_box(row[0], margin)) is not None:
            found.append((row[0].first, row[0].last, "\n".join(facts)))
    found += _headings(rows, chunks)
    return sorted(found)


def _heading(cell: Cell, before: Cell | None, chunks: list[_Chunk]) -> bool:
    """Whether the cell opens with a heading set apart from the text above it: short, bold or
    in capitals, with more room above it than between two lines. (A blank line goes before it: a text copy has one there,
    and without it a heading in capitals right under a list's last item, "ESSENTIEL" after
    an English list, was read into that item.)"""
    if before is None:
        return False
    text = cell.lines[0]
    gap = before.bottom - cell.top
    # (A heading at the top of the next column or cell: the text above it is elsewhere.)
    set_apart = 1.6 * cell.size < gap < 8 * cell.size or gap < -cell.size
    if not set_apart or len(text.split()) > 8:
        return False
    if text[-1:] in ".;," or not any(ch.isalpha() for ch in text):
        return False
    return chunks[cell.first].bold or text.upper() == text


def _headings(rows: list[list[Cell]], chunks: list[_Chunk]) -> list[tuple[int, int, str]]:
    """Blank lines to insert before headings (an empty run of chunks replaced)."""
    found = []
    before: Cell | None = None
    for row in rows:
        if len(row) == 1 and _heading(row[0], before, chunks):
            found.append((row[0].first, row[0].first - 1, "\n"))
        before = row[-1]
    return found


def page_text(page: Any, carry: PageBreak | None = None) -> str:
    """The page's text: pypdf's own, but for tables (a row to a line) and boxes of facts, and
    two columns of text drawn a line of each at a time (pdf_columns.py). `carry` is shared by
    a document's pages, in order (a table broken by a page break)."""
    chunks = page_chunks(page)
    carry = carry or PageBreak()
    if (side := sidebar(chunks, float(page.mediabox.width))) is not None:
        first, last = side
        carry.asides.append(join_split_words("".join(c.text for c in chunks[first : last + 1])))
        chunks = chunks[:first] + chunks[last + 1 :]
    elif navigation := set(navigation_column(chunks)):
        carry.asides.append("\n".join(chunks[i].text.strip() for i in sorted(navigation)))
        chunks = [chunk for i, chunk in enumerate(chunks) if i not in navigation]
    runs = [(first, last) for first, last in _segments(chunks)]
    placed = [
        Piece(chunks[first].x, chunks[first].y, chunks[first].size, _text(chunks, first, last))
        for first, last in runs
    ]
    if (columns := two_text_columns(placed)) is not None:
        return join_split_words(columns)
    parts: list[str] = []
    done = 0
    for first, last, text in _replacements(chunks, carry):
        if first < done:
            continue
        parts.append("".join(chunk.text for chunk in chunks[done:first]))
        parts.append(text)
        done = last + 1
    parts.append("".join(chunk.text for chunk in chunks[done:]))
    return join_split_words("".join(parts))
