"""Working outside office hours, at short notice, travelling: only the candidate can say."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from screener.domain.criterion_base import CriterionBase
from screener.domain.kinds.kind import declared_kind
from screener.translatable import QT_TRANSLATE_NOOP


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


KIND = declared_kind(
    "availability",
    AvailabilityCriterion,
    label=("availability", "disponibilité"),
    topic="availability",
    question=QT_TRANSLATE_NOOP("YesNoQuestion", "Can you work like this?"),
    id_prefix="availability",
)
