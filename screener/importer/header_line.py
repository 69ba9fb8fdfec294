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
    r"|Requisition|Security clearance|Clearance|Date limite|Référence)\b",
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


# A job board's own facts about its page: a line holding them is the board's, not the notice's.
_BOARD_FACT = re.compile(
    r"^(?:posted|views|expires|published|applicants|saved|publié|vues)\b", re.IGNORECASE
)
_BOARD_DATE = re.compile(r"^(?:deadline|closing date|closes|apply by|date limite)\b", re.IGNORECASE)


# "NATO Grade G9 - NATO SECRET - Closing date: 29 January 2027": dashes join three facts or
# more (never two: "Vacancy IMS 27/03 - Personnel Assistant" is a reference and a title).
_DASH = re.compile(r"\s[-–—]\s")


def _separated(line: str) -> list[str] | None:
    """The facts of a separator-joined header line, or None for any other line."""
    if len(line) > _MAX_LINE:
        return None
    parts = [part.strip() for part in _SEPARATOR.split(line) if part.strip()]
    if len(parts) == 1:
        dashed = [part.strip() for part in _DASH.split(line) if part.strip()]
        if len(dashed) >= 3 and sum(bool(_FACT.match(part)) for part in dashed) >= 2:
            parts = dashed
    facts = sum(bool(_FACT.match(part)) for part in parts)
    # Three short facts or more, each without a sentence's full stop, one of them a header's
    # own (a site's "Posted by | Category | Saved by" is none): prose never looks so. Or
    # two header facts among longer parts ("... from the employer website: NCIA | Officer |
    # Vacancy 270266 | Grade G16").
    short = all(len(part) <= _MAX_PART and not part.endswith(".") for part in parts)
    board = any(_BOARD_FACT.match(part) for part in parts)
    # ("Grade: G15 | Ref: NCIA-27-077", "Publié le 12/01 | Date limite : 28/02": two facts.)
    if len(parts) == 2 and short and (facts == 2 or (facts and board)):
        return _board_dates(parts) if board else parts
    if len(parts) < 3 or not ((short and facts) or facts >= 2):
        return None
    return _board_dates(parts) if board else parts


def _board_dates(parts: list[str]) -> list[str]:
    """'Posted: 20.01.2027 | Deadline: 28.02.2027 | Views: 412': the board's own dates, which
    are not the notice's deadline; a sentence reader may still fall back on them."""
    return [f"(job site) {part}" if _BOARD_DATE.match(part) else part for part in parts]


# "Grade          | G16", "Reference      | NSPA 27-0142": a job page's two-cell table row,
# read as the label and its value.
_TABLE_ROW = re.compile(
    r"^((?:NATO |Job |Post |Position |Vacancy |Security |Application |Closing |Date )?"
    r"(?:Reference|Ref\.?|Job ID|Requisition|Organi[sz]ation|Body|Location|Duty Station|Grade"
    r"|Contract(?: type)?|Closing date|Deadline|Posted|Salary|Clearance|Title|Position|Post"
    r"|Number|No\.?))\s*\|\s*([^|]{1,200})$",
    re.IGNORECASE,
)


# "Job details — Employer: Headquarters ... Position: Driver Reference: ... Location: Izmir
# Security clearance: NATO SECRET": a job board's facts run together, each label with its colon
# (and capitalised, as a label is: "the position: ..." in a sentence is none).
_COLON_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:Employer|Company|Organi[sz]ation|Position|Job [Tt]itle|Post [Tt]itle|Title"
    r"|Reference|Ref\.|Vacancy [Nn]umber|Grade|Location|Duty [Ss]tation|Security [Cc]learance"
    r"|Clearance|Closing [Dd]ate|Application [Dd]eadline|Deadline|Salary|Contract(?: [Tt]ype)?"
    # A French board's: "Employeur : ... Poste : ... Lieu : ... Date limite : ...".
    r"|Employeur|Poste|Intitulé du poste|Référence|Lieu(?: de travail)?|Date limite"
    r"|Date de clôture|Habilitation(?: de sécurité)?|Salaire|Type de contrat)\s?:"
)
_MIN_COLON_LABELS = 2
# A header line, not a page collapsed onto one line (whose sections collapsed.py unfolds).
_MAX_LABELLED_LINE = 300


def _colon_labelled(line: str) -> list[str] | None:
    """The label-and-value parts of a short line holding two colon labels or more, else None."""
    starts = [match.start() for match in _COLON_LABEL.finditer(line)]
    if len(starts) < _MIN_COLON_LABELS or len(line) > _MAX_LABELLED_LINE:
        return None
    bounds = [0, *starts, len(line)]
    return [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]


def unfold_header_line(lines: list[str]) -> list[str]:
    """Each header label of a line that holds at least four of them starts a line; a table
    row's label and value are one "label: value" line."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if index < 60 and (row := _TABLE_ROW.match(line.strip())):
            out.append(f"{row[1].strip()}: {row[2].strip()}")
        elif index < 30 and len(line) <= _MAX_LINE and len(_LABEL.findall(line)) >= _MIN_LABELS:
            out.extend(_split(line))
        elif index < 30 and (facts := _separated(line)) is not None:
            out.extend(facts)
        elif index < 30 and (parts := _colon_labelled(line)) is not None:
            out.extend(parts)
        else:
            out.append(line)
    return out


def unfold_label_run(lines: list[str]) -> list[str]:
    """Only the lines holding four header labels or more, each label starting a line: done
    before a collapsed page is unfolded, which would cut "Primary Location:" inside its label."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if index < 30 and len(line) <= _MAX_LINE and len(_LABEL.findall(line)) >= _MIN_LABELS:
            out.extend(_split(line))
        else:
            out.append(line)
    return out
