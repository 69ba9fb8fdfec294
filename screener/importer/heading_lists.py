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

    ends = (all_heads, heads_only)

    def lists(
        essential_at: int,
        essential_head: re.Pattern[str],
        desirable_heads: tuple[re.Pattern[str], ...],
    ) -> tuple[BulletList | None, BulletList | None]:
        return _with_groups_after(
            lines,
            _bullet_list(lines, essential_at, all_heads, "essential"),
            # A DESIRABLE heading is often followed by its own lead-in: not a list end there.
            _bullet_list(lines, desirable(essential_at, desirable_heads), heads_only, "desirable"),
            (essential_head, desirable_heads),
            ends,
        )

    en_essential, en_desirable = lists(en_ess_at, EN_ESSENTIAL, en_des)
    fr_essential, fr_desirable = lists(fr_ess_at, FR_ESSENTIAL, fr_des)
    return HeadingLists(en_essential, en_desirable, fr_essential, fr_desirable)


# How many groups of Essential / Desirable lists one notice may give in a row.
_MAX_GROUPS = 12


def _block_end(lines: list[str], heading: int, stops: tuple[re.Pattern[str], ...]) -> int:
    return _next_paragraph(lines, heading, section_end(lines, heading + 1, stops))


def _with_groups_after(
    lines: list[str],
    essential: BulletList | None,
    desirable: BulletList | None,
    patterns: tuple[re.Pattern[str], tuple[re.Pattern[str], ...]],
    ends: tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]],
) -> tuple[BulletList | None, BulletList | None]:
    """An agency's page that gives an Essential and a Desirable list for each group of
    qualifications ("Education and Training" / "Essential: a degree", "Experience and
    Knowledge" / "Essential:" - ... / "Desirable:" - ...): the lists of the groups that follow
    the first one directly, in the same language, join its lists."""
    if essential is None:
        return essential, desirable
    essential_head, desirable_heads = patterns
    all_heads, heads_only = ends
    last = desirable if desirable is not None else essential
    at = _block_end(lines, last.heading_line, heads_only if last is desirable else all_heads)
    essential.items[:0] = _labelled_before(lines, essential.heading_line, "essential")
    for _ in range(_MAX_GROUPS):
        at = _next_heading_of_group(lines, at)
        if at < 0:
            break
        labelled = _labelled_item(lines[at])
        if labelled is not None:
            if labelled[0] == "essential":
                essential.items.append(labelled[1])
            elif desirable is not None:
                desirable.items.append(labelled[1])
            else:
                desirable = BulletList(at, [labelled[1]])
            at += 1
            continue
        folded = folded_line(lines[at])
        target: BulletList | None
        if essential_head.match(folded):
            more, target, stops = (
                _bullet_list(lines, at, all_heads, "essential"),
                essential,
                all_heads,
            )
        elif any(p.match(folded) for p in desirable_heads):
            more, target, stops = (
                _bullet_list(lines, at, heads_only, "desirable"),
                desirable,
                heads_only,
            )
        else:
            break
        if more is None or not more.items:
            break
        if target is None:
            desirable = more
        else:
            target.items.extend(more.items)
            target.unread.extend(more.unread)
        at = _block_end(lines, at, stops)
    return essential, desirable


# "Essential: A university degree in ...": a group's one requirement on its label's line.
_LABELLED = re.compile(
    r"^(?P<part>essential|desirable|required|preferred|indispensables?|essentiel(?:le)?s?"
    r"|souhaitables?|atouts?)\s?[:–-]\s?(?P<text>\S.{8,})$",
    re.IGNORECASE,
)
_DESIRABLE_LABELS = ("desirable", "preferred", "souhaitable", "atout")


def _labelled_item(line: str) -> tuple[str, str] | None:
    """("essential" or "desirable", the item) for a requirement on its label's line."""
    match = _LABELLED.match(line.strip()) if len(line) > 12 and not is_bullet(line) else None
    if match is None:
        return None
    desirable = match.group("part").lower().startswith(_DESIRABLE_LABELS)
    return ("desirable" if desirable else "essential"), tidy_item(match.group("text"))


def _labelled_before(lines: list[str], heading: int, part: str) -> list[str]:
    """The group right above the first heading gives its one requirement on its label's line
    ("Education and Training" / "Essential: A university degree ..."): its item, else none."""
    above = [i for i in range(max(0, heading - 4), heading) if lines[i].strip()]
    for index in reversed(above):
        labelled = _labelled_item(lines[index])
        if labelled is not None:
            return [labelled[1]] if labelled[0] == part else []
    return []


def _next_heading_of_group(lines: list[str], at: int) -> int:
    """The line at `at`, or after blank lines and one short group title ("Language"), that
    may head the next group's list; -1 past the end."""
    at = next((i for i in range(at, min(len(lines), at + 4)) if lines[i].strip()), -1)
    if at < 0 or is_bullet(lines[at]):
        return -1
    following = next((i for i in range(at + 1, min(len(lines), at + 4)) if lines[i].strip()), -1)
    title = len(lines[at]) <= 60 and not lines[at].rstrip().endswith(".")
    return at if not title or following < 0 else _prefer_heading(lines, at, following)


def _prefer_heading(lines: list[str], at: int, following: int) -> int:
    # A group title then its heading: the heading; a heading alone: itself.
    return following if not is_bullet(lines[following]) else at
