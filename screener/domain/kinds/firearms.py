"""Experience with firearms and a shooting test: only the candidate can say."""

from __future__ import annotations

from typing import Literal

from screener.domain.criterion_base import CriterionBase
from screener.domain.kinds.kind import declared_kind
from screener.translatable import QT_TRANSLATE_NOOP


class FirearmsCriterion(CriterionBase):
    kind: Literal["firearms"] = "firearms"
    experience: bool = True
    shooting_test: bool = False


KIND = declared_kind(
    "firearms",
    FirearmsCriterion,
    label=("firearms", "armes à feu"),
    topic="tests",
    question=QT_TRANSLATE_NOOP(
        "YesNoQuestion", "Do you have this experience with firearms, and could you pass the test?"
    ),
    id_prefix="firearms",
    same_everywhere=True,
)
