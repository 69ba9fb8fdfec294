"""Whether a vacancy is open, closing soon or closed on a given day, in Brussels time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from screener.domain.assessment import DeadlineState, DeadlineStatus
from screener.domain.terms import BRUSSELS

if TYPE_CHECKING:
    from screener.domain.vacancy import Deadline

# Within this many days a deadline is "closing soon" rather than simply "open".
CLOSING_SOON_DAYS = 14

# Bounds the cache below; deadlines x screening days stay far under it in practice.
_CACHE_LIMIT = 4096


def deadline_status(deadline: Deadline, on: dt.date | dt.datetime) -> DeadlineStatus:
    """Open, closing soon or closed, in Brussels time.

    A plain date asks about that whole day: the vacancy counts as open on its deadline day.
    """
    if isinstance(on, dt.datetime):
        return _deadline_status(deadline, on)
    # On a plain date the status depends on the deadline and the date only: it is frozen, so
    # assessing many vacancies on one day shares one per deadline.
    key = (deadline.date, deadline.time, on)
    status = _DEADLINE_STATUSES.get(key)
    if status is None:
        if len(_DEADLINE_STATUSES) >= _CACHE_LIMIT:
            _DEADLINE_STATUSES.clear()
        status = _DEADLINE_STATUSES[key] = _deadline_status(deadline, on)
    return status


_DEADLINE_STATUSES: dict[tuple[dt.date, dt.time | None, dt.date], DeadlineStatus] = {}


def _deadline_status(deadline: Deadline, on: dt.date | dt.datetime) -> DeadlineStatus:
    closes_at = deadline.closes_at()
    if isinstance(on, dt.datetime):
        moment = on.astimezone(BRUSSELS) if on.tzinfo else on.replace(tzinfo=BRUSSELS)
        day = moment.date()
        closed = moment > closes_at
    else:
        day = on
        closed = day > closes_at.date()
    days_left = (closes_at.date() - day).days
    if closed:
        state = DeadlineState.CLOSED
    elif days_left <= CLOSING_SOON_DAYS:
        state = DeadlineState.CLOSING_SOON
    else:
        state = DeadlineState.OPEN
    return DeadlineStatus(state, closes_at, day, days_left)
