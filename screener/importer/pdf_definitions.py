"""A careers page's facts as a browser prints a definition list (<dl>): each label on a line of
its own and its value on the lines under it, indented ("Requisition" / "    26/SSD/0457",
"Closing date" / "    20 January 2027"). Read a line at a time, the header reader found no
labelled fact at all (the reference, grade and deadline were missed, and the title was taken
from the page's "Related vacancies"). Such a list becomes "Label: value" lines, as the web-page
reader gives it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# A label: a few words, no figure, not a sentence's end, not a list item's bullet.
_LABEL = re.compile(r"^[A-ZÀ-Ý][\w’'/&(). -]{0,38}:?$")
_MIN_FACTS = 3  # fewer is a heading and its paragraph, twice


class Cell(Protocol):
    """A block of lines going down its own left edge (pdf_layout._Cell)."""

    first: int
    last: int
    x: float
    top: float
    bottom: float
    size: float
    lines: list[str]


def _label(cell: Cell) -> bool:
    text = cell.lines[0]
    return len(cell.lines) == 1 and len(text.split()) <= 5 and bool(_LABEL.match(text))


def _value_of(label: Cell, cell: Cell) -> bool:
    """The cell is the label's value: right under it, indented by a few letters."""
    return (
        label.x + 0.8 * cell.size < cell.x < label.x + 6 * cell.size
        and 0 < label.bottom - cell.top <= 2 * cell.size
        and cell.lines[0][:1].isalnum()
    )


def _pair(cells: Sequence[Cell], at: int) -> tuple[Cell, Cell] | None:
    if at + 1 >= len(cells) or not _label(cells[at]) or not _value_of(cells[at], cells[at + 1]):
        return None
    return cells[at], cells[at + 1]


def _goes_on(pairs: list[tuple[Cell, Cell]], label: Cell) -> bool:
    """The next label is under the list's labels, right under the last value."""
    last_label, last_value = pairs[-1]
    return abs(label.x - last_label.x) <= 1 and 0 < last_value.bottom - label.top <= 3 * label.size


def _written(pairs: list[tuple[Cell, Cell]]) -> tuple[int, int, str]:
    lines = [
        f"{label.lines[0].rstrip(':').strip()}: {' '.join(value.lines)}" for label, value in pairs
    ]
    return pairs[0][0].first, pairs[-1][1].last, "\n".join(lines)


def definition_lists(cells: Sequence[Cell]) -> list[tuple[int, int, str]]:
    """Each definition list among the page's blocks, in order: its first and last chunk and
    its "Label: value" lines."""
    found: list[tuple[int, int, str]] = []
    pairs: list[tuple[Cell, Cell]] = []
    at = 0
    while at < len(cells):
        pair = _pair(cells, at)
        if pair is not None and (not pairs or _goes_on(pairs, pair[0])):
            pairs.append(pair)
            at += 2
            continue
        if len(pairs) >= _MIN_FACTS:
            found.append(_written(pairs))
        pairs = [pair] if pair is not None else []
        at += 2 if pair is not None else 1
    if len(pairs) >= _MIN_FACTS:
        found.append(_written(pairs))
    return found
