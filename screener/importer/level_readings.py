"""Language levels stated in ways a criterion's one level needs read with care: a level per
skill ("Listening V, Speaking V, Reading IV, Writing IV"), and a mother tongue with a level that
will do instead ("French as mother tongue, or a perfect command of French")."""

from __future__ import annotations

import re
from dataclasses import replace

from screener.domain.scales import LanguageLevel
from screener.importer.bullet_typing import Typing, note
from screener.importer.language_names import find_languages
from screener.importer.wording import LevelMention, find_levels, fold

SKILL_LEVELS_NOTE = note("skill_levels")
_SKILLS = re.compile(
    r"\b(?:listening|speaking|reading|writing|oral|written|spoken|comprehension|ecrit|lecture"
    r"|ecoute|orale?|expression|redaction|comprehension (?:ecrite|orale))\b"
)


def per_skill(text: str) -> bool:
    """'English: Listening V, Speaking V, Reading IV, Writing IV': one language, a level per
    skill. A profile holds one level per language, so the one kept must be checked."""
    folded = fold(text)
    languages = {m.code for m in find_languages(text)}
    levels = {m.level for m in find_levels(text) if m.numeral}
    return len(languages) == 1 and len(levels) > 1 and len(set(_SKILLS.findall(folded))) >= 2


# "French as mother tongue, or a perfect command of French equivalent to that of an educated
# native speaker", "Russian mother tongue or an equivalent level (VI)": the mother tongue or a
# level as good; "perfect" / "native-like" command is the scale's top level.
_OR_LEVEL = re.compile(
    r"\b(?:or|ou)\b[^;]{0,60}?\b(?:equivalent|equivalente?|perfect|parfaite?|native[- ]like"
    r"|near[- ]native|comparable)\b"
    r"|\b(?:or|ou)\b[^;]{0,40}?\b(?:level|niveau)\s?(?:vi|v|iv|iii|ii|i)\b"
)


def or_as_good_as_native(text: str, typing: Typing) -> Typing:
    """A mother tongue asked with a level that will do instead: a mother tongue counts as
    level VI, so the level alone says it (never a refusal of the candidate who has the level
    without the mother tongue); flagged, since the notice's words name both."""
    folded = fold(text)
    if not typing.params.get("mother_tongue") or not (found := _OR_LEVEL.search(folded)):
        return typing
    stated = [m.level for m in find_levels(text) if m.numeral and m.start >= found.start()]
    level = stated[0] if stated else LanguageLevel.VI
    params = {**typing.params, "mother_tongue": False, "min_level": level}
    notes = (*typing.notes, note("mother_tongue_or_level", level=level.value))
    return replace(typing, params=params, confidence=min(typing.confidence, 0.65), notes=notes)


def _skill_spans(text: str) -> list[tuple[str | None, int, int]]:
    """Each language named with the stretch of text its levels are in: up to the next
    language named (one language: the whole text; none: the whole text, no language)."""
    languages = find_languages(text)
    if len({m.code for m in languages}) <= 1:
        return [(languages[0].code if languages else None, 0, len(text))]
    spans: list[tuple[str | None, int, int]] = []
    for mention in languages:
        if spans and spans[-1][0] == mention.code:
            continue  # "Oral English V, written English IV": one stretch
        if spans:
            spans[-1] = (spans[-1][0], spans[-1][1], mention.start)
        # The first stretch opens the text: "Oral English V, written English IV".
        spans.append((mention.code, mention.start if spans else 0, len(text)))
    return spans


def lowest_per_skill(text: str) -> dict[str | None, tuple[LanguageLevel, str]]:
    """For each language given a level per skill ("English - oral level V, written level IV"),
    the lowest of its levels and the notice's words; nothing where the skills share a level."""
    folded = fold(text)
    numerals = [m for m in find_levels(text) if m.numeral]
    found: dict[str | None, tuple[LanguageLevel, str]] = {}
    for code, start, end in _skill_spans(text):
        levels = [m for m in numerals if start <= m.start < end]
        skills = set(_SKILLS.findall(folded, start, end))
        if len({m.level for m in levels}) > 1 and len(skills) >= 2:
            found[code] = (min(m.level for m in levels), _words(text, start, end, levels))
    return found


def _words(text: str, start: int, end: int, levels: list[LevelMention]) -> str:
    """The notice's words for the levels: from a little before the first to the end of the
    clause of the last ("English - oral level V, written level IV")."""
    begin = max(start, levels[0].start - 30)
    if begin > start and (space := text.find(" ", begin, levels[0].start)) != -1:
        begin = space + 1
    # (The clause ends at ";" or where another requirement is joined: "... and a working
    # knowledge of French".)
    stop = _CLAUSE_END.search(text, levels[-1].end, end)
    return text[begin : end if stop is None else stop.start()].strip(" ,;:.-(\n")


_CLAUSE_END = re.compile(r";|,? (?:and|et|as well as|plus) (?=\w)")


def per_skill_at_lowest(text: str, typing: Typing, notice_words: str | None = None) -> Typing:
    """A criterion holds one level per language: where the notice gives one per skill, the
    lowest, which every candidate the notice accepts meets (the higher one would ask more of
    a candidate with oral V and written IV than the notice does), flagged with its words."""
    if typing.kind == "official_languages" and typing.params.get("mode") == "one_and_other":
        return _one_and_other_at_lowest(text, typing)
    lowest = lowest_per_skill(text)
    if lowest and notice_words is not None and notice_words != text:
        # Levels read from a mapped text ("C1" -> "level V"): quote the notice's own words.
        lowest = {
            code: (level, _clause_of(notice_words, code)) for code, (level, _) in lowest.items()
        }
    return _at_lowest(typing, lowest) if lowest else typing


def _clause_of(text: str, code: str | None) -> str:
    """The clause of a text ("; "-separated) naming a language, else the whole text."""
    clauses = [clause.strip() for clause in text.split(";") if clause.strip()]
    named = [c for c in clauses if any(m.code == code for m in find_languages(c))]
    return (named or clauses or [text])[0].strip(" .")


def _one_and_other_at_lowest(text: str, typing: Typing) -> Typing:
    """'V (oral) and IV (written) in one official language; II in the other': the lowest of
    each clause's levels, the one language's and the other's."""
    folded = fold(text)
    found: list[tuple[LanguageLevel, str]] = []
    split = False
    at = 0
    for clause in re.split(r"(;)", text):
        start, at = at, at + len(clause)
        levels = [m for m in find_levels(clause) if m.numeral]
        if not levels:
            continue
        skills = set(_SKILLS.findall(folded, start, at))
        many = len({m.level for m in levels}) > 1 and len(skills) >= 2
        split = split or many
        found.append((min(m.level for m in levels), _words(clause, 0, len(clause), levels)))
    if not split or len(found) != 2:
        return typing
    (one, words), (other, _) = found
    params = {**typing.params, "one": one, "other": other}
    notes = (*typing.notes, note("skill_levels_lowest", level=one.value, words=words))
    return replace(typing, params=params, confidence=min(typing.confidence, 0.65), notes=notes)


def _at_lowest(typing: Typing, lowest: dict[str | None, tuple[LanguageLevel, str]]) -> Typing:
    params = dict(typing.params)
    kept: list[tuple[LanguageLevel, str]] = []
    if typing.kind == "official_languages" and params.get("mode") == "per_language":
        for code in ("en", "fr"):
            if code in lowest and params.get(code) is not None:
                params[code] = lowest[code][0]
                kept.append(lowest[code])
    elif typing.kind == "official_languages" and params.get("mode") == "both":
        if None in lowest and params.get("level") is not None:
            params["level"] = lowest[None][0]
            kept.append(lowest[None])
    elif (
        typing.kind == "language"
        and params.get("min_level") is not None
        and (found := lowest.get(str(params["language"])) or lowest.get(None)) is not None
    ):
        params["min_level"] = found[0]
        kept.append(found)
    also = tuple(_at_lowest(other, lowest) for other in typing.also)
    if not kept:
        return replace(typing, also=also)
    notes = tuple(n for n in typing.notes if n != SKILL_LEVELS_NOTE)
    notes += tuple(note("skill_levels_lowest", level=lvl.value, words=words) for lvl, words in kept)
    confidence = min(typing.confidence, 0.65)
    return replace(typing, params=params, confidence=confidence, notes=notes, also=also)
