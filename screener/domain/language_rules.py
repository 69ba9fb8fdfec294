"""The rules for English and French on the NATO scale, and for other languages."""

from __future__ import annotations

from typing import Any

from screener.domain import criteria as c
from screener.domain.assessment import Reason, Status
from screener.domain.outcomes import Outcome, remember, unknown
from screener.domain.profile import UNSURE, Answer, Profile
from screener.domain.scales import LANGUAGE_RANK, OFFICIAL_LANGUAGES, LanguageLevel

_OFFICIAL_OUTCOMES: dict[tuple[Any, ...], Outcome] = {}
_LANGUAGE_OUTCOMES: dict[tuple[Any, ...], Outcome] = {}


# A level's plain string ("IV"), without going through Enum.value (a Python-level property).
_LEVEL_VALUE: dict[LanguageLevel | None, str | None] = {lvl: lvl.value for lvl in LanguageLevel}
_LEVEL_VALUE[None] = None


def _level(profile: Profile, language: str) -> LanguageLevel | None:
    if language in profile.mother_tongues:
        return LanguageLevel.VI
    return profile.languages.get(language)


def _rank(level: LanguageLevel | None) -> int:
    return 0 if level is None else LANGUAGE_RANK[level]


def _shortfall(required: dict[str, LanguageLevel], has: dict[str, int]) -> dict[str, str]:
    """The required levels not reached; `has` gives the rank held per language (0: none)."""
    return {
        lang: _LEVEL_VALUE[lvl]  # type: ignore[misc]
        for lang, lvl in required.items()
        if has[lang] < LANGUAGE_RANK[lvl]
    }


def _steps(gap: dict[str, str], has: dict[str, int]) -> int:
    return sum(LANGUAGE_RANK[v] - has[k] for k, v in gap.items())


def official_languages(
    crit: c.OfficialLanguagesCriterion, profile: Profile, answer: Answer | None
) -> Outcome:
    levels = tuple([_level(profile, lang) for lang in OFFICIAL_LANGUAGES])
    key = (crit.mode, crit.one, crit.other, crit.level, crit.en, crit.fr, levels, answer == UNSURE)
    outcome = _OFFICIAL_OUTCOMES.get(key)
    if outcome is None:
        outcome = remember(_OFFICIAL_OUTCOMES, key, _official_outcome(crit, levels, answer))
    return outcome


def _official_outcome(
    crit: c.OfficialLanguagesCriterion,
    levels: tuple[LanguageLevel | None, ...],
    answer: Answer | None,
) -> Outcome:
    if answer == UNSURE or all(lvl is None for lvl in levels):
        return unknown("languages.missing")
    has = {lang: _rank(lvl) for lang, lvl in zip(OFFICIAL_LANGUAGES, levels, strict=True)}
    shown = {lang: _LEVEL_VALUE[lvl] for lang, lvl in zip(OFFICIAL_LANGUAGES, levels, strict=True)}
    if crit.mode == "one_and_other":
        assert crit.one is not None and crit.other is not None
        # Either way round: pick the assignment that needs the fewest steps to reach.
        gap = _shortfall({"en": crit.one, "fr": crit.other}, has)
        swapped = _shortfall({"en": crit.other, "fr": crit.one}, has)
        missing = swapped if _steps(swapped, has) < _steps(gap, has) else gap
        values = {
            "one": crit.one.value,
            "other": crit.other.value,
            **{f"has_{k}": v for k, v in shown.items()},
        }
        code = "languages.one_and_other"
    else:
        if crit.mode == "both":
            assert crit.level is not None
            required = {"en": crit.level, "fr": crit.level}
            values = {"level": crit.level.value}
            code = "languages.both"
        else:
            required = {
                lang: lvl for lang, lvl in (("en", crit.en), ("fr", crit.fr)) if lvl is not None
            }
            values = {"required": {k: v.value for k, v in required.items()}}
            code = "languages.per_language"
        values |= {f"has_{k}": v for k, v in shown.items()}
        missing = _shortfall(required, has)
    if not missing:
        return Status.MET, Reason(f"{code}.met", values), None, shown
    return (
        Status.NOT_MET,
        Reason(f"{code}.not_met", values),
        Reason("remedy.languages", {"levels": missing}),
        shown,
    )


def language(crit: c.LanguageCriterion, profile: Profile, answer: Answer | None) -> Outcome:
    lang = crit.language
    # No language given at all means the question was not asked yet, not "speaks none".
    missing = answer == UNSURE or not (profile.languages or profile.mother_tongues)
    native = lang in profile.mother_tongues
    level = _level(profile, lang)
    key = (lang, crit.mother_tongue, crit.min_level, missing, native, level)
    outcome = _LANGUAGE_OUTCOMES.get(key)
    if outcome is None:
        outcome = remember(_LANGUAGE_OUTCOMES, key, _language_outcome(crit, *key[3:]))
    return outcome


def _language_outcome(
    crit: c.LanguageCriterion, missing: bool, native: bool, level: LanguageLevel | None
) -> Outcome:
    lang = crit.language
    if missing:
        return unknown("language.missing", language=lang)
    shown = "mother_tongue" if native else (level.value if level else None)
    if crit.mother_tongue:
        if native:
            return Status.MET, Reason("language.mother_tongue", {"language": lang}), None, shown
        return Status.NOT_MET, Reason("language.not_mother_tongue", {"language": lang}), None, shown
    needs = crit.min_level or LanguageLevel.I
    values = {"language": lang, "needs": _LEVEL_VALUE[needs], "has": _LEVEL_VALUE[level]}
    if level is not None and LANGUAGE_RANK[level] >= LANGUAGE_RANK[needs]:
        return Status.MET, Reason("language.meets", values), None, shown
    remedy = Reason("remedy.languages", {"levels": {lang: needs.value}})
    return Status.NOT_MET, Reason("language.below", values), remedy, shown
