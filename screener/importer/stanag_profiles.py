"""STANAG 6001 language profiles in a notice: the military four-skill scale (0-5 per skill,
"SLP 3333"), which is not NATO IS's I-VI scale. No official table converts one into the other,
so a profile never becomes a NATO level: a profile read whole is a `language_profile`
criterion per language (checked against the SLP the candidate holds); one that cannot be read
whole keeps another language without a level, and English or French as a statement.
"""

from __future__ import annotations

import re
from itertools import pairwise

from screener.domain.slp import SKILLS
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
    # The French name: "profil linguistique standardisé (PLS) 3333", "PLS 2222".
    r"|\bpls\b|\bprofil linguistique standardise"
    r"|\b[0-5]{4}\b(?=[^.;]{0,20}(?:listening|slp|l/s/r/w))"
    r"|\b(?:level|profile|profil|niveau)\s?:?\s?[0-5]\+?[0-5]\+?[0-5]\+?[0-5]\+?(?![\d+])"
    r"|\b(?:listening|speaking|reading|writing|ecoute|lecture|ecriture|expression (?:orale|ecrite)"
    r"|comprehension (?:de l')?(?:orale?|ecrite?))\s?:?\s?[0-5]\+?(?![\d.,])"
    r"|(?<![\d/.-])[0-5]\+?(?:[/-][0-5]\+?){3}(?![\d/.-])|\bl[0-5]\+?\s?s[0-5]\+?\s?r[0-5]\+?\s?w[0-5]"
)
STANAG_NOTE = note("stanag_profile")
STANAG_OTHER_NOTE = note("stanag_other_language")
SLP_CHECKED_NOTE = note("slp_checked")

# One skill's level: 0-4 with an optional "+", or 5 (there is no 5+).
_LVL = r"([0-4]\+?|5)"
# A profile in the forms a notice writes it, each skill in the order Listening, Speaking,
# Reading, Writing: "3333", "3+3+32", "3/3/3/3", "3-3-3-2", "L3 S3 R3 W3".
_WRITTEN = re.compile(
    rf"(?<![\w/.+-]){_LVL}{_LVL}{_LVL}{_LVL}(?![\w+/]|[.,-]\d)"
    rf"|(?<![\w/.+-]){_LVL}(?P<sep>[/-]){_LVL}(?P=sep){_LVL}(?P=sep){_LVL}(?![\w+/]|[.,-]\d)"
    rf"|\bl\s?{_LVL}\s?s\s?{_LVL}\s?r\s?{_LVL}\s?w\s?{_LVL}(?![\w+])"
)
# Four figures are a profile after words that say so, or before the skills' names.
_CUE_BEFORE = re.compile(
    # ("SLP OTAN 3333", "profil linguistique OTAN 3332": the scale's owner between.)
    r"(?:slp|pls|stanag 6001|profile?|level|niveau)(?:\W|\b(?:of|at|least|minimum|a|de|au|moins"
    r"|nato|otan|linguistique|linguistic|language)\b"
    # "Standardized Language Profile (SLP) in English of 2222": the language between.
    r"|\b(?:in|en) [a-z]{4,12}\b)*$"
)
_CUE_AFTER = re.compile(r"^\W{0,3}(?:listening|l/s/r/w)")
# The scale named anywhere in the bullet ("Language proficiency (STANAG 6001): English 2222;
# German 3333"): then four figures right after a language's name are its profile.
_SCALE_NAMED = re.compile(
    r"\bslp\b|\bstanag\b|\bpls\b|\bstandardi[sz]ed language prof|\bprofil linguistique standardise"
)
_AFTER_NAME = re.compile(r"^\s?[:–-]?\s?$")
# "Listening 3, Speaking 3, Reading 2, Writing 2": a level after each skill's name.
# The skills' French names: "compréhension de l'oral 3, expression orale 3, compréhension de
# l'écrit 3, expression écrite 2", "écoute 3, ... lecture 3, écriture 2" (folded text).
_FRENCH_SKILLS = {
    "listening": r"comprehension (?:de l')?orale?|comprehension auditive|ecoute",
    "speaking": r"expression orale|production orale",
    "reading": r"comprehension (?:de l')?ecrite?|lecture",
    "writing": r"expression ecrite|production ecrite|ecriture|redaction",
}
_SKILL_NAMES = "|".join([*SKILLS, *(f"(?:{words})" for words in _FRENCH_SKILLS.values())])
_NAMED_SKILL = re.compile(rf"\b({_SKILL_NAMES})\s?:?\s?(?:level\s|niveau\s)?{_LVL}(?![\d+]|[.,]\d)")


# "STANAG 6001 level 3 in all skills", "niveau 3 dans les quatre compétences": one level for
# every skill is the profile 3333 ("Level 3 (Advanced) in all four skills" too: the level's
# name in brackets).
_ALL_SKILLS = re.compile(
    rf"\b(?:level|niveau|slp|pls)\s?{_LVL}(?:\s?\([a-z -]{{3,20}}\))?\s(?:in|across|for|dans|pour|en)\s(?:all|each|every"
    r"|toutes|chacune|les quatre)(?:\s(?:the|four|4|les|of the|des|quatre))?\s"
    r"(?:skills|language skills|competences|competences linguistiques|aptitudes)\b"
)


def _skill(name: str) -> str:
    """The skill a name in English or French stands for."""
    return next((s for s, words in _FRENCH_SKILLS.items() if re.fullmatch(words, name)), name)


# Languages asked at one profile together: "English and French: SLP 3333".
_TOGETHER = re.compile(r"^\s?(?:,|and|et|&)\s?$")
_EITHER = re.compile(r"^\s?(?:,|or|ou|/)\s?(?:the |le |la |l')?$")


def _after_language(at: int, languages: list[LanguageMention], folded: str) -> bool:
    """Whether a profile at `at` stands right after a language's name ("English 2222")."""
    return any(
        m.end <= at and _AFTER_NAME.match(folded[m.end : at]) for m in languages if at - m.end <= 4
    )


def _profiles(folded: str, languages: list[LanguageMention]) -> list[tuple[int, str]]:
    """Every profile written whole in a bullet, as (where, "3+3+32")."""
    found: list[tuple[int, str]] = []
    scale_named = bool(_SCALE_NAMED.search(folded))
    for match in _WRITTEN.finditer(folded):
        levels = [g for g in match.groups() if g and g not in "/-"]
        compact = match.group(1) is not None
        if compact and not (
            _CUE_BEFORE.search(folded[max(0, match.start() - 40) : match.start()])
            or _CUE_AFTER.match(folded[match.end() : match.end() + 25])
            or (scale_named and _after_language(match.start(), languages, folded))
        ):
            continue  # a year, a grade's figures: not a profile without words that say so
        found.append((match.start(), "".join(levels)))
    for match in _ALL_SKILLS.finditer(folded):
        found.append((match.start(), match[1] * 4))
    named = {_skill(m[1]): (m.start(), m[2]) for m in _NAMED_SKILL.finditer(folded)}
    if len(named) == len(SKILLS) and len(_NAMED_SKILL.findall(folded)) == len(SKILLS):
        at, profile = min(at for at, _ in named.values()), "".join(named[s][1] for s in SKILLS)
        # "SLP 3332 (Listening 3, Speaking 3, Reading 3, Writing 2)": the profile's own
        # breakdown right after it is the same profile, not a second one.
        if not any(value == profile and 0 < at - where <= 30 for where, value in found):
            found.append((at, profile))
    return sorted(found)


def _languages_of(
    at: int, before_from: int, languages: list[LanguageMention], folded: str
) -> list[str]:
    """The languages a profile is asked in: the one named last before it (with any joined to it
    by "and"), else the first named after it ("SLP 3321 in English")."""
    before = [m for m in languages if before_from <= m.start < at]
    if not before:
        after = [m for m in languages if m.start > at]
        return [after[0].code] if after else []
    kept = [before[-1]]
    for first, second in pairwise(reversed(before)):
        if not _TOGETHER.match(folded[second.end : first.start]):
            break
        kept.insert(0, second)
    return list(dict.fromkeys(m.code for m in kept))


# "English and French: SLP 4444 in one and 3333 in the other": which language holds which
# profile is the candidate's choice, so no profile is asked of either language.
_ONE_AND_OTHER = re.compile(
    r"\b(?:in|at|for) (?:the )?one\b[^.;]{0,60}?\b(?:in|at|for) the other\b"
    r"|\bdans l'une?\b[^.;]{0,60}?\bdans l'autre\b"
)


def profile_typings(languages: list[LanguageMention], folded: str) -> list[Typing] | None:
    """One `language_profile` typing per language asked at a profile written whole; None when
    a profile cannot be read whole (a single figure, no language, languages offered either
    way round, two profiles for one language)."""
    profiles = _profiles(folded, languages)
    if (
        not profiles
        or _ONE_AND_OTHER.search(folded)
        or any(
            a.code != b.code and _EITHER.match(folded[a.end : b.start])
            for a, b in pairwise(languages)
        )
    ):
        return None
    asked: dict[str, str] = {}
    previous = 0
    for at, profile in profiles:
        codes = _languages_of(at, previous, languages, folded)
        if not codes and profile in asked.values() and at - previous <= 40:
            continue  # "level 3 in all four skills (SLP 3333)": the profile said again
        if not codes or any(asked.get(code, profile) != profile for code in codes):
            return None
        asked.update(dict.fromkeys(codes, profile))
        previous = at + 1
    return [
        Typing(
            "language_profile", {"language": code, "profile": profile}, 0.65, (SLP_CHECKED_NOTE,)
        )
        for code, profile in asked.items()
    ]


def _stanag_other_language(languages: list[LanguageMention], folded: str) -> Typing | None:
    """'Portuguese SLP 2', 'German language, level 2': one language other than English and
    French asked at a STANAG level not read whole. The language is certain, the level is on
    another scale: a language criterion without a level, flagged, rather than a statement
    naming no language. (English and French stay statements: their levels are I-VI.)"""
    codes = {m.code for m in languages}
    if len(codes) != 1 or codes & {"en", "fr"}:
        return None
    # No level: STANAG 6001's 1-5 is not NATO IS's I-VI (an SLP 3 is not level III), and no
    # table converts one into the other; the review item asks a person to set it.
    params: dict[str, object] = {"language": codes.pop(), "min_level": None, "mother_tongue": False}
    return Typing("language", params, 0.55, (STANAG_OTHER_NOTE,))


def stanag_typing(languages: list[LanguageMention], folded: str) -> Typing:
    """A bullet asking for a STANAG level: a profile criterion per language when the profile is
    read whole; else another language without a level, else a statement."""
    if typings := profile_typings(languages, folded):
        return _joined(typings)
    return _stanag_other_language(languages, folded) or Typing("statement", {}, 0.5, (STANAG_NOTE,))


def _joined(typings: list[Typing]) -> Typing:
    first, *rest = typings
    if not rest:
        return first
    return Typing(first.kind, first.params, first.confidence, first.notes, also=tuple(rest))
