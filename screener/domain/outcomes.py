"""What a rule gives for one criterion (a status and a structured reason), and the small cache
the rules share outcomes through. screener.domain.assessment re-exports Status and Reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


# Plain dataclasses, not pydantic models: results are built ~20 per vacancy and batch runs
# assess a million pairs, so they skip validation; the engine is their only producer.
# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made
# building results 4x slower. Treat them as read-only all the same: the engine shares one
# Reason between results (every "declared.yes" for a statement is the same object), and one
# CriterionResult of a yes/no criterion between the assessments that answer it alike.
@dataclass(slots=True)
class Reason:
    """Why a criterion has its status: a code such as 'experience.short' and its values."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)


# (status, reason, remedy, answer shown to the user)
Outcome = tuple[Status, Reason, Reason | None, Any]


def unknown(code: str, **values: Any) -> Outcome:
    return Status.UNKNOWN, Reason(code, values), None, None


# Rules whose outcome depends on a few levels and flags keep each outcome they build, keyed
# by exactly what it depends on, and share it (results are read-only): a profile meets the
# same education or language requirement in hundreds of vacancies. Keys are levels and
# flags, so the caches stay small; remember() bounds them all the same.
CACHE_LIMIT = 4096


def remember(cache: dict[Any, Outcome], key: Any, outcome: Outcome) -> Outcome:
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = outcome
    return outcome
