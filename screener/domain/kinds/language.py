"""Another language than English and French, on the NATO scale or as a mother tongue."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from screener.domain.criterion_base import LANGUAGE_CODE_PATTERN, CriterionBase
from screener.domain.facts import Facts
from screener.domain.kinds.kind import Check, Kind
from screener.domain.outcomes import Outcome, Reason, Status, remember, unknown
from screener.domain.profile import UNSURE, Answer
from screener.domain.scales import LANGUAGE_RANK, LanguageLevel, level_from_rank


class LanguageCriterion(CriterionBase):
    kind: Literal["language"] = "language"
    language: str = Field(pattern=LANGUAGE_CODE_PATTERN, description="ISO 639-1 code")
    min_level: LanguageLevel | None = Field(
        default=None, description="Minimum level; absent means any ability"
    )
    mother_tongue: bool = Field(default=False, description="The notice asks for a mother tongue")


# Outcomes by requirement, then by (rank held, not answered, mother tongue) as one int.
_OUTCOMES: dict[tuple[object, ...], dict[int, Outcome]] = {}


def language_rule(crit: LanguageCriterion) -> Check:
    lang = crit.language
    mother_tongue = crit.mother_tongue
    needs = crit.min_level or LanguageLevel.I
    outcomes = _OUTCOMES.setdefault((lang, mother_tongue, LANGUAGE_RANK[needs]), {})

    def check(facts: Facts, answer: Answer | None) -> Outcome:
        # No language given at all means the question was not asked yet, not "speaks none";
        # nor does a language the candidate was asked about and left unanswered.
        missing = answer == UNSURE or not facts.any_language or lang in facts.unanswered
        native = lang in facts.mother_tongues
        rank = facts.ranks.get(lang, 0)
        key = rank * 4 + missing * 2 + native
        outcome = outcomes.get(key)
        if outcome is None:
            built = _outcome(lang, mother_tongue, needs, missing, native, rank)
            outcome = remember(outcomes, key, built)
        return outcome

    return check


def _outcome(
    lang: str, mother_tongue: bool, needs: LanguageLevel, missing: bool, native: bool, rank: int
) -> Outcome:
    if missing:
        return unknown("language.missing", language=lang)
    has = level_from_rank(rank).value if rank else None
    shown = "mother_tongue" if native else has
    if mother_tongue:
        if native:
            return Status.MET, Reason("language.mother_tongue", {"language": lang}), None, shown
        return Status.NOT_MET, Reason("language.not_mother_tongue", {"language": lang}), None, shown
    values = {"language": lang, "needs": needs.value, "has": has}
    if rank >= LANGUAGE_RANK[needs]:
        return Status.MET, Reason("language.meets", values), None, shown
    remedy = Reason("remedy.languages", {"levels": {lang: needs.value}})
    return Status.NOT_MET, Reason("language.below", values), remedy, shown


KIND = Kind(
    "language",
    LanguageCriterion,
    language_rule,
    label=("other language", "autre langue"),
    topic="languages",
    # The importer adds the language's code: "language-ru".
    id_prefix="language",
    words={
        "language.meets": (
            "{language}: you have {has}; the notice asks for {needs}.",
            "{language} : vous avez le niveau {has} ; l'avis demande {needs}.",
        ),
        "language.below": (
            "{language}: you have {has}; the notice asks for at least {needs}.",
            "{language} : vous avez le niveau {has} ; l'avis demande au minimum {needs}.",
        ),
        "language.mother_tongue": (
            "{language} is your mother tongue.",
            "Votre langue maternelle est la langue demandée ({language}).",
        ),
        "language.not_mother_tongue": (
            "The notice asks for {language} as mother tongue.",
            "L'avis demande une langue maternelle que vous n'avez pas indiquée ({language}).",
        ),
        "language.missing": (
            "Your level in {language} is not given yet.",
            "Votre niveau de {language} n'est pas encore indiqué.",
        ),
    },
)
