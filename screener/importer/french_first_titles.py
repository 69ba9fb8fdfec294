"""The English title of a French-first notice: the line below the French title, or the title
heading the English half.

"Assistant(e) (Contenu numérique)" over "Division Diplomatie publique": the line below names
the unit, not the post in English; the English half further down gives the English title above
its own reference ("Assistant (Digital Content)" / "Public Diplomacy Division" / "Reference:
262208"). And a title in both languages told apart. Split from title_guesses.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from screener.importer.header import FRENCH_HINT
from screener.importer.post_titles import post_line

# How far above the English half's reference its title stands (the title, the unit, then the
# reference).
_ABOVE_REFERENCE = 3


def english_title(
    lines: list[str],
    french: str,
    reference: str | None,
    candidate: Callable[[str], bool],
    is_french: Callable[[str], bool],
) -> str | None:
    """The English title for the French title `french`, or None when there is none."""
    if not is_french(french):
        return None
    at = next((i for i, line in enumerate(lines[:80]) if line.strip() == french), None)
    if at is None:
        return None
    below = next((line for line in lines[at + 1 : at + 3] if line), "")
    if candidate(below) and not is_french(below) and (post_line(below) or not post_line(french)):
        return below.strip()
    return _above_reference(lines, at, reference, is_french)


def _above_reference(
    lines: list[str], after: int, reference: str | None, is_french: Callable[[str], bool]
) -> str | None:
    """The post line just above a later line holding the same reference: the English half's
    title (its reference repeats the French half's)."""
    if not reference:
        return None
    number = reference.split("-")[-1]
    for index in range(after + 3, min(len(lines), after + 400)):
        if number not in lines[index] or "ref" not in lines[index].lower():
            continue
        above = [line.strip() for line in lines[max(0, index - _ABOVE_REFERENCE) : index]]
        posts = [line for line in above if line and post_line(line) and not is_french(line)]
        if posts:
            return posts[0]
    return None


def split_bilingual_title(title: str) -> tuple[str, str | None]:
    """'Ammunition Engineer / Ingénieur(e) munitions' -> both titles, in either order (a
    French-first notice writes the French title first); 'Driver / Messenger' stays."""
    parts = title.split(" / ")
    if len(parts) == 2:
        first, second = (french_title(part) for part in parts)
        if second and not first:
            return parts[0].strip(), parts[1].strip()
        if first and not second:
            return parts[1].strip(), parts[0].strip()
    return title, None


# French titles name both genders ("Assistante/Assistant", "Ingénieur(e)") and use words
# that English titles do not.
_FRENCH_TITLE = re.compile(
    r"\b(\w{3,})e/\1\b|\w\((?:e|ne|le|re|ère|euse|rice)\)|\b(?:ressources humaines|gestionnaire|responsable|chef de)\b"
    # "Traducteur", "Rédactrice", "Technicienne", "Infirmière": French job nouns' endings.
    r"|\b\w{3,}(?:teur|trice|euse|ienne|ière)\b",
    re.IGNORECASE,
)


def french_title(title: str) -> bool:
    """Whether a title reads as French (both genders named, French job nouns)."""
    return bool(FRENCH_HINT.search(title) or _FRENCH_TITLE.search(title))
