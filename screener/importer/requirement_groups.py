"""A group of requirements right after the requirement lists, under a heading of its own:
"Special requirements", "Additional requirements", "Exigences particulières".

A mission's or an agency's page ends its Essential and Desirable lists and goes on with
"Special requirements" (deploy for the whole contract, medically fit for deployment, a
driving licence): required as much as the essential items, though after the desirable list.
Its items join the essential list (those it marks as assets move to the desirable one with
the other marked items). Only a group that follows the last listed item directly is taken:
the same words as a numbered section of a military post's notice ("6. SPECIAL REQUIREMENTS
AND ADDITIONAL DUTIES") describe the post, and obligations.py reads that section's hard
requirements alone.
"""

from __future__ import annotations

import re

from screener.importer.found_lists import FoundList, Requirements
from screener.importer.sections import list_items, section_end
from screener.importer.text_cleanup import bullet_body, is_bullet
from screener.importer.wording import fold, plain_words

# On folded text, alone on its line (never in capitals: see the docstring).
_GROUP = re.compile(
    r"^(?:special|specific|particular|additional|further|other) requirements"
    r"|^exigences (?:particulieres|specifiques|supplementaires)|^autres exigences"
)
_MAX_GROUP_LINES = 40


def _heading(line: str) -> bool:
    stripped = line.strip().rstrip(":").strip()
    return (
        0 < len(stripped) <= 40
        and not stripped.isupper()
        and bool(_GROUP.match(fold(stripped)))
        and stripped == stripped.rstrip(".")
    )


def _listed_before(lines: list[str], at: int, listed: set[str]) -> bool:
    """The last line with text before the heading is an item of the lists."""
    previous = next((x for x in reversed(lines[max(0, at - 6) : at]) if x.strip()), "")
    return is_bullet(previous) and plain_words(bullet_body(previous))[:60] in listed


def add_requirement_groups(lines: list[str], found: Requirements) -> None:
    """The items of a requirements group that follows the lists, added to the essential list
    (of a notice in one language: a bilingual notice pairs its lists item by item)."""
    lists = [(lang, getattr(found, f"{lang}_essential")) for lang in ("en", "fr")]
    present = [(lang, essential) for lang, essential in lists if essential is not None]
    if len(present) != 1:
        return
    essential: FoundList = present[0][1]
    desirable: FoundList | None = getattr(found, f"{present[0][0]}_desirable")
    listed = {
        plain_words(item)[:60]
        for item in [*essential.items, *(desirable.items if desirable else [])]
    }
    for at, line in enumerate(lines):
        if not _heading(line) or not _listed_before(lines, at, listed):
            continue
        end = section_end(lines, at + 1, (), _MAX_GROUP_LINES)
        essential.items = [*essential.items, *list_items(_group_block(lines[at + 1 : end]))]
        return


def _group_block(block: list[str]) -> list[str]:
    """The group's lines: its items, or its first paragraph when it has none (what follows
    the paragraph, a letter's "Kind regards", is not the group's)."""
    if any(is_bullet(line) for line in block):
        return block
    start = next((i for i, line in enumerate(block) if line.strip()), len(block))
    blank = next((i for i in range(start, len(block)) if not block[i].strip()), len(block))
    return block[:blank]
