"""What a rule gives for one criterion, and the small cache the rules share outcomes through."""

from __future__ import annotations

from typing import Any

from screener.domain.assessment import Reason, Status
from screener.domain.profile import UNSURE, Answer

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


def answer_class(answer: Answer | None) -> int:
    """The answer reduced to what an outcome depends on: none, no, not sure, or anything else."""
    if answer is None:
        return 0
    if answer is False:
        return 1
    return 2 if answer == UNSURE else 3
