"""STANAG 6001 Standardized Language Profiles (SLP): four skills, each 0-5 with an optional "+".

An SLP is written as its four levels in a fixed order, Listening, Speaking, Reading,
Writing: "3332", "3+3+33". A plus level is above its level and below the next one. This is
another scale than NATO IS's I-VI (screener.domain.scales): no official table converts one
into the other, so the app never does.
"""

from __future__ import annotations

import re

# Listening, Speaking, Reading, Writing: the order an SLP is written in.
SKILLS: tuple[str, str, str, str] = ("listening", "speaking", "reading", "writing")
# 5 is the top of the scale: there is no 5+.
SLP_PATTERN = r"^(?:[0-4]\+?|5){4}$"
# A candidate who says they hold no SLP in a language.
NO_SLP = "none"

_LEVEL = re.compile(r"[0-4]\+?|5")
# Every level a skill can have, lowest first: "0", "0+", "1", ... "4+", "5".
LEVELS: tuple[str, ...] = (*(f"{n}{plus}" for n in range(5) for plus in ("", "+")), "5")

Ranks = tuple[int, int, int, int]


def skill_levels(slp: str) -> tuple[str, ...]:
    """The four levels of an SLP as written: "3+3+32" -> ("3+", "3+", "3", "2")."""
    levels = tuple(_LEVEL.findall(slp))
    if len(levels) != len(SKILLS) or "".join(levels) != slp:
        raise ValueError(f"not a STANAG 6001 profile: {slp!r}")
    return levels


def level_rank(level: str) -> int:
    """A level as a number that orders plus levels between: "2" 4, "2+" 5, "3" 6."""
    return int(level[0]) * 2 + level.endswith("+")


def ranks(slp: str) -> Ranks:
    listening, speaking, reading, writing = (level_rank(lvl) for lvl in skill_levels(slp))
    return listening, speaking, reading, writing


def slp_text(levels: tuple[str, ...] | list[str]) -> str:
    """Four levels written as one SLP: ("3", "3+", "3", "2") -> "33+32"."""
    return "".join(levels)
