"""A PDF page's tables, rebuilt from where each piece of text is drawn (pdf_layout.py finds
the pieces and the blocks they make): rows of blocks side by side, one under the other, their
columns, each cell's lines joined, written by the Word reader's table writer; and a table broken
by a page break, read under its header on the next page.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from screener.importer.table_writer import TableWriter

# The compounds whose hyphen stays at a line's end, as the importer joins wrapped lines.
from screener.importer.wrapped_lines import keeps_hyphen

# A notice's tables have a few columns; pieces of text in more columns are no table of its.
MAX_COLUMNS = 12
SOFT_HYPHEN = "\xad"


@dataclass
class Cell:
    first: int  # index of its first chunk
    last: int  # index of its last chunk
    x: float
    top: float
    size: float
    lines: list[str] = field(default_factory=list)
    bottom: float = 0.0
    text_x: float = 0.0  # where its text starts, after a list label


def joined_lines(lines: list[str]) -> str:
    """A cell's lines as one: a word hyphenated at the line's end is one word again."""
    parts: list[str] = []
    for line in lines:
        previous = parts[-1] if parts else ""
        if previous.endswith(SOFT_HYPHEN):
            parts[-1] = previous[:-1] + line
        elif previous.endswith("-") and previous[-2:-1].isalpha() and line[:1].islower():
            head = previous[:-1].rsplit(" ", 1)[-1]
            parts[-1] = (previous if keeps_hyphen(head, line) else previous[:-1]) + line
        else:
            parts.append(line)
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def _columns(rows: list[list[Cell]]) -> list[float]:
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
    return "\n".join(joined_lines(paragraph) for paragraph in paragraphs)


def table_columns(rows: list[list[Cell]]) -> list[float]:
    """Where the columns start. A browser centres a header cell (<th>) in its column, so its
    text starts inside it, or left of a centred mark under it: a header row with a cell for
    each of the other rows' columns, in their order, takes their columns."""
    starts = _columns(rows)
    if len(rows) < 3:
        return starts
    body = _columns(rows[1:])
    return body if _header_in_order(rows[0], body) else starts


def _header_in_order(row: list[Cell], body: list[float]) -> bool:
    """The row has a cell for each column, each past the column before's start and short of
    the column after's."""
    heads = sorted(cell.x for cell in row)
    before = [-math.inf, *body[:-1]]
    after = [*body[1:], math.inf]
    return len(heads) == len(body) and all(
        low < head < high for head, low, high in zip(heads, before, after, strict=True)
    )


def _column(starts: list[float], cell: Cell) -> int:
    """The column the cell's text is in: the last that starts at or before it."""
    inside = [i for i, start in enumerate(starts) if start <= cell.x + cell.size]
    return inside[-1] if inside else 0


def table_lines(
    rows: list[list[Cell]], starts: list[float], header: list[str] | None = None
) -> list[str]:
    lines: list[str] = []
    writer = TableWriter(lines)
    if header is not None:
        writer.row(header)  # the table goes on from the page before: its header row again
    for row in rows:
        writer.row(row_texts(row, starts))
    writer.end()
    return lines


def row_texts(row: list[Cell], starts: list[float]) -> list[str]:
    if _header_in_order(row, starts):
        return [_cell_text(cell.lines) for cell in sorted(row, key=lambda cell: cell.x)]
    cells = [""] * len(starts)
    for cell in row:
        column = _column(starts, cell)
        text = _cell_text(cell.lines)
        cells[column] = f"{cells[column]}\n{text}" if cells[column] else text
    return cells


def find_tables(rows: list[list[Cell]]) -> list[list[list[Cell]]]:
    tables: list[list[list[Cell]]] = []
    run: list[list[Cell]] = []
    for row in [*rows, []]:
        if len(row) >= 2 and (not run or _below(run[-1], row)):
            run.append(row)
            continue
        if len(row) == 1 and _last_row(run, row):
            run.append(row)
            continue
        if len(run) >= 2:
            tables.append(run)
        run = [row] if len(row) >= 2 else []
    return tables


def _last_row(run: list[list[Cell]], row: list[Cell]) -> bool:
    """A row with one cell filled (the others empty) goes on the table: it starts in one of
    the table's columns, wraps inside it (a paragraph under the table is wider) and is as far
    under the row above as that row is under the one above it."""
    cell = row[0]
    if len(run) < 2 or len(cell.lines) < 2 or not _below(run[-1], row):
        return False
    ends = [other.x for other in run[-1] if other.x > cell.x + 1]
    if not ends or not any(abs(cell.x - other.x) <= 1 for other in run[-1]):
        return False
    # Letters are a third of a font size wide or more: the cell's lines end in its column.
    if max(len(line) for line in cell.lines) * 0.35 * cell.size > min(ends) - cell.x:
        return False
    spacing = min(cell.bottom for cell in run[-2]) - run[-1][0].top
    gap = min(cell.bottom for cell in run[-1]) - row[0].top
    return abs(gap - spacing) <= 0.25 * row[0].size


def _below(row: list[Cell], next_row: list[Cell]) -> bool:
    """The next row starts right under the row (not a page footer after a table)."""
    bottom = min(cell.bottom for cell in row)
    return 0 < bottom - next_row[0].top <= 3 * next_row[0].size


def a_table(rows: list[list[Cell]], starts: list[float]) -> bool:
    """Whether rows of cells side by side are a table's, not two columns of text drawn line
    by line across the page (each "row" a line of each column): a table's cells wrap within
    their row, or it has three columns or more, or its first column holds labels."""
    if len(starts) >= 3 or any(len(cell.lines) > 1 for row in rows for cell in row):
        return True
    return all(len(row[0].lines[0].split()) <= 5 for row in rows)


@dataclass
class PageBreak:
    """The last table of the page before (its columns and its header row), which a table at
    the top of the next page goes on: a table broken by a page break, its header row not
    repeated, read under its header still (which column says Essential or Desirable)."""

    starts: list[float] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    # A web page's sidebars, page by page, read after the notice (pdf_sidebar.py).
    asides: list[str] = field(default_factory=list)
    written: str = ""  # the last table's text, as the page before gives it
    continued: str = ""  # the page before's last table, which the page's first goes on

    def joined(self, before: str) -> str:
        """The page before, its last table left open when the page goes on with it: a table
        ends its block with a blank line, which between a table's two parts made the rows
        after the page break a table of their own, read without their header."""
        table, self.continued = self.continued, ""
        at = before.rfind(table) if table.endswith("\n") else -1
        if at < 0:
            return before
        return before[:at] + table[:-1] + before[at + len(table) :]

    def goes_on(self, table: list[list[Cell]], starts: list[float], top: bool) -> bool:
        return (
            top
            and len(starts) == len(self.starts)
            and all(abs(a - b) <= 2 for a, b in zip(starts, self.starts, strict=True))
            and row_texts(table[0], starts) != self.header
        )
