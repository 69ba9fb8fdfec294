"""Requirements written as labelled rows instead of lists under headings.

Some notices put their requirements in a text table ("| Essential | University degree |",
"| Desirable | Knowledge of French |") or on unbulleted lines that each carry their own label
("Essential: University degree", "Desirable: Knowledge of French"). Nothing there is a heading
or a bullet, so the section finder would see no list at all. A run of such rows is rewritten
into the layout the finder reads: an ESSENTIAL heading with its bullets, then a DESIRABLE one.

Only a run of two rows or more, made only of labelled rows (and a table's header and ruling
lines), is rewritten: a lone "Desirable: ..." bullet inside a list is the business of
marked_desirable, and prose is never touched.
"""

from __future__ import annotations

import re

from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

# On folded text: the label, then the requirement (in a table cell, or after a colon or dash).
_ROW = re.compile(
    r"^\|?\s?(essential|desirable|required|preferred|essentiel(?:le)?s?|souhaitables?|requis)"
    r"\s?(?:\||[:–-])\s?(\S.{2,})$"
)
_RULING = re.compile(r"^\|?[\s|:-]{3,}\|?$")
_TABLE_HEADER = re.compile(r"^\|[^|]{1,40}\|[^|]{1,40}\|?$")
_ESSENTIAL = ("essential", "required", "requis", "essentiel")
_HEADINGS = {
    "en": ("ESSENTIAL", "DESIRABLE"),
    "fr": ("ACQUIS ESSENTIELS", "ACQUIS SOUHAITABLES"),
}


def _row(line: str) -> tuple[bool, str] | None:
    """(is essential, requirement text) of a labelled row, else None."""
    if not line or is_bullet(line) or len(line) > 600:
        return None
    match = _ROW.match(fold(line).strip())
    if match is None:
        return None
    essential = match.group(1).startswith(_ESSENTIAL)
    # The text keeps its own case: cut at the same place in the original line.
    body = line.strip().lstrip("|").strip()
    body = re.split(r"\s?(?:\||[:–-])\s?", body, maxsplit=1)[1]
    return essential, body.rstrip(" |").strip()


def _is_table_chrome(line: str) -> bool:
    stripped = line.strip()
    return bool(_RULING.match(stripped) or _TABLE_HEADER.match(stripped))


def _rewrite(rows: list[tuple[bool, str]], french: bool) -> list[str]:
    essential_heading, desirable_heading = _HEADINGS["fr" if french else "en"]
    out = [essential_heading, *(f"- {text}" for essential, text in rows if essential)]
    desirable = [f"- {text}" for essential, text in rows if not essential]
    if desirable:
        out += ["", desirable_heading, *desirable]
    return [*out, ""]


def unfold_labelled_rows(lines: list[str]) -> list[str]:
    """`lines` with each run of labelled requirement rows rewritten as headed lists."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        rows: list[tuple[bool, str]] = []
        end = index
        while end < len(lines):
            line = lines[end]
            row = _row(line)
            if row is not None:
                rows.append(row)
            elif not (line and _is_table_chrome(line)):
                break
            end += 1
        if len(rows) >= 2 and any(essential for essential, _ in rows):
            french = any(
                fold(lines[at]).lstrip("| ").startswith(("essentiel", "souhait", "requis"))
                for at in range(index, end)
            )
            out += _rewrite(rows, french)
            index = end
        else:
            # A later start inside the same run sees fewer rows: skip it (one pass in all).
            out += lines[index : max(end, index + 1)]
            index = max(end, index + 1)
    return out
