"""Plain-text tables drawn with borders, as a text editor or a database export draws them:

    +-------------+----------------------------------------------+
    | Essential   | Master's degree in energy policy, economics  |
    |             | or international relations                   |
    +-------------+----------------------------------------------+
    | Desirable   | Knowledge of Lithuanian                      |
    +-------------+----------------------------------------------+

A border line is drawing, never text, and the lines between two borders are one row whose
cells wrap: read line by line, a wrapped cell's second line became a requirement of its own
and each border was glued to the text above it. Each row is rewritten as one "|" line, its
cells' lines joined, so the "|" table readers (labelled_rows, grid_tables, side_text) read
it row by row. A header row over a "+====+" border, or a first row of short column names,
gets a markdown ruling under it, as the readers expect under a header. A table of one
column is a list drawn in boxes: its rows are bullets, its rows of names its headings.
"""

from __future__ import annotations

import re

from screener.importer.side_tables import label_columns
from screener.importer.text_cleanup import is_bullet

_BORDER = re.compile(r"^\+[\s:|+=-]*$")
_MAX_ROW_LINES = 30  # a row wrapped over more lines than this is not a table's row


def _border(line: str) -> bool:
    stripped = line.strip()
    return bool(_BORDER.match(stripped)) and ("-" in stripped or "=" in stripped)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _joined(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text.endswith("-") and part[:1].islower():
            text = text[:-1] + part  # a word hyphenated across the cell's lines
        else:
            text = f"{text} {part}".strip()
    return text


def _row(lines: list[str]) -> str:
    """One "|" line for a row drawn over `lines`, each cell's lines joined."""
    split = [_cells(line) for line in lines]
    width = max(len(cells) for cells in split)
    columns = [
        _joined([cells[at] for cells in split if at < len(cells) and cells[at]])
        for at in range(width)
    ]
    return "| " + " | ".join(columns) + " |"


def _block(lines: list[str]) -> bool:
    """A row holding lists or labelled blocks ("Essential:", "- Master's degree"), such as a
    bilingual page's two columns: its lines stay lines, for the side-by-side reader."""
    return len(lines) > 1 and any(
        is_bullet(cell) or cell.endswith(":") for line in lines for cell in _cells(line)
    )


def _names(row: str) -> bool:
    """A row of short column names ("Requirement | Category"), a header."""
    cells = [cell for cell in _cells(row) if cell]
    return bool(cells) and all(
        len(cell) <= 30 and len(cell.split()) <= 4 and not cell.endswith(".") for cell in cells
    )


def _grid_at(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The rows of a bordered table whose top border is at `start`, and where it ends."""
    rows: list[str] = []
    row: list[str] = []
    blocks = columns = False
    drawn: list[str] = []
    at = start + 1
    while at < len(lines):
        stripped = lines[at].strip()
        if _border(stripped):
            if row and columns and len(rows) == 2 and not _block(row):
                drawn = row  # the first row under the column names: see below
                rows.append(_row(row))
            elif row and _block(row):
                rows += row
                blocks = True
            elif row:
                rows.append(_row(row))
                if len(rows) == 1 and ("=" in stripped or _names(rows[0])):
                    rows.append("|" + "---|" * len(_cells(rows[0])))
                    columns = label_columns(_cells(rows[0])) is not None
            row = []
        elif stripped.startswith("|") and len(row) < _MAX_ROW_LINES:
            row.append(stripped)
        else:
            break
        at += 1
    if row or not rows:
        return None  # no closing border: not a drawn table
    if len(rows) == 3 and len(drawn) > 1:
        # An Essential and a Desirable column side by side, with no border between their
        # items: each column a list whose items wrap, its lines kept for the side-by-side
        # reader (rows apart by borders are one requirement a side each).
        rows[2:] = drawn
    if not blocks and all(len(_cells(row)) == 1 for row in rows):
        # One column: a list drawn in boxes, its name rows ("ESSENTIAL") its headings.
        rows = [_cells(row)[0] for row in rows if not set(row) <= set("|-")]
        rows = [row if _names(row) else f"- {row}" for row in rows]
    return rows, at


def unfold_bordered_grids(lines: list[str]) -> list[str]:
    """`lines` with each table drawn with "+---+" borders as one "|" line per row."""
    if not any(line.lstrip().startswith("+") for line in lines):
        return lines
    out: list[str] = []
    at = 0
    while at < len(lines):
        found = _grid_at(lines, at) if _border(lines[at]) else None
        if found is None:
            out.append(lines[at])
            at += 1
            continue
        rows, at = found
        out += rows
    return out
