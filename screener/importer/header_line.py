"""A header whose labels and values ran together on one line (line breaks lost in a copy).

"Legal Assistant Reference 271402 Primary Location Belgium-Brussels NATO Body NATO
International Staff (NATO IS) Schedule Full-time Application Deadline 01-Mar-2027 ... Grade
NATO Grade G10-G12 Clearance Level CTS Description Please note ...": the careers site's labels,
in its order, each open a line of their own again, so the header reader sees "Reference
271402", "Grade NATO Grade G10-G12" and the title alone on the first line.
"""

from __future__ import annotations

import re
from itertools import pairwise

# The careers site's header labels, as they appear between values (capitalised as typed);
# longest first, so "Primary Location" is one label, not "Location" inside it.
_LABEL = re.compile(
    r"(?<=\s)(?:Reference|Requisition|Primary Location|NATO Body|Schedule|Application Deadline"
    r"|Closing Date|Salary \(Pay Basis\)|Salary|NATO Grade|Grade|Clearance Level"
    r"|Security Clearance|Location|Description|Target Start Date)\b"
)
_MIN_LABELS = 4
# "Grade B2   |   NATO Headquarters, Brussels   |   Closing 4 February 2027", "Job ID: MC 27-44 .
# Grade G19 . Closes 19 April 2027": a header's facts on one line between separators.
_SEPARATOR = re.compile(r"\s+(?:\||·|•|\.)\s+")
_MAX_PART = 90
_FACT = re.compile(
    r"(?:Grade|NATO Grade|Closing|Closes|Deadline|Apply by|Ref\b|Reference|Vacancy|Job ID"
    r"|Requisition|Security clearance|Clearance)\b",
    re.IGNORECASE,
)
_MAX_LINE = 3000


def _split(line: str) -> list[str]:
    starts: list[int] = []
    last_end = -2
    for match in _LABEL.finditer(line):
        # "Grade NATO Grade G10-G12": a label right after a label is the value's wording.
        if match.start() > last_end + 1:
            starts.append(match.start())
        last_end = match.end()
    bounds = [0, *starts, len(line)]
    parts = [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]
    # "Description" heads the notice's text, which follows it on its own line.
    if parts and parts[-1].startswith("Description "):
        parts[-1:] = ["Description", parts[-1].removeprefix("Description ").strip()]
    return parts


def _separated(line: str) -> list[str] | None:
    """The facts of a separator-joined header line, or None for any other line."""
    if len(line) > 400:
        return None
    parts = [part.strip() for part in _SEPARATOR.split(line) if part.strip()]
    # Three short facts or more, each without a sentence's full stop: prose never looks so.
    if len(parts) < 3 or any(len(part) > _MAX_PART or part.endswith(".") for part in parts):
        return None
    # A header's own facts among them (a site's "Posted by | Category | Saved by" is none).
    return parts if any(_FACT.match(part) for part in parts) else None


def unfold_header_line(lines: list[str]) -> list[str]:
    """Each header label of a line that holds at least four of them starts a line."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if index < 30 and len(line) <= _MAX_LINE and len(_LABEL.findall(line)) >= _MIN_LABELS:
            out.extend(_split(line))
        elif index < 30 and (facts := _separated(line)) is not None:
            out.extend(facts)
        else:
            out.append(line)
    return out
