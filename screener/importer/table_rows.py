"""A table row as the importer reads it, from a Word document or a web page.

Two filled cells are a label and its value ("Grade: G15"); more, or a row of a requirements
table (its header names Essential/Desirable columns, or a cell is such a label or an X), keep
their cells between "|" with empty cells in place: the column of an X says whether a
requirement is essential (screener.importer.labelled_rows reads them).
"""

from __future__ import annotations

import re

from screener.importer.grid_tables import names_marks

_LABELS = re.compile(
    r"^(?:essential|desirable|required|preferred|essentiel(?:le)?s?|souhaitables?|x|mandatory"
    r"|optional|an? (?:asset|advantage)|asset|advantage|obligatoires?|atout|souhaitée?s?)$",
    re.IGNORECASE,
)


def _label(cell: str) -> bool:
    """A cell that says which list a row is in, or the name of a column that says so by
    letter ("E/D", "Essential / Desirable", "E/S")."""
    return bool(_LABELS.match(cell)) or names_marks(cell)


def row_text(cells: list[str], requirement_table: bool) -> tuple[str | None, bool]:
    """The row's line (None when every cell is empty), and whether the table is now known to
    be a requirements table."""
    filled = [cell for cell in cells if cell]
    if len(filled) >= 2 and all(_label(cell) for cell in filled[1:]):
        requirement_table = True
    labelled = any(_label(cell) for cell in cells)
    if len(cells) == 2 and len(filled) == 2 and not requirement_table and not labelled:
        return f"{cells[0].rstrip(':').strip()}: {cells[1]}", requirement_table
    if filled:
        return "| " + " | ".join(cells) + " |", requirement_table
    return None, requirement_table
