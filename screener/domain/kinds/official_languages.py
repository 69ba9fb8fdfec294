"""English and French on the NATO IS scale: one level in one and another in the other, the
same level in both, or a level per language."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import model_validator

from screener.domain.criterion_base import CriterionBase
from screener.domain.facts import Facts
from screener.domain.kinds.kind import Check, Kind
from screener.domain.outcomes import Outcome, Reason, Status, remember, unknown
from screener.domain.profile import UNSURE, Answer
from screener.domain.scales import LANGUAGE_RANK, LanguageLevel, level_from_rank
from screener.translatable import QT_TRANSLATE_NOOP, WordedValueError


class OfficialLanguagesCriterion(CriterionBase):
    """English/French on the NATO IS scale.

    mode 'one_and_other': `one` in one language and `other` in the other, either way round
    (no `other`: nothing is asked in the other, "one of the two official languages at IV");
    mode 'both': `level` in both; mode 'per_language': `en` and/or `fr` each at its own level.
    """

    kind: Literal["official_languages"] = "official_languages"
    mode: Literal["one_and_other", "both", "per_language"]
    one: LanguageLevel | None = None
    other: LanguageLevel | None = None
    level: LanguageLevel | None = None
    en: LanguageLevel | None = None
    fr: LanguageLevel | None = None

    @model_validator(mode="after")
    def _levels_match_mode(self) -> OfficialLanguagesCriterion:
        needed = {
            "one_and_other": ("one",),
            "both": ("level",),
            "per_language": (),
        }[self.mode]
        for name in needed:
            if getattr(self, name) is None:
                raise WordedValueError(
                    QT_TRANSLATE_NOOP("FileProblem", "mode '{mode}' needs '{field}'"),
                    mode=self.mode,
                    field=name,
                )
        optional = {"per_language": {"en", "fr"}, "one_and_other": {"other"}}.get(self.mode, set())
        allowed = set(needed) | optional
        for name in ("one", "other", "level", "en", "fr"):
            if name not in allowed and getattr(self, name) is not None:
                raise WordedValueError(
                    QT_TRANSLATE_NOOP("FileProblem", "'{field}' does not belong to mode '{mode}'"),
                    field=name,
                    mode=self.mode,
                )
        if self.mode == "per_language" and self.en is None and self.fr is None:
            raise WordedValueError(
                QT_TRANSLATE_NOOP("FileProblem", "mode 'per_language' needs 'en' or 'fr'")
            )
        return self


_TOP = LANGUAGE_RANK[LanguageLevel.VI]
# Outcomes by requirement, then by the English and French facts and "not sure": shared by
# every criterion that asks the same.
_OUTCOMES: dict[tuple[Any, ...], dict[int, Outcome]] = {}


def official_languages_rule(crit: OfficialLanguagesCriterion) -> Check:
    asked = tuple(
        None if v is None else str(v)
        for v in (crit.mode, crit.one, crit.other, crit.level, crit.en, crit.fr)
    )
    outcomes = _OUTCOMES.setdefault(asked, {})

    def check(facts: Facts, answer: Answer | None) -> Outcome:
        unsure = answer == UNSURE
        key = facts.official_key * 2 + unsure
        outcome = outcomes.get(key)
        if outcome is None:
            outcome = remember(outcomes, key, _outcome(crit, facts.official, unsure))
        return outcome

    return check


def _shortfall(required: dict[str, LanguageLevel], has: dict[str, int]) -> dict[str, str]:
    """The required levels not reached; `has` gives the rank held per language (0: none)."""
    return {lang: lvl.value for lang, lvl in required.items() if has[lang] < LANGUAGE_RANK[lvl]}


def _steps(gap: dict[str, str], has: dict[str, int]) -> int:
    return sum(LANGUAGE_RANK[LanguageLevel(v)] - has[k] for k, v in gap.items())


def _missing(
    crit: OfficialLanguagesCriterion, has: dict[str, int]
) -> tuple[str, dict[str, Any], dict[str, str]]:
    """The reason code, its values about the requirement, and the levels still missing."""
    if crit.mode == "one_and_other" and crit.other is None:
        assert crit.one is not None
        # Either language at `one`, nothing in the other: the nearer of the two.
        in_en, in_fr = _shortfall({"en": crit.one}, has), _shortfall({"fr": crit.one}, has)
        missing = in_fr if _steps(in_fr, has) < _steps(in_en, has) else in_en
        return "languages.either", {"one": crit.one.value}, missing
    if crit.mode == "one_and_other":
        assert crit.one is not None and crit.other is not None
        # Either way round: pick the assignment that needs the fewest steps to reach.
        gap = _shortfall({"en": crit.one, "fr": crit.other}, has)
        swapped = _shortfall({"en": crit.other, "fr": crit.one}, has)
        missing = swapped if _steps(swapped, has) < _steps(gap, has) else gap
        values: dict[str, Any] = {"one": crit.one.value, "other": crit.other.value}
        return "languages.one_and_other", values, missing
    if crit.mode == "both":
        assert crit.level is not None
        required = {"en": crit.level, "fr": crit.level}
        return "languages.both", {"level": crit.level.value}, _shortfall(required, has)
    required = {lang: lvl for lang, lvl in (("en", crit.en), ("fr", crit.fr)) if lvl is not None}
    values = {"required": {k: v.value for k, v in required.items()}}
    return "languages.per_language", values, _shortfall(required, has)


def _outcome(
    crit: OfficialLanguagesCriterion, official: tuple[int, int, bool, bool], unsure: bool
) -> Outcome:
    en, fr, en_open, fr_open = official
    if unsure or (en == 0 and fr == 0):
        return unknown("languages.missing")
    has = {"en": en, "fr": fr}
    code, values, missing = _missing(crit, has)
    if missing and (en_open or fr_open):
        # A language asked about and not answered yet: not met only if even the best answer
        # (level VI) would not do.
        best = {"en": _TOP if en_open else en, "fr": _TOP if fr_open else fr}
        if not _missing(crit, best)[2]:
            languages = [lang for lang, is_open in (("en", en_open), ("fr", fr_open)) if is_open]
            return unknown("languages.unanswered", languages=languages)
    shown = {lang: level_from_rank(rank).value if rank else None for lang, rank in has.items()}
    values |= {f"has_{k}": v for k, v in shown.items()}
    if not missing:
        return Status.MET, Reason(f"{code}.met", values), None, shown
    remedy = Reason("remedy.languages", {"levels": missing})
    return Status.NOT_MET, Reason(f"{code}.not_met", values), remedy, shown


KIND = Kind(
    "official_languages",
    OfficialLanguagesCriterion,
    official_languages_rule,
    label=("official languages", "langues officielles"),
    topic="languages",
    id_prefix="languages",
    words={
        "languages.one_and_other.met": (
            "English {has_en}, French {has_fr}: at least {one} in one and {other} in the other.",
            "Anglais {has_en}, français {has_fr} : au moins {one} dans l'une et {other} dans l'autre.",
        ),
        "languages.one_and_other.not_met": (
            "English {has_en}, French {has_fr}: the notice asks for {one} in one and {other} in the other.",
            "Anglais {has_en}, français {has_fr} : l'avis demande {one} dans l'une et {other} dans l'autre.",
        ),
        "languages.either.met": (
            "English {has_en}, French {has_fr}: at least {one} in one of them.",
            "Anglais {has_en}, français {has_fr} : au moins {one} dans l'une des deux.",
        ),
        "languages.either.not_met": (
            "English {has_en}, French {has_fr}: the notice asks for {one} in English or in French.",
            "Anglais {has_en}, français {has_fr} : l'avis demande {one} en anglais ou en français.",
        ),
        "languages.both.met": (
            "English {has_en}, French {has_fr}: at least {level} in both.",
            "Anglais {has_en}, français {has_fr} : au moins {level} dans les deux.",
        ),
        "languages.both.not_met": (
            "English {has_en}, French {has_fr}: the notice asks for {level} in both.",
            "Anglais {has_en}, français {has_fr} : l'avis demande {level} dans les deux.",
        ),
        "languages.per_language.met": (
            "English {has_en}, French {has_fr}: the levels asked for are reached ({required}).",
            "Anglais {has_en}, français {has_fr} : les niveaux demandés sont atteints ({required}).",
        ),
        "languages.per_language.not_met": (
            "English {has_en}, French {has_fr}: the notice asks for {required}.",
            "Anglais {has_en}, français {has_fr} : l'avis demande {required}.",
        ),
        "languages.missing": (
            "Your English and French levels are not given yet.",
            "Vos niveaux d'anglais et de français ne sont pas encore indiqués.",
        ),
        "languages.unanswered": (
            "Your level in {languages} is not answered yet.",
            "Votre niveau en {languages} n'est pas encore indiqué.",
        ),
    },
)
