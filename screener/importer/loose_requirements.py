"""Requirements stated outside the requirement lists, reported for review.

Some bodies put the language requirement in a paragraph of its own ("Language Proficiency: ...
A minimum of Advanced (V) level in English is required"), not in the ESSENTIAL list. Left
unread, a candidate would never be screened on it; taken as a criterion, a paragraph could be
misread. So such a sentence becomes a review item that quotes it.
"""

from __future__ import annotations

import re

from screener.domain.vacancy import ReviewItem
from screener.importer.language_names import find_languages
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import find_levels, fold

_REQUIRED = re.compile(r"\b(?:required|requirement|must|minimum|at least|requis|exige|doit)\b")
_SENTENCE = re.compile(r"(?<=[.!?;])\s")
_MAX_ITEMS = 3


def _stated_level(sentence: str) -> bool:
    """A language named with a level on NATO's I-VI scale, said to be required."""
    folded = fold(sentence)
    return bool(
        _REQUIRED.search(folded)
        and find_languages(sentence)
        and any(mention.numeral for mention in find_levels(sentence))
    )


def language_outside_lists(lines: list[str], items: list[str]) -> list[ReviewItem]:
    """Review items for language levels required in prose, not in any list item."""
    listed = " ".join(fold(item) for item in items)
    found: list[ReviewItem] = []
    for line in lines:
        if not line or len(line) > 2000 or is_bullet(line):
            continue
        for sentence in _SENTENCE.split(line):
            if not _stated_level(sentence) or fold(sentence.strip())[:60] in listed:
                continue
            found.append(
                ReviewItem(
                    code="requirement_outside_lists",
                    field="essential",
                    message=f"The notice states '{sentence.strip()[:200]}' outside its "
                    "requirement lists; add it as a requirement if it is one.",
                )
            )
            if len(found) >= _MAX_ITEMS:
                return found
    return found
