"""Where an unbulleted line after a list's first item belongs: the item before it (a wrapped
line), an item of its own (lists without markers), or nowhere (the list has ended)."""

from __future__ import annotations

import re

from screener.importer.interleaved_lists import twin_cells

# Who may apply, said right under a list: never part of its last item.
_WHO_MAY_APPLY = re.compile(r"(?<![a-z])(?:(?:nationals|citizens) of|ressortissants)\b")
# A section's label with its text, right under the last item of a collapsed page's list
# ("Conditions: Open to nationals ...", "Comment postuler : en ligne").
_SECTION_LABEL = re.compile(
    r"^(?:conditions|eligibility|nationality|how to apply|contract|remarks|benefits"
    r"|what we offer|salary|comment postuler|contrat|remarques|salaire|nationalite)\s?:\s?\S"
)


# A heading in title case without final punctuation ("Language Proficiency", "Terms of Service").
_TITLE_HEADING = re.compile(
    r"^[A-Z][a-z]+(?:\s(?:[A-Z][A-Za-z]+|and|of|&|/|or|the|de|et|la|du))*\s?:?$"
)


# The notice's next numbered section: "4. Conditions", "5. Conditions d'emploi", "4. HOW TO
# APPLY" (a few words, a capital, no full stop).
_NUMBERED_SECTION = re.compile(r"^\d{1,2}\.\s{1,3}[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4}\s?:?$")


# A lettered or numbered part of the notice with its label: "c) Remarks:", "8. CONTRACT:".
_LABELLED_PART = re.compile(
    r"^(?:\(?[a-z]\)|[a-z]\.|\d{1,2}\.)\s{1,3}[A-Z][A-Za-z]{2,}(?: [A-Za-z]+){0,3}\s?:"
)


def says_who_may_apply(folded: str) -> bool:
    """The line (folded) says who may apply ("Open to nationals of ...", "ressortissants")."""
    return bool(_WHO_MAY_APPLY.search(folded))


def placed_after_items(
    items: list[list[str]], line: str, folded: str, has_markers: bool, blank_before: bool
) -> bool:
    """Adds an unbulleted line after the list's first item where it belongs (the item before
    it, or an item of its own); False when the line ends the list instead."""
    if items and not items[-1]:
        items[-1].append(line)  # the first line after a sub-list's label
        return True
    previous = items[-1][-1] if items and items[-1] else ""
    ends_sentence = bool(previous) and previous[-1] in ".;!?"
    # After a blank line only a lower-case line continues a bullet: a capitalised one is a
    # new paragraph, even when the bullet had no final punctuation.
    twin = has_markers and not blank_before and not _WHO_MAY_APPLY.search(folded)
    if twin and twin_cells(" ".join(items[-1]), line):
        items[-1].append(line)  # the bullet's translation under it (a bilingual copy)
        return True
    if has_markers and previous.endswith(".") and line[0].isupper() and len(line) > 40:
        return False  # a sentence after the list's last item, not a wrapped part of it
    if has_markers and ends_sentence and _TITLE_HEADING.match(line):
        return False  # "Language Proficiency" under the last item: the next section's heading
    if has_markers and ends_sentence and _NUMBERED_SECTION.match(line):
        return False  # "4. Conditions" under the last item (a page footer between them gone)
    if has_markers and ends_sentence and _LABELLED_PART.match(line):
        return False  # "c) Remarks: none." under the last item of "(1)" "(2)": the next part
    if has_markers and _SECTION_LABEL.match(folded):
        return False  # "Conditions: Open to ..." under the last item: the next section
    if (has_markers or blank_before) and line[0].isupper() and _WHO_MAY_APPLY.search(folded):
        # "Open to nationals of NATO member states." right under the last item, or after a
        # blank line under a list of plain lines.
        return False
    if has_markers and (not blank_before or line[0].islower()):
        items[-1].append(line)
    elif has_markers:
        return False  # a paragraph after the list, not part of it
    elif not ends_sentence and previous:
        # Without markers, items are told apart by the ";" or "." that ends them.
        items[-1].append(line)
    else:
        items.append([line])
    return True
