"""Deadline status in Brussels time, and the verdict from the essential criteria."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from vacancy_builders import crit, make_vacancy

from screener.domain.assessment import DeadlineState, Verdict
from screener.domain.deadline import CLOSING_SOON_DAYS, deadline_status
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.terms import BRUSSELS
from screener.domain.vacancy import Deadline
from screener.report.messages import deadline_text

DAY_ONLY = Deadline(date=dt.date(2025, 5, 13))  # like 250717: no time, so end of that day
AT_2359 = Deadline(date=dt.date(2025, 7, 27), time=dt.time(23, 59))  # like 250939
AT_NOON = Deadline(date=dt.date(2025, 3, 1), time=dt.time(12, 0))
UTC = dt.UTC
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("on", "state", "days_left"),
    [
        (dt.date(2025, 3, 1), DeadlineState.OPEN, 73),
        (dt.date(2025, 4, 28), DeadlineState.OPEN, CLOSING_SOON_DAYS + 1),
        (dt.date(2025, 4, 29), DeadlineState.CLOSING_SOON, CLOSING_SOON_DAYS),
        (dt.date(2025, 5, 12), DeadlineState.CLOSING_SOON, 1),
        (dt.date(2025, 5, 13), DeadlineState.CLOSING_SOON, 0),  # still open all that day
        (dt.date(2025, 5, 14), DeadlineState.CLOSED, -1),
        (dt.date(2026, 1, 1), DeadlineState.CLOSED, -233),
    ],
)
def test_deadline_on_a_date(on: dt.date, state: DeadlineState, days_left: int) -> None:
    status = deadline_status(DAY_ONLY, on)
    assert (status.state, status.days_left, status.on) == (state, days_left, on)


def test_deadline_without_a_time_is_the_end_of_that_day_in_brussels() -> None:
    closes = DAY_ONLY.closes_at()
    assert closes.tzinfo == BRUSSELS
    assert (closes.hour, closes.minute) == (23, 59)
    assert closes.isoformat().endswith("+02:00")  # summer time in Brussels
    late = dt.datetime(2025, 5, 13, 23, 30, tzinfo=BRUSSELS)
    assert deadline_status(DAY_ONLY, late).state is DeadlineState.CLOSING_SOON
    after = dt.datetime(2025, 5, 14, 0, 0, 1, tzinfo=BRUSSELS)
    assert deadline_status(DAY_ONLY, after).state is DeadlineState.CLOSED


@pytest.mark.parametrize(
    ("moment", "state"),
    [
        (dt.datetime(2025, 3, 1, 11, 59, tzinfo=BRUSSELS), DeadlineState.CLOSING_SOON),
        (dt.datetime(2025, 3, 1, 12, 1, tzinfo=BRUSSELS), DeadlineState.CLOSED),
        (dt.datetime(2025, 3, 1, 10, 30, tzinfo=UTC), DeadlineState.CLOSING_SOON),  # 11:30 CET
        (dt.datetime(2025, 3, 1, 11, 30, tzinfo=UTC), DeadlineState.CLOSED),  # 12:30 CET
        (dt.datetime(2025, 3, 1, 6, 30, tzinfo=NEW_YORK), DeadlineState.CLOSED),  # 12:30 CET
        (dt.datetime(2025, 3, 1, 11, 30), DeadlineState.CLOSING_SOON),  # naive: Brussels
        (dt.datetime(2025, 3, 1, 12, 30), DeadlineState.CLOSED),
    ],
)
def test_deadline_with_a_time(moment: dt.datetime, state: DeadlineState) -> None:
    assert deadline_status(AT_NOON, moment).state is state


def test_a_moment_elsewhere_counts_on_its_brussels_day() -> None:
    # 23:30 in New York on 26 July is 05:30 on 27 July in Brussels: closing today.
    status = deadline_status(AT_2359, dt.datetime(2025, 7, 26, 23, 30, tzinfo=NEW_YORK))
    assert (status.state, status.days_left, status.on) == (
        DeadlineState.CLOSING_SOON,
        0,
        dt.date(2025, 7, 27),
    )
    # 22:30 UTC on 27 July is 00:30 on 28 July in Brussels: closed.
    status = deadline_status(AT_2359, dt.datetime(2025, 7, 27, 22, 30, tzinfo=UTC))
    assert status.state is DeadlineState.CLOSED
    assert status.closed_since == dt.date(2025, 7, 27)


@pytest.mark.parametrize(
    ("deadline", "on", "en", "fr"),
    [
        (DAY_ONLY, dt.date(2025, 3, 1), "Open until 13 May 2025", "Ouvert jusqu'au 13 mai 2025"),
        (DAY_ONLY, dt.date(2025, 5, 1), "Closes in 12 days (13 May 2025)", "Clôture dans 12 jours"),
        (DAY_ONLY, dt.date(2025, 5, 12), "Closes tomorrow (13 May 2025)", "Clôture demain"),
        (DAY_ONLY, dt.date(2025, 5, 13), "Closes today (13 May 2025)", "Clôture aujourd'hui"),
        (DAY_ONLY, dt.date(2025, 5, 14), "Closed since 13 May 2025", "Clôturé depuis le 13 mai"),
        (AT_NOON, dt.date(2025, 3, 1), "Closes today (1 March 2025 12:00)", "1er mars 2025 12:00"),
    ],
)
def test_deadline_wording(deadline: Deadline, on: dt.date, en: str, fr: str) -> None:
    status = deadline_status(deadline, on)
    assert deadline_text(status, "en") == en
    assert fr in deadline_text(status, "fr")


def test_assessment_carries_the_deadline_and_its_day() -> None:
    vacancy = make_vacancy(crit("nationality"), deadline={"date": "2025-05-13"})
    result = assess(vacancy, Profile(), on=dt.datetime(2025, 5, 13, 22, 30, tzinfo=UTC))
    assert result.on == dt.date(2025, 5, 14)
    assert result.deadline.state is DeadlineState.CLOSED
    # Closed vacancies are still screened (reserve lists, practice): the verdict is computed.
    assert result.verdict is Verdict.INCOMPLETE


# --- verdict -------------------------------------------------------------------------------

TWO = make_vacancy(
    crit("statement", "a"),
    crit("statement", "b"),
    desirable=[crit("statement", "d1"), crit("statement", "d2"), crit("statement", "d3")],
)
ON = dt.date(2029, 1, 1)


def _answers(**answers: object) -> Profile:
    profile = Profile()
    for key, value in answers.items():
        profile = profile.with_answer("T1", key, value)  # type: ignore[arg-type]
    return profile


@pytest.mark.parametrize(
    ("answers", "verdict", "failing", "open_questions"),
    [
        ({"a": True, "b": True}, Verdict.ELIGIBLE, [], []),
        ({"a": True, "b": "unsure"}, Verdict.INCOMPLETE, [], ["b"]),
        ({"a": True}, Verdict.INCOMPLETE, [], ["b"]),
        ({"a": False, "b": True}, Verdict.NOT_ELIGIBLE, ["a"], []),
        ({"a": False, "b": "unsure"}, Verdict.NOT_ELIGIBLE, ["a"], ["b"]),  # not met wins
        ({"a": False, "b": False}, Verdict.NOT_ELIGIBLE, ["a", "b"], []),
        ({}, Verdict.INCOMPLETE, [], ["a", "b"]),
    ],
)
def test_verdict(
    answers: dict[str, object], verdict: Verdict, failing: list[str], open_questions: list[str]
) -> None:
    result = assess(TWO, _answers(**answers), on=ON)
    assert result.verdict is verdict
    assert [r.id for r in result.failing] == failing
    assert [r.id for r in result.open_questions] == open_questions


def test_desirable_criteria_never_change_the_verdict() -> None:
    result = assess(TWO, _answers(a=True, b=True, d1=False, d2="unsure", d3=True), on=ON)
    assert result.verdict is Verdict.ELIGIBLE
    assert (result.desirable_met, result.desirable_total) == (1, 3)
    assert [r.id for r in result.desirables] == ["d1", "d2", "d3"]
    assert all(not r.essential for r in result.desirables)


def test_results_keep_the_notice_order() -> None:
    result = assess(TWO, Profile(), on=ON)
    assert [r.id for r in result.criteria] == ["a", "b", "d1", "d2", "d3"]
