"""Nationality: only nationals of NATO member states, or of the nations a post lists."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from screener.domain.criterion_base import CountryCode, CriterionBase
from screener.domain.facts import Facts
from screener.domain.kinds.kind import Check, Kind
from screener.domain.outcomes import Outcome, Reason, Status, remember, unknown
from screener.domain.profile import UNSURE, Answer
from screener.translatable import QT_TRANSLATE_NOOP, WordedValueError


class NationalityCriterion(CriterionBase):
    kind: Literal["nationality"] = "nationality"
    scope: Literal["nato_members", "listed"] = "nato_members"
    countries: list[CountryCode] = Field(
        default_factory=list, description="ISO 3166-1 alpha-2 codes, for scope = 'listed'"
    )

    @model_validator(mode="after")
    def _countries_match_scope(self) -> NationalityCriterion:
        if self.scope == "listed" and not self.countries:
            raise WordedValueError(
                QT_TRANSLATE_NOOP(
                    "FileProblem", "scope 'listed' needs at least one country in 'countries'"
                )
            )
        if self.scope == "nato_members" and self.countries:
            raise WordedValueError(
                QT_TRANSLATE_NOOP("FileProblem", "'countries' is only for scope 'listed'")
            )
        return self


_MISSING = unknown("nationality.missing")
# Outcomes by country, for "any NATO member state": shared by every such criterion.
_MEMBER_OUTCOMES: dict[str, Outcome] = {}


def _member_outcome(country: str, member: bool) -> Outcome:
    if member:
        return Status.MET, Reason("nationality.member", {"country": country}), None, country
    return Status.NOT_MET, Reason("nationality.not_member", {"country": country}), None, country


def nationality_rule(crit: NationalityCriterion) -> Check:
    if crit.scope == "listed":
        return _listed(list(crit.countries))

    def member(facts: Facts, answer: Answer | None) -> Outcome:
        country = facts.nationality
        if country is None or answer == UNSURE:
            return _MISSING
        outcome = _MEMBER_OUTCOMES.get(country)
        if outcome is None:
            outcome = remember(
                _MEMBER_OUTCOMES, country, _member_outcome(country, facts.nato_member)
            )
        return outcome

    return member


def _listed(countries: list[str]) -> Check:
    allowed = frozenset(countries)
    outcomes: dict[str, Outcome] = {}

    def listed(facts: Facts, answer: Answer | None) -> Outcome:
        country = facts.nationality
        if country is None or answer == UNSURE:
            return _MISSING
        outcome = outcomes.get(country)
        if outcome is None:
            if country in allowed:
                reason = Reason("nationality.listed", {"country": country})
                outcome = Status.MET, reason, None, country
            else:
                values = {"country": country, "countries": countries}
                outcome = Status.NOT_MET, Reason("nationality.not_listed", values), None, country
            outcome = remember(outcomes, country, outcome)
        return outcome

    return listed


KIND = Kind(
    "nationality",
    NationalityCriterion,
    nationality_rule,
    label=("nationality", "nationalité"),
    topic="nationality",
    id_prefix="nationality",
    words={
        "nationality.member": (
            "{country} is a NATO member state.",
            "Pays membre de l'OTAN : {country}.",
        ),
        "nationality.not_member": (
            "{country} is not a NATO member state; only nationals of member states may apply.",
            "Pays non membre de l'OTAN : {country} ; seuls les ressortissants des pays membres peuvent postuler.",
        ),
        "nationality.listed": (
            "{country} is one of the nations this post is open to.",
            "Ce poste est ouvert aux ressortissants de ce pays : {country}.",
        ),
        "nationality.not_listed": (
            "{country} is not among the nations this post is open to ({countries}).",
            "Ce poste n'est pas ouvert aux ressortissants de ce pays : {country} (pays admis : {countries}).",
        ),
        "nationality.missing": (
            "Your nationality is not given yet.",
            "Votre nationalité n'est pas encore indiquée.",
        ),
    },
)
