"""Desirable items that sit inside the essential list, and desirable lists left unread.

Some bodies (NSPA) write one list and mark its desirable items themselves: "Desirable: PRINCE2
Foundation certification", "Experience with SAP (an asset)", "Knowledge of German would be an
asset", or a bullet whose last clause is an asset ("English at level V; French at level III
would be an asset"). Keeping them essential would refuse a candidate for lacking an asset, so
they move to the desirable list with their words (a clause is split off its bullet), each with
a review item.

A desirable heading or lead-in with no list read after it is reported, never dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from screener.domain.vacancy import ReviewItem
from screener.importer.review_text import quote, review_item
from screener.importer.wording import fold

# "Desirable: ...", "Souhaitable : ...", or "... (desirable)", "... (an asset)" after the item;
# on folded text. The item keeps its words, label included: the label only routes it.
_LABEL = re.compile(
    r"^\s?[(\[]?(?:desirable|desired|preferred|asset|an asset|advantageous|nice to have"
    r"|souhaitable|souhaite|atout|un atout)[)\]]?\s?[:–-]|^\s?[(\[](?:desirable|souhaitable)[)\]]"
)
_MARK = re.compile(
    r"[(\[](?:desirable|preferred|optional|an? (?:asset|advantage|plus)|asset|souhaitable"
    # "(souhaitée)", "(un plus)": a French careers platform's marks.
    r"|souhaitee?s?|un plus|(?:un )?atout)[)\]]\s?$"
)
# Every item marked "(E)" or "(D)" (or "[Essential]"): the marks sort the list; an essential
# item's mark is dropped from its words.
# (In French, "(E)" and "(S)": essentiel, souhaitable.)
_LETTER_MARK = re.compile(r"\s?[(\[](e|d|s|essential|desirable|essentiel|souhaitable)[)\]]\W{0,2}$")


def without_letter_mark(text: str) -> str:
    """The folded text without its "(E)" / "(D)" mark at the end."""
    return _LETTER_MARK.sub("", fold(text))


# ... or before the item: "[E] University degree", "(D) CIA certification".
_LEADING_LETTER_MARK = re.compile(
    r"^[(\[](e|d|s|essential|desirable|essentiel|souhaitable)[)\]]\s?"
)
# A clause that calls itself an asset: "... would be an asset", "... is an advantage",
# "... serait un atout", "... constitue un avantage".
_ASSET_END = re.compile(
    r"\b(?:(?:would|will|could|might|is|are|shall) (?:also )?(?:be )?(?:considered )?"
    r"(?:an? |as an? )?(?:distinct |strong |additional )?(?:asset|advantage|plus)"
    r"|(?:is|are) (?:desirable|preferred|advantageous)|(?:est|sont) (?:souhaitee?s?|appreciee?s?)"
    r"|(?:serait|seraient|sera|seront|constitue(?:rait)?|represente(?:rait)?) (?:un |une )?"
    r"(?:atout|avantage|plus)s?)\W{0,3}$"
)
_CLAUSE_SPLIT = re.compile(r";\s?")
# Not after an abbreviation ("e.g. SAP or Oracle would be an asset"); after a level ("English
# SLP 3333. A working knowledge of Dutch or German is an asset.").
_TAIL_SPLIT = re.compile(r"\s[-–—]\s|(?:(?<=[a-z]{3})|(?<=\d{2})|(?<=[)\"”»]))\.\s")


@dataclass(slots=True)
class Moved:
    """An essential list with its marked items taken out, and what was moved."""

    essential: list[str]
    desirable: list[str] = field(default_factory=list)
    review: list[ReviewItem] = field(default_factory=list)


# ... or the word alone after it: "French (III) desirable", "knowledge of French an
# advantage" (outside brackets: "a degree in law (LL.M. preferred)" asks for the degree).
_ASSET_WORD_END = re.compile(
    r"\s(?:desirable|preferred|advantageous|an? (?:asset|advantage|plus)|souhaitable|un atout)$"
)
_BRACKETS = re.compile(r"\([^()]*\)")


def _is_asset(text: str) -> bool:
    folded = fold(text).rstrip(" .;")
    return bool(
        _ASSET_END.search(folded) or _ASSET_WORD_END.search(_BRACKETS.sub("", folded).rstrip())
    )


is_asset = _is_asset  # (also read by marked_essential.py)


def _asset_tail(clause: str) -> list[str]:
    """The clause, or its part before the last dash or full stop and the asset after it
    when that asset names something of its own (not a bare "- would be an asset")."""
    cuts = list(_TAIL_SPLIT.finditer(clause))
    if not cuts:
        return [clause]
    head, tail = clause[: cuts[-1].start()], clause[cuts[-1].end() :]
    named = _ASSET_END.sub("", fold(tail).rstrip(" .;")).split()
    return [head, tail] if len(named) >= 2 and _is_asset(tail) else [clause]


_LAST_BRACKETS = re.compile(r"\s?\(([^()]{3,160})\)\W{0,2}$")


def _bracketed_asset(item: str) -> tuple[str, str] | None:
    """ "Driving licence B and C (CE is an asset)": the bracket names an asset of its own, the
    words before it stay required."""
    match = _LAST_BRACKETS.search(item)
    # (Only a clause saying so: "(LL.M. preferred)" still asks for the degree before it.)
    if match is None or not _ASSET_END.search(fold(match[1]).rstrip(" .;")):
        return None
    head = item[: match.start()].strip()
    named = _ASSET_END.sub("", fold(match[1]).rstrip(" .;")).split()
    if not named or not head or _is_asset(head):
        return None
    return head, match[1].strip()


# "Preferably, experience of ...", "A higher level in French, preferably IV or above": an
# item of its own that only says what is preferred (a "preferably" inside a required item,
# "a degree, preferably in law", still asks for the degree).
_PREFERRED_ITEM = re.compile(
    r"^(?:preferably|ideally|de preference|idealement)\b"
    r"|^(?:an? |un |une )?(?:(?:higher|better) (?:level|proficiency|command)|niveau plus eleve"
    r"|meilleur niveau)\b[^;]{0,80}"
    r"\b(?:preferably|ideally|de preference|idealement)\b"
)


def _split_item(item: str) -> tuple[str | None, str | None]:
    """(essential part, desirable part) of one bullet; either may be None."""
    folded = fold(item)
    if _LABEL.match(folded) or _MARK.search(folded.rstrip(" .;")) or _PREFERRED_ITEM.match(folded):
        return None, item
    if bracketed := _bracketed_asset(item):
        return bracketed
    if _is_asset(item):
        clauses = _CLAUSE_SPLIT.split(item)
        # "French level II - French level III would be an asset": a dash or a full stop
        # ends the essential part inside the last clause too.
        clauses[-1:] = _asset_tail(clauses[-1])
        if len(clauses) > 1 and not _is_asset(clauses[0]) and _is_asset(clauses[-1]):
            # "English at level V; French at level III would be an asset": only the last
            # clause is an asset.
            return "; ".join(clauses[:-1]).strip(), clauses[-1].strip()
        return None, item
    return item, None


def move_marked_desirable(essential: list[str]) -> Moved:
    """Take the items (or final clauses) marked desirable out of an essential list."""
    moved = Moved([])
    marks = [
        _LETTER_MARK.search(fold(item)) or _LEADING_LETTER_MARK.match(fold(item))
        for item in essential
    ]
    if len(essential) >= 2 and all(marks):
        # Sorted by their own marks: "(D)" and "[Desirable]" move with their words; "(E)"
        # and "[Essential]" stay, without the mark.
        for item, mark in zip(essential, marks, strict=True):
            assert mark is not None
            if mark[1] in ("e", "essential", "essentiel"):
                words = item[mark.end() :] if mark.start() == 0 else item[: mark.start()]
                moved.essential.append(words.strip())
            else:
                _move(moved, None, item, item)
        return moved
    if _some_letter_marked(essential):
        # Only some items marked ("Unless marked (D), an item is essential"): the marked
        # ones sorted by their marks, the others read as any item is.
        for item, mark in zip(essential, marks, strict=True):
            if mark is not None and mark[1] in ("e", "essential", "essentiel"):
                words = item[mark.end() :] if mark.start() == 0 else item[: mark.start()]
                moved.essential.append(words.strip())
            elif mark is not None and _SPACED_DESIRABLE_MARK.search(fold(item)):
                _move(moved, None, item, item)
            else:
                _sort_one(moved, item)
        return moved
    if all(_split_item(item)[0] is None for item in essential):
        # Every item says it is desirable: that is not a single list with a few marked items
        # (the list itself was probably misread), so nothing moves.
        return Moved(list(essential))
    for item in essential:
        _sort_one(moved, item)
    return moved


def _sort_one(moved: Moved, item: str) -> None:
    """One item of the essential list kept, moved, or split by what its words say."""
    if _higher_level_asset(item):
        moved.essential.append(item)
        moved.review.append(review_item("higher_level_asset", field="essential", quote=quote(item)))
        return
    kept, desirable = _split_item(item)
    if kept:
        moved.essential.append(kept)
    if desirable:
        _move(moved, kept, with_head(kept, desirable) if kept else desirable, item)


# "Valid driving licence category B; category C would be an advantage", "Permis de conduire
# catégorie B ; la catégorie C serait un atout": the asset names another value of the same
# thing, and takes the kept part's words before it ("Valid driving licence category C ...").
# (A value: a category, class or level in capitals or figures, "C", "C1E", "5", "III".)
_OPENING_WORD = re.compile(
    r"^(?i:(?:the|a|an|la|le|les|une?)\s+|l')?([^\W\d_]{3,})\s(?=[A-Z0-9][A-Z0-9+]{0,4}\b)"
)


def with_head(kept: str, desirable: str) -> str:
    """The asset split off an item, with the item's words before the thing whose other value
    it names: "category C would be an advantage" after "Valid driving licence category B"."""
    opening = _OPENING_WORD.match(desirable.strip())
    if opening is None:
        return desirable
    at = re.search(rf"(?<=[\s(]){re.escape(opening[1])}\b", kept, re.IGNORECASE)
    if at is None:
        return desirable
    # ("A valid driving licence (category B)": the bracket stays with the kept part.)
    return f"{kept[: at.start()].rstrip(' (')} {desirable.strip()[opening.start(1) :]}"


# "Russian: B2 (D)" at an item's end, after a space ("certificate(s)" is a plural): a
# letter that marks the item desirable.
_SPACED_DESIRABLE_MARK = re.compile(r"\s[(\[](?:d|s|desirable|souhaitable)[)\]]\W{0,2}$")
_SPACED_ESSENTIAL_MARK = re.compile(r"\s[(\[](?:e|essential|essentiel)[)\]]\W{0,2}$")


def _some_letter_marked(essential: list[str]) -> bool:
    """Some items, not all, carry their letter mark: two "(D)", or a "(D)" and an "(E)" (one
    "(D)" alone may be a licence's category)."""
    folded = [fold(item) for item in essential]
    desirable = sum(bool(_SPACED_DESIRABLE_MARK.search(item)) for item in folded)
    essential_marks = sum(bool(_SPACED_ESSENTIAL_MARK.search(item)) for item in folded)
    return desirable >= 2 or (desirable >= 1 and essential_marks >= 1)


# "French at SLP 2222; a higher level would be an asset": the asset is more of what the item
# asks, not a requirement of its own (split off, it would name no language at all).
_HIGHER_LEVEL = re.compile(
    r"^(?:an? |any |un |une )?(?:higher|better|more advanced|superior|stronger)"
    r" (?:level|profile|proficiency|grade|score|slp)s?\b"
    r"|^(?:un |une )?(?:niveau|profil|connaissance)s? (?:plus eleve|superieur|meilleur)"
)


def _higher_level_asset(item: str) -> bool:
    clauses = _CLAUSE_SPLIT.split(item)
    if len(clauses) < 2 or not _is_asset(clauses[-1]) or _is_asset(clauses[0]):
        return False
    return bool(_HIGHER_LEVEL.match(fold(clauses[-1]).strip()))


def _move(moved: Moved, kept: str | None, desirable: str, item: str) -> None:
    moved.desirable.append(desirable)
    moved.review.append(
        review_item(
            "desirable_in_essential_list",
            field="desirable",
            case="clause" if kept else None,
            quote=quote(item),
        )
    )


def lost_list_review(half: str, line: str) -> ReviewItem:
    """A desirable heading or lead-in after which no item could be read."""
    return review_item(
        "desirable_list_not_read", field="desirable", half=half, part="desirable", quote=quote(line)
    )
