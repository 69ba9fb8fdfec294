"""What every criterion has (id, the notice's words, an alternative reading), whatever its kind.

Each kind adds its own parameters in its module under screener.domain.kinds.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    ValidationError,
    model_validator,
)

from screener.domain.countries import all_countries, nationality_of
from screener.translatable import QT_TRANSLATE_NOOP, NestedError, WordedValueError

CRITERION_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
COUNTRY_CODE_PATTERN = r"^[A-Z]{2}$"
LANGUAGE_CODE_PATTERN = r"^[a-z]{2}$"


def _not_a_boolean(value: object) -> object:
    # Literal[1] alone would take `true` (True == 1); a format version is a number.
    if isinstance(value, bool):
        raise WordedValueError(QT_TRANSLATE_NOOP("FileProblem", "expected the format number 1"))
    return value


def _a_country(code: str) -> str:
    # Two capitals pass the pattern, but "UK" (for GB) or "ZZ" is no country: a candidate
    # with it was not eligible for any post for NATO nationals, a vacancy listing it ruled
    # out the British, and My profile, which offers only countries, showed none and saved
    # none on OK.
    if code in all_countries():
        # A territory stands for its state's nationality: profiles saved when the picker
        # offered French Guiana (GF) ruled a French national out of every NATO post.
        return nationality_of(code)
    raise WordedValueError(
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "{code} is not the code of a country; expected an ISO 3166 code such as GB or FR",
        ),
        code=repr(code),
    )


# A nationality, by the ISO 3166 code of a country the app knows (screener.domain.countries);
# a territory's code is read as its state's.
CountryCode = Annotated[str, Field(pattern=COUNTRY_CODE_PATTERN), AfterValidator(_a_country)]


# The file format version of vacancy and profile files.
FormatOne = Annotated[Literal[1], BeforeValidator(_not_a_boolean)]


class Strict(BaseModel):
    """Base for file models: unknown fields are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# What draws nothing of its own: spaces and line or paragraph separators, combining marks
# (drawn on another character), format characters (zero-width, direction marks) and
# controls. A character that Python's Unicode tables do not know yet (a newer emoji or
# script, category Cn) or a private-use one is drawn, as itself or as a box.
_DRAWS_NOTHING = frozenset({"Zs", "Zl", "Zp", "Mn", "Me", "Cf", "Cc"})


def shows_something(text: str) -> bool:
    """True if `text` holds a character that is drawn: a letter, digit, mark, symbol..."""
    # Most text starts with a letter or a digit: one look settles it.
    return text[:1].isalnum() or any(unicodedata.category(ch) not in _DRAWS_NOTHING for ch in text)


def _shown(value: str) -> str:
    # A title of 500 combining accents, of spaces, or of zero-width characters passed as
    # text, and the list, the details and every export showed a blank where it stands.
    if shows_something(value):
        return value
    raise WordedValueError(
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "shows nothing: it holds only spaces, combining marks or invisible characters",
        )
    )


# Text a reader must see: at least one letter, digit, punctuation mark or symbol.
ShownText = Annotated[str, Field(min_length=1), AfterValidator(_shown)]


class LocalizedText(Strict):
    """The same words in NATO's two official languages."""

    en: ShownText
    fr: ShownText

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
            raise WordedValueError(
                QT_TRANSLATE_NOOP("FileProblem", "an alternative reading cannot change {fields}"),
                fields=", ".join(fixed),
            )
        data = self.model_dump(exclude={"alternative"}, exclude_defaults=False)
        data.update(params)
        try:
            return type(self).model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "alternative"
            raise WordedValueError(
                QT_TRANSLATE_NOOP("FileProblem", "alternative reading: {field}: {reason}"),
                field=where,
                reason=NestedError(dict(first)),
            ) from None
