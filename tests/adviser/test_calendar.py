"""Deadlines as .ics (RFC 5545): parsed back line by line and checked field by field."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from adviser_support import save

from screener.adviser.calendar import calendar_text, escape_text, event_uid, fold
from screener.domain.criteria import LocalizedText
from screener.domain.profile import Profile

STAMP = dt.datetime(2025, 1, 2, 9, 30, tzinfo=dt.UTC)


def unfold(data: bytes) -> list[str]:
    """Content lines, as a calendar program reads them: every physical line ends in CRLF,
    is at most 75 octets and valid UTF-8 on its own (no character split by a fold)."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in physical)
    assert all(len(line) <= 75 for line in physical)
    lines: list[str] = []
    for raw in physical:
        line = raw.decode("utf-8")
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] in "nN" else m[1], value)


def components(lines: list[str], name: str) -> list[dict[str, str]]:
    """Each BEGIN:name ... END:name block as {property (with parameters): value}."""
    found: list[dict[str, str]] = []
    depth = 0
    current: dict[str, str] = {}
    for line in lines:
        if line == f"BEGIN:{name}":
            depth, current = 1, {}
        elif line == f"END:{name}":
            found.append(current)
            depth = 0
        elif depth and not line.startswith(("BEGIN:", "END:")):
            key, _, value = line.partition(":")
            current.setdefault(key, value)
    return found


def test_one_event_per_deadline_with_a_reminder_a_week_before(vacancy) -> None:
    chosen = [vacancy("250939"), vacancy("241600")]
    lines = unfold(calendar_text(chosen, "en", STAMP).encode("utf-8"))
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-1] == "END:VCALENDAR"
    assert any(line.startswith("PRODID:") for line in lines)
    events = components(lines, "VEVENT")
    assert [e["UID"] for e in events] == [
        "250939-20250727T235900@deadline.screener.invalid",
        "241600-20241208T235959@deadline.screener.invalid",
    ]
    first = events[0]
    # 250939 closes 27 July 2025 at 23:59, Brussels time (the notice's own words).
    assert first["DTSTART;TZID=Europe/Brussels"] == "20250727T235900"
    assert first["DTSTAMP"] == "20250102T093000Z"
    assert unescape(first["SUMMARY"]) == (
        "Application deadline: 250939 Close Protection Operations Centre Agent (+Reserve List)"
    )
    assert "27 July 2025 23:59" in unescape(first["DESCRIPTION"])
    alarms = components(lines, "VALARM")
    assert len(alarms) == 2
    assert alarms[0]["TRIGGER;RELATED=START"] == "-P7D"
    assert alarms[0]["ACTION"] == "DISPLAY"
    assert unescape(alarms[0]["DESCRIPTION"]) == "One week left to apply for 250939"


def test_the_time_zone_is_written_out_and_agrees_with_brussels(vacancy) -> None:
    lines = unfold(calendar_text([vacancy("250939")], "en", STAMP).encode("utf-8"))
    zones = components(lines, "VTIMEZONE")
    assert zones[0]["TZID"] == "Europe/Brussels"
    daylight = components(lines, "DAYLIGHT")[0]
    standard = components(lines, "STANDARD")[0]
    assert daylight["RRULE"] == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    assert standard["RRULE"] == "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"

    def offset_by_rules(moment: dt.datetime) -> str:
        def last_sunday(month: int) -> dt.date:
            day = dt.date(moment.year, month + 1, 1) - dt.timedelta(days=1)
            return day - dt.timedelta(days=(day.weekday() + 1) % 7)

        starts = dt.datetime.combine(last_sunday(3), dt.time(2))
        ends = dt.datetime.combine(last_sunday(10), dt.time(3))
        summer = starts <= moment.replace(tzinfo=None) < ends
        return daylight["TZOFFSETTO"] if summer else standard["TZOFFSETTO"]

    brussels = ZoneInfo("Europe/Brussels")
    for day in (
        dt.date(2025, 3, 29),
        dt.date(2025, 3, 31),
        dt.date(2026, 10, 24),
        dt.date(2026, 10, 26),
    ):
        moment = dt.datetime.combine(day, dt.time(12), tzinfo=brussels)
        assert moment.strftime("%z") == offset_by_rules(moment), day


def test_text_is_escaped_and_long_lines_folded_without_splitting_characters(vacancy) -> None:
    tricky = "Agent, sécurité; niveau \\ 2\nréserve " + "é" * 80
    chosen = vacancy("250939").model_copy(update={"title": LocalizedText(en=tricky, fr=tricky)})
    data = calendar_text([chosen], "fr", STAMP).encode("utf-8")
    lines = unfold(data)
    summary = components(lines, "VEVENT")[0]["SUMMARY"]
    assert "\\,\\;" not in summary and "Agent\\, sécurité\\; niveau \\\\ 2\\nréserve" in summary
    assert unescape(summary).endswith(tricky)
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape_text("red \x1b[31mtitle\x07") == "red [31mtitle"  # no control characters
    assert fold("x" * 75) == "x" * 75
    assert fold("x" * 76) == "x" * 75 + "\r\n x"


def test_uids_are_stable_between_exports(vacancy) -> None:
    first = calendar_text([vacancy("250411")], "en", STAMP)
    later = calendar_text([vacancy("250411")], "en", STAMP + dt.timedelta(days=3))
    uid = event_uid(vacancy("250411"))
    assert f"UID:{uid}" in first and f"UID:{uid}" in later
    moved = vacancy("250411").model_copy(
        update={
            "deadline": vacancy("250411").deadline.model_copy(update={"date": dt.date(2025, 5, 1)})
        }
    )
    assert event_uid(moved) != uid  # a new deadline is a new event


def test_cli_calendar_for_the_vacancies_a_candidate_may_still_apply_to(run, tmp_path: Path) -> None:
    # Eligible for all five on languages; on 1 March 2025 only 250411, 250717 and 250939
    # are open; Eva has no B licence, which 250939 asks for.
    eva = Profile(
        name="Eva", nationality="BE", education="master", languages={"en": "V", "fr": "V"},
        driving_licences=[],
    )  # fmt: skip
    profile = save(tmp_path, eva)
    out = tmp_path / "eva.ics"
    args = ["calendar", "--profile", str(profile), "--on", "2025-03-01", "-o", str(out)]
    result = run(*args, "--open-only", "--eligible-only")
    assert result.code == 0, result.err
    events = components(unfold(out.read_bytes()), "VEVENT")
    assert [e["UID"].split("-")[0] for e in events] == ["250411", "250717"]
    everything = run("calendar", "--on", "2025-03-01", "--open-only")
    refs = [e["UID"].split("-")[0] for e in components(unfold(everything.out.encode()), "VEVENT")]
    assert refs == ["250411", "250717", "250939"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--eligible-only"], "--eligible-only needs --profile"),
        (["--vacancy", "999999"], "unknown vacancy reference '999999'"),
        (["--vacancy", "250939", "--open-only", "--on", "2026-01-01"], "calendar would be empty"),
    ],
)
def test_cli_calendar_problems(run, args: list[str], expected: str) -> None:
    result = run("calendar", *args)
    assert result.code == 2
    assert expected in result.err
    assert result.out == ""
