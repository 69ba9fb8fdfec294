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
from dataclasses import dataclass, field
from typing import Any

from screener.importer.interleaved_lists import language_header, twin_cells
from screener.importer.part_labels import after_the_list
from screener.importer.section_headings import (
    EN_DESIRABLE,
    EN_ESSENTIAL,
    FR_DESIRABLE,
    FR_ESSENTIAL,
)
from screener.importer.sections import ends_a_list, is_heading
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
    """(part, language) when a cell names a requirement section, else None; a label in both
    languages ("Essential / Essentiel") is the English one."""
    text = " ".join(cell.split())
    if not text or len(text) > 60:
        return None
    if "/" in text and len(halves := text.split("/")) == 2:
        one, other = _one_label(halves[0]), _one_label(halves[1])
        if one and other and one[0] == other[0] and one[1] != other[1]:
            return one[0], "en"
    return _one_label(text)


def _one_label(text: str) -> tuple[str, str] | None:
    folded = _NOTE.sub("", fold(text).strip().rstrip(":").strip()).rstrip(":").strip()
    if _FR_ESSENTIAL_WORD.match(folded) or FR_ESSENTIAL.match(folded):
        return "essential", "fr"
    if _FR_DESIRABLE_WORD.match(folded) or FR_DESIRABLE.match(folded):
        return "desirable", "fr"
    # "Minimum requirements", "Preferred qualifications": the word before the noun.
    word = _NOUN.sub("", folded)
    if EN_DESIRABLE.match(folded) or word in _EN_DESIRABLE_WORDS:
        return "desirable", "en"
    if EN_ESSENTIAL.match(folded) or word in _EN_ESSENTIAL_WORDS:
        return "essential", "en"
    return None


_NOUN = re.compile(r"\s(?:requirements|qualifications|criteria|skills|experience|competencies)$")


# A category cell beside the labels ("Criteria | Essential | Desirable"): short, no sentence.
_MAX_CATEGORY = 30
_MARK = re.compile(r"^(?:x|✓|✔|●|•|yes|oui|\*)$", re.IGNORECASE)


def label_columns(cells: list[str]) -> list[tuple[int, tuple[str, str]]] | None:
    """The (position, label) of the columns a header row names, when they name both parts;
    one other cell, short, may name the rows' categories ("Area", "Critères", or none)."""
    labels = [(at, section_label(cell)) for at, cell in enumerate(cells)]
    found = [(at, label) for at, label in labels if label is not None]
    others = [cells[at] for at, label in labels if label is None]
    if len(others) > 1 or any(len(cell) > _MAX_CATEGORY for cell in others):
        return None
    return found if {part for _, (part, _) in found} == {"essential", "desirable"} else None


def is_mark(cell: str) -> bool:
    """An X, a tick or yes/no in a cell: a table that marks each requirement's section."""
    return bool(_MARK.match(" ".join(cell.split())))


_ITEM_MARK = re.compile(r"^(?:[-•*–—▪●·◦➢>]|\d{1,2}[.)]|[a-z][.)])\s+")


# Bullets run together on one line of a cell ("• University degree • 5 years' experience").
_INLINE_BULLET = re.compile(r"\s[•●▪◦]\s")


def cell_items(cell: str) -> list[str]:
    """A cell's requirements: one per line (a <br>, a list item, a paragraph) or per bullet
    of a line that opens with one, bullets off."""
    items = []
    for line in cell.splitlines():
        text = " ".join(line.split())
        parts = _INLINE_BULLET.split(text) if text[:1] in "•●▪◦" else [text]
        for part in parts:
            part = _ITEM_MARK.sub("", part.strip())
            if part and part not in ("-", "•"):
                items.append(part)
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


Label = tuple[str, str]


@dataclass
class SectionTable:
    """A table being read by a file reader (web page, Word document), row by row: whether
    it is laid out by section, the labels of its columns when its header row names them, and
    the requirements read so far under each label (written out when the table ends)."""

    columns: list[tuple[int, Label]] = field(default_factory=list)
    read: list[tuple[Label, list[str]]] = field(default_factory=list)
    # The header row as the reader keeps it, held back until a row shows the table gives
    # texts, not X marks (labelled_rows reads those): the reader then writes it first.
    held: Any = None
    # A one-column table's section, named by a row of its own ("Essential"), then one
    # requirement a row.
    heading: Label | None = None
    marked: bool = False  # a table of X marks, read by labelled_rows

    def take(self, texts: list[str], row: Any) -> bool:
        """Whether the row (its cells' texts, a cell's lines apart by line breaks) belongs to
        the table read by section: the header row naming its columns, a row under it, a row
        whose first cell names its section, or one whose cells each open with their label."""
        if self.columns:
            cells = [texts[at] if at < len(texts) else "" for at, _ in self.columns]
            if self.held is not None and any(is_mark(cell) for cell in cells):
                self.columns, self.marked = [], True
                return False
            if any(cell.strip() for cell in cells):
                self.held = None  # texts under the labels: no table of marks (a category's
                # row, its label cells empty, says nothing yet)
            pairs = zip(self.columns, cells, strict=True)
            self.read += [
                (label, [item for item in cell_items(cell) if not is_mark(item)])
                for (_, label), cell in pairs
            ]
            return True
        filled = [text for text in texts if text.strip()]
        if self.marked:
            # A table of X marks: a category's row ("Experience") between its rows would end
            # the run of marked rows; it names no requirement.
            return len(filled) == 1 and len(filled[0]) <= _MAX_CATEGORY
        if len(filled) == 1 and len(texts) <= 2:
            return self._one_column(filled[0])
        if labels := label_columns([" ".join(text.split()) for text in texts]):
            self.columns, self.held = labels, row
            return True
        label = section_label(texts[0]) if len(texts) >= 2 else None
        items = [item for text in texts[1:] for item in cell_items(text)]
        # A single requirement beside its label is a labelled row (labelled_rows.py), unless
        # the table already holds sections read here.
        if label is not None and (len(items) >= 2 or (items and self.read)):
            self.read.append((label, items))
            return True
        opened = [cell_items(text) for text in texts]
        heads = [section_label(items[0]) if items else None for items in opened]
        parts = {head[0] for head in heads if head}
        if len(heads) >= 2 and all(heads) and parts == {"essential", "desirable"}:
            self.read += [(h, items[1:]) for h, items in zip(heads, opened, strict=True) if h]
            return True
        return False

    def _one_column(self, text: str) -> bool:
        """A row of one cell: a section's name, or a requirement under the one named."""
        if label := section_label(text):
            self.heading = label
            self.read.append((label, []))
            return True
        if self.heading is None:
            return False
        first = " ".join(text.split())
        if is_heading(first) or ends_a_list(first) or after_the_list(fold(first)):
            self.heading = None  # "How to apply", "CONDITIONS OF EMPLOYMENT": the section ends
            return False
        self.read.append((self.heading, cell_items(text)))
        return True

    def lines(self) -> list[str]:
        """The sections read, as the section finder reads them (none for another table)."""
        return section_lines(self.read) if self.read else []


def twin_row(cells: list[str]) -> list[str] | None:
    """The lines a table row gives when it is a bilingual table's (a column per language):
    its twins one after the other as bullets, as a bilingual list gives them (they are paired
    again); a section's name in both languages ("Essential | Essentiel") as one bilingual
    heading; none for its header row ("English | Français"); None for another row."""
    if language_header(cells):
        return []
    if len(cells) == 2 and twin_cells(*cells):
        # The cells' own bullets off: one bullet a twin.
        return [f"- {_ITEM_MARK.sub('', cell)}" for cell in cells]
    labels = [section_label(cell) for cell in cells]
    if len(cells) == 2 and labels[0] and labels[1] and labels[0][0] == labels[1][0]:
        return ["", f"{cells[0]} / {cells[1]}"] if labels[0][1] != labels[1][1] else None
    return None
