"""Items marked desirable by an asterisk, as the notice's own key says: "Items marked with an
asterisk (*) are desirable; all other items are essential." above one list, or a footnote
"(*) desirable" under it ("Les critères suivis d'un astérisque (*) sont souhaitables").

Read as one list, every starred item was essential: a candidate lacking an asset was refused.
The asterisk means nothing without the key (a footnote's mark, a password's), so items move
only when the notice says what it marks; the mark leaves the item's words either way.
"""

from __future__ import annotations

import re

from screener.importer.found_lists import FoundList, Requirements
from screener.importer.review_text import quote, review_item
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

# The asterisk named in the key ("(*)" comes out of the text's cleaning as "()").
_STAR = re.compile(r"asterisk|asterisque|\(\*?\)|^\s?\*\s?[=:–-]?\s?[a-z]|\s\*\s")
_DESIRABLE = re.compile(
    r"\b(?:desirable|desired|preferred|optional|advantageous|an? (?:asset|advantage|plus)"
    r"|assets?|souhaitables?|souhaitee?s?|atouts?|un plus|facultati(?:f|ve)s?)\b"
)
_ESSENTIAL = re.compile(r"\b(?:essential|mandatory|required|essentiel(?:le)?s?|obligatoires?)\b")
# A key's clauses: "... are desirable; all other items are essential" says both, one each.
_CLAUSES = re.compile(r";\s?|\.\s|,\s(?=all\b|other\b|the others?\b|tous\b|les autres\b)")
# The mark after an item's words: "Cisco CCNP Enterprise certification.*", "Spanish (*)".
_TRAILING_STAR = re.compile(r"\s?(?:\(\*\)|\*{1,2})\s?$")


def stars_mark_desirable(lines: list[str]) -> bool:
    """The notice says its asterisks mark desirable items (a key or a footnote)."""
    for line in lines:
        if not line or len(line) > 300 or is_bullet(line):
            continue
        for clause in _CLAUSES.split(fold(line)):
            if _STAR.search(clause) and _DESIRABLE.search(clause):
                return not _ESSENTIAL.search(clause)
    return False


def move_starred(found: Requirements, lines: list[str]) -> None:
    """Starred items of the essential lists to the desirable ones, when the key says so."""
    starred = any(
        _TRAILING_STAR.search(item)
        for part in (found.en_essential, found.fr_essential)
        if part is not None
        for item in part.items
    )
    if not starred or not stars_mark_desirable(lines):
        return
    for lang in ("en", "fr"):
        essential: FoundList | None = getattr(found, f"{lang}_essential")
        if essential is None:
            continue
        kept = [item for item in essential.items if not _TRAILING_STAR.search(item)]
        moved = [
            _TRAILING_STAR.sub("", item).rstrip(" .;,")
            for item in essential.items
            if item not in kept
        ]
        if not moved:
            continue
        essential.items = kept
        desirable: FoundList | None = getattr(found, f"{lang}_desirable")
        if desirable is None:
            setattr(found, f"{lang}_desirable", FoundList(moved, essential.found_by))
        else:
            desirable.items = desirable.items + moved
        if lang == "en" or found.en_essential is None:
            found.review.extend(
                review_item("desirable_in_essential_list", field="desirable", quote=quote(item))
                for item in moved
            )
