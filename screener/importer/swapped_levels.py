"""Official-language levels offered either way round, spelled out as two alternatives.

"either English level V and French level III, or French level V and English level III" names a
level per language twice, swapped: that is "V in one; III in the other", not English V and
French III. Read as fixed levels, the draft would refuse a French-dominant candidate the notice
accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from screener.domain.scales import LanguageLevel
from screener.importer.bullet_typing import LevelContradiction, Note, Typing
from screener.importer.wording import LevelMention

# Where the second alternative starts, on folded text: ", or", "; or", " or ", " ou ".
_OR = re.compile(r"[,;]?\s(?:or|ou|or else|ou bien)\s")

_VICE_VERSA = re.compile(
    r"\bvice[- ]versa\b|\bor the (?:reverse|other way (?:a)?round)\b|\bou inversement\b"
    r"|\bet inversement\b|\bor conversely\b"
)
PerLanguage = Callable[[str, list[LevelMention]], dict[str, LanguageLevel]]


def _part(folded: str, start: int, end: int) -> str:
    """The folded text with everything outside [start, end) blanked: offsets stay valid."""
    return " " * start + folded[start:end] + " " * (len(folded) - end)


def swapped_levels(
    folded: str, mentions: list[LevelMention], per_language: PerLanguage
) -> tuple[LanguageLevel, LanguageLevel] | None:
    """(one, other) when the bullet gives English and French levels in two alternatives that
    swap them; None otherwise. `per_language` reads one alternative's levels."""
    if _VICE_VERSA.search(folded):
        # "V in English and III in French, or vice versa": the swap said in words.
        levels = per_language(folded, mentions)
        if set(levels) == {"en", "fr"} and levels["en"] != levels["fr"]:
            high, low = sorted(levels.values(), key=lambda x: x.rank, reverse=True)
            return high, low
    for split in _OR.finditer(folded):
        first = [m for m in mentions if m.end <= split.start()]
        second = [m for m in mentions if m.start >= split.end()]
        if not first or not second:
            continue
        before = per_language(_part(folded, 0, split.start()), first)
        after = per_language(_part(folded, split.end(), len(folded)), second)
        if set(before) != {"en", "fr"} or set(after) != {"en", "fr"}:
            continue
        if before["en"] == after["fr"] and before["fr"] == after["en"] != before["en"]:
            high, low = sorted((before["en"], before["fr"]), key=lambda x: x.rank, reverse=True)
            return high, low
    return None


def swapped_typing(
    folded: str,
    mentions: list[LevelMention],
    per_language: PerLanguage,
    notes: tuple[Note, ...],
    contradictions: tuple[LevelContradiction, ...],
) -> Typing | None:
    """The official-languages reading of levels offered either way round, or None."""
    swapped = swapped_levels(folded, mentions, per_language)
    if swapped is None:
        return None
    params: dict[str, object] = {"mode": "one_and_other", "one": swapped[0], "other": swapped[1]}
    return Typing("official_languages", params, 0.85, notes, contradictions)
