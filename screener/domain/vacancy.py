"""A vacancy definition: the notice's header facts and its typed requirements."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from screener.domain.criteria import Criterion, FormatOne, LocalizedText, Strict
from screener.domain.criterion_base import ShownText
from screener.domain.terms import BRUSSELS, Clearance, Condition
from screener.translatable import QT_TRANSLATE_NOOP, WordedValueError

VACANCY_FORMAT: Literal[1] = 1
REFERENCE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
CODE_PATTERN = r"^[a-z0-9_]+$"
_GRADE = re.compile(r"^[A-Z]{1,3}\d{1,2}$")


class Grade(Strict):
    """A single grade (G6) or a twin/range grade (G10-G12, appointment at the lower grade)."""

    min: str
    max: str | None = None

    @field_validator("min", "max")
    @classmethod
    def _grade_shape(cls, value: str | None) -> str | None:
        if value is not None and not _GRADE.match(value):
            raise WordedValueError(
                QT_TRANSLATE_NOOP(
                    "FileProblem", "expected a grade such as 'G6' or 'G17', got {value}"
                ),
                value=repr(value),
            )
        return value

    @property
    def is_range(self) -> bool:
        return self.max is not None and self.max != self.min

    def __str__(self) -> str:
        return f"{self.min}-{self.max}" if self.is_range else self.min


class Salary(Strict):
    amount: float = Field(gt=0, allow_inf_nan=False)  # TOML's `inf` is no salary
    currency: str = Field(pattern=CURRENCY_PATTERN)
    period: Literal["monthly", "yearly"] = "monthly"


class Deadline(Strict):
    """Application deadline in Brussels time; without a time it is the end of that day."""

    date: dt.date
    time: dt.time | None = None

    def closes_at(self) -> dt.datetime:
        at = self.time or dt.time(23, 59, 59)
        return dt.datetime.combine(self.date, at, tzinfo=BRUSSELS)


class VacancyWarning(Strict):
    """Something wrong in the notice itself, shown with every assessment of the vacancy."""

    code: str = Field(pattern=CODE_PATTERN)
    criterion: str | None = None
    text: LocalizedText


# A review item's value: a number, a code, a quotation of the notice, a list of names, or a
# text worded in both languages ({"en": ..., "fr": ...}).
ReviewValue = str | int | float | list[str] | dict[str, str]


class ReviewItem(Strict):
    """Left by the importer on a draft: something a person should check.

    `code` and `values` say what, in a form the app words in the reader's language
    (screener.importer.review_text); `message` is the English wording, kept for readers
    of files written before `values` existed.
    """

    code: str = Field(pattern=CODE_PATTERN)
    criterion: str | None = None
    field: str | None = None
    message: str
    values: dict[str, ReviewValue] = Field(default_factory=dict)
    done: bool = False


class Vacancy(Strict):
    format: FormatOne = VACANCY_FORMAT

    reference: str = Field(pattern=REFERENCE_PATTERN)
    draft: bool = False
    title: LocalizedText
    nato_body: ShownText
    location: ShownText
    schedule: ShownText
    grade: Grade
    salary: Salary | None = None
    deadline: Deadline
    clearance: Clearance | None = None
    conditions: list[Condition] = Field(default_factory=list)
    warnings: list[VacancyWarning] = Field(default_factory=list)
    # Empty only in a draft: an imported notice whose requirement list could not be read
    # keeps its header, and the person adds the requirements by hand.
    essential: list[Criterion] = Field(
        description="The ESSENTIAL requirements; at least one unless the file is a draft"
    )
    desirable: list[Criterion] = Field(default_factory=list)
    review: list[ReviewItem] = Field(default_factory=list)

    @field_validator("essential")
    @classmethod
    def _essential_unless_draft(
        cls, value: list[Criterion], info: ValidationInfo
    ) -> list[Criterion]:
        # `draft` comes before `essential`, so it is already read (absent: not a draft).
        if not value and not info.data.get("draft", False):
            raise WordedValueError(
                QT_TRANSLATE_NOOP(
                    "FileProblem", "at least one requirement is needed (only a draft may have none)"
                )
            )
        return value

    @model_validator(mode="after")
    def _ids_unique(self) -> Vacancy:
        seen: set[str] = set()
        for criterion in self.criteria:
            if criterion.id in seen:
                raise WordedValueError(
                    QT_TRANSLATE_NOOP("FileProblem", "criterion id {id} is used more than once"),
                    id=repr(criterion.id),
                )
            seen.add(criterion.id)
        for warning in self.warnings:
            if warning.criterion is not None and warning.criterion not in seen:
                raise WordedValueError(
                    QT_TRANSLATE_NOOP("FileProblem", "warning {code} names unknown criterion"),
                    code=repr(warning.code),
                )
        return self

    @property
    def criteria(self) -> list[Criterion]:
        return [*self.essential, *self.desirable]

    def criterion(self, criterion_id: str) -> Criterion | None:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        return None

    @property
    def requirements_unread(self) -> bool:
        """A draft whose notice's requirement list could not be read: it holds no essential
        bullet of the notice (at most the nationality rule), so no one is eligible for it yet."""
        return self.draft and not any(c.source == "bullet" for c in self.essential)

    def is_essential(self, criterion_id: str) -> bool:
        return any(c.id == criterion_id for c in self.essential)


def vacancy_json_schema() -> dict[str, object]:
    schema = Vacancy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Screener vacancy definition"
    return schema
