"""Requirement grids in a PDF's text: a table whose columns are set out by runs of spaces, by
tabs or by "|", one column holding each requirement and another marking it essential or
desirable.

    Area          Requirement                                          E/D
    Education     Master's degree in engineering, energy economics,    E
                  security studies or a related field
                  PhD in a relevant field                              D

COEs, agencies and commands publish such grids ("E/D", "Ess./Des.", "M/D" mandatory or
desirable, "E/S" essentiel ou souhaitable, or an "X" under an Essential or a Desirable
column). Read line by line, a wrapped cell's second line looks like a requirement of its own
and the marks like stray letters, so nothing of the table was read. The grid is placed by
where its header row's names start: each line's pieces (apart by two spaces or more; cells
between tabs or "|" by their place) go to the column they stand under, a line with a mark
starts a row (its mark on the row's first line, as PDF text sets it), the lines under it go on
its cell, and the category column ("Area", "Domaine") is dropped. Rows ending in E or D marks
with their header row lost (on the page before) are read by their marks. The grid is
rewritten as the headed lists the section finder reads, with a review item saying how it was
read; a grid whose header is plain but whose rows cannot be placed is left as it was, with a
review item saying so: a table is never lost silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from screener.domain.vacancy import ReviewItem
from screener.importer.labelled_rows import DESIRABLE_COLUMN, ESSENTIAL_COLUMN, headed_lists
from screener.importer.page_furniture import FOOTER, PAGE_NUMBER
from screener.importer.review_text import quote, review_item
from screener.importer.sections import is_heading
from screener.importer.wording import fold

_TOLERANCE = 2  # how far a piece may start left of its column's name (a PDF's justification)
_MAX_ROWS = 80
_MAX_GAP = 4  # blank and furniture lines a grid may hold between two rows (a page break)
_MAX_LINE = 400  # a grid's line is short: a longer one is a paragraph

# A column of marks named by its two values: "E/D", "Ess./Des.", "M/D", "E/S", "O/S",
# "Essential/Desirable", "Essentiel / Souhaitable", "(E or D)".
_ESSENTIAL_WORDS = (
    r"e|ess\.?|essential|m|mand\.?|mandatory|r|req\.?|required|o|obl\.?|obligatoire"
    r"|essentiel(?:le)?|exige|requis"
)
_DESIRABLE_WORDS = (
    r"d|des\.?|desirable|s|souh?\.?|souhaitable|p|pref\.?|preferred|opt\.?|optional|a|asset"
    r"|atout|desirable"
)
# Each name may carry its letter: "Essential (E) / Desirable (D)".
_LETTER = r"(?:\s?\([a-z]\))?"
_PAIR = re.compile(
    rf"^\(?({_ESSENTIAL_WORDS}){_LETTER}\s?(?:/|or|ou|-)\s?({_DESIRABLE_WORDS}){_LETTER}\)?:?$"
)


def names_marks(name: str) -> bool:
    """Whether a column's name names its marks' two values ("E/D", "Essentiel / Souhaitable")."""
    return bool(_PAIR.match(fold(name).strip().rstrip(":")))


# A column whose cells name the list in words ("Category": "Essential").
_CATEGORY_NAME = re.compile(
    r"^(?:category|type|priority|status|importance|classification|requirement type"
    r"|categorie|type d'exigence|priorite|caractere)$"
)
_EMPTY_MARK = re.compile(r"^(?:no|non|n/a|-|–|—)$")
_TICK = re.compile(r"^(?:x|✓|✔|☑|☒|●|•|\*|yes|oui)$")
_WORD_ESSENTIAL = re.compile(r"^(?:essential|mandatory|required|essentiel(?:le)?|obligatoire)$")
_WORD_DESIRABLE = re.compile(
    r"^(?:desirable|preferred|optional|an? asset|asset|advantage|souhaitable|atout)$"
)
_FRENCH = re.compile(r"\b(?:exigences?|domaine|souhait|essentiel|criteres?|competences?)\b")


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class _Grid:
    """A grid's columns as its header row places them."""

    starts: list[int]  # each column's start (a position in spaced text, an index in cells)
    text: int  # the requirement column's index
    marks: tuple[int, ...]  # one column of E/D letters or words, or the Essential, Desirable
    pair: tuple[str, str] | None  # the letters' two names ("e", "d") for one mark column
    tabs: bool  # cells apart by tabs or "|": placed by their index
    bordered: bool  # a "|" table whose rows open with its border
    header: str
    french: bool


@dataclass(slots=True)
class _Row:
    essential: bool
    parts: list[str] = field(default_factory=list)


_PIPE = re.compile(r"\s*\|\s*")
# A text table's ruling line: "------+-----", "|---|:---:|".
RULING = re.compile(r"^\|?[\s|:+=-]{3,}\|?$")


def _pieces(line: str, tabs: bool, bordered: bool = False) -> list[_Piece]:
    if tabs and "|" in line:
        cells = _PIPE.split(line.strip())
        if bordered and cells and not cells[0]:
            cells = cells[1:]  # the table's left border, not an empty first cell
    elif tabs:
        cells = line.rstrip(" \r\n").split("\t")
    else:
        cells = None
    if cells is not None:
        return [_Piece(at, at, cell.strip()) for at, cell in enumerate(cells) if cell.strip()]
    return [
        _Piece(m.start(), m.end(), m.group())
        for m in re.finditer(r"\S.*?(?=\s{2,}|\s*$)", line.rstrip())
    ]


def _column_kinds(names: list[str]) -> tuple[tuple[int, ...], tuple[str, str] | None] | None:
    """The mark columns among a header's names, and the letters of a column of pairs."""
    folded = [fold(name).strip().rstrip(":") for name in names]
    for at, name in enumerate(folded):
        if match := _PAIR.match(name):
            return (at,), (match.group(1).rstrip("."), match.group(2).rstrip("."))
    essential = [at for at, name in enumerate(folded) if ESSENTIAL_COLUMN.match(name)]
    desirable = [at for at, name in enumerate(folded) if DESIRABLE_COLUMN.match(name)]
    if len(essential) == 1 and len(desirable) == 1:
        return (essential[0], desirable[0]), None
    named = [at for at, name in enumerate(folded) if _CATEGORY_NAME.match(name)]
    if len(named) == 1 and named[0] == len(folded) - 1:
        # Its cells name the list in words, or by letter under a legend ("E = Essential").
        return (named[0],), ("e", "d")
    return None


def _grid(line: str) -> _Grid | None:
    """The grid whose header row `line` is: 2-5 short names, one or two of them the marks'."""
    if len(line) > 200 or not line.strip():
        return None
    tabs = "\t" in line or "|" in line
    bordered = line.strip().startswith("|")
    pieces = _pieces(line, tabs, bordered)
    if not 2 <= len(pieces) <= 5:
        return None
    kinds = _column_kinds([p.text for p in pieces])
    if kinds is None:
        return None
    marks, pair = kinds
    # The other names are short (a mark column's name is as its pattern allows).
    names = [p.text for at, p in enumerate(pieces) if at not in marks]
    if any(len(name) > 30 or len(name.split()) > 4 for name in names):
        return None
    if "|" in line and len(marks) == 2:
        return None  # a "|" table of X marks: labelled_rows reads it (and its Yes/No cells)
    others = [at for at in range(len(pieces)) if at not in marks]
    if not others:
        return None
    before_marks = [at for at in others if at < min(marks)]
    text = before_marks[-1] if before_marks else others[-1]
    return _Grid(
        starts=[p.start for p in pieces],
        text=text,
        marks=marks,
        pair=pair,
        tabs=tabs,
        bordered=bordered,
        header=line.strip(),
        french=bool(_FRENCH.search(fold(line))),
    )


def _column(grid: _Grid, piece: _Piece) -> int:
    """The column a piece stands under: the last whose name starts at or before it."""
    tolerance = 0 if grid.tabs else _TOLERANCE
    placed = [at for at, start in enumerate(grid.starts) if start <= piece.start + tolerance]
    return placed[-1] if placed else 0


def _mark(grid: _Grid, text: str, column: int) -> bool | None:
    """Whether a mark says essential (True) or desirable (False); None: not a mark."""
    word = fold(text).strip("()[] ").rstrip(".")
    if len(grid.marks) == 2:
        return column == grid.marks[0] if _TICK.match(word) else None
    if _WORD_ESSENTIAL.match(word):
        return True
    if _WORD_DESIRABLE.match(word):
        return False
    if grid.pair is not None and word:
        first, second = grid.pair
        if word in (first, first[0]) or (len(word) > 1 and first.startswith(word)):
            return True
        if word in (second, second[0]) or (len(word) > 1 and second.startswith(word)):
            return False
    return None


def _mark_column(grid: _Grid, piece: _Piece) -> int | None:
    """The mark column a piece stands under (a mark may be centred under a long name)."""
    if grid.tabs:
        return piece.start if piece.start in grid.marks else None
    if max(grid.marks) < grid.text:  # the marks first ("E/D   Requirement"): by their column
        column = _column(grid, piece)
        return column if column in grid.marks else None
    first = min(grid.starts[at] for at in grid.marks)
    if piece.start < first - _TOLERANCE:
        return None
    if len(grid.marks) == 1:
        return grid.marks[0]
    near = [abs(piece.start - grid.starts[at]) for at in grid.marks]
    return grid.marks[near.index(min(near))]


def _placed(grid: _Grid, line: str) -> tuple[bool | None, str] | None:
    """A line of the grid: its mark (None when it has none) and its requirement text; None
    for a line that is no part of the grid (a paragraph running across its columns)."""
    mark: bool | None = None
    texts: list[str] = []
    text_start = grid.starts[grid.text]
    for piece in _pieces(line, grid.tabs, grid.bordered):
        mark_at = _mark_column(grid, piece)
        if mark_at is not None and _EMPTY_MARK.match(fold(piece.text).strip()):
            continue  # "No" or a dash under the other column: an empty cell
        if mark_at is not None:
            said = _mark(grid, piece.text, mark_at)
            if said is None or mark is not None:
                return None
            mark = said
        elif _column(grid, piece) >= grid.text:
            texts.append(piece.text)
        elif not grid.tabs and piece.end > text_start:
            return None  # text across the requirement column's start: not a cell
        # else a category's cell ("Education", "Domaine"): its rows need no name
    return mark, " ".join(texts)


def _joined(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text.endswith("-") and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}".strip()
    return text


def _furniture(line: str) -> bool:
    folded = fold(line.strip())
    return bool(PAGE_NUMBER.match(line.strip()) or FOOTER.match(folded))


def _goes_on(grid: _Grid, lines: list[str], at: int) -> int | None:
    """Past blank lines and a page break's furniture, where the grid's next row is (a marked
    line, or its header again on the next page); None when the grid has ended."""
    end = min(len(lines), at + _MAX_GAP + 1)
    for ahead in range(at, end):
        line = lines[ahead]
        if not line.strip() or _furniture(line):
            continue
        if len(line) > _MAX_LINE:
            return None
        if line.strip() == grid.header:
            return ahead + 1
        placed = _placed(grid, line)
        return ahead if placed is not None and placed[0] is not None else None
    return None


def _read(grid: _Grid, lines: list[str], start: int) -> tuple[list[_Row], int, bool]:
    """The grid's rows from `start`, where it ends, and whether each row was plain (its mark
    on its first line; text before the first mark means the marks sit lower in their rows)."""
    rows: list[_Row] = []
    waiting: list[str] = []  # lines before a mark, when marks are not on the first line
    plain = True
    at = start
    while at < len(lines) and len(rows) < _MAX_ROWS:
        line = lines[at]
        if not line.strip() or _furniture(line):
            # (A header row apart from its first row by a blank line, as a web page's
            # <thead> is from its <tbody>, goes on there too.)
            ahead = _goes_on(grid, lines, at)
            if ahead is None or (not rows and waiting):
                break
            at = ahead
            continue
        if RULING.match(line.strip()):
            at += 1
            continue
        # (A grid's line is short: a long one is a paragraph, and is not split piece by piece.)
        placed = None if is_heading(line) or len(line) > _MAX_LINE else _placed(grid, line)
        if placed is None:
            break
        mark, text = placed
        if mark is None and not rows:
            waiting.append(text)
            plain = False
        elif mark is None:
            rows[-1].parts.append(text)
        else:
            rows.append(_Row(mark, [*waiting, text]))
            waiting = []
        at += 1
    return [row for row in rows if _joined(row.parts)], at, plain and not waiting


# A row's mark at the line's end, apart from its text: "...security studies      E".
_TRAILING_MARK = re.compile(r"\S(?: {2,}|\t+)(E|D|Ess\.?|Des\.?)\s*$")
_HEADERLESS_ROWS = 3


def _headerless(lines: list[str], at: int) -> _Grid | None:
    """A grid whose header row was lost (left on the page before): three rows or more from
    `at` end in an E or D mark standing in one column."""
    if not _TRAILING_MARK.search(lines[at]):
        return None  # asked of every line: most end in no mark
    marked: list[list[_Piece]] = []
    blanks = 0
    for line in lines[at : at + 4 * _HEADERLESS_ROWS]:
        blanks = blanks + 1 if not line.strip() else 0
        if blanks > 1 or len(line) > _MAX_LINE:
            break
        if _TRAILING_MARK.search(line):
            marked.append(_pieces(line, "\t" in line))
    if len(marked) < _HEADERLESS_ROWS:
        return None
    columns = {row[-1].start for row in marked}
    if max(columns) - min(columns) > 2 * _TOLERANCE or any(len(row) < 2 for row in marked):
        return None
    text = min(row[-2].start for row in marked)
    categories = [row[0].start for row in marked if len(row) > 2]
    starts = [min(categories), text] if categories else [text]
    tabs = "\t" in lines[at]
    return _Grid(
        starts=[*starts, min(columns)],
        text=len(starts) - 1,
        marks=(len(starts),),
        pair=("e", "d"),
        tabs=tabs,
        bordered=False,
        header=lines[at].strip(),
        french=False,
    )


def unfold_grid_tables(lines: list[str]) -> tuple[list[str], list[ReviewItem]]:
    """`lines` with each requirement grid rewritten as headed lists, and the review items
    saying how each grid was read (or that one could not be)."""
    out: list[str] = []
    review: list[ReviewItem] = []
    at = 0
    while at < len(lines):
        grid = _grid(lines[at])
        headerless = grid is None and (grid := _headerless(lines, at)) is not None
        if grid is None:
            out.append(lines[at])
            at += 1
            continue
        rows, end, plain = _read(grid, lines, at if headerless else at + 1)
        if not rows:
            review.append(review_item("grid_unread", field="essential", quote=quote(grid.header)))
            out.append(lines[at])
            at += 1
            continue
        case = "no_header" if headerless else ("plain" if plain else "marks_lower")
        review.append(
            review_item("grid_read", field="essential", case=case, quote=quote(grid.header))
        )
        out += [
            "",
            *headed_lists([(row.essential, _joined(row.parts)) for row in rows], grid.french),
        ]
        at = end
    return out, review
