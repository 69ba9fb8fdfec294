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


def _paired(line: str) -> list[str]:
    """A labelled line holding two 'Label: value' facts, as one line each."""
    if len(line) > 300:
        return [line]
    if not _PAIRED.match(line):
        gap = _NEXT_LABEL.search(line)
        if gap is None or not _NOTICE_OPENING.match(line[: gap.start()].strip()):
            return [line]
    starts = [
        m.end()
        for m in _NEXT_LABEL.finditer(line)
        if (_PAIRED.match(line[m.end() :]) or _REFERENCE_AFTER.match(line[m.end() :]))
        and line[: m.start()].rstrip()[-1:] != ":"
    ]
    if not starts:
        return [line]
    bounds = [0, *starts, len(line)]
    return [line[a:b].strip() for a, b in pairwise(bounds)]


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


def unfold_label_columns(lines: list[str]) -> list[str]:
    """`lines` with each row of column labels and its row of values as 'Label: value' lines,
    and an aligned value wrapped onto the next line joined to it."""
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
