"""Pair the English and French bullets, type each pair and build the criteria.

The English half decides the parameters (as the bundled files do); the French half is read too
and every disagreement becomes a review item rather than a silent choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import TypeAdapter, ValidationError

from screener.domain.criteria import Criterion, LocalizedText
from screener.domain.criterion_base import shows_something
from screener.domain.kinds import KINDS
from screener.domain.vacancy import ReviewItem, VacancyWarning
from screener.importer.bullet_typing import REVIEW_BELOW, Typing
from screener.importer.education_bullets import ALTERNATIVE_PATHS_NOTE
from screener.importer.level_contradictions import (
    alternative_note,
    alternative_params,
    contradiction_warning,
    describe_levels,
    levels,
)
from screener.importer.recognizers import recognize
from screener.importer.review_notes import notes_text
from screener.importer.review_text import review_item
from screener.importer.wording import fold

_CRITERION: TypeAdapter[Criterion] = TypeAdapter(Criterion)

# Each kind's id and English name, from its module (screener.domain.kinds).
KIND_IDS = {kind.name: kind.id_prefix for kind in KINDS if kind.id_prefix is not None}
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
    elif typing.kind == "language_profile":
        base = f"{KIND_IDS['language_profile']}-{typing.params['language']}"
    else:
        base = KIND_IDS.get(typing.kind) or slug(text)
    return f"d-{base}" if desirable else base


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


@dataclass(slots=True)
class _Pair:
    """One EN/FR bullet pair being turned into a criterion, and what it says to review."""

    built: BuiltCriteria
    en: Typing | None
    fr: Typing | None
    text_en: str
    text_fr: str
    criterion_id: str
    params: dict[str, Any]
    review: list[ReviewItem] = field(default_factory=list)

    @property
    def same_kind(self) -> bool:
        return self.en is not None and self.fr is not None and self.en.kind == self.fr.kind

    def note(
        self, code: str, field_name: str | None = None, case: str | None = None, **values: Any
    ) -> None:
        self.review.append(
            review_item(code, criterion=self.criterion_id, field=field_name, case=case, **values)
        )


def _check_pairing(pair: _Pair, paired: bool, en_text: str | None, fr_text: str | None) -> None:
    en, fr = pair.en, pair.fr
    if en is not None and fr is not None and en.kind != fr.kind:
        pair.note("kind_mismatch", "kind", en_kind=en.kind, fr_kind=fr.kind)
    if paired and (en_text is None or fr_text is None):
        pair.note("translation_missing", "text", half="fr" if fr_text is None else "en")


def _experience_params(pair: _Pair, paired: bool) -> None:
    domain, partial = _localized("domain", pair.en, pair.fr, "experience")
    pair.params["domain"] = domain or LocalizedText(en=pair.text_en, fr=pair.text_fr)
    if partial and paired:
        pair.note("parameter_missing", "domain", case="domain")
    if pair.same_kind:
        assert pair.en is not None and pair.fr is not None
        en_years, fr_years = pair.en.params.get("min_years"), pair.fr.params.get("min_years")
        if en_years != fr_years:
            pair.note("years_mismatch", "min_years", en_years=en_years, fr_years=fr_years)


def _education_params(pair: _Pair, paired: bool) -> None:
    field_text, partial = _localized("field", pair.en, pair.fr, "education")
    pair.params["field"] = field_text
    if partial and paired:
        pair.note("parameter_missing", "field", case="field")


def _check_language_levels(pair: _Pair) -> None:
    en, fr = pair.en, pair.fr
    if en is None or fr is None or not pair.same_kind:
        return
    if en.kind not in {"official_languages", "language"}:
        return
    if levels(en) != levels(fr) or en.params.get("min_level") != fr.params.get("min_level"):
        pair.note(
            "language_level_mismatch",
            "levels",
            english={lang: describe_levels(en, lang) for lang in ("en", "fr")},
            french={lang: describe_levels(fr, lang) for lang in ("en", "fr")},
        )


def _check_contradictions(pair: _Pair) -> None:
    for half, other in ((pair.en, pair.fr), (pair.fr, pair.en)):
        if half is None:
            continue
        for found in half.contradictions:
            pair.note(
                "language_level_contradiction",
                "levels",
                numeral=found.numeral.value,
                name=found.name,
                named_level=found.named_level.value,
            )
            pair.built.warnings.append(contradiction_warning(pair.criterion_id, found, other))
            alternative = alternative_params(pair.params, found, other)
            if alternative and "alternative" not in pair.params:
                pair.params["alternative"] = {
                    "params": alternative,
                    "note": alternative_note(found, other),
                }


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
    # A bullet stating several requirements ("Russian and Ukrainian") gives one criterion each,
    # all with the bullet's wording; the halves' parts are paired in order.
    en_parts, fr_parts = _parts(en), _parts(fr)
    count = max(len(en_parts), len(fr_parts))
    for index in range(count):
        _add_typed(
            built,
            (en_text, en_parts[index] if index < len(en_parts) else None),
            (fr_text, fr_parts[index] if index < len(fr_parts) else None),
            desirable,
            paired,
            split=count if index == 0 else 1,
        )


def _parts(typing: Typing | None) -> list[Typing]:
    if typing is None:
        return []
    return [replace(typing, also=()), *typing.also]


def _add_typed(
    built: BuiltCriteria,
    english: tuple[str | None, Typing | None],
    french: tuple[str | None, Typing | None],
    desirable: bool,
    paired: bool,
    split: int,
) -> None:
    """Append the criterion for one requirement of a bullet; `split` > 1 on the first of a
    bullet's several requirements (reported once)."""
    (en_text, en), (fr_text, fr) = english, french
    primary = en or fr
    if primary is None:
        return
    text_en = en_text or fr_text or ""
    text_fr = fr_text or en_text or ""
    # A bullet of marks or invisible characters alone is no requirement a reader could see:
    # the other language's words stand for it, or it is left out.
    if not shows_something(text_en):
        text_en = text_fr
    if not shows_something(text_fr):
        text_fr = text_en
    if not shows_something(text_en):
        return
    criterion_id = built.unique_id(_criterion_id(primary, text_en, desirable))
    pair = _Pair(built, en, fr, text_en, text_fr, criterion_id, dict(primary.params))
    kind = primary.kind
    confidence = primary.confidence
    if en is not None and fr is not None and en.kind != fr.kind:
        confidence = min(confidence, 0.5)
    _check_pairing(pair, paired, en_text, fr_text)
    if kind == "experience":
        _experience_params(pair, paired)
    elif kind == "education":
        _education_params(pair, paired)
    _check_language_levels(pair)
    _check_contradictions(pair)
    if ALTERNATIVE_PATHS_NOTE in primary.notes:
        pair.note("alternative_paths", "min_level")
    if split > 1:
        pair.note("bullet_split", "kind", count=split)
    if confidence < REVIEW_BELOW:
        pair.note("low_confidence", "kind", kind=kind, reasons=notes_text(primary.notes))
    data = {
        "kind": kind,
        "id": criterion_id,
        "text": LocalizedText(en=text_en, fr=text_fr),
        **{k: v for k, v in pair.params.items() if v is not None},
    }
    try:
        criterion = _CRITERION.validate_python(data)
    except ValidationError:
        if "alternative" not in data:
            raise
        # An alternative the two halves cannot both make valid is dropped; the warning and
        # the review item still say that the notice contradicts itself.
        del data["alternative"]
        criterion = _CRITERION.validate_python(data)
    (built.desirable if desirable else built.essential).append(criterion)
    built.review.extend(pair.review)
    built.confidence[criterion_id] = confidence


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
                review_item(
                    "bullet_count_mismatch",
                    field=part,
                    part=part,
                    en_count=len(en_list),
                    fr_count=len(fr_list),
                )
            )
        elif not paired and (en_list or fr_list):
            half = "fr" if fr_items is None else "en"
            built.review.append(
                review_item("translation_missing", field=part, case="list", half=half, part=part)
            )
        for index in range(max(len(en_list), len(fr_list))):
            add_criterion(
                built,
                en_list[index] if index < len(en_list) else None,
                fr_list[index] if index < len(fr_list) else None,
                desirable=part == "desirable",
                paired=paired,
            )
