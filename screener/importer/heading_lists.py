"""The requirement lists under their ESSENTIAL / DESIRABLE headings (and ACQUIS ESSENTIELS /
ACQUIS SOUHAITABLES), each with the bullets inside its section that it did not take; a
numbered paragraph's next number ends its list (requirement_lists finds the rest)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from screener.importer.section_headings import (
    EN_DESIRABLE,
    EN_ESSENTIAL,
    FR_DESIRABLE,
    FR_ESSENTIAL,
)
from screener.importer.section_sentences import with_section_sentences
from screener.importer.sections import find_line, folded_line, list_items, section_end
from screener.importer.text_cleanup import is_bullet, tidy_item


@dataclass(slots=True)
class BulletList:
    heading_line: int
    items: list[str] = field(default_factory=list)
    # Bullets inside the section that the list did not take (after a paragraph that ended it).
    unread: list[str] = field(default_factory=list)


def unread_bullets(block: list[str], items: list[str]) -> list[str]:
    """The bullets of `block` that are not among the `items` read from it: a paragraph or a
    note ended the list early, and they may be lost requirements."""
    starts = {item[:40] for item in items}
    bullets = (tidy_item(line) for line in block if line and is_bullet(line))
    # A short bullet whose item goes on (its translation on the next line) is read too.
    return [
        bullet
        for bullet in bullets
        if bullet
        and bullet[:40] not in starts
        and not any(item.startswith(bullet[:40]) for item in items)
    ]


_PARAGRAPH_NUMBER = re.compile(r"^(\d{1,2})\s?\.\s")
# "5. Remarks. Contract of 3 years.": a numbered paragraph's title, then its text.
_PARAGRAPH_TITLE = re.compile(r"^\d{1,2}\s?\.\s+[A-Z][A-Za-z /&,'-]{2,50}[.:](?:\s|$)")


def _next_paragraph(lines: list[str], heading: int, end: int) -> int:
    """In a notice of numbered paragraphs ("3. Essential Qualifications." with items "a."
    "b."), the next paragraph ("4. ...", "5. Remarks. ...") ends the list. Not when the items
    are themselves numbered ("1. A degree"): then a number is an item."""
    number = _PARAGRAPH_NUMBER.match(lines[heading])
    if number is None:
        return end
    following = str(int(number.group(1)) + 1)
    block = lines[heading + 1 : end]
    if any(_PARAGRAPH_NUMBER.match(line) and line.startswith("1") for line in block):
        return end
    for index in range(heading + 1, end):
        line = lines[index]
        if line.startswith(following) and _PARAGRAPH_TITLE.match(line):
            return index
    return end


def _bullet_list(
    lines: list[str], heading: int, stops: tuple[re.Pattern[str], ...], part: str = ""
) -> BulletList | None:
    if heading < 0:
        return None
    end = _next_paragraph(lines, heading, section_end(lines, heading + 1, stops))
    block = lines[heading + 1 : end]
    items = list_items(block)
    unread = unread_bullets(block, items)
    if part and any(is_bullet(line) for line in block):
        items = with_section_sentences(block, items, desirable=part == "desirable")
    return BulletList(heading, items, unread)


@dataclass(slots=True)
class HeadingLists:
    """Section 2 in both languages; a list is None when its heading was not found."""

    en_essential: BulletList | None
    en_desirable: BulletList | None
    fr_essential: BulletList | None
    fr_desirable: BulletList | None


def _sub_heading(lines: list[str], at: int, pattern: re.Pattern[str]) -> int:
    """ "Qualifications and experience required" then "Essential" on the next line: the list is
    under the second heading, the first one only names the section."""
    if at < 0:
        return at
    following = next((i for i in range(at + 1, min(at + 4, len(lines))) if lines[i]), -1)
    return (
        following
        if following > 0 and find_line(lines, pattern, following, following + 1) >= 0
        else at
    )


def find_by_heading(
    lines: list[str],
    en_lead_in: re.Pattern[str] | None = None,
    fr_lead_in: re.Pattern[str] | None = None,
) -> HeadingLists:
    """The lists under ESSENTIAL / DESIRABLE headings (see requirement_lists for the rest).

    The desirable list may also open with a lead-in sentence alone (`en_lead_in`,
    `fr_lead_in`: "It would be an advantage if the incumbent has:"), which ends the essential
    list as a heading would."""
    en_ess_at = _sub_heading(lines, find_line(lines, EN_ESSENTIAL), EN_ESSENTIAL)
    fr_ess_at = _sub_heading(lines, find_line(lines, FR_ESSENTIAL), FR_ESSENTIAL)
    en_des = tuple(p for p in (EN_DESIRABLE, en_lead_in) if p is not None)
    fr_des = tuple(p for p in (FR_DESIRABLE, fr_lead_in) if p is not None)
    all_heads = (EN_ESSENTIAL, FR_ESSENTIAL, *en_des, *fr_des)
    heads_only = (EN_ESSENTIAL, EN_DESIRABLE, FR_ESSENTIAL, FR_DESIRABLE)

    def desirable(start: int, patterns: tuple[re.Pattern[str], ...]) -> int:
        if start < 0:
            return -1
        end = section_end(lines, start + 1, all_heads)
        if end < len(lines) and any(p.match(folded_line(lines[end])) for p in patterns):
            return end
        return -1

    en_des_at = desirable(en_ess_at, en_des)
    fr_des_at = desirable(fr_ess_at, fr_des)
    return HeadingLists(
        en_essential=_bullet_list(lines, en_ess_at, all_heads, "essential"),
        # A DESIRABLE heading is often followed by its own lead-in: not a list end there.
        en_desirable=_bullet_list(lines, en_des_at, heads_only, "desirable"),
        fr_essential=_bullet_list(lines, fr_ess_at, all_heads, "essential"),
        fr_desirable=_bullet_list(lines, fr_des_at, heads_only, "desirable"),
    )
