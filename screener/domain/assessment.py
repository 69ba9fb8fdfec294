"""What the engine returns: statuses, structured reasons, the verdict and the deadline status.

Reasons are codes with values, never sentences: the CLI, the GUI and the reports render
them in the user's language (see screener.report.messages).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from screener.domain.outcomes import Reason, Status

if TYPE_CHECKING:
    from screener.domain.criterion_base import LocalizedText
    from screener.domain.terms import Clearance, Condition
    from screener.domain.vacancy import VacancyWarning

__all__ = [
    "Assessment",
    "CriterionResult",
    "DeadlineState",
    "DeadlineStatus",
    "Reason",
    "Status",
    "Verdict",
]


class Verdict(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    INCOMPLETE = "incomplete"


class DeadlineState(StrEnum):
    OPEN = "open"
    CLOSING_SOON = "closing_soon"
    CLOSED = "closed"


# Plain dataclasses, not pydantic models: results are built ~20 per vacancy and batch runs
# assess a million pairs, so they skip validation; the engine is their only producer.
# Treat them as read-only (see screener.domain.outcomes).
@dataclass(slots=True)
class CriterionResult:
    id: str
    kind: str
    essential: bool
    status: Status
    reason: Reason
    text: LocalizedText
    # What would change a 'not met' into 'met' ("one more year", "French at level III").
    remedy: Reason | None = None
    # The answer as given, for display: a level, a number of years, yes/no/unsure, or None.
    answer: Any = None


@dataclass(frozen=True, slots=True)
class DeadlineStatus:
    state: DeadlineState
    closes_at: dt.datetime
    on: dt.date
    days_left: int

    @property
    def closed_since(self) -> dt.date | None:
        return self.closes_at.date() if self.state is DeadlineState.CLOSED else None


@dataclass(slots=True)
class Assessment:
    reference: str
    title: LocalizedText
    draft: bool
    on: dt.date
    verdict: Verdict
    criteria: list[CriterionResult]
    desirable_met: int
    desirable_total: int
    deadline: DeadlineStatus
    warnings: list[VacancyWarning]
    conditions: list[Condition]
    clearance: Clearance | None
    lower_grade: str | None = None
    # A draft's review items not ticked yet: none left, the draft reads as reviewed.
    review_open: int = 0

    @property
    def essentials(self) -> list[CriterionResult]:
        return [r for r in self.criteria if r.essential]

    @property
    def desirables(self) -> list[CriterionResult]:
        return [r for r in self.criteria if not r.essential]

    @property
    def failing(self) -> list[CriterionResult]:
        return [r for r in self.essentials if r.status is Status.NOT_MET]

    @property
    def open_questions(self) -> list[CriterionResult]:
        return [r for r in self.essentials if r.status is Status.UNKNOWN]
