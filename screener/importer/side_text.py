"""The text form of a requirements table whose Essential and Desirable requirements stand side
by side (side_tables.py): a header row "Essential<TAB>Desirable" or "Essentielles
Souhaitables" (a PDF's columns apart by a run of spaces) or "| Essential | Desirable |",
perhaps with a column of categories before them, then rows of cells, any of them empty, a
long cell wrapped over lines of its own column. A PDF may also give such a table cell by cell
("Essential", "Desirable", then each row's cells in turn). And a bilingual table with a column
per language ("English<TAB>Français"), whose rows are twins.

Each column's lines are put back together into requirements (a bullet, or a line after one
that ends a sentence, starts one) and written under the column's heading; twins are written
one after the other, as a bilingual list gives them (interleaved_lists pairs them again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from screener.domain.vacancy import ReviewItem
from screener.importer.interleaved_lists import language_header
from screener.importer.list_continuation import says_who_may_apply
from screener.importer.part_labels import after_the_list
from screener.importer.review_text import review_item
from screener.importer.sections import ends_a_list, is_heading
from screener.importer.side_tables import (
    cell_items,
    is_mark,
    label_columns,
    section_label,
    section_lines,
    twin_row,
)
from screener.importer.two_columns import SIDE_BY_SIDE
from screener.importer.wording import fold

_TAB_CELLS = re.compile(r"\t+")
_SPACE_CELLS = re.compile(r" {3,}|\t+")
_PIPE = re.compile(r"\s*\|\s*")
_RULING = re.compile(r"^\|?[\s|:+=-]{3,}\|?$")
_BULLET = re.compile(r"^(?:[-•*–—▪●·◦➢>]|\d{1,2}[.)]|[a-z][.)])\s+")
_ENDS_SENTENCE = re.compile(r"[.;:!?]$")
_MAX_ROWS = 200
_QUOTE = re.compile(r"^(?:> ?)+")

Cells = tuple[str, ...]
_Label = tuple[str, str]


def _pipe_cells(line: str, bordered: bool = True) -> list[str]:
    """A "|" row's cells; in a table without a border (its header does not open with "|"),
    a row that opens with "|" has its first cell empty (a wrapped row's category)."""
    parts = _PIPE.split(line.strip())
    if parts and not parts[0] and bordered:
        parts = parts[1:]
    if parts and not parts[-1]:
        parts = parts[:-1]
    return parts


def _tab_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip(" \r\n").split("\t")]


@dataclass(frozen=True, slots=True)
class _Table:
    """A header row's reading: the table's form ("tab", "pipe", "space"), its width in
    cells, where its right column starts (spaces), and its labelled columns."""

    form: str
    width: int
    column: int
    labels: list[tuple[int, _Label]]
    bordered: bool = True
    first: int = 0  # a spaced table's: where its essential column starts after the topics


def _header(line: str) -> _Table | None:
    """The table when the line names an essential and a desirable column (and, in a tab or
    "|" table, perhaps a column of the rows' categories)."""
    stripped = line.strip()
    if "|" in stripped:
        form, cells = "pipe", _pipe_cells(stripped)
    elif "\t" in stripped:
        form, cells = "tab", _tab_cells(line)
    else:
        form, cells = "space", _SPACE_CELLS.split(stripped)
    labels = label_columns(cells) if 2 <= len(cells) <= 3 else None
    if labels is None:
        return None
    # A spaced table's column of topics comes first ("Topic   Essential   Desirable").
    first = 0
    if form == "space" and len(cells) == 3:
        if [at for at, _ in labels] != [1, 2]:
            return None
        first = line.rstrip().find(cells[1], line.rstrip().find(cells[0]) + len(cells[0]))
    bordered = stripped.startswith("|")
    return _Table(form, len(cells), line.rstrip().rfind(cells[-1]), labels, bordered, first)


def _row(line: str, table: _Table) -> Cells | None:
    """The row's cells under the labels; None for a line that is not a row of the table."""
    if table.form != "space":
        if table.form == "pipe":
            parts = _pipe_cells(line, table.bordered) if "|" in line else []
        else:
            parts = _tab_cells(line) if "\t" in line else []
        if not parts or any(parts[table.width :]) or len(parts) < table.width - 1:
            return None
        return tuple(parts[at] if at < len(parts) else "" for at, _ in table.labels)
    spaced = _space_cells(line, table)
    return None if spaced is None else spaced[1:]


def _split_at(body: str, column: int) -> tuple[int, int] | None:
    """Where a spaced line's text left of `column` ends and the text right of it starts;
    None for a line running across the column (the table has ended)."""
    if len(body) < column - 2:
        return len(body), len(body)
    if not body[: column - 1].strip():
        return 0, 0
    gaps = [gap for gap in re.finditer(r" {2,}", body) if abs(gap.end() - column) <= 4]
    return (gaps[-1].start(), gaps[-1].end()) if gaps else None


def _space_cells(line: str, table: _Table) -> tuple[str, str, str] | None:
    """A spaced line's topic (empty without a column of topics), left and right cells."""
    body = line.rstrip()
    split = _split_at(body, table.column)
    if split is None:
        return None
    left, right = body[: split[0]], body[split[1] :].strip()
    if not table.first:
        return "", left.strip(), right
    inner = _split_at(left, table.first)
    if inner is None:
        return None
    return left[: inner[0]].strip(), left[inner[1] :].strip(), right


def _goes_on_row(line: str, table: _Table) -> bool:
    """In a text table with a column of categories ("Topic | Essential | Desirable"), a line
    whose category cell is empty: the row above wrapped onto it."""
    if table.width <= len(table.labels):
        return False
    if table.form == "space":
        spaced = _space_cells(line, table)
        return spaced is not None and not spaced[0]
    category = next(at for at in range(table.width) if at not in dict(table.labels))
    cells = _pipe_cells(line, table.bordered) if table.form == "pipe" else _tab_cells(line)
    return category < len(cells) and not cells[category]


def _rows(lines: list[str], start: int, table: _Table) -> tuple[list[Cells], int]:
    """The rows under the header at `start - 1`, and where the table ends; a row wrapped over
    several lines of a text table with categories is one row."""
    rows: list[Cells] = []
    at = start
    spaced = False  # rows apart by blank lines, as a PDF's table may set them
    while at < len(lines) and len(rows) < _MAX_ROWS:
        line = lines[at]
        if rows and _goes_on_row(line, table) and (row := _row(line, table)) is not None:
            rows[-1] = tuple(f"{a} {b}".strip() for a, b in zip(rows[-1], row, strict=True))
            at += 1
            continue
        if not line.strip() or _RULING.match(line.strip()):
            # A blank line goes on only to another row with a right-hand cell (or before
            # the first row, under the header).
            following = next((x for x in lines[at + 1 : at + 3] if x.strip()), "")
            row = _row(following, table) if following else None
            if rows and (row is None or not (any(row[1:]) or _spaced_row(following, spaced))):
                break
            spaced = bool(rows)
            at += 1
            continue
        row = _row(line, table)
        if row is None:
            break
        rows.append(row)
        at += 1
    return rows, at


def _ruled(lines: list[str], header: int) -> bool:
    """A ruling line under the header ("----|----"): a table typed as text."""
    below = lines[header + 1].strip() if header + 1 < len(lines) else ""
    return bool(below) and "-" in below and bool(_RULING.match(below))


def _spaced_row(line: str, spaced: bool) -> bool:
    """In a table whose rows are apart by blank lines, a row with its left cell only (its
    right cell empty), not the paragraph or heading after the table."""
    folded = fold(line)
    return spaced and not is_heading(line) and not after_the_list(folded) and ":" not in line


def _column_items(cells: list[str], whole: bool) -> list[str]:
    """A column's requirements from its cells (`whole`: each cell is one, as in a Word or a
    web table; else a PDF's lines, a requirement wrapped over several)."""
    if whole:
        return [item for cell in cells for item in cell_items(cell)]
    bulleted = any(_BULLET.match(cell) for cell in cells)
    periods = any(_ENDS_SENTENCE.search(cell) for cell in cells)
    items: list[str] = []
    for cell in filter(None, cells):
        starts = bool(_BULLET.match(cell)) or not items
        if not bulleted and items:
            starts = bool(_ENDS_SENTENCE.search(items[-1])) if periods else not cell[0].islower()
        if starts:
            items.append(_BULLET.sub("", cell))
        elif items[-1].endswith("-") and cell[0].islower():
            items[-1] = items[-1][:-1] + cell
        else:
            items[-1] = f"{items[-1]} {cell}"
    return items


def unfold_side_columns(lines: list[str]) -> tuple[list[str], ReviewItem | None]:
    """`lines` with each side-by-side requirements table rewritten as headed lists (a table
    of X marks is left to labelled_rows), and the review item when one could only be read by
    the place of its cells (a PDF's: check it)."""
    out: list[str] = []
    review: ReviewItem | None = None
    # A forwarded e-mail quotes the notice ("> Essential<TAB>Desirable"): read without the
    # marks (the lines left as they are lose them when cleaned).
    original, lines = lines, [_QUOTE.sub("", line) for line in lines]
    at = 0
    while at < len(lines):
        line = lines[at]
        table = _header(line) if line.strip() and len(line) <= 200 else None
        rows, end = _rows(lines, at + 1, table) if table else ([], at)
        if table is None and (cells := _cell_sequence(lines, at)) is not None:
            out += ["", *section_lines(cells[0])]
            review, at = _CELLS, cells[1]
            continue
        if table is None or not rows or any(is_mark(cell) for row in rows for cell in row):
            out.append(original[at])
            at += 1
            continue
        # A text table's cells (under a ruling line, no categories) wrap over lines as a
        # PDF's do; a web page's or a document's cell is one requirement.
        topics = table.width > len(table.labels)  # each row's lines joined already
        whole = topics or (table.form != "space" and not _ruled(lines, at))
        sections = [
            (label, _column_items([row[side] for row in rows], whole))
            for side, (_, label) in enumerate(table.labels)
        ]
        out += ["", *section_lines(sections)]
        review = review or (SIDE_BY_SIDE if table.form == "space" else None)
        at = end
    return _twin_rows(out), review


_CELLS = review_item("side_by_side_cells")
_MAX_CELLS = 120


def _cell_sequence(lines: list[str], at: int) -> tuple[list[tuple[_Label, list[str]]], int] | None:
    """A PDF's side-by-side table whose text came out cell by cell: "Essential", "Desirable"
    on lines of their own, then each row's cells one after the other, each closed by a full
    stop. The sections read (the cells given to the columns in turn) and where it ends."""
    first = section_label(lines[at]) if len(lines[at]) <= 60 else None
    second = section_label(lines[at + 1]) if first and at + 1 < len(lines) else None
    if first is None or second is None or first[0] == second[0]:
        return None
    cells: list[str] = []
    current: list[str] = []
    end = at + 2
    while end < len(lines) and len(cells) < _MAX_CELLS:
        line = lines[end].strip()
        if not line or (not current and _after_table(line)):
            break
        current.append(line)
        if _ENDS_SENTENCE.search(line):
            cells.append(" ".join(current))
            current = []
        end += 1
    if current or len(cells) < 2:
        return None  # a cell not closed by a full stop: where cells end cannot be told
    labels = (first, second)
    return [(labels[index % 2], [cell]) for index, cell in enumerate(cells)], end


def _after_table(line: str) -> bool:
    """The paragraph or heading after a table: "Eligibility: ...", "How to apply"."""
    folded = fold(line)
    return (
        is_heading(line)
        or ends_a_list(line)
        or after_the_list(folded)
        or says_who_may_apply(folded)
        or section_label(line) is not None
    )


def _two_cells(line: str) -> list[str] | None:
    if "|" in line:
        cells = _pipe_cells(line)
    elif "\t" in line:
        cells = [cell.strip() for cell in _TAB_CELLS.split(line.strip())]
    else:
        return None
    return cells if len(cells) == 2 else None


def _twin_rows(lines: list[str]) -> list[str]:
    """A bilingual table with a column per language ("English<TAB>Français", then a row per
    requirement): each row's twins one after the other as bullets, as a bilingual list gives
    them (interleaved_lists pairs them again), a section's name in both languages as a
    bilingual heading (side_tables.twin_row); its header row dropped."""
    out: list[str] = []
    for line in lines:
        cells = _two_cells(line) if len(line) <= 1000 else None
        twins = twin_row(cells) if cells is not None else None
        if twins:
            if out and language_header(_two_cells(out[-1]) or []):
                out.pop()
            out += twins
        else:
            out.append(line)
    return out
