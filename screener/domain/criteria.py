"""Typed criteria: one per ESSENTIAL or DESIRABLE bullet of a notice, discriminated on `kind`."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    ValidationError,
    model_validator,
)

from screener.domain.scales import EducationLevel, LanguageLevel

CRITERION_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
COUNTRY_CODE_PATTERN = r"^[A-Z]{2}$"
LANGUAGE_CODE_PATTERN = r"^[a-z]{2}$"


def _not_a_boolean(value: object) -> object:
    # Literal[1] alone would take `true` (True == 1); a format version is a number.
    if isinstance(value, bool):
        raise ValueError("expected the format number 1")
    return value


# The file format version of vacancy and profile files.
FormatOne = Annotated[Literal[1], BeforeValidator(_not_a_boolean)]


class Strict(BaseModel):
    """Base for file models: unknown fields are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(Strict):
    """The same words in NATO's two official languages."""

    en: str = Field(min_length=1)
    fr: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Source(StrEnum):
    # A bullet of section 2, or a rule stated elsewhere in the notice (nationality, in section 7).
    BULLET = "bullet"
    NOTICE = "notice"


# Parameters an alternative reading may not change: they say which bullet it is, not what it asks.
_IDENTITY_FIELDS = frozenset({"id", "kind", "text", "source", "alternative"})


class AlternativeReading(Strict):
    """A second reading of the same requirement, where the notice contradicts itself.

    250717 asks for 'I ("Intermediate")' in English and 'III (« intermédiaire »)' in French:
    `params` holds the parameters that differ under the other reading ({"other": "III"}),
    `note` says which text gives which reading. A candidate who meets one reading and not
    the other cannot be told yet.
    """

    params: dict[str, JsonValue] = Field(
        min_length=1, description="The criterion's parameters that differ under this reading"
    )
    note: LocalizedText = Field(description="Which version of the notice says what")


class CriterionBase(Strict):
    id: str = Field(pattern=CRITERION_ID_PATTERN, description="Stable id, unique in the vacancy")
    text: LocalizedText = Field(description="The requirement in the notice's own words")
    source: Source = Source.BULLET
    alternative: AlternativeReading | None = Field(
        default=None, description="Another reading, where the notice contradicts itself"
    )

    @model_validator(mode="after")
    def _alternative_is_valid(self) -> Self:
        if self.alternative is not None:
            self.alternative_reading()
        return self

    def alternative_reading(self) -> Self | None:
        """This criterion as the alternative reading has it, or None when there is none."""
        if self.alternative is None:
            return None
        params = self.alternative.params
        fixed = sorted(_IDENTITY_FIELDS & params.keys())
        if fixed:
            raise ValueError(f"an alternative reading cannot change {', '.join(fixed)}")
        data = self.model_dump(exclude={"alternative"}, exclude_defaults=False)
        data.update(params)
        try:
            return type(self).model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "alternative"
            raise ValueError(f"alternative reading: {where}: {first['msg']}") from None


class NationalityCriterion(CriterionBase):
    kind: Literal["nationality"] = "nationality"
    scope: Literal["nato_members", "listed"] = "nato_members"
    countries: list[Annotated[str, Field(pattern=COUNTRY_CODE_PATTERN)]] = Field(
        default_factory=list, description="ISO 3166-1 alpha-2 codes, for scope = 'listed'"
    )

    @model_validator(mode="after")
    def _countries_match_scope(self) -> NationalityCriterion:
        if self.scope == "listed" and not self.countries:
            raise ValueError("scope 'listed' needs at least one country in 'countries'")
        if self.scope == "nato_members" and self.countries:
            raise ValueError("'countries' is only for scope 'listed'")
        return self


class EducationCriterion(CriterionBase):
    kind: Literal["education"] = "education"
    min_level: EducationLevel
    or_equivalent: bool = False
    field: LocalizedText | None = Field(
        default=None, description="Required field of study, if the notice names one"
    )


class ExperienceCriterion(CriterionBase):
    kind: Literal["experience"] = "experience"
    min_years: float = Field(gt=0, le=60)
    domain: LocalizedText


class OfficialLanguagesCriterion(CriterionBase):
    """English/French on the NATO IS scale.

    mode 'one_and_other': `one` in one language and `other` in the other, either way round;
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
            "one_and_other": ("one", "other"),
            "both": ("level",),
            "per_language": (),
        }[self.mode]
        for name in needed:
            if getattr(self, name) is None:
                raise ValueError(f"mode '{self.mode}' needs '{name}'")
        allowed = set(needed) | ({"en", "fr"} if self.mode == "per_language" else set())
        for name in ("one", "other", "level", "en", "fr"):
            if name not in allowed and getattr(self, name) is not None:
                raise ValueError(f"'{name}' does not belong to mode '{self.mode}'")
        if self.mode == "per_language" and self.en is None and self.fr is None:
            raise ValueError("mode 'per_language' needs 'en' or 'fr'")
        return self


class LanguageCriterion(CriterionBase):
    kind: Literal["language"] = "language"
    language: str = Field(pattern=LANGUAGE_CODE_PATTERN, description="ISO 639-1 code")
    min_level: LanguageLevel | None = Field(
        default=None, description="Minimum level; absent means any ability"
    )
    mother_tongue: bool = Field(default=False, description="The notice asks for a mother tongue")


class DrivingLicenceCriterion(CriterionBase):
    kind: Literal["driving_licence"] = "driving_licence"
    categories: list[str] = Field(min_length=1)
    or_equivalent: bool = False


class FitnessTestCriterion(CriterionBase):
    kind: Literal["fitness_test"] = "fitness_test"
    recurring: bool = Field(default=False, description="The test is repeated (e.g. yearly)")


class FirearmsCriterion(CriterionBase):
    kind: Literal["firearms"] = "firearms"
    experience: bool = True
    shooting_test: bool = False


class AvailabilityNeed(StrEnum):
    SHIFTS = "shifts"
    OUTSIDE_OFFICE_HOURS = "outside_office_hours"
    NIGHTS = "nights"
    WEEKENDS = "weekends"
    HOLIDAYS = "holidays"
    SHORT_NOTICE = "short_notice"
    OVERTIME = "overtime"
    TRAVEL = "travel"
    ON_CALL = "on_call"


class AvailabilityCriterion(CriterionBase):
    kind: Literal["availability"] = "availability"
    needs: list[AvailabilityNeed] = Field(min_length=1)


class CertificationCriterion(CriterionBase):
    kind: Literal["certification"] = "certification"
    any_of: list[str] = Field(min_length=1)
    or_equivalent: bool = False


class StatementCriterion(CriterionBase):
    kind: Literal["statement"] = "statement"


Criterion = Annotated[
    NationalityCriterion
    | EducationCriterion
    | ExperienceCriterion
    | OfficialLanguagesCriterion
    | LanguageCriterion
    | DrivingLicenceCriterion
    | FitnessTestCriterion
    | FirearmsCriterion
    | AvailabilityCriterion
    | CertificationCriterion
    | StatementCriterion,
    Field(discriminator="kind"),
]

CRITERION_KINDS: tuple[str, ...] = (
    "nationality",
    "education",
    "experience",
    "official_languages",
    "language",
    "driving_licence",
    "fitness_test",
    "firearms",
    "availability",
    "certification",
    "statement",
)
