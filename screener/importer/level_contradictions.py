"""Language levels that contradict themselves or the other half of the notice.

250717 asks in English for 'I ("Intermediate")' in the second language (Intermediate is the
name of level III) and in French for III. The importer keeps the English reading, warns every
candidate about it, and records the other reading on the criterion (`alternative`) so the
engine can say when the two readings give different answers.
"""

from __future__ import annotations

from typing import Any

from screener.domain.criteria import LocalizedText
from screener.domain.vacancy import VacancyWarning
from screener.importer.bullet_typing import LevelContradiction, Typing

LEVEL_PARAMS = ("mode", "one", "other", "level", "en", "fr")


def levels(typing: Typing) -> dict[str, object]:
    return {k: typing.params.get(k) for k in LEVEL_PARAMS if typing.params.get(k) is not None}


def describe_levels(typing: Typing, lang: str = "en") -> str:
    params = typing.params
    fr = lang == "fr"
    if typing.kind == "language":
        level = params.get("min_level") or ("non précisé" if fr else "unspecified")
        return f"le niveau {level}" if fr else f"level {level}"
    mode = params.get("mode")
    if mode == "one_and_other" and params.get("other") is None:
        if fr:
            return f"le niveau {params.get('one')} dans l'une des deux langues"
        return f"level {params.get('one')} in one of the two languages"
    if mode == "one_and_other":
        if fr:
            return f"le niveau {params.get('one')} dans une langue et {params.get('other')} dans l'autre"
        return f"level {params.get('one')} in one language and {params.get('other')} in the other"
    if mode == "both":
        if fr:
            return f"le niveau {params.get('level')} dans les deux langues"
        return f"level {params.get('level')} in both languages"
    names = {"en": ("anglais", "English"), "fr": ("français", "French")}
    return ", ".join(
        f"{params[k]} " + (f"en {names[k][0]}" if fr else f"in {names[k][1]}")
        for k in ("en", "fr")
        if k in params
    )


def contradiction_warning(
    criterion_id: str, found: LevelContradiction, other_half: Typing | None
) -> VacancyWarning:
    half_en = "English" if found.lang == "en" else "French"
    half_fr = "anglaise" if found.lang == "en" else "française"
    other_en = "French" if found.lang == "en" else "English"
    other_fr = "française" if found.lang == "en" else "anglaise"
    en = (
        f'The {half_en} notice asks for level {found.numeral} but calls it "{found.name}", '
        f"which is the name of level {found.named_level} on the NATO scale."
    )
    fr = (
        f"La version {half_fr} de l'avis demande le niveau {found.numeral} tout en le qualifiant "
        f"de « {found.name} », qui est le nom du niveau {found.named_level} sur l'échelle de "
        "l'OTAN."
    )
    if (same := _same_slip(found, other_half)) is not None:
        en += f' The {other_en} notice calls it "{same.name}" too.'
        fr += f" La version {other_fr} le qualifie aussi de « {same.name} »."
    elif other_half is not None and other_half.kind == "official_languages":
        en += f" The {other_en} notice asks for {describe_levels(other_half)}."
        fr += f" La version {other_fr} demande {describe_levels(other_half, 'fr')}."
    en += (
        f" This check uses level {found.numeral}, as the notice states it, but please check with "
        "NATO which level applies."
    )
    fr += (
        f" Cette vérification retient le niveau {found.numeral}, tel que l'indique l'avis, mais "
        "renseignez-vous auprès de l'OTAN pour savoir quel niveau s'applique."
    )
    return VacancyWarning(
        code="language_level_contradiction",
        criterion=criterion_id,
        text=LocalizedText(en=en, fr=fr),
    )


def alternative_params(
    params: dict[str, Any], found: LevelContradiction, other: Typing | None
) -> dict[str, Any] | None:
    """The criterion's parameters under the other reading of a contradictory level.

    The other half's levels when it reads the same kind and differs (250717: the French asks
    for III where the English says 'I ("Intermediate")'); else the level the name stands for.
    """
    same_shape = other is not None and other.params.get("mode") == params.get("mode")
    if other is not None and other.kind in {"official_languages", "language"} and same_shape:
        theirs = {**levels(other), "min_level": other.params.get("min_level")}
        differing = {k: v for k, v in theirs.items() if v is not None and params.get(k) != v}
        if differing:
            return differing
    # A file cannot clear a parameter (TOML has no null), so a reading of another shape
    # ('both' against 'in one / in the other') is left to the warning alone.
    changed = {k: found.named_level for k, v in params.items() if v == found.numeral}
    return changed or None


def alternative_note(found: LevelContradiction, other: Typing | None) -> LocalizedText:
    half_en = "English" if found.lang == "en" else "French"
    half_fr = "anglaise" if found.lang == "en" else "française"
    en = (
        f'The {half_en} text asks for level {found.numeral} but calls it "{found.name}", the '
        f"name of level {found.named_level}"
    )
    fr = (
        f"La version {half_fr} demande le niveau {found.numeral} tout en le qualifiant de "
        f"« {found.name} », nom du niveau {found.named_level}"
    )
    other_en = "French" if found.lang == "en" else "English"
    other_fr = "française" if found.lang == "en" else "anglaise"
    if (same := _same_slip(found, other)) is not None:
        # Both versions make the same slip: the other is no second reading of the level.
        en += f'; the {other_en} text calls it "{same.name}" too'
        fr += f" ; la version {other_fr} le qualifie aussi de « {same.name} »"
    elif other is not None and other.kind in {"official_languages", "language"}:
        en += f"; the {other_en} text asks for {describe_levels(other)}"
        fr += f" ; la version {other_fr} demande {describe_levels(other, 'fr')}"
    return LocalizedText(en=en + ".", fr=fr + ".")


def _same_slip(found: LevelContradiction, other: Typing | None) -> LevelContradiction | None:
    """The other half's contradiction of the same level with the same name's level ('IV
    ("Advanced")' and 'IV (« Avancé »)'), if it makes one."""
    if other is None:
        return None
    return next(
        (
            c
            for c in other.contradictions
            if c.numeral == found.numeral and c.named_level == found.named_level
        ),
        None,
    )
