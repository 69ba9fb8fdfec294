"""Language levels stated in ways a criterion's one level needs read with care: a level per
skill ("Listening V, Speaking V, Reading IV, Writing IV"), and a mother tongue with a level that
will do instead ("French as mother tongue, or a perfect command of French")."""

from __future__ import annotations

import re
from dataclasses import replace

from screener.domain.scales import LanguageLevel
from screener.importer.bullet_typing import Typing, note
from screener.importer.language_names import find_languages
from screener.importer.wording import find_levels, fold

SKILL_LEVELS_NOTE = note("skill_levels")
_SKILLS = re.compile(
    r"\b(?:listening|speaking|reading|writing|oral|written|spoken|comprehension|ecrit|lecture"
    r"|ecoute)\b"
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
