"""Every kind of criterion, one module each: its model, its rule, its words, its question.

A kind's module is the one place to read or change what a kind is; the registry below lists
each kind twice (KINDS, and the Criterion union as type checkers see it). Everything else
that lists kinds (the engine's rules, the wizard's pages and questions, the report's words,
the importer's ids and names, the import review's editors) is derived from KINDS, in this
order: the order kinds are offered in, and listed in messages.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Union

from pydantic import Field

from screener.domain.kinds import (
    availability,
    certification,
    driving_licence,
    education,
    experience,
    firearms,
    fitness_test,
    language,
    language_profile,
    nationality,
    official_languages,
    statement,
)
from screener.domain.kinds.kind import Check, Kind, Rule, Words

KINDS: tuple[Kind, ...] = (
    nationality.KIND,
    education.KIND,
    experience.KIND,
    official_languages.KIND,
    language.KIND,
    language_profile.KIND,
    driving_licence.KIND,
    fitness_test.KIND,
    firearms.KIND,
    availability.KIND,
    certification.KIND,
    statement.KIND,
)

BY_NAME = MappingProxyType({kind.name: kind for kind in KINDS})

# Any criterion: pydantic picks the model by its `kind` tag.
if TYPE_CHECKING:
    # What type checkers see; tests/domain/test_kinds.py checks it names KINDS' models.
    Criterion = Annotated[
        nationality.NationalityCriterion
        | education.EducationCriterion
        | experience.ExperienceCriterion
        | official_languages.OfficialLanguagesCriterion
        | language.LanguageCriterion
        | language_profile.LanguageProfileCriterion
        | driving_licence.DrivingLicenceCriterion
        | fitness_test.FitnessTestCriterion
        | firearms.FirearmsCriterion
        | availability.AvailabilityCriterion
        | certification.CertificationCriterion
        | statement.StatementCriterion,
        Field(discriminator="kind"),
    ]
else:
    Criterion = Annotated[Union[tuple(kind.model for kind in KINDS)], Field(discriminator="kind")]  # noqa: UP007


__all__ = ["BY_NAME", "KINDS", "Check", "Criterion", "Kind", "Rule", "Words"]
