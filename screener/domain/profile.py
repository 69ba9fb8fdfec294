"""A candidate profile: facts given once, and per-vacancy answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from screener.domain.criterion_base import LANGUAGE_CODE_PATTERN, CountryCode, FormatOne
from screener.domain.scales import EducationLevel, LanguageLevel
from screener.domain.slp import SLP_PATTERN

PROFILE_FORMAT: Literal[1] = 1

# true / false / "unsure" for a self-declared statement, a number of years for experience.
# Years of experience: a working life, never negative.
Years = Annotated[float, Field(ge=0, le=80)]
Answer = bool | Years | Literal["unsure"]
UNSURE: Literal["unsure"] = "unsure"

LanguageCode = Annotated[str, Field(pattern=LANGUAGE_CODE_PATTERN)]
# A STANAG 6001 profile held ("3332", "3+3+33"), or "none": the candidate holds none.
HeldSlp = Annotated[str, Field(pattern=SLP_PATTERN)] | Literal["none"]


# Languages one profile names (each once, across LANGUAGE_FIELDS): a profile of 676 took
# 5.5 s to open in My profile, which lays out a level box, a mother-tongue box and the SLP
# fields for each. Above the NATO nations' official languages (about 25) and any one
# person's, with room for the others vacancies ask for; the app itself names 13.
MAX_LANGUAGES = 50
LANGUAGE_FIELDS = ("languages", "mother_tongues", "unanswered_languages", "slp")


def too_many_languages(data: Mapping[str, object]) -> tuple[str, int] | None:
    """(the field at which the languages named pass MAX_LANGUAGES, how many are named), or
    None; `data` a profile as its file holds it."""
    named: set[str] = set()
    first: str | None = None
    for name in LANGUAGE_FIELDS:
        value = data.get(name)
        if isinstance(value, dict | list):
            named.update(code for code in value if isinstance(code, str))
            if first is None and len(named) > MAX_LANGUAGES:
                first = name
    return None if first is None else (first, len(named))


class Profile(BaseModel):
    # Unknown fields are errors: a profile is the user's data and must round-trip exactly.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    format: FormatOne = PROFILE_FORMAT

    name: str = ""
    nationality: CountryCode | None = None
    education: EducationLevel | None = None
    languages: dict[LanguageCode, LanguageLevel] = Field(default_factory=dict)
    mother_tongues: list[LanguageCode] = Field(default_factory=list)
    # None: not answered yet; []: no licence.
    driving_licences: list[str] | None = None
    answers: dict[str, dict[str, Answer]] = Field(default_factory=dict)
    # Languages the candidate was asked about and has not answered yet. A language absent
    # from `languages` means "none" (files written before this field keep that meaning);
    # listed here, it means "not answered", and the requirements on it stay open. Left out
    # of the file while empty.
    unanswered_languages: list[LanguageCode] = Field(
        default_factory=list, exclude_if=lambda codes: not codes
    )

    # STANAG 6001 profiles held, per language (screener.domain.slp); a language absent: not
    # given yet. A field of its own, never mixed with `languages`: SLP and NATO's I-VI are two
    # scales with no official table between them. Left out of the file while empty, so files
    # without it stay as they were (format 1: an optional field needs no migration).
    slp: dict[LanguageCode, HeldSlp] = Field(default_factory=dict, exclude_if=lambda held: not held)

    def answer(self, reference: str, criterion_id: str) -> Answer | None:
        return self.answers.get(reference, {}).get(criterion_id)

    def with_answer(self, reference: str, criterion_id: str, value: Answer | None) -> Profile:
        """A copy with one answer set (or removed, for None); the profile itself is unchanged."""
        answers = {ref: dict(values) for ref, values in self.answers.items()}
        per_vacancy = answers.setdefault(reference, {})
        if value is None:
            per_vacancy.pop(criterion_id, None)
        else:
            per_vacancy[criterion_id] = value
        return self.model_copy(update={"answers": answers})


def profile_json_schema() -> dict[str, object]:
    schema = Profile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Screener candidate profile"
    return schema
