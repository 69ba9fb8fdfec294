"""Essential items that sit inside the desirable list: a block after the desirable items marks
each line itself ("Language proficiency" / "- English: V (Advanced) - essential" / "- Italian:
any level - desirable"). Left desirable, an essential English level would never refuse anyone;
the item moves to the essential list with its words, and a review item says so."""

from __future__ import annotations

import re

from screener.importer.found_lists import FoundList, Requirements
from screener.importer.marked_desirable import is_asset
from screener.importer.review_text import quote, review_item
from screener.importer.wording import fold

# "... - essential", "... (essential)", "... – required", "... (obligatoire)" ending the item.
_ESSENTIAL_MARK = re.compile(
    r"(?:\s[-–—:]\s?|\s?[(\[])\s?(?:essential|required|mandatory|essentiel(?:le)?|requise?"
    r"|obligatoire|exige(?:e)?)[)\]]?\W{0,2}$"
)


def _marked(item: str) -> bool:
    return bool(_ESSENTIAL_MARK.search(fold(item)) or _desirable_tail(item))


# Where an item's sentences part (not after "e.g." nor inside a bracket's abbreviation).
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]]{2})\.\s(?=[A-Z])")


def _desirable_tail(item: str) -> tuple[str, str] | None:
    """(head, tail) of an item in the desirable list whose last sentence alone calls itself
    desirable ("English at SLP 3333 (...). French is desirable."): there, saying so only makes
    sense if the rest is not (a block after the desirable list); None otherwise."""
    cuts = list(_SENTENCE_END.finditer(item))
    if not cuts:
        return None
    head, tail = item[: cuts[-1].start()].strip(), item[cuts[-1].end() :].strip()
    return (head, tail) if is_asset(tail) and not is_asset(head) else None


def move_marked_essential(found: Requirements) -> None:
    """Items marked essential inside a desirable list go to the essential list (only when both
    languages mark the same number of them, so the pairs stay aligned)."""
    lists = {
        lang: (getattr(found, f"{lang}_essential"), getattr(found, f"{lang}_desirable"))
        for lang in ("en", "fr")
    }
    marked = {
        lang: [item for item in desirable.items if _marked(item)]
        for lang, (essential, desirable) in lists.items()
        if essential is not None and desirable is not None
    }
    if not any(marked.values()) or len({len(items) for items in marked.values()}) > 1:
        return
    for lang, items in marked.items():
        essential, desirable = lists[lang]
        assert isinstance(essential, FoundList) and isinstance(desirable, FoundList)
        tails = {item for item in items if _desirable_tail(item)}
        # The whole item moves, its desirable tail with it: read like such a paragraph under
        # no list (loose_requirements.py), the review item names both parts.
        desirable.items = [item for item in desirable.items if item not in items]
        essential.items = essential.items + items
        if lang == "en" or "en" not in marked:
            found.review.extend(
                review_item(
                    "essential_in_desirable_list",
                    field="essential",
                    case="tail" if item in tails else None,
                    quote=quote(item),
                )
                for item in items
            )
