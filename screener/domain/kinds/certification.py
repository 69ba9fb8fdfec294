"""A professional certification (CISSP, CISM, …), often "or equivalent": the candidate says."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from screener.domain.criterion_base import CriterionBase
from screener.domain.kinds.kind import declared_kind
from screener.translatable import QT_TRANSLATE_NOOP


class CertificationCriterion(CriterionBase):
    kind: Literal["certification"] = "certification"
    any_of: list[str] = Field(min_length=1)
    or_equivalent: bool = False


KIND = declared_kind(
    "certification",
    CertificationCriterion,
    label=("certification", "certification"),
    topic="statements",
    question=QT_TRANSLATE_NOOP(
        "YesNoQuestion", "Do you hold one of these certifications, or an equivalent?"
    ),
    id_prefix="certification",
    named_by_its_words=True,
)
