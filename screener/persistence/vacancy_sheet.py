"""What a vacancy's details pane shows, as plain data: its header facts and the words of its
requirements, in English and French.

The desktop app shows the selected vacancy's details on its first screen. Made from a
validated Vacancy by `sheet_of` (when the vacancy is opened, or when its cache entry was
written) and kept in the cache of validated vacancies beside its catalogue row, the first
screen needs no pydantic model: reading one sheet back is a JSON parse. What a sheet says is
always what the model says.

No pydantic import here at module level, as in screener.persistence.vacancy_rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screener.domain.criterion_base import LocalizedText
    from screener.domain.vacancy import Vacancy

# English, then French (LocalizedText's en and fr).
Words = tuple[str, str]


def words_in(words: Words, lang: str) -> str:
    # As LocalizedText.get: French for "fr", English otherwise.
    return words[1] if lang == "fr" else words[0]


@dataclass(frozen=True, slots=True)
class SheetSalary:
    amount: float
    currency: str
    period: str  # "monthly" or "yearly"


@dataclass(frozen=True, slots=True)
class VacancySheet:
    reference: str
    title: Words
    nato_body: str
    location: str
    schedule: str
    grade: str  # as shown: "G15" or "G10-G12"
    grade_min: str
    grade_is_range: bool
    salary: SheetSalary | None
    clearance: str | None  # a Clearance value
    draft: bool
    review_open: int  # review items not ticked yet
    warnings: tuple[Words, ...]
    essential: tuple[Words, ...]
    desirable: tuple[Words, ...]


def _words(text: LocalizedText) -> Words:
    return (text.en, text.fr)


def sheet_of(vacancy: Vacancy) -> VacancySheet:
    salary = vacancy.salary
    clearance = vacancy.clearance
    return VacancySheet(
        reference=vacancy.reference,
        title=_words(vacancy.title),
        nato_body=vacancy.nato_body,
        location=vacancy.location,
        schedule=vacancy.schedule,
        grade=str(vacancy.grade),
        grade_min=vacancy.grade.min,
        grade_is_range=vacancy.grade.is_range,
        salary=None
        if salary is None
        else SheetSalary(salary.amount, salary.currency, salary.period),
        clearance=None if clearance is None else clearance.value,
        draft=bool(vacancy.draft),
        review_open=sum(1 for item in vacancy.review if not item.done),
        warnings=tuple(_words(warning.text) for warning in vacancy.warnings),
        essential=tuple(_words(criterion.text) for criterion in vacancy.essential),
        desirable=tuple(_words(criterion.text) for criterion in vacancy.desirable),
    )


def sheet_to_json(sheet: VacancySheet) -> dict[str, Any]:
    salary = sheet.salary
    return {
        "reference": sheet.reference,
        "title": list(sheet.title),
        "nato_body": sheet.nato_body,
        "location": sheet.location,
        "schedule": sheet.schedule,
        "grade": sheet.grade,
        "grade_min": sheet.grade_min,
        "grade_is_range": sheet.grade_is_range,
        "salary": None if salary is None else [salary.amount, salary.currency, salary.period],
        "clearance": sheet.clearance,
        "draft": sheet.draft,
        "review_open": sheet.review_open,
        "warnings": [list(words) for words in sheet.warnings],
        "essential": [list(words) for words in sheet.essential],
        "desirable": [list(words) for words in sheet.desirable],
    }


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str):
        raise ValueError(f"not a sheet: {name}")
    return value


def _pair(value: object) -> Words:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise ValueError("not a sheet: words")
    return (value[0], value[1])


def _pairs(data: dict[str, Any], name: str) -> tuple[Words, ...]:
    value = data.get(name)
    if not isinstance(value, list):
        raise ValueError(f"not a sheet: {name}")
    return tuple(_pair(item) for item in value)


def _salary(value: object) -> SheetSalary | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 3):
        raise ValueError("not a sheet: salary")
    amount, currency, period = value
    if not (isinstance(amount, int | float) and isinstance(currency, str)):
        raise ValueError("not a sheet: salary")
    if period not in ("monthly", "yearly"):
        raise ValueError("not a sheet: salary")
    return SheetSalary(float(amount), currency, period)


def sheet_from_json(data: object) -> VacancySheet:
    """The sheet written by sheet_to_json; ValueError for anything else (a cache is not
    trusted)."""
    if not isinstance(data, dict):
        raise ValueError("not a sheet")
    clearance, flags = data.get("clearance"), (data.get("draft"), data.get("grade_is_range"))
    review_open = data.get("review_open")
    if not (clearance is None or isinstance(clearance, str)):
        raise ValueError("not a sheet: clearance")
    if not all(isinstance(flag, bool) for flag in flags):
        raise ValueError("not a sheet: flags")
    if not isinstance(review_open, int) or isinstance(review_open, bool) or review_open < 0:
        raise ValueError("not a sheet: review_open")
    return VacancySheet(
        reference=_text(data, "reference"),
        title=_pair(data.get("title")),
        nato_body=_text(data, "nato_body"),
        location=_text(data, "location"),
        schedule=_text(data, "schedule"),
        grade=_text(data, "grade"),
        grade_min=_text(data, "grade_min"),
        grade_is_range=data["grade_is_range"],
        salary=_salary(data.get("salary")),
        clearance=clearance,
        draft=data["draft"],
        review_open=review_open,
        warnings=_pairs(data, "warnings"),
        essential=_pairs(data, "essential"),
        desirable=_pairs(data, "desirable"),
    )
