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
text drawn a line of each after the other are no table (see _a_table).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from screener.importer.pdf_columns import Piece, two_text_columns
from screener.importer.table_writer import TableWriter

# The compounds whose hyphen stays at a line's end, as the importer joins wrapped lines.
from screener.importer.text_cleanup import _HYPHEN_PREFIXES as HYPHEN_PREFIXES

# A list item's label, drawn apart from its text: Word's symbol-font bullets, "1.", "a)", "(1)".
_LABEL = re.compile(r"^(?:[^\w\s]|[\uf000-\uf0ff]|o|\d{1,2}[.)]|[a-zA-Z][.)]|\(\w{1,4}\))$")
# A notice's tables have a few columns; pieces of text in more columns are no table of its.
MAX_COLUMNS = 12


@dataclass
class _Chunk:
    text: str
    x: float
    y: float
    size: float
    bold: bool = False


@dataclass
class _Cell:
    first: int  # index of its first chunk
    last: int  # index of its last chunk
    x: float
    top: float
    size: float
    lines: list[str] = field(default_factory=list)
    bottom: float = 0.0
    text_x: float = 0.0  # where its text starts, after a list label


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
    _mark_soft_hyphens(chunks)
    return chunks


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


SOFT_HYPHEN = "\xad"
# A word split by a soft hyphen at a line's end, and the rest of it on the next line.
_SPLIT_WORD = re.compile(r"(\w)\xad\n(\S+)[ \t]*(\n?)")


def join_split_words(text: str) -> str:
    """Words split at a line's end by a soft hyphen, whole again on the first line (the
    importer reads a line's wording; "Out-" / "look" kept the hyphen of "out-" compounds)."""
    return _SPLIT_WORD.sub(r"\1\2\n", text).replace(SOFT_HYPHEN, "")


def _gap_before(previous: _Chunk, chunk: _Chunk, separated: bool) -> bool:
    """Whether a chunk on the previous one's line starts after a gap (a next cell, a list
    label's text). pypdf marks the gap with a " " of its own between the two, or at the start
    of the chunk; a chunk that starts with a space of the text itself ("Page 1" + " of 3") is
    told apart by where it starts: past where the previous one can end (letters are narrower
    than half a font size on average)."""
    if separated:
        return True
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


def _cells(chunks: list[_Chunk]) -> list[_Cell]:
    """Segments grouped into cells: a cell goes on down its own left edge."""
    cells: list[_Cell] = []
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
        ):
            cell.lines.append(text)
            cell.last, cell.bottom = last, head.y
            continue
        cells.append(_Cell(first, last, head.x, head.y, head.size, [text], head.y, head.x))
    return cells


def _rows(cells: list[_Cell]) -> list[list[_Cell]]:
    """Consecutive cells whose first lines share a height, left to right."""
    rows: list[list[_Cell]] = []
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


def _joined(lines: list[str]) -> str:
    """A cell's lines as one: a word hyphenated at the line's end is one word again."""
    parts: list[str] = []
    for line in lines:
        previous = parts[-1] if parts else ""
        if previous.endswith(SOFT_HYPHEN):
            parts[-1] = previous[:-1] + line
        elif previous.endswith("-") and previous[-2:-1].isalpha() and line[:1].islower():
            head = previous[:-1].rsplit(" ", 1)[-1].lower()
            parts[-1] = (previous if head in HYPHEN_PREFIXES else previous[:-1]) + line
        else:
            parts.append(line)
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def _columns(rows: list[list[_Cell]]) -> list[float]:
    """Where the table's columns start: the cells' left edges, those close together as one."""
    starts: list[float] = []
    for cell in sorted((c for row in rows for c in row), key=lambda c: c.x):
        if not starts or cell.x - starts[-1] > 2 * cell.size:
            starts.append(cell.x)
    return starts


# A line that opens a paragraph of its own inside a cell: a bullet or a number.
_ITEM_LINE = re.compile(r"^(?:[•▪‣◦●\-–*\uf000-\uf0ff]|\d{1,2}[.)])\s")


def _cell_text(lines: list[str]) -> str:
    """A cell's lines joined into its paragraphs (a bulleted line opens one), one a line, as
    the Word reader gives a cell."""
    paragraphs: list[list[str]] = []
    for line in lines:
        if not paragraphs or _ITEM_LINE.match(line):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return "\n".join(_joined(paragraph) for paragraph in paragraphs)


def _table_lines(rows: list[list[_Cell]], starts: list[float]) -> list[str]:
    lines: list[str] = []
    writer = TableWriter(lines)
    for row in rows:
        cells = [""] * len(starts)
        for cell in row:
            column = min(range(len(starts)), key=lambda i: abs(starts[i] - cell.x))
            text = _cell_text(cell.lines)
            cells[column] = f"{cells[column]}\n{text}" if cells[column] else text
        writer.row(cells)
    writer.end()
    return lines


def _tables(rows: list[list[_Cell]]) -> list[list[list[_Cell]]]:
    tables: list[list[list[_Cell]]] = []
    run: list[list[_Cell]] = []
    for row in [*rows, []]:
        if len(row) >= 2 and (not run or _below(run[-1], row)):
            run.append(row)
            continue
        if len(run) >= 2:
            tables.append(run)
        run = [row] if len(row) >= 2 else []
    return tables


def _below(row: list[_Cell], next_row: list[_Cell]) -> bool:
    """The next row starts right under the row (not a page footer after a table)."""
    bottom = min(cell.bottom for cell in row)
    return 0 < bottom - next_row[0].top <= 3 * next_row[0].size


# "Post Number:", "Security Clearance: NATO": a line that starts with a header fact's label.
_LABEL_LINE = re.compile(r"^[A-Z][\w’'/&().\- ]{0,40}?\s?:(?:\s|$)")


def _fact_box(cell: _Cell, margin: float) -> list[str] | None:
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
            facts[-1] = _joined([facts[-1], line])
        else:
            facts.append(line)
    return facts


def _a_table(rows: list[list[_Cell]], starts: list[float]) -> bool:
    """Whether rows of cells side by side are a table's, not two columns of text drawn line
    by line across the page (each "row" a line of each column): a table's cells wrap within
    their row, or it has three columns or more, or its first column holds labels."""
    if len(starts) >= 3 or any(len(cell.lines) > 1 for row in rows for cell in row):
        return True
    return all(len(row[0].lines[0].split()) <= 5 for row in rows)


def _replacements(chunks: list[_Chunk]) -> list[tuple[int, int, str]]:
    """The runs of chunks read otherwise than pypdf reads them, first to last: tables and
    boxes of facts, each with its text."""
    rows = _rows(_cells(chunks))
    found: list[tuple[int, int, str]] = []
    for table in _tables(rows):
        starts = _columns(table)
        if len(starts) <= MAX_COLUMNS and _a_table(table, starts):
            last = max(cell.last for row in table for cell in row)
            text = "\n".join(_table_lines(table, starts))
            found.append((table[0][0].first, last, text))
    margin = min((c.x for c in chunks if c.text.strip()), default=0.0)
    for row in rows:
        if len(row) == 1 and (facts := _fact_box(row[0], margin)) is not None:
            found.append((row[0].first, row[0].last, "\n".join(facts)))
    found += _headings(rows, chunks)
    return sorted(found)


def _heading(cell: _Cell, before: _Cell | None, chunks: list[_Chunk]) -> bool:
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


def _headings(rows: list[list[_Cell]], chunks: list[_Chunk]) -> list[tuple[int, int, str]]:
    """Blank lines to insert before headings (an empty run of chunks replaced)."""
    found = []
    before: _Cell | None = None
    for row in rows:
        if len(row) == 1 and _heading(row[0], before, chunks):
            found.append((row[0].first, row[0].first - 1, "\n"))
        before = row[-1]
    return found


def page_text(page: Any) -> str:
    """The page's text: pypdf's own, but for tables (a row to a line) and boxes of facts, and
    two columns of text drawn a line of each at a time (pdf_columns.py)."""
    chunks = page_chunks(page)
    runs = [(first, last) for first, last in _segments(chunks)]
    placed = [
        Piece(chunks[first].x, chunks[first].y, chunks[first].size, _text(chunks, first, last))
        for first, last in runs
    ]
    if (columns := two_text_columns(placed)) is not None:
        return join_split_words(columns)
    parts: list[str] = []
    done = 0
    for first, last, text in _replacements(chunks):
        if first < done:
            continue
        parts.append("".join(chunk.text for chunk in chunks[done:first]))
        parts.append(text)
        done = last + 1
    parts.append("".join(chunk.text for chunk in chunks[done:]))
    return join_split_words("".join(parts))
