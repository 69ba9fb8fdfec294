"""Header labels in columns, their values on the line below (a PDF's two-column header).

    Post Title:                                     Post Number:
    Head, Maritime Information Services Section     MARCOM CIV 27-11

A line made only of two or more labels ending in ':' and the line under it are rewritten as one
"Label: value" line per label, which the header reads like any other. Values are cut where the
gaps of three spaces or more fall, else at the labels' columns.
"""

from __future__ import annotations

import re
from itertools import pairwise

_LABEL = re.compile(r"([A-Z][A-Za-z/()'&-]*(?: [A-Za-z/()'&-]+){0,4}):")
_GAP = re.compile(r"\s{3,}|\t+")


def _labels(line: str) -> list[re.Match[str]] | None:
    found = list(_LABEL.finditer(line))
    if len(found) < 2 or _LABEL.sub("", line).strip():
        return None  # a label with its value on the same line, or prose
    return found


def _values(line: str, labels: list[re.Match[str]]) -> list[str]:
    parts = [part for part in _GAP.split(line.strip()) if part]
    if len(parts) == len(labels):
        return parts
    starts = [label.start() for label in labels]
    ends = [*starts[1:], len(line)]
    return [line[start:end].strip() for start, end in zip(starts, ends, strict=True)]


# "Post title:     Logistics Engineer (Ammunition)   Grade:     A2": a second label after a
# wide gap on a labelled line starts a fact of its own.
# ("Intitulé du poste : ...": French labels, accents and a space before the colon.)
# Possessive: with the space between words optional, a long word could be split among the
# repetitions in every way before the match failed (8.9 s for the corpus's 40,000 lines).
_PAIRED = re.compile(r"^[A-ZÀ-Ý][^\W\d_]*+(?: ?[^\W\d_]++|[/()'&.-]++){0,6} ?:\s")
_NEXT_LABEL = re.compile(r"\s{3,}|\t+")


# "Post: Senior Officer (Air Defence Programmes)   Ref. 271802": a reference after the title.
_REFERENCE_AFTER = re.compile(
    r"(?:Ref\.|Reference|Vacancy No\.?|Req\.|Requisition)\s?:?\s?[A-Z0-9]"
)


# "VACANCY NOTICE NAGSF 27-03         POST: Imagery Analyst": what the page is and its
# reference, then a labelled fact after a wide gap (a PDF's two-column header line).
_NOTICE_OPENING = re.compile(
    r"^(?:Vacancy|Job|Post|Position|Reference|Ref\.|Requisition|Avis de vacance|Poste|Référence)"
    r"\b[^:]{0,60}$",
    re.IGNORECASE,
)


# "Second Engineer Officer - NRV ALLIANCE          Grade: G13": a title, then a header fact in
# the page's right-hand column.
_FACT_AFTER = re.compile(
    r"(?:NATO )?(?:Grade|Closing date|Deadline|Location|Duty station|Clearance|Security clearance"
    r"|Grade OTAN|Date limite|Lieu d'affectation|Habilitation de sécurité)\s?:\s?\S",
    re.IGNORECASE,
)


def _before_a_fact(line: str, gap: re.Match[str]) -> bool:
    before = line[: gap.start()].strip()
    return (
        2 <= len(before) <= 80 and ":" not in before and bool(_FACT_AFTER.match(line[gap.end() :]))
    )


def _paired(line: str) -> list[str]:
    """A labelled line holding two 'Label: value' facts, as one line each."""
    if len(line) > 300:
        return [line]
    if not _PAIRED.match(line):
        gap = _NEXT_LABEL.search(line.strip())
        stripped = line.strip()
        if gap is None or not (
            _NOTICE_OPENING.match(stripped[: gap.start()].strip()) or _before_a_fact(stripped, gap)
        ):
            return [line]
    starts = [
        m.end()
        for m in _NEXT_LABEL.finditer(line)
        if (
            _PAIRED.match(line[m.end() :])
            or _REFERENCE_AFTER.match(line[m.end() :])
            or _FACT_AFTER.match(line[m.end() :])
        )
        and line[: m.start()].rstrip()[-1:] != ":"
    ]
    if not starts:
        return [line]
    bounds = [0, *starts, len(line)]
    return [part for a, b in pairwise(bounds) if (part := line[a:b].strip())]


# A careers page copied with each label on a line of its own and its value on the next one
# ("Primary Location" / "Belgium-Brussels"): the label alone, as the site prints it.
_LONE_LABEL = re.compile(
    # (A reference's label alone is read by the reference reader, header_references.py.)
    r"^(?:Primary Location|NATO Body|Schedule"
    r"|Application Deadline|Closing Date|Salary \(Pay Basis\)|Salary|NATO Grade|Grade"
    r"|Clearance Level|Security Clearance|Target Start Date)$"
)
_LONE_LABEL_LINES = 60


def _lone_label(lines: list[str], index: int) -> str | None:
    """'Label: value' for a label alone on its line with its value on the next, else None."""
    if index >= _LONE_LABEL_LINES or not _LONE_LABEL.match(lines[index].strip()):
        return None
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if not below or _LONE_LABEL.match(below) or len(below) > 200:
        return None
    return f"{lines[index].strip()}: {below}"


# "TITLE:              Technician (Medical Simulation), ..." with the value aligned after a gap.
_ALIGNED = re.compile(
    r"^\s{0,8}[A-Z][A-Za-z/()'&.-]*(?: [A-Za-z/()'&.-]+){0,3}:(?:\s{2,}|\t+)(?=\S)"
)


def _wrapped_value(lines: list[str], index: int) -> str | None:
    """An aligned header's value wrapped onto the next line, set under the value's column
    ("TITLE:     Technician (...), Special Operations Combat Medic" / "           Course"),
    as one line; None otherwise. Only inside a block of aligned labels (the line after the
    wrapped one is another label or blank), and never a line of its own with a colon."""
    line = lines[index]
    aligned = _ALIGNED.match(line) if len(line) <= 200 else None
    if aligned is None or index + 1 >= len(lines) or "\t" in line:
        return None
    below = lines[index + 1]
    column = aligned.end()
    after = lines[index + 2] if index + 2 < len(lines) else ""
    if (
        len(below) - len(below.lstrip(" ")) != column
        or ":" in below
        or len(below.strip()) > 60
        or not (not after.strip() or _ALIGNED.match(after))
    ):
        return None
    return f"{line.rstrip()} {below.strip()}"


# "POST TITLE:   Principal Cyber Security        REFERENCE:   NCIA-27-0031" /
# "              Analyst (Threat Hunting)        GRADE:       A3": a PDF form's header in two
# columns of labelled facts, a value wrapped in its own column. A right-hand label after a gap.
_RIGHT_LABEL = re.compile(r"\s{3,}([A-Z][A-Za-z/()'&.-]*(?: [A-Za-z/()'&.-]+){0,3}:)(?=\s|$)")
_SLACK = 2  # columns a PDF's text shifts a column's start by
_FORM_ROWS = 20  # a header form's rows, at most


def _right_column(line: str) -> int | None:
    match = _RIGHT_LABEL.search(line) if len(line) <= 300 else None
    return match.start(1) if match and match.start(1) >= 20 else None


def _column_block(lines: list[str], start: int) -> tuple[int, int] | None:
    """(end, column) of a block of two-column labelled lines starting at `start`: every line
    has a right-hand label at one column, or text on one side of it only; at least two rows of
    labels on each side."""
    column = _right_column(lines[start]) if _ALIGNED.match(lines[start]) else None
    if column is None:
        return None
    end, left, right = start, 0, 0
    while (
        end < len(lines)
        and end - start < _FORM_ROWS
        and lines[end].strip()
        and len(lines[end]) <= 300
    ):
        at = _right_column(lines[end])
        if at is not None and abs(at - column) > _SLACK:
            break
        left += bool(_ALIGNED.match(lines[end]))
        right += at is not None
        end += 1
    return (end, column) if left >= 2 and right >= 2 else None


def _cut(row: str, column: int) -> int:
    """Where a row without a right-hand label is cut: at the column when a gap runs up to it
    (a value wrapped in either column), else nowhere ("Post Title:  Linguist (Turkish/English)"
    running across it)."""
    return column if not row[column - _SLACK : column].strip() else len(row)


# "CENTRE FOR MARITIME RESEARCH AND EXPERIMENTATION        NATO Science and Technology" /
# "(CMRE) - La Spezia, Italy                                Organization": a letterhead's two
# names side by side, the right one wrapped in its column.
_LETTERHEAD_GAP = re.compile(r"\S(\s{8,})(?=\S)")


def _letterhead_block(lines: list[str], start: int) -> tuple[int, int] | None:
    """(end, column) of two to four lines at the top, each with its right-hand part after a
    wide gap at one column."""
    columns: list[int] = []
    end = start
    while end < len(lines) and end - start < 4 and (gap := _LETTERHEAD_GAP.search(lines[end])):
        if ":" in lines[end] or (columns and abs(gap.end(1) - columns[0]) > _SLACK):
            break
        columns.append(gap.end(1))
        end += 1
    return (end, columns[0]) if len(columns) >= 2 else None


def _rejoined(parts: list[str]) -> list[str]:
    """A letterhead's right-hand name wrapped in its narrow column ("NATO Science and
    Technology" / "Organization"): a lone word or a lower-case start goes on the line above."""
    out: list[str] = []
    for part in parts:
        if out and (len(part.split()) == 1 or part[0].islower()):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _split_columns(lines: list[str]) -> list[str]:
    """The two columns of a labelled header (or of a letterhead) one after the other, the left
    one first."""
    out: list[str] = []
    index = 0
    first = next((at for at, line in enumerate(lines) if line.strip()), 0)
    while index < len(lines):
        block = _column_block(lines, index) if ":" in lines[index] else None
        # (Only the text's first lines: a table of labels and values further down is no
        # letterhead.)
        letterhead = block is None and index == first and len(lines[index]) <= 200
        block = _letterhead_block(lines, index) if letterhead else block
        if block is None:
            out.append(lines[index])
            index += 1
            continue
        end, column = block
        rows = lines[index:end]
        cuts = [_right_column(row) or _cut(row, column) for row in rows]
        lefts = [row[:cut].rstrip() for row, cut in zip(rows, cuts, strict=True)]
        rights = [row[cut:].strip() for row, cut in zip(rows, cuts, strict=True)]
        rights = [part for part in rights if part]
        out += [row for row in lefts if row.strip()] + [""]
        out += _rejoined(rights) if letterhead else rights
        index = end
    return out


def unfold_label_columns(lines: list[str]) -> list[str]:
    """`lines` with each row of column labels and its row of values as 'Label: value' lines,
    and an aligned value wrapped onto the next line joined to it."""
    lines = _split_columns(lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if (wrapped := _wrapped_value(lines, index)) is not None:
            out.append(wrapped)
            index += 2
            continue
        labels = _labels(line) if len(line) <= 300 and ":" in line else None
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if labels is None and (joined := _lone_label(lines, index)) is not None:
            out.append(joined)
            index += 2
            continue
        if labels is None or not below.strip() or ":" in below:
            out.extend(_paired(line))
            index += 1
            continue
        values = _values(below, labels)
        out += [f"{label[1]}: {value}" for label, value in zip(labels, values, strict=True)]
        index += 2
    return out
