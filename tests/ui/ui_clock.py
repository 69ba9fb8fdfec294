"""The fixed moment UI tests run at: a week before 250939 closes (the others are closed)."""

from __future__ import annotations

import datetime as dt

from screener.domain.terms import BRUSSELS

NOW = dt.datetime(2025, 7, 20, 10, 0, tzinfo=BRUSSELS)


def fixed_clock() -> dt.datetime:
    return NOW
