"""Official-language bullets: the levels asked in English and French, in the three shapes
notices use, in both halves:
- 'V ("Advanced") in one; I ("Beginner") in the other' / "dans l'une ... dans l'autre";
- '"Advanced" level in both' / "dans les deux langues officielles";
- a level per named language: "VI in French, III in English" / "anglais : V ; français : III".
"""

from __future__ import annotations

import re

from screener.domain.scales import LanguageLevel
from screener.importer.bullet_typing import Lang, LevelContradiction, Note, Typing, note
from screener.importer.language_names import LanguageMention, find_languages
from screener.importer.swapped_levels import swapped_typing
from screener.importer.wording import LevelMention, find_levels, fold

# "(English/French)" names the pair, not one language: hidden before per-language matching.
_PAIR = re.compile(
    r"\(?\s?(?:english ?/ ?french|anglais ?/ ?francais|anglais et (?:le )?francais"
    r"|english and french|french and english|francais et (?:l')?anglais)\s?\)?"
)
_BOTH = re.compile(r"\bboth\b|\beach of\b|\bin each\b|\bles deux\b|\bchacune\b")
# "both written and spoken" is about skills, not about both official languages.
_BOTH_SKILLS = re.compile(
    r"\bboth (?:written|oral|spoken|orally)(?: and | & | or )(?:written|oral|spoken|in writing)"
    r"|a l'ecrit et a l'oral|a l'oral et a l'ecrit"
)
# "level V in English or French, and level III in the other": the two languages named as
# alternatives are "one" as "in one" is, and name no language's level on their own.
_ALTERNATIVES = re.compile(
    r"\b(?:english or (?:in )?french|french or (?:in )?english)\b"
    r"|\b(?:anglais ou (?:en |le |du )?francais|francais ou (?:en |l'|de l')?anglais)\b"
)
_ONE = re.compile(r"\bin one\b|\bone of\b|\beither\b|\bl'une\b|\bl'un\b|" + _ALTERNATIVES.pattern)
_OTHER = re.compile(r"\bthe other\b|\bl'autre\b|\bsecond\b|\bseconde\b")
_CLAUSE_SPLIT = re.compile(r"[;,]|\.\s|\band\b|\bet\b")


def contradicted_levels(mentions: list[LevelMention], lang: Lang) -> tuple[LevelContradiction, ...]:
    """The levels whose numeral and name disagree ('I ("Intermediate")'), for the review."""
    found = []
    for m in mentions:
        if m.contradictory and m.numeral and m.named_level and m.name:
            found.append(LevelContradiction(lang, m.numeral, m.name, m.named_level))
    return tuple(found)


def _masked(folded: str) -> str:
    """The bullet with the pair and the alternatives blanked: neither names one language."""
    return _ALTERNATIVES.sub(_blank, _PAIR.sub(_blank, folded))


def _blank(match: re.Match[str]) -> str:
    return " " * len(match[0])  # spaces, so every offset stays where it was


def _per_language(folded: str, mentions: list[LevelMention]) -> dict[str, LanguageLevel]:
    """A level for each official language named next to it, clause by clause."""
    masked = _masked(folded)
    officials = [m for m in find_languages(masked) if m.code in {"en", "fr"}]
    levels: dict[str, LanguageLevel] = {}
    lang_at = level_at = 0  # pointers into the sorted mentions: one pass over the clauses
    pending: str | None = None  # a language whose clause had no level
    clauses = [*(m.start() for m in _CLAUSE_SPLIT.finditer(masked)), len(masked)]
    for end in clauses:
        named: list[LanguageMention] = []
        while lang_at < len(officials) and officials[lang_at].start < end:
            named.append(officials[lang_at])
            lang_at += 1
        clause_langs = {m.code for m in named}
        clause_levels: list[LevelMention] = []
        while level_at < len(mentions) and mentions[level_at].start < end:
            clause_levels.append(mentions[level_at])
            level_at += 1
        if len(clause_langs) > 1 and clause_levels:
            for code, level in _levels_in(masked, clause_levels, named):
                levels.setdefault(code, level)
        elif len(clause_langs) == 1 and clause_levels:
            levels.setdefault(clause_langs.pop(), clause_levels[0].level)
            pending = None
        elif len(clause_langs) == 1:
            pending = clause_langs.pop()  # "English (Advanced, level V)": the level comes next
        elif pending is not None and clause_levels and not clause_langs:
            levels.setdefault(pending, clause_levels[0].level)
            pending = None
    return levels


# "level V in French", "niveau IV en anglais": the language a level is asked in, right after it.
_IN_LANGUAGE = re.compile(r"^\s?\)?\s?(?:in|en|for|pour)\s(?:the\s|l'|le\s)?$")


def _levels_in(
    masked: str, levels: list[LevelMention], named: list[LanguageMention]
) -> list[tuple[str, LanguageLevel]]:
    """In a clause naming both languages ("knowledge of English (level V in French"), each
    level said to be in the language named right after it."""
    return [
        (language.code, level.level)
        for level in levels
        for language in named
        if language.start >= level.end and _IN_LANGUAGE.match(masked[level.end : language.start])
    ]


def official_levels(text: str, lang: Lang) -> Typing | None:
    """The official-languages criterion a bullet with levels asks for; None without a level."""
    folded = fold(text)
    mentions = find_levels(text)
    if any(m.numeral for m in mentions):
        # With levels given as numerals, a bare level name is ordinary English
        # ("Proficiency in English ... (NATO level V)"), not another level.
        mentions = [m for m in mentions if m.numeral]
    if not mentions:
        return None
    contradictions = contradicted_levels(mentions, lang)
    notes = tuple(
        note(
            "level_name_contradiction",
            numeral=c.numeral.value,
            name=c.name,
            named_level=c.named_level.value,
        )
        for c in contradictions
    )
    if swapped := swapped_typing(folded, mentions, _per_language, notes, contradictions):
        return swapped  # "either English V and French III, or French V and English III"
    if len({m.level for m in mentions}) > 1 and len(per := _per_language(folded, mentions)) == 2:
        # "both official languages: English, level V, and French, level IV": a level for
        # each language, never the higher one for both.
        return Typing(
            "official_languages", {"mode": "per_language", **per}, 0.8, notes, contradictions
        )
    if _BOTH.search(_BOTH_SKILLS.sub(" ", folded)):
        extra = () if len(mentions) == 1 else (note("several_levels_both"),)
        return Typing(
            "official_languages",
            {"mode": "both", "level": mentions[0].level},
            0.85 if not extra else 0.6,
            notes + extra,
            contradictions,
        )
    if _ONE.search(folded) and _OTHER.search(folded) and len(mentions) >= 2:
        return Typing(
            "official_languages",
            {"mode": "one_and_other", "one": mentions[0].level, "other": mentions[1].level},
            0.9 if len(mentions) == 2 else 0.6,
            notes,
            contradictions,
        )
    per_language = _per_language(folded, mentions)
    if per_language:
        return Typing(
            "official_languages",
            {"mode": "per_language", **per_language},
            0.75,
            notes,
            contradictions,
        )
    return _unclear(folded, mentions, notes, contradictions, lang)


ONE_ONLY_NOTE = note("other_official_level_not_given")
_SECOND_LANGUAGE = re.compile(
    r"\b(?:the )?(?:second|other) official language|\b(?:la )?(?:seconde|deuxieme|second|autre)"
    r" langue officielle"
)


def _unclear(
    folded: str,
    mentions: list[LevelMention],
    notes: tuple[Note, ...],
    contradictions: tuple[LevelContradiction, ...],
    lang: Lang,
) -> Typing:
    """Levels without 'in one / the other' or 'both': one named language, or a guess."""
    named = {m.code for m in find_languages(_masked(folded))}
    named &= {"en", "fr"}
    if len(named) == 1:
        # "Good command of English, NATO level IV": one official language, its level apart.
        # A level written as a numeral wins over a word that is also a level's name
        # ("Proficiency in English (NATO level V)").
        level = next((m.numeral for m in mentions if m.numeral), mentions[0].level)
        return Typing(
            "official_languages",
            {"mode": "per_language", named.pop(): level},
            0.7,
            notes,
            contradictions,
        )
    params: dict[str, object]
    if len(mentions) == 1 and _ONE.search(folded):
        # "one of the two official languages at level IV": nothing is asked in the other
        # ("both" would ask IV in it too).
        params = {"mode": "one_and_other", "one": mentions[0].level}
        return Typing("official_languages", params, 0.7, (*notes, ONE_ONLY_NOTE), contradictions)
    if len(mentions) == 1 and _SECOND_LANGUAGE.search(folded):
        # "level III in the second official language": the weaker of the two at III at least,
        # which is III in both (the first is the stronger); the same candidates meet it.
        params = {"mode": "both", "level": mentions[0].level}
        return Typing("official_languages", params, 0.8, notes, contradictions)
    if len(mentions) >= 2:
        params = {"mode": "one_and_other", "one": mentions[0].level, "other": mentions[1].level}
    else:
        params = {"mode": "both", "level": mentions[0].level}
    return Typing(
        "official_languages",
        params,
        0.45,
        (*notes, note("levels_unassigned")),
        contradictions,
    )
