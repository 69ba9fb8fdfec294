"""Headings that name a list in both languages on one line ("Essential qualifications /
Qualifications essentielles:", "ACQUIS SOUHAITABLES | DESIRABLE"), as bilingual copies print
them over a list that gives each bullet in both languages, or over each language's own list.

Neither language's heading pattern matches the whole line, so the list would be found, if at
all, as a loose run of bullets. The line is read as the heading of the language its list is
written in: English for a list in English or in both (interleaved_lists splits that one),
French for a list in French.
"""

from __future__ import annotations

import re

from screener.importer.interleaved_lists import inline_halves, item_language
from screener.importer.section_headings import (
    EN_DESIRABLE,
    EN_ESSENTIAL,
    FR_DESIRABLE,
    FR_ESSENTIAL,
)
from screener.importer.sections import folded_line
from screener.importer.text_cleanup import is_bullet

# Where a bilingual heading's halves meet: "/", "|", or a dash between spaces.
_SEPARATOR = re.compile(r"\s?[/|]\s?|\s[–—-]\s")
_LOOK_AHEAD = 12

# "i) la connaissance de l'arabe serait un atout / knowledge of Arabic would be an asset;": an
# item of the list given in both languages (ending on the list's ";", or numbered and going on
# in lower case), never its heading or lead-in.
_ITEM = re.compile(r".*;\s*$|^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+[a-zà-ÿ]")

Patterns = tuple[re.Pattern[str], re.Pattern[str]]
_HEADINGS: tuple[Patterns, ...] = (
    (EN_ESSENTIAL, FR_ESSENTIAL),
    (EN_DESIRABLE, FR_DESIRABLE),
    # "Essential / Essentiel", "Desirable / Souhaitables": the French word alone, beside its
    # English twin.
    (EN_ESSENTIAL, re.compile(r"^(?:essentiel(?:le)?s?|obligatoires?|requis(?:es)?)$")),
    (EN_DESIRABLE, re.compile(r"^(?:souhaitables?|atouts?)$")),
)


def _halves(line: str, pairs: tuple[Patterns, ...]) -> tuple[str, str] | None:
    """(English half, French half) when the line is one heading in both languages."""
    if not line or len(line) > 160 or is_bullet(line) or _ITEM.match(line):
        return None
    for cut in _SEPARATOR.finditer(line):
        one, other = line[: cut.start()].strip(), line[cut.end() :].strip()
        if not one or not other:
            continue
        for english, french in pairs:
            if _matches(english, one) and _matches(french, other):
                return one, other
            if _matches(french, one) and _matches(english, other):
                return other, one
    return None


def _beside_a_third_language(line: str, pairs: tuple[Patterns, ...]) -> str | None:
    """The English heading of a job board's line that gives it beside its own language's
    ("Mile widziane / Nice to have", "Desirable | Wünschenswert"): the English half, else
    None. The other half is a few words that are no heading of either language."""
    if not line or len(line) > 80 or is_bullet(line) or _ITEM.match(line):
        return None
    for cut in _SEPARATOR.finditer(line):
        halves = line[: cut.start()].strip(), line[cut.end() :].strip()
        for english, other in (halves, halves[::-1]):
            if (
                other
                and len(other.split()) <= 5
                and not any(ch.isdigit() for ch in other)
                and any(_matches(pattern, english) for pattern, _ in pairs)
                and not any(_matches(p, other) for pair in pairs for p in pair)
            ):
                return english
    return None


def _matches(pattern: re.Pattern[str], half: str) -> bool:
    """The half is the heading or lead-in, with or without the colon that only one half
    has ("The incumbent must / Le titulaire doit :")."""
    folded = folded_line(half).rstrip(":").rstrip()
    return bool(pattern.match(folded) or pattern.match(folded + ":"))


def _list_language(lines: list[str], start: int) -> str:
    """'fr' when the lines after a heading read as French only, else 'en'."""
    block: list[str] = []
    for line in lines[start : start + _LOOK_AHEAD]:
        if not line and block:
            break  # the list ends at its first blank line (a paragraph may follow)
        if line:
            block.append(line)
    # A bullet giving both languages ("Knowledge of Italian / Connaissance de l'italien") is
    # read as the English list's.
    langs = ["en" if inline_halves(line) else item_language(line) for line in block]
    return "fr" if "fr" in langs and "en" not in langs else "en"


def one_language_headings(lines: list[str], lead_ins: tuple[Patterns, ...]) -> list[str]:
    """`lines` with each bilingual heading (ESSENTIAL / DESIRABLE, or one of the (English,
    French) `lead_ins`) replaced by its half in the language of the list below it."""
    out = list(lines)
    pairs = (*_HEADINGS, *lead_ins)
    for at, line in enumerate(lines):
        halves = _halves(line, pairs)
        if halves is None:
            english_only = _beside_a_third_language(line, pairs)
            if english_only is not None:
                out[at] = english_only
            continue
        english, french = halves
        half = french if _list_language(lines, at + 1) == "fr" else english
        # The colon only one half has ("The incumbent must / Le titulaire doit :") ends
        # a lead-in: the half keeps it.
        colon = ":" if line.rstrip().endswith(":") and not half.endswith(":") else ""
        out[at] = half + colon
    return out
