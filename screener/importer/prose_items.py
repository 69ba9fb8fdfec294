"""Requirement paragraphs under a list's heading: one item per requirement, not per paragraph.

Some notices write their ESSENTIAL and DESIRABLE sections as paragraphs ("The successful
candidate must hold a university degree ..., and must have at least three years of ...").
Read line by line, such a paragraph is one item and all but its first requirement are lost
to the typing. A paragraph that asks for two things or more is split into its sentences and
clauses (as prose_requirements splits a notice with no list at all), each taking its section
from the list it is in, unless a clause says otherwise: "... is an asset" in the essential
list, "... is essential" in the desirable one (a paragraph under DESIRABLE stays desirable
even if only one of its sentences says so). Each split is reported so the reader checks it.
"""

from __future__ import annotations

import re

from screener.domain.vacancy import ReviewItem
from screener.importer.found_lists import FoundList, Requirements
from screener.importer.marked_desirable import with_head
from screener.importer.prose_splitting import (
    asks_in_prose,
    prose_sentences,
    says_essential,
    split_compound,
    wished,
    without_mark,
)
from screener.importer.recognizers import recognize
from screener.importer.review_text import quote, review_item

# A paragraph, not a bullet that explains itself in a second sentence.
_MIN_PARAGRAPH = 60
# A bullet that starts like a list item ("University degree ...", "English: ...") is no
# sentence of prose unless its subject is a person: "The candidate must ...".
_SENTENCE_START = re.compile(
    r"^(?:the|a|an|all|candidates?|applicants?|they|he|she|you|le|la|les|un|une|des|il|elle"
    r"|ils|elles|knowledge|experience|proficiency|familiarity|connaissance|expérience)\b",
    re.IGNORECASE,
)


def _parts(item: str) -> list[tuple[str, bool]]:
    """The clauses of a paragraph, each with whether its sentence says it is an asset."""
    return [
        (part, wished(sentence))
        for sentence in prose_sentences(item)
        for part in split_compound(sentence)
    ]


# Kinds that only a requirement reads as (a sentence of explanation reads as a statement).
_REQUIREMENT_KINDS = frozenset(
    {
        "education",
        "experience",
        "official_languages",
        "language_profile",
        "driving_licence",
        "certification",
    }
)


# "No French is required for this post": says what is not asked.
_NOT_ASKED = re.compile(
    r"\b(?:no|not|nor|never|pas|aucune?)\b.{0,40}\b(?:required|necessary|needed|requis|exigee?)\b",
    re.IGNORECASE,
)
# "2 years of additional experience may replace the degree": a substitute, not a requirement.
_SUBSTITUTE = re.compile(r"\b(?:replace|substitute|in lieu|instead)\b", re.IGNORECASE)


def _named_kind(part: str) -> str | None:
    """The kind of a whole sentence that names a requirement without a verb of asking."""
    if _SUBSTITUTE.search(part) or len(prose_sentences(part)) != 1:
        return None
    kind = recognize(part, "en").kind
    return kind if kind in _REQUIREMENT_KINDS else None


def _is_paragraph(item: str) -> bool:
    if len(item) < _MIN_PARAGRAPH or not _SENTENCE_START.match(item):
        return False
    parts = _parts(item)
    asking = 0
    previous = False
    sentences = set(prose_sentences(item))
    # "Experience on the E-3A; a driving licence (category B); German at SLP 2222": a list
    # written as one sentence of semicolons names each requirement in a clause of its own
    # (not a bullet of sentences explaining itself: "...; that is, at least 12 years ...").
    semicolons = ";" in item and len(sentences) == 1
    named_kinds: set[str] = set()
    for part, sentence_wished in parts:
        # "X would be an asset, as would Y": Y is wished with X. "A university degree in
        # law. At least 5 years of ...": each sentence a requirement named without a verb,
        # of another kind than the others ("English (level IV). French (level II)." is one
        # requirement of languages, not two).
        kind = _named_kind(part) if part in sentences or semicolons else None
        named = kind is not None and kind not in named_kinds
        named_kinds.add(kind or "")
        asks = asks_in_prose(part) or (sentence_wished and previous) or named
        asks = asks and not _NOT_ASKED.search(part)
        asking += asks
        previous = asks
    return len(parts) >= 2 and asking >= 2


def _sorted_parts(item: str, desirable_list: bool) -> tuple[list[str], list[str]]:
    """(essential, desirable) clauses of one paragraph of the essential or desirable list."""
    essential: list[str] = []
    desirable: list[str] = []
    previous_wished = desirable_list
    for part, sentence_wished in _parts(item):
        if says_essential(part):
            is_wished = False
        elif wished(part):
            is_wished = True
        else:
            # "X would be an asset, as would Y": Y is wished with X; a clause that says
            # nothing of itself keeps the list's section otherwise.
            is_wished = desirable_list or (sentence_wished and previous_wished)
        if is_wished and not previous_wished and essential:
            part = with_head(essential[-1], part)  # "...category B; category C is an asset"
        (desirable if is_wished else essential).append(without_mark(part))
        previous_wished = is_wished
    return essential, desirable


def _moved_review(item: str, desirable_list: bool, some_stay: bool) -> ReviewItem:
    if desirable_list:
        return review_item("essential_in_desirable_list", field="essential", quote=quote(item))
    return review_item(
        "desirable_in_essential_list",
        field="desirable",
        case="clause" if some_stay else None,
        quote=quote(item),
    )


def _split_list(
    items: list[str], desirable_list: bool, found: Requirements, lang: str
) -> tuple[list[str], list[str]] | None:
    """The list's items with its paragraphs split, and the clauses for the other list; None
    when no item is a paragraph."""
    if not any(_is_paragraph(item) for item in items):
        return None
    kept: list[str] = []
    moved: list[str] = []
    for item in items:
        if not _is_paragraph(item):
            kept.append(item)
            continue
        essential, desirable = _sorted_parts(item, desirable_list)
        stays, goes = (desirable, essential) if desirable_list else (essential, desirable)
        kept.extend(stays)
        moved.extend(goes)
        if lang == "en" or not found.en_essential:
            found.review.append(
                review_item(
                    "paragraph_split",
                    field="desirable" if desirable_list else "essential",
                    part="desirable" if desirable_list else "essential",
                    quote=quote(item),
                    count=len(essential) + len(desirable),
                )
            )
            if goes:
                found.review.append(_moved_review(item, desirable_list, bool(stays)))
    return kept, moved


def split_paragraphs(found: Requirements) -> None:
    """Each paragraph item of the four lists split into its requirements, in place."""
    for lang in ("en", "fr"):
        for desirable_list in (False, True):
            own = "desirable" if desirable_list else "essential"
            other = "essential" if desirable_list else "desirable"
            listed: FoundList | None = getattr(found, f"{lang}_{own}")
            if listed is None:
                continue
            split = _split_list(listed.items, desirable_list, found, lang)
            if split is None:
                continue
            listed.items, moved = split
            if not moved:
                continue
            target: FoundList | None = getattr(found, f"{lang}_{other}")
            if target is None:
                setattr(found, f"{lang}_{other}", FoundList(moved, listed.found_by))
            else:
                target.items = target.items + moved
