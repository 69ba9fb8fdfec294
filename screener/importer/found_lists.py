"""The requirement lists a notice gives, as the finder returns them: each list with how it
was found, and the items marked desirable inside an essential list moved to the desirable one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from screener.domain.vacancy import ReviewItem
from screener.importer.marked_desirable import move_marked_desirable
from screener.importer.review_text import review_item

# Items of the essential list that say they are desirable (each has its own review item).
FOUND_BY_MARKED = "marked"


@dataclass(slots=True)
class FoundList:
    """A requirement list and how it was found (one of the FOUND_BY_* values)."""

    items: list[str]
    found_by: str
    # Requirement-like bullets in the list's section that were not read into it.
    unread: int = 0


@dataclass(slots=True)
class Requirements:
    """The four lists; a list is None when it was not found."""

    en_essential: FoundList | None = None
    en_desirable: FoundList | None = None
    fr_essential: FoundList | None = None
    fr_desirable: FoundList | None = None
    # Items moved between lists, desirable lists that could not be read.
    review: list[ReviewItem] = field(default_factory=list)


def move_marked(found: Requirements) -> None:
    """Items marked desirable inside an essential list go to the desirable list."""
    moves = {}
    for lang in ("en", "fr"):
        essential: FoundList | None = getattr(found, f"{lang}_essential")
        if essential is not None:
            moves[lang] = (essential, move_marked_desirable(essential.items))
    if len({len(moved.essential) for _, moved in moves.values()}) > 1:
        # The two languages disagree on what is marked: moving one side would pair the
        # wrong bullets, so both stay and the review says why.
        found.review.append(
            review_item("desirable_in_essential_list", field="desirable", case="one_language")
        )
        return
    for lang, (essential, moved) in moves.items():
        if not moved.desirable:
            if lang == "en" or "en" not in moves:
                found.review.extend(moved.review)  # items kept whole, said so
            continue
        essential.items = moved.essential
        desirable: FoundList | None = getattr(found, f"{lang}_desirable")
        if desirable is None:
            setattr(found, f"{lang}_desirable", FoundList(moved.desirable, FOUND_BY_MARKED))
        else:
            desirable.items = desirable.items + moved.desirable
        if lang == "en" or "en" not in moves:
            found.review.extend(moved.review)
