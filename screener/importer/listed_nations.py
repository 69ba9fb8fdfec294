"""Nations a body lists apart from its sentence on who may apply.

"Only nationals of NAEW&C participating nations (BE, CZ, DK, ...) may apply" gives them as ISO
codes; "citizens of one of the NIF participating nations" then, on a line of its own,
"Participating nations: Belgium, Bulgaria, ...". Reading "participating nations" as all NATO
members would let in nationals the body does not recruit, so when such a group is named and no
list can be read, the draft says so for review rather than assuming all members silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from screener.domain.countries import nato_members
from screener.importer.wording import fold

# Three or more two-letter codes in brackets: "(BE, CZ, DK, DE)".
_CODES = re.compile(r"\(\s?([A-Z]{2}(?:\s?[,;/]\s?(?:and\s)?[A-Z]{2}){2,})\s?\)")
# The nations of a programme, a fund or a partnership, not every member's.
_GROUP = re.compile(
    # ("member nations of NATO" is every member: not a group.)
    # ("NAEW&C Programme Member Nations": a programme's members are its nations, not NATO's.)
    r"\b(?:participating|programme|program|contributing|sponsoring|funding)(?: member)? nations? of"
    r"|\b(?:participating|programme|program|contributing|sponsoring|funding|partner)"
    r"(?: member)? (?:nations|countries|states)\b"
)
# "Participating nations: Belgium, ...", "NIF nations:", "Eligible countries –".
# ("NAEW&C Programme Member Nations:": the label in title case too.)
_LIST_LABEL = re.compile(
    r"^[\w&' -]{0,40}\b(?:nations|countries|states|pays)\s?[:–-]\s?(.+)$", re.IGNORECASE
)
_MIN_LISTED = 3
# The United Kingdom's ISO code is GB; notices also write UK (and Greece EL, the EU's code).
_CODE_ALIASES = {"UK": "GB", "EL": "GR"}


def codes_in(text: str) -> list[str]:
    """NATO members given as ISO codes in a bracketed list, in the members file's order."""
    members = nato_members()
    found: set[str] = set()
    for match in _CODES.finditer(text):
        for code in re.findall(r"[A-Z]{2}", match[1]):
            found.add(_CODE_ALIASES.get(code, code))
    listed = [code for code in members if code in found]
    return listed if len(listed) >= _MIN_LISTED else []


def names_a_group(sentence: str) -> bool:
    """The sentence restricts applicants to some nations ("NIF participating nations")."""
    return bool(_GROUP.search(fold(sentence)))


def group_list(lines: list[str], countries_in: Callable[[str], list[str]]) -> list[str]:
    """The countries of a labelled line listing them ("Participating nations: Belgium, ..."),
    or [] when the notice has none. `countries_in` reads country names (nationality.py)."""
    for line in lines:
        if not line or len(line) > 3000:
            continue
        match = _LIST_LABEL.match(line)
        if match is None:
            continue
        listed = countries_in(match[1]) or codes_in(f"({match[1]})")
        if len(listed) >= _MIN_LISTED:
            return list(listed)
    return []
