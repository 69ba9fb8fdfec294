"""Typed criteria: one per ESSENTIAL or DESIRABLE bullet of a notice, discriminated on `kind`.

Each kind's model lives in its module under screener.domain.kinds; the union of them all
(`Criterion`, on which pydantic picks the model by the `kind` tag) is built with the registry
there. This module gathers the names the rest of the app imports.
"""

from __future__ import annotations

from screener.domain.criterion_base import (
    COUNTRY_CODE_PATTERN,
    CRITERION_ID_PATTERN,
    LANGUAGE_CODE_PATTERN,
    AlternativeReading,
    CriterionBase,
    FormatOne,
    LocalizedText,
    Source,
    Strict,
)
from screener.domain.kinds import KINDS, Criterion
from screener.domain.kinds.availability import AvailabilityCriterion, AvailabilityNeed
from screener.domain.kinds.certification import CertificationCriterion
from screener.domain.kinds.driving_licence import DrivingLicenceCriterion
from screener.domain.kinds.education import EducationCriterion
from screener.domain.kinds.experience import ExperienceCriterion
from screener.domain.kinds.firearms import FirearmsCriterion
from screener.domain.kinds.fitness_test import FitnessTestCriterion
from screener.domain.kinds.language import LanguageCriterion
from screener.domain.kinds.language_profile import LanguageProfileCriterion
from screener.domain.kinds.nationality import NationalityCriterion
from screener.domain.kinds.official_languages import OfficialLanguagesCriterion
from screener.domain.kinds.statement import StatementCriterion

CRITERION_KINDS: tuple[str, ...] = tuple(kind.name for kind in KINDS)

__all__ = [
    "COUNTRY_CODE_PATTERN",
    "CRITERION_ID_PATTERN",
    "CRITERION_KINDS",
    "LANGUAGE_CODE_PATTERN",
    "AlternativeReading",
    "AvailabilityCriterion",
    "AvailabilityNeed",
    "CertificationCriterion",
    "Criterion",
    "CriterionBase",
    "DrivingLicenceCriterion",
    "EducationCriterion",
    "ExperienceCriterion",
    "FirearmsCriterion",
    "FitnessTestCriterion",
    "FormatOne",
    "LanguageCriterion",
    "LanguageProfileCriterion",
    "LocalizedText",
    "NationalityCriterion",
    "OfficialLanguagesCriterion",
    "Source",
    "StatementCriterion",
    "Strict",
]
