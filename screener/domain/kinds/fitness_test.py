"""A physical fitness test, sometimes yearly: only the candidate can say."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from screener.domain.criterion_base import CriterionBase
from screener.domain.kinds.kind import declared_kind
from screener.translatable import QT_TRANSLATE_NOOP


class FitnessTestCriterion(CriterionBase):
    kind: Literal["fitness_test"] = "fitness_test"
    recurring: bool = Field(default=False, description="The test is repeated (e.g. yearly)")


KIND = declared_kind(
    "fitness_test",
    FitnessTestCriterion,
    label=("fitness test", "test d'aptitude physique"),
    topic="tests",
    question=QT_TRANSLATE_NOOP(
        "YesNoQuestion", "Are you in this physical condition, and could you pass this test?"
    ),
    id_prefix="fitness",
    same_everywhere=True,
)
