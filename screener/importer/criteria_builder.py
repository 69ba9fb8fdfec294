"""Pair the English and French bullets, type each pair and build the criteria.

The English half decides the parameters (as the bundled files do); the French half is read too
and every disagreement becomes a review item rather than a silent choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter

from screener.domain.criteria import Criterion, LocalizedText
from screener.domain.kinds import KINDS
from screener.domain.vacancy import ReviewItem, VacancyWarning
from screener.importer.bullet_typing import REVIEW_BELOW, LevelContradiction, Typing
from screener.importer.recognizers import recognize
from screener.importer.wording import fold

_CRITERION: TypeAdapter[Criterion] = TypeAdapter(Criterion)

# Each kind's id and English name, from its module (screener.domain.kinds).
KIND_IDS = {kind.name: kind.id_prefix for kind in KINDS if kind.id_prefix is not None}
_KIND_NAMES = {kind.name: kind.label[0] for kind in KINDS}
# Words that say little about a requirement, left out of the ids made from its wording.
_STOP_WORDS_TEXT = (
    "a an the of in on at by for from to with and or as its their be being have has "
    "possess demonstrate demonstrated show able ability good very strong excellent "
    "proven sound solid knowledge understanding familiarity skills skill e g etc "
    "such is are will would should must can could this that these those into within "
    "using use "
    # French
    "un une le la les l d de du des et ou en dans au aux s avoir etre faire preuve "
    "pouvoir justifier capable capacite bonne bon tres excellente excellentes "
    "connaissance maitrise grande"
)
_STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_LEVEL_PARAMS = ("mode", "one", "other", "level", "en", "fr")


@dataclass(slots=True)
class BuiltCriteria:
    essential: list[Criterion] = field(default_factory=list)
    desirable: list[Criterion] = field(default_factory=list)
    review: list[ReviewItem] = field(default_factory=list)
    warnings: list[VacancyWarning] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    used_ids: set[str] = field(default_factory=set)
    # Next suffix to try per base id, so many equal bases stay linear.
    next_suffix: dict[str, int] = field(default_factory=dict)

    def unique_id(self, base: str) -> str:
        base = base[:58].strip("-_") or "requirement"
        candidate, number = base, self.next_suffix.get(base, 2)
        while candidate in self.used_ids:
            candidate, number = f"{base}-{number}", number + 1
        self.next_suffix[base] = number
        self.used_ids.add(candidate)
        return candidate


def slug(text: str, max_words: int = 4) -> str:
    """A readable id from a requirement's wording: 'knowledge of basic fire-fighting' -> ..."""
    words = [w for w in re.findall(r"[a-z0-9]+", fold(text[:300])) if w not in _STOP_WORDS]
    kept: list[str] = []
    for word in words[:max_words]:
        # Whole words only, and short enough to read: "advanced-technical-operations".
        if kept and len("-".join([*kept, word])) > 40:
            break
        kept.append(word[:40])
    return "-".join(kept) or "requirement"


def _criterion_id(typing: Typing, text: str, desirable: bool) -> str:
    if typing.kind == "language":
        base = f"language-{typing.params.get('language', 'other')}"
    else:
        base = KIND_IDS.get(typing.kind) or slug(text)
    return f"d-{base}" if desirable else base


def _kind_name(kind: str) -> str:
    return _KIND_NAMES.get(kind, kind)


def _levels(typing: Typing) -> dict[str, object]:
    return {k: typing.params.get(k) for k in _LEVEL_PARAMS if typing.params.get(k) is not None}


def _contradiction_warning(
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
    if other_half is not None and other_half.kind == "official_languages":
        en += f" The {other_en} notice asks for {_describe_levels(other_half)}."
        fr += f" La version {other_fr} demande {_describe_levels(other_half, 'fr')}."
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


def _localized(
    name: str, en: Typing | None, fr: Typing | None, kind: str
) -> tuple[LocalizedText | None, bool]:
    """The English and French values of a wording-dependent parameter; True if one was missing."""
    en_value = en.params.get(name) if en is not None and en.kind == kind else None
    fr_value = fr.params.get(name) if fr is not None and fr.kind == kind else None
    values = [v for v in (en_value, fr_value) if isinstance(v, str) and v.strip()]
    if not values:
        return None, en_value is not None or fr_value is not None
    en_text = en_value if isinstance(en_value, str) and en_value.strip() else values[0]
    fr_text = fr_value if isinstance(fr_value, str) and fr_value.strip() else values[0]
    return LocalizedText(en=en_text, fr=fr_text), len(values) < 2


def add_criterion(
    built: BuiltCriteria,
    en_text: str | None,
    fr_text: str | None,
    desirable: bool,
    paired: bool = True,
) -> None:
    """Type one EN/FR bullet pair and append the criterion with its review items.

    `paired` is False when a whole list is missing in one language: that is reported once for
    the list, not again for each of its bullets.
    """
    en = recognize(en_text, "en") if en_text else None
    fr = recognize(fr_text, "fr") if fr_text else None
    primary = en or fr
    if primary is None:
        return
    text_en = en_text or fr_text or ""
    text_fr = fr_text or en_text or ""
    criterion_id = built.unique_id(_criterion_id(primary, text_en, desirable))
    review: list[ReviewItem] = []

    def note(code: str, message: str, field_name: str | None = None) -> None:
        review.append(
            ReviewItem(code=code, criterion=criterion_id, field=field_name, message=message)
        )

    kind = primary.kind
    params: dict[str, Any] = dict(primary.params)
    confidence = primary.confidence
    if en is not None and fr is not None and en.kind != fr.kind:
        confidence = min(confidence, 0.5)
        note(
            "kind_mismatch",
            f"The English bullet reads as {_kind_name(en.kind)}, the French one as "
            f"{_kind_name(fr.kind)}; the English reading was kept.",
            "kind",
        )
    if paired and (en_text is None or fr_text is None):
        missing = "French" if fr_text is None else "English"
        note(
            "translation_missing",
            f"No {missing} bullet matches this one; its {missing} text is a copy.",
            "text",
        )
    if kind == "experience":
        domain, partial = _localized("domain", en, fr, kind)
        params["domain"] = domain or LocalizedText(en=text_en, fr=text_fr)
        if partial and paired:
            note("parameter_missing", "The domain was found in one language only.", "domain")
        if en is not None and fr is not None and en.kind == fr.kind:
            en_years, fr_years = en.params.get("min_years"), fr.params.get("min_years")
            if en_years != fr_years:
                note(
                    "years_mismatch",
                    f"The English asks for {en_years} years, the French for {fr_years}; "
                    "the English figure was kept.",
                    "min_years",
                )
    if kind == "education":
        field_text, partial = _localized("field", en, fr, kind)
        params["field"] = field_text
        if partial and paired:
            note(
                "parameter_missing",
                "A required field of study was found in one language only.",
                "field",
            )
    if (
        kind in {"official_languages", "language"}
        and en is not None
        and fr is not None
        and en.kind == fr.kind
        and (_levels(en) != _levels(fr) or en.params.get("min_level") != fr.params.get("min_level"))
    ):
        note(
            "language_level_mismatch",
            f"The English asks for {_describe_levels(en)}, the French for "
            f"{_describe_levels(fr)}; the English levels were kept.",
            "levels",
        )
    for half, other in ((en, fr), (fr, en)):
        if half is None:
            continue
        for found in half.contradictions:
            note(
                "language_level_contradiction",
                f'Level {found.numeral} is called "{found.name}", which is the name of level '
                f"{found.named_level}; check which level NATO means.",
                "levels",
            )
            built.warnings.append(_contradiction_warning(criterion_id, found, other))
    if confidence < REVIEW_BELOW:
        reasons = "; ".join(primary.notes) or "the wording is unusual"
        note(
            "low_confidence",
            f"Read as {_kind_name(kind)} with low confidence ({reasons}): check the kind and "
            "its parameters.",
            "kind",
        )
    data = {
        "kind": kind,
        "id": criterion_id,
        "text": LocalizedText(en=text_en, fr=text_fr),
        **{k: v for k, v in params.items() if v is not None},
    }
    criterion = _CRITERION.validate_python(data)
    (built.desirable if desirable else built.essential).append(criterion)
    built.review.extend(review)
    built.confidence[criterion_id] = confidence


def _describe_levels(typing: Typing, lang: str = "en") -> str:
    params = typing.params
    fr = lang == "fr"
    if typing.kind == "language":
        level = params.get("min_level") or ("non précisé" if fr else "unspecified")
        return f"le niveau {level}" if fr else f"level {level}"
    mode = params.get("mode")
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


def build_criteria(
    en_essential: list[str] | None,
    fr_essential: list[str] | None,
    en_desirable: list[str] | None,
    fr_desirable: list[str] | None,
    built: BuiltCriteria,
) -> None:
    """Pair bullets in notice order, type them, and report lists that do not line up."""
    for part, en_items, fr_items in (
        ("essential", en_essential, fr_essential),
        ("desirable", en_desirable, fr_desirable),
    ):
        en_list, fr_list = en_items or [], fr_items or []
        paired = en_items is not None and fr_items is not None
        if paired and len(en_list) != len(fr_list):
            built.review.append(
                ReviewItem(
                    code="bullet_count_mismatch",
                    field=part,
                    message=(
                        f"The English {part.upper()} list has {len(en_list)} bullets, the French "
                        f"one {len(fr_list)}; bullets were paired in order, so check each pair."
                    ),
                )
            )
        elif not paired and (en_list or fr_list):
            missing = "French" if fr_items is None else "English"
            built.review.append(
                ReviewItem(
                    code="translation_missing",
                    field=part,
                    message=f"The {missing} {part.upper()} list was not found; its texts were "
                    "copied from the other language.",
                )
            )
        for index in range(max(len(en_list), len(fr_list))):
            add_criterion(
                built,
                en_list[index] if index < len(en_list) else None,
                fr_list[index] if index < len(fr_list) else None,
                desirable=part == "desirable",
                paired=paired,
            )
