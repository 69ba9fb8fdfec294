"""Requirement tables laid out by section instead of as lists: the Essential and the Desirable
requirements side by side in two columns (a header row "Essential | Desirable", each row a pair
of cells, one of them sometimes empty), or the sections as rows ("Essential" in one cell, its
requirements in the next, one per line or bullet).

Read row by row, each line would mix an essential requirement with a desirable one. The table
is rewritten into the layout the section finder reads: each column's (or row's) heading, then
its cells' requirements as bullets. Saved web pages give the cells as they are (html_text.py);
the text of a PDF or a paste gives a header row whose labels are apart by a tab or by a run
of spaces, and its rows under it (side_text.py).
"""

from __future__ import annotations

import re

from screener.importer.sections import EN_DESIRABLE, EN_ESSENTIAL, FR_DESIRABLE, FR_ESSENTIAL
from screener.importer.wording import fold

# A column's or a row's label in a word or two: "Essential", "Essentielles", "Souhaitables",
# "Desirable (an asset)", "Exigences essentielles", "Required", "Preferred".
_FR_ESSENTIAL_WORD = re.compile(
    r"^(?:(?:acquis|exigences|criteres|qualifications|competences|conditions) )?"
    r"(?:essentiel(?:le)?s?|obligatoires?|requis(?:es)?|indispensables?)$"
)
_FR_DESIRABLE_WORD = re.compile(
    r"^(?:(?:acquis|exigences|criteres|qualifications|competences|conditions|connaissances) )?"
    r"(?:souhaitables?|souhaitee?s?|appreciee?s?|atouts?|un plus)$"
)
_EN_ESSENTIAL_WORDS = frozenset(["required", "mandatory", "minimum", "must have", "must-have"])
_EN_DESIRABLE_WORDS = frozenset(
    ["preferred", "optional", "asset", "an asset", "advantage", "an advantage", "nice to have"]
)
_NOTE = re.compile(r"\s?\([^()]{1,40}\)$")

HEADINGS = {
    "en": {"essential": "ESSENTIAL", "desirable": "DESIRABLE"},
    "fr": {"essential": "ACQUIS ESSENTIELS", "desirable": "ACQUIS SOUHAITABLES"},
}


def section_label(cell: str) -> tuple[str, str] | None:
    """(part, language) when a cell names a requirement section, else None."""
    text = " ".join(cell.split())
    if not text or len(text) > 60:
        return None
    folded = _NOTE.sub("", fold(text).strip().rstrip(":").strip()).rstrip(":").strip()
    if _FR_ESSENTIAL_WORD.match(folded) or FR_ESSENTIAL.match(folded):
        return "essential", "fr"
    if _FR_DESIRABLE_WORD.match(folded) or FR_DESIRABLE.match(folded):
        return "desirable", "fr"
    if EN_DESIRABLE.match(folded) or folded in _EN_DESIRABLE_WORDS:
        return "desirable", "en"
    if EN_ESSENTIAL.match(folded) or folded in _EN_ESSENTIAL_WORDS:
        return "essential", "en"
    return None


def header_labels(cells: list[str]) -> list[tuple[str, str]] | None:
    """The sections a table's header row names, one per cell: every cell a label, both parts
    named (a table of essential requirements and desirable ones)."""
    labels = [section_label(cell) for cell in cells]
    if len(labels) < 2 or any(label is None for label in labels):
        return None
    found = [label for label in labels if label is not None]
    parts = {part for part, _ in found}
    return found if parts == {"essential", "desirable"} else None


_ITEM_MARK = re.compile(r"^(?:[-•*–—▪●·◦➢>]|\d{1,2}[.)]|[a-z][.)])\s+")


def cell_items(cell: str) -> list[str]:
    """A cell's requirements: one per line (a <br>, a list item, a paragraph), bullets off."""
    items = []
    for line in cell.splitlines():
        text = _ITEM_MARK.sub("", " ".join(line.split()))
        if text and text not in ("-", "•"):
            items.append(text)
    return items


def section_lines(sections: list[tuple[tuple[str, str], list[str]]]) -> list[str]:
    """The lines of the sections (each (part, language) label and its requirements) as the
    section finder reads them: a heading, its bullets, a blank line; a part named twice (two
    rows of essential requirements) under one heading."""
    merged: dict[tuple[str, str], list[str]] = {}
    for label, items in sections:
        merged.setdefault(label, []).extend(items)
    out: list[str] = []
    for (part, lang), items in merged.items():
        if items:
            out += [HEADINGS[lang][part], *(f"- {item}" for item in items), ""]
    return out
