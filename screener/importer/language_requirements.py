"""Language bullets: NATO's official languages (English/French; their levels are read in
official_languages.py) and other languages. Other languages: "Russian language ability", "Russian (IV: Upper Intermediate)",
"Russian mother tongue", "la connaissance de la langue russe".
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from screener.importer.bullet_typing import Lang, Note, Typing, note
from screener.importer.cefr_levels import map_cefr
from screener.importer.exam_levels import map_test_scores
from screener.importer.language_names import LanguageMention, find_languages
from screener.importer.level_readings import (
    SKILL_LEVELS_NOTE,
    or_as_good_as_native,
    per_skill,
    per_skill_at_lowest,
)
from screener.importer.native_or_profile import native_or_profile
from screener.importer.official_languages import contradicted_levels, official_levels
from screener.importer.stanag_profiles import STANAG_PROFILE, profile_typings, stanag_typing
from screener.importer.wording import LevelMention, find_levels, fold

_OFFICIAL = re.compile(
    r"official languages?|langues? officielles?|english ?/ ?french|anglais ?/ ?francais"
    r"|english and french|anglais et (?:le )?francais|french and english|francais et (?:l')?anglais"
    # "the two official NATO languages", "IV in one of the two languages and II in the other"
    # (NATO's two: a notice names no other pair so).
    r"|official (?:nato |otan )languages?|langues? officielles? de l'otan"
    r"|\bone of the two languages\b|\bl'une des deux langues\b"
)
_STANAG = STANAG_PROFILE
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
_KNOWLEDGE_OF = re.compile(
    r"\b(?:knowledge|command|mastery|understanding|use|knows?) of (?:the )?$"
    r"|\b(?:connaissance|maitrise|pratique|usage) (?:de la langue |de l'|du |des |de |d')$"
)
# What may follow a language asked for itself: the end, a level, "or German", "language".
_LANGUAGE_OBJECT_END = re.compile(
    r"(?:e?s)?\s?(?:$|[()\[\],;.:/]|languages?\b|langues?\b|(?:or|and|ou|et)\b|at\b|au\b|level"
    r"|niveau|would|is\b|est\b|serait|as\b|comme\b|\d)"
)
# "Knowledge of German and EU regulations": the country's rules, with another's, not its
# language (the name an adjective of the rules' noun).
_COUNTRYS_RULES = re.compile(
    r"\s(?:and|or)\s(?:the\s)?(?:[a-z]{2,20}\s){1,2}?(?:regulations?|law|laws|legislation"
    r"|rules|procedures|standards|directives|requirements|policies|practices|systems?)\b"
)
_ARABIC_LEVEL = re.compile(r"\b(?:level|niveau)\s?[0-5]\+?(?![\d.,])")
_EITHER = re.compile(r"^\s?(?:,|or|ou|/)\s?(?:the |le |la |l')?$")
EITHER_NOTE = note("either_language")


def _is_language_object(folded: str, mention: LanguageMention) -> bool:
    """'Knowledge of Dutch', 'connaissance du néerlandais': the language itself is asked for
    ('knowledge of Polish law' is not)."""
    return bool(
        _KNOWLEDGE_OF.search(folded, max(0, mention.start - 40), mention.start)
        and _LANGUAGE_OBJECT_END.match(folded, mention.end)
        and not _COUNTRYS_RULES.match(folded, mention.end)
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


def recognize_language_bullet(text: str, lang: Lang) -> Typing | None:
    """Official languages or another language; None when the bullet is about neither. A CEFR
    level ("C1") is read as its NATO level, and a NATO level named beside a STANAG profile is
    taken; both are reported."""
    if _DEGREE_FIRST.match(fold(text)) and not find_levels(text):
        # "Degree in translation or modern languages (English/Polish)": the languages are the
        # degree's field, not a level asked in them.
        return None
    if (clauses := _official_and_other(text, lang)) is not None:
        return clauses
    tested, test_notes = map_test_scores(text)
    mapped, notes = map_cefr(tested)
    notes = (*test_notes, *notes)
    stanag = bool(_STANAG.search(fold(mapped)))
    if stanag and any(m.numeral for m in find_levels(mapped)):
        notes = (*notes, STANAG_AND_IS_NOTE)
    typing = _recognize(mapped, lang)
    if typing is not None and typing.kind == "language_profile":
        return native_or_profile(mapped, typing)
    if stanag and typing is not None and typing.kind in ("official_languages", "language"):
        typing = _with_profiles(typing, mapped)
    if typing is not None and typing.kind != "statement" and per_skill(mapped):
        notes = (*notes, SKILL_LEVELS_NOTE)
    if typing is not None and typing.kind in ("official_languages", "language"):
        typing = per_skill_at_lowest(mapped, typing, notice_words=text)
        if any(n.code == "skill_levels_lowest" for n in typing.notes):
            notes = tuple(n for n in notes if n != SKILL_LEVELS_NOTE)
    if typing is not None and typing.kind == "language":
        typing = or_as_good_as_native(mapped, typing)
    if typing is None or not notes or typing.kind == "statement":
        return typing
    return replace(typing, confidence=min(typing.confidence, 0.65), notes=typing.notes + notes)


def _with_profiles(typing: Typing, text: str) -> Typing:
    """'English: NATO level IV (SLP 3332)': the NATO level and the profile, both kept; each is
    checked on its own scale (the profile against the candidate's SLP)."""
    profiles = profile_typings(find_languages(text), fold(text))
    return replace(typing, also=(*typing.also, *profiles)) if profiles else typing


def _official_and_other(text: str, lang: Lang) -> Typing | None:
    """'English (level VI) and French (level III); Arabic (level IV) is required': the
    official languages' levels and another language's, in clauses of their own; each clause
    is a requirement (one criterion would keep only one of them)."""
    codes = {m.code for m in find_languages(text)}
    clauses = [part for part in text.split(";") if part.strip()]
    if len(clauses) < 2 or not codes & {"en", "fr"} or not codes - {"en", "fr"}:
        return None
    typings = [recognize_language_bullet(part, lang) for part in clauses]
    kept = [t for t in typings if t is not None and t.kind in ("official_languages", "language")]
    if len(kept) < 2 or len(kept) != len(clauses):
        return None
    return replace(kept[0], also=(*kept[0].also, *kept[1:]))


# "French", "German language", "Dutch (an asset)": a language named and nothing else.
_NAME_ALONE_END = re.compile(
    r"^(?:\s?language)?(?:\s?\((?:an? )?(?:asset|advantage|plus|desirable|preferred)\))?$"
)


def _named_alone(folded: str, languages: list[LanguageMention]) -> str | None:
    """The language's code when the bullet is only its name."""
    if len(languages) != 1 or languages[0].start != 0:
        return None
    rest = folded[languages[0].end :].rstrip(" .;:")
    return languages[0].code if _NAME_ALONE_END.match(rest) else None


# The words that may stand between a level's name and the language it qualifies ("proficiency
# in English", "advanced written and spoken English", "maîtrise de la langue anglaise").
_ABOUT_THE_LANGUAGE = re.compile(
    r"in|of|the|an?|and|or|with|at|to|levels?|knowledge|command|use|user|speaker|skills?"
    r"|abilit(?:y|ies)|written|spoken|oral|verbal|orally|both|languages?|fluency|communication"
    r"|comprehension|reading|writing|speaking|listening|working|proficiency|is|required"
    r"|de|d|la|le|l|les|des|du|en|et|ou|niveau|connaissances?|maitrise|pratique|langues?"
    r"|ecrite?|orale?|parlee?|expression|competences|linguistiques|bonne|tres|excellente?"
    r"|good|very|nato|otan|official|officielles?|officiels?|second|seconde|other|autre|one|une?"
    r"|either|each|chacune|any|minimum|higher|least|plus|two|deux|its|their|following|dans"
    r"|competences?|competency|competencies|proficient"
)


_YEARS_OF = re.compile(r"\b\d{1,2}(?:[.,]\d)?\s?\+?\s?(?:years?|ans|annees)\b")
# Words asking for the language itself beside the years ("3 years of experience and a good
# knowledge of English"): then the bullet is two requirements, not experience alone.
_ABILITY_ASKED = re.compile(
    r"\b(?:knowledge|command|fluen\w*|proficien\w*|connaissances?|maitrise|courant|level|niveau"
    r"|written|spoken|ecrit\w*|parle\w*|oral\w*)\b"
)


def _task_in_language(
    text: str, folded: str, languages: list[LanguageMention]
) -> LevelMention | None:
    """A level named only in words that qualify a task done in the language, not the language:
    "Proficient in reading technical orders ... in English", "maîtrise de la rédaction de
    rapports en anglais" (the level's name then, else None)."""
    mentions = find_levels(text)
    if not languages or not mentions or any(m.numeral for m in mentions):
        return None
    for mention in mentions:
        for language in languages:
            if mention.end <= language.start:
                start, end = mention.end, language.start
            else:
                start, end = language.end, mention.start
            words = re.findall(r"[a-z]+", folded[start:end])
            if end - start <= 60 and all(_ABOUT_THE_LANGUAGE.fullmatch(w) for w in words):
                return None
    return mentions[0]


def _recognize(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    languages = find_languages(text)
    if code := _named_alone(folded.strip(), languages):
        # Asked for without a level: any ability, as for "Knowledge of French".
        return Typing("language", {"language": code, "min_level": None, "mother_tongue": False})
    if _STANAG.search(folded) and not any(m.numeral for m in find_levels(text)):
        # STANAG 6001 profiles (four skills, 0-5 each) are another scale than NATO's I-VI,
        # and no official table converts one into the other: the candidate declares it.
        return stanag_typing(languages, folded)
    if languages and _ARABIC_LEVEL.search(folded) and not any(m.numeral for m in find_levels(text)):
        # "Proficiency level 4 in English": a level in figures is a STANAG level (0-5), not
        # NATO's I-VI, and the word "Proficiency" must not make it level VI.
        return stanag_typing(languages, folded)
    if (task := _task_in_language(text, folded, languages)) is not None:
        if _YEARS_OF.search(folded) and not _ABILITY_ASKED.search(folded):
            # "2 ans d'expérience de la traduction professionnelle vers le français": years
            # of a task done in a language are experience, read by the experience reader.
            return None
        # A level is the language's own; "in English" after a task says where it is done.
        return Typing("statement", {}, 0.6, (note("task_in_language", word=task.name or ""),))
    others = [m for m in languages if m.code not in {"en", "fr"}]
    official_cue = bool(_OFFICIAL.search(folded))
    mother_tongue = bool(_MOTHER_TONGUE.search(folded))
    if official_cue and not others:
        return official_levels(text, lang)
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
    if len(officials) == 2 and mother_tongue and not others and not mentions:
        return _mother_tongue_and_other(folded, languages)
    if len(officials) == 1 and mother_tongue:
        # "French as mother tongue": one official language at native level.
        return Typing(
            "language",
            {"language": officials.pop(), "min_level": None, "mother_tongue": True},
            0.7,
        )
    if officials and mentions:
        return official_levels(text, lang)
    if len(officials) == 1 and not others:
        if _YEARS_OF.search(folded) and not _ABILITY_ASKED.search(folded):
            return None  # years of a task done in or into the language: experience
        return _official_without_level(folded, officials.pop())
    return None


def _mother_tongue_and_other(folded: str, languages: list[LanguageMention]) -> Typing | None:
    """'English mother tongue and an excellent knowledge of French': the official language
    that is the mother tongue, and the other one asked without a NATO level (flagged when a
    word like 'excellent' says a level the notice does not give)."""
    said = _MOTHER_TONGUE.search(folded)
    if said is None:
        return None
    nearest = min(
        languages, key=lambda m: min(abs(m.start - said.end()), abs(said.start() - m.end))
    )
    other = next((m for m in languages if m.code != nearest.code), None)
    if other is None:
        return None
    native: dict[str, object] = {"language": nearest.code, "min_level": None, "mother_tongue": True}
    params: dict[str, object] = {"language": other.code, "min_level": None, "mother_tongue": False}
    if _QUALIFIED.search(folded[max(0, other.start - 40) : other.start]):
        second = Typing("language", params, 0.6, (NO_LEVEL_NOTE,))
    else:
        second = Typing("language", params, 0.8)
    return Typing("language", native, 0.7, also=(second,))


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
    return replace(
        first, contradictions=contradicted_levels(mentions, lang), also=tuple(typings[1:])
    )


# "Knowledge of French", "connaissance de l'anglais": the language, no level and no qualifier.
_PLAIN_KNOWLEDGE = re.compile(
    r"^(?:an? |la |une )?(?:knowledge|connaissance) (?:of |de l'|de la langue |du |de )(?:the )?"
    # ("Knowledge of French at any level": no level either.)
    r"[a-z]{3,20}(?: language)?(?: at any level| a (?:n'importe quel|tout) niveau)?"
    r"(?: (?:(?:is|would be|serait|est) )?(?:an? |un )?"
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
