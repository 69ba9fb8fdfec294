"""Language bullets: NATO's official languages (English/French) and other languages.

Official-language bullets come in three shapes, in both halves of a notice:
- 'V ("Advanced") in one; I ("Beginner") in the other' / "dans l'une ... dans l'autre";
- '"Advanced" level in both' / "dans les deux langues officielles";
- a level per named language: "VI in French, III in English" / "anglais : V ; français : III".
Other languages: "Russian language ability", "Russian (IV: Upper Intermediate)",
"Russian mother tongue", "la connaissance de la langue russe".
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from screener.domain.scales import LanguageLevel
from screener.importer.bullet_typing import Lang, LevelContradiction, Note, Typing, note
from screener.importer.cefr_levels import map_cefr
from screener.importer.language_names import LanguageMention, find_languages
from screener.importer.wording import LevelMention, find_levels, fold

_OFFICIAL = re.compile(
    r"official languages?|langues? officielles?|english ?/ ?french|anglais ?/ ?francais"
    r"|english and french|anglais et (?:le )?francais|french and english|francais et (?:l')?anglais"
)
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
# "SLP 3333", "STANAG 6001": the military four-skill scale, not NATO IS's I-VI.
# Also a profile without those words: "Listening 3, Speaking 3, Reading 2, Writing 2",
# "3/3/3/3", "3-3-3-2", "L3 S3 R3 W3", "3332 (L/S/R/W)".
_STANAG = re.compile(
    r"\bslp\b|\bstanag\b|\b[0-5]{4}\b(?=[^.;]{0,20}(?:listening|slp|l/s/r/w))"
    r"|\b(?:listening|speaking|reading|writing)\s?:?\s?[0-5]\+?(?![\d.,])"
    r"|(?<![\d/.-])[0-5]\+?(?:[/-][0-5]\+?){3}(?![\d/.-])|\bl[0-5]\+?\s?s[0-5]\+?\s?r[0-5]\+?\s?w[0-5]"
)
_ONE = re.compile(r"\bin one\b|\bone of\b|\beither\b|\bl'une\b|\bl'un\b")
_OTHER = re.compile(r"\bthe other\b|\bl'autre\b|\bsecond\b|\bseconde\b")
_MOTHER_TONGUE = re.compile(
    r"mother[- ]tongue|native[- ](?:speaker|language|level)|first language|langue maternelle"
    r"|locuteur natif|locutrice native"
)
_LANGUAGE_CUE = re.compile(
    r"\blanguages?\b|\blangues?\b|speak|fluen|proficien|\bability\b|\bniveau\b|\blevel\b"
    r"|\bparl"
)
# "knowledge of German", "la connaissance de l'allemand": the whole bullet is the language.
_KNOWLEDGE_OF_ONE = re.compile(
    r"^(?:an? |la |une )?(?:good |basic |working |sound |bonne )?(?:knowledge|command|connaissance"
    r"|maitrise) (?:of |de l'|de la langue |du |de )(?:the )?[a-z]{3,20}(?: language)?$"
)
_ALTERNATIVES = re.compile(r"\bor\b|\bou\b|/")
_CLAUSE_SPLIT = re.compile(r"[;,]|\.\s|\band\b|\bet\b")
_KNOWLEDGE_OF = re.compile(
    r"\b(?:knowledge|command|mastery|understanding|use|knows?) of (?:the )?$"
    r"|\b(?:connaissance|maitrise|pratique|usage) (?:de la langue |de l'|du |des |de |d')$"
)
# What may follow a language asked for itself: the end, a level, "or German", "language".
_LANGUAGE_OBJECT_END = re.compile(
    r"(?:e?s)?\s?(?:$|[()\[\],;.:/]|languages?\b|langues?\b|(?:or|and|ou|et)\b|at\b|au\b|level"
    r"|niveau|would|is\b|est\b|serait|as\b|comme\b|\d)"
)
_ARABIC_LEVEL = re.compile(r"\b(?:level|niveau)\s?[0-5]\+?(?![\d.,])")
_EITHER = re.compile(r"^\s?(?:,|or|ou|/)\s?(?:the |le |la |l')?$")
STANAG_NOTE = note("stanag_profile")
EITHER_NOTE = note("either_language")


def _contradictions(mentions: list[LevelMention], lang: Lang) -> tuple[LevelContradiction, ...]:
    found = []
    for m in mentions:
        if m.contradictory and m.numeral and m.named_level and m.name:
            found.append(LevelContradiction(lang, m.numeral, m.name, m.named_level))
    return tuple(found)


def _per_language(folded: str, mentions: list[LevelMention]) -> dict[str, LanguageLevel]:
    """A level for each official language named next to it, clause by clause."""
    masked = _PAIR.sub(lambda m: " " * len(m[0]), folded)
    officials = [m for m in find_languages(masked) if m.code in {"en", "fr"}]
    levels: dict[str, LanguageLevel] = {}
    lang_at = level_at = 0  # pointers into the sorted mentions: one pass over the clauses
    pending: str | None = None  # a language whose clause had no level
    clauses = [*(m.start() for m in _CLAUSE_SPLIT.finditer(masked)), len(masked)]
    for end in clauses:
        clause_langs: set[str] = set()
        while lang_at < len(officials) and officials[lang_at].start < end:
            clause_langs.add(officials[lang_at].code)
            lang_at += 1
        clause_levels: list[LevelMention] = []
        while level_at < len(mentions) and mentions[level_at].start < end:
            clause_levels.append(mentions[level_at])
            level_at += 1
        if len(clause_langs) == 1 and clause_levels:
            levels.setdefault(clause_langs.pop(), clause_levels[0].level)
            pending = None
        elif len(clause_langs) == 1:
            pending = clause_langs.pop()  # "English (Advanced, level V)": the level comes next
        elif pending is not None and clause_levels and not clause_langs:
            levels.setdefault(pending, clause_levels[0].level)
            pending = None
    return levels


def _official(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    mentions = find_levels(text)
    if any(m.numeral for m in mentions):
        # With levels given as numerals, a bare level name is ordinary English
        # ("Proficiency in English ... (NATO level V)"), not another level.
        mentions = [m for m in mentions if m.numeral]
    if not mentions:
        return None
    contradictions = _contradictions(mentions, lang)
    notes = tuple(
        note(
            "level_name_contradiction",
            numeral=c.numeral.value,
            name=c.name,
            named_level=c.named_level.value,
        )
        for c in contradictions
    )
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


def _unclear(
    folded: str,
    mentions: list[LevelMention],
    notes: tuple[Note, ...],
    contradictions: tuple[LevelContradiction, ...],
    lang: Lang,
) -> Typing:
    """Levels without 'in one / the other' or 'both': one named language, or a guess."""
    named = {m.code for m in find_languages(_PAIR.sub(lambda m: " " * len(m[0]), folded))}
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


def _is_language_object(folded: str, mention: LanguageMention) -> bool:
    """'Knowledge of Dutch', 'connaissance du néerlandais': the language itself is asked for
    ('knowledge of Polish law' is not)."""
    return bool(
        _KNOWLEDGE_OF.search(folded, max(0, mention.start - 40), mention.start)
        and _LANGUAGE_OBJECT_END.match(folded, mention.end)
    )


def _alternatives(folded: str, languages: list[LanguageMention]) -> bool:
    """'Polish or Romanian', 'French or German': either language will do."""
    return any(
        a.code != b.code and _EITHER.match(folded[a.end : b.start]) for a, b in pairwise(languages)
    )


STANAG_AND_IS_NOTE = note("stanag_and_is")


_DEGREE_FIRST = re.compile(
    r"^(?:(?:have|hold|possess)\s)?(?:an?\s|the\s)?(?:(?:university|academic|bachelor'?s?|master'?s?"
    r"|post-?graduate|first|higher)\s)?(?:degree|diploma)\s(?:in|of)\b"
)


SKILL_LEVELS_NOTE = note("skill_levels")
_SKILLS = re.compile(
    r"\b(?:listening|speaking|reading|writing|oral|written|spoken|comprehension|ecrit|lecture"
    r"|ecoute)\b"
)


def _per_skill(text: str) -> bool:
    """'English: Listening V, Speaking V, Reading IV, Writing IV': one language, a level per
    skill. A profile holds one level per language, so the one kept must be checked."""
    folded = fold(text)
    languages = {m.code for m in find_languages(text)}
    levels = {m.level for m in find_levels(text) if m.numeral}
    return len(languages) == 1 and len(levels) > 1 and len(set(_SKILLS.findall(folded))) >= 2


def recognize_language_bullet(text: str, lang: Lang) -> Typing | None:
    """Official languages or another language; None when the bullet is about neither. A CEFR
    level ("C1") is read as its NATO level, and a NATO level named beside a STANAG profile is
    taken; both are reported."""
    if _DEGREE_FIRST.match(fold(text)) and not find_levels(text):
        # "Degree in translation or modern languages (English/Polish)": the languages are the
        # degree's field, not a level asked in them.
        return None
    mapped, notes = map_cefr(text)
    stanag = bool(_STANAG.search(fold(mapped)))
    if stanag and any(m.numeral for m in find_levels(mapped)):
        notes = (*notes, STANAG_AND_IS_NOTE)
    typing = _recognize(mapped, lang)
    if typing is not None and typing.kind != "statement" and _per_skill(mapped):
        notes = (*notes, SKILL_LEVELS_NOTE)
    if typing is None or not notes or typing.kind == "statement":
        return typing
    return replace(typing, confidence=min(typing.confidence, 0.65), notes=typing.notes + notes)


def _recognize(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    languages = find_languages(text)
    if _STANAG.search(folded) and not any(m.numeral for m in find_levels(text)):
        # STANAG 6001 profiles (four skills, 0-5 each) are another scale than NATO's I-VI,
        # and no official table converts one into the other: the candidate declares it.
        return _stanag_other_language(languages, folded) or Typing(
            "statement", {}, 0.5, (STANAG_NOTE,)
        )
    if languages and _ARABIC_LEVEL.search(folded) and not any(m.numeral for m in find_levels(text)):
        # "Proficiency level 4 in English": a level in figures is a STANAG level (0-5), not
        # NATO's I-VI, and the word "Proficiency" must not make it level VI.
        return _stanag_other_language(languages, folded) or Typing(
            "statement", {}, 0.5, (STANAG_NOTE,)
        )
    others = [m for m in languages if m.code not in {"en", "fr"}]
    official_cue = bool(_OFFICIAL.search(folded))
    mother_tongue = bool(_MOTHER_TONGUE.search(folded))
    if official_cue and not others:
        return _official(text, lang)
    if others and _alternatives(folded, languages):
        # A language criterion names one language; "either" cannot be written in it.
        return Typing("statement", {}, 0.5, (EITHER_NOTE,))
    mentions = find_levels(text)
    if len({m.code for m in others}) > 1 and _ALTERNATIVES.search(folded):
        return None  # "Russian or Ukrainian": one language criterion cannot hold a choice
    cue = bool(_LANGUAGE_CUE.search(folded) or _KNOWLEDGE_OF_ONE.match(folded.strip(" .;"))) or any(
        _is_language_object(folded, m) for m in others
    )
    if others and (mentions or mother_tongue or cue):
        return _other_languages(others, mentions, mother_tongue, official_cue, lang)
    officials = {m.code for m in languages if m.code in {"en", "fr"}}
    if len(officials) == 1 and mother_tongue:
        # "French as mother tongue": one official language at native level.
        return Typing(
            "language",
            {"language": officials.pop(), "min_level": None, "mother_tongue": True},
            0.7,
        )
    if officials and mentions:
        return _official(text, lang)
    if len(officials) == 1 and not others:
        return _official_without_level(folded, officials.pop())
    return None


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


def _other_languages(
    others: list[LanguageMention],
    mentions: list[LevelMention],
    mother_tongue: bool,
    official_cue: bool,
    lang: Lang,
) -> Typing:
    """A language criterion per language named ("Russian and Ukrainian" asks for both), each
    at the level written after it, else at the bullet's one level."""
    codes = list(dict.fromkeys(m.code for m in others))
    confidence = 0.5 if official_cue else (0.85 if len(codes) == 1 else 0.75)
    notes: tuple[Note, ...] = (note("also_official"),) if official_cue else ()
    if len(codes) > 1:
        notes = (*notes, note("languages_together"))
    typings = []
    for code in codes:
        start = next(m.start for m in others if m.code == code)
        after = [m for m in mentions if m.start > start] or mentions
        params: dict[str, object] = {
            "language": code,
            "min_level": after[0].level if after else None,
            "mother_tongue": mother_tongue,
        }
        typings.append(Typing("language", params, confidence, notes))
    first = typings[0]
    return replace(first, contradictions=_contradictions(mentions, lang), also=tuple(typings[1:]))


# "Knowledge of French", "connaissance de l'anglais": the language, no level and no qualifier.
_PLAIN_KNOWLEDGE = re.compile(
    r"^(?:an? |la |une )?(?:knowledge|connaissance) (?:of |de l'|de la langue |du |de )(?:the )?"
    r"[a-z]{3,20}(?: language)?(?: (?:is|would be|serait|est) (?:an? |un )?"
    r"(?:asset|advantage|plus|atout|avantage))?$"
)
# "Professional level of English", "Good knowledge of English", "fluent English".
_QUALIFIED = re.compile(
    r"\b(?:professional|good|very good|excellent|fluen\w*|working|sound|thorough|basic|strong"
    r"|bonne|tres bonne|excellente|courant\w*|professionnel\w*)\b"
)
NO_LEVEL_NOTE = note("no_level")


def _official_without_level(folded: str, code: str) -> Typing | None:
    """One official language named without a NATO level: a language criterion without a level
    for plain knowledge; a statement flagged for review when a word like 'professional' says a
    level the notice does not give."""
    sentence = folded.strip(" .;")
    if _PLAIN_KNOWLEDGE.match(sentence):
        return Typing("language", {"language": code, "min_level": None, "mother_tongue": False})
    if _QUALIFIED.search(sentence) and len(sentence) <= 80:
        return Typing("statement", {}, 0.6, (NO_LEVEL_NOTE,))
    return None
