"""A PDF page laid out in two columns of text whose maker draws them a line of each at a time,
left then right on the same height: pypdf joins the two with a single space ("- Higher
secondary education. - Études secondaires supérieures."), so every line mixed two texts and
no gap was left to part them by.

Where each piece is drawn tells them apart: when most of a page's lines hold two pieces, the
second starting at the same place, and the left pieces run across most of their column (prose,
not a table's labels), the page is written as text columns with a wide gap between them, under
each other as on the page. The two-column reader (two_columns.py) then places them one after
the other and says so in the review list.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text drawn on one line: where it starts, its height and font size."""

    x: float
    y: float
    size: float
    text: str


_MIN_LINES = 6  # lines with both columns: fewer is a table or a header's facts
_GUTTER = "    "
_CHAR_WIDTH = 0.5  # an average letter's width, in font sizes


def _lines(pieces: list[Piece]) -> list[list[Piece]]:
    lines: list[list[Piece]] = []
    for piece in pieces:
        if lines and abs(piece.y - lines[-1][0].y) <= 0.3 * piece.size:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    return lines


def _right_column(lines: list[list[Piece]]) -> float | None:
    """Where the right column starts, when the page is two columns of prose."""
    pairs = [line for line in lines if len(line) == 2 and line[1].x > line[0].x]
    if any(len(line) > 2 for line in lines) or len(pairs) < _MIN_LINES:
        return None
    starts = Counter(round(line[1].x) for line in pairs)
    column, count = starts.most_common(1)[0]
    if count < _MIN_LINES or count < 0.4 * len(lines):
        return None
    # A table's last column holds marks or figures ("E", "X", "G7"): a column of text, words.
    if 2 * sum(len(line[1].text.split()) >= 3 for line in pairs) < len(pairs):
        return None
    left = min(line[0].x for line in lines)
    # A table's first column holds labels: short. A column of text runs across its width.
    widths = sorted(
        _CHAR_WIDTH * line[0].size * len(line[0].text)
        for line in pairs
        if round(line[1].x) == column
    )
    if widths[3 * len(widths) // 4] < 0.5 * (column - left):
        return None
    return float(column)


def two_text_columns(pieces: list[Piece]) -> str | None:
    """The page's text with its two columns apart by a wide gap, or None for any other page."""
    lines = _lines(pieces)
    column = _right_column(lines)
    if column is None:
        return None
    rows: list[tuple[str, str, bool]] = []
    for at, line in enumerate(lines):
        left = " ".join(p.text for p in line if p.x < column - 2 * p.size)
        right = " ".join(p.text for p in line if p.x >= column - 2 * p.size)
        # A paragraph's break (more room than between two lines) stays a blank line.
        gap = at > 0 and lines[at - 1][0].y - line[0].y > 1.6 * line[0].size
        rows.append((left, right, gap))
    width = max(len(left) for left, _, _ in rows)
    out: list[str] = []
    for left, right, gap in rows:
        if gap:
            out.append("")
        out.append(f"{left.ljust(width)}{_GUTTER}{right}".rstrip() if right else left)
    return "\n".join(out) + "\n"
