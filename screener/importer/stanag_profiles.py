"""STANAG 6001 language profiles in a notice: the military four-skill scale (0-5 per skill,
"SLP 3333"), which is not NATO IS's I-VI scale. No official table converts one into the other,
so a profile never becomes a NATO level: another language keeps its name without a level, and
English or French at a profile stays a statement the candidate declares.
"""

from __future__ import annotations

import re

from screener.importer.bullet_typing import Typing, note
from screener.importer.language_names import LanguageMention

# "SLP 3333", "STANAG 6001", "NATO Standard Language Proficiency Level 2222", "Standardized
# Language Profile 3333": the military four-skill scale, not NATO IS's I-VI. (The word
# "Proficiency" in the scale's name is not level VI.) A four-figure profile after "level" or
# "profile" is one too: NATO IS levels are never written that way. Also a profile without
# those words: "Listening 3, Speaking 3, Reading 2, Writing 2", "3/3/3/3", "3-3-3-2",
# "L3 S3 R3 W3", "3332 (L/S/R/W)".
STANAG_PROFILE = re.compile(
    r"\bslp\b|\bstanag\b|\bstandardi[sz]ed language prof|\bstandard language proficiency"
    r"|\b[0-5]{4}\b(?=[^.;]{0,20}(?:listening|slp|l/s/r/w))"
    r"|\b(?:level|profile|profil|niveau)\s?:?\s?[0-5]\+?[0-5]\+?[0-5]\+?[0-5]\+?(?![\d+])"
    r"|\b(?:listening|speaking|reading|writing)\s?:?\s?[0-5]\+?(?![\d.,])"
    r"|(?<![\d/.-])[0-5]\+?(?:[/-][0-5]\+?){3}(?![\d/.-])|\bl[0-5]\+?\s?s[0-5]\+?\s?r[0-5]\+?\s?w[0-5]"
)
STANAG_NOTE = note("stanag_profile")
STANAG_OTHER_NOTE = note("stanag_other_language")


def _stanag_other_language(languages: list[LanguageMention], folded: str) -> Typing | None:
    """'Portuguese SLP 2222', 'German language, level 2': one language other than English and
    French asked at a STANAG level. The language is certain, the level is on another scale: a
    language criterion without a level, flagged, rather than a statement naming no language.
    (English and French profiles stay statements: the official-languages levels are I-VI.)"""
    codes = {m.code for m in languages}
    if len(codes) != 1 or codes & {"en", "fr"}:
        return None
    # No level: STANAG 6001's 1-5 is not NATO IS's I-VI (an SLP 3 is not level III), and no
    # table converts one into the other; the review item asks a person to set it.
    params: dict[str, object] = {"language": codes.pop(), "min_level": None, "mother_tongue": False}
    return Typing("language", params, 0.55, (STANAG_OTHER_NOTE,))


def stanag_typing(languages: list[LanguageMention], folded: str) -> Typing:
    """A bullet asking for a STANAG level: another language without a level, else a statement."""
    return _stanag_other_language(languages, folded) or Typing("statement", {}, 0.5, (STANAG_NOTE,))
