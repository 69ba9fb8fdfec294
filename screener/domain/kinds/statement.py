"""Anything else the notice asks (knowledge, skills): the candidate declares it, yes or no."""

from __future__ import annotations

from typing import Literal

from screener.domain.criterion_base import CriterionBase
from screener.domain.kinds.kind import declared_kind
from screener.translatable import QT_TRANSLATE_NOOP


class StatementCriterion(CriterionBase):
    kind: Literal["statement"] = "statement"


KIND = declared_kind(
    "statement",
    StatementCriterion,
    label=("self-declared", "déclaration"),
    topic="statements",
    question=QT_TRANSLATE_NOOP("YesNoQuestion", "Does this describe you?"),
    # Ids come from the requirement's own words: "fire-fighting-techniques".
    id_prefix=None,
    named_by_its_words=True,
)
