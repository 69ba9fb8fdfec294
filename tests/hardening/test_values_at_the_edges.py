"""Values at the edge of what TOML allows: a salary of `inf` ("Salary: inf EUR per month"),
deadlines in year 1 or 9999 (the calendar wrote "10101T000000", which no calendar reads),
and dates in messages written as Python reprs ("datetime.date(1, 1, 1)")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hardening_support import REPO, refused, run_cli

from screener.persistence.vacancy_files import load_vacancy

BASE = (REPO / "vacancies/250939.toml").read_text("utf-8")
DEADLINE = "deadline = { date = 2025-07-27, time = 23:59:00 }"


def _vacancy(tmp_path: Path, old: str, new: str) -> Path:
    assert old in BASE
    path = tmp_path / "edge.toml"
    path.write_text(BASE.replace(old, new, 1), "utf-8")
    return path


@pytest.mark.parametrize("amount", ["inf", "+inf", "-inf", "nan"])
def test_a_salary_that_is_no_number_is_refused(tmp_path: Path, amount: str) -> None:
    path = _vacancy(tmp_path, "amount = 3778.93", f"amount = {amount}")
    error = refused(lambda: load_vacancy(path), path)
    assert error.problems[0].where == "salary.amount"


@pytest.mark.parametrize(
    ("date", "written"), [("0001-01-01", "00010101T000000"), ("0999-03-04", "09990304T000000")]
)
def test_a_deadline_before_year_1000_is_written_with_four_digits(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, date: str, written: str
) -> None:
    path = _vacancy(tmp_path, DEADLINE, f"deadline = {{ date = {date}, time = 00:00:00 }}")
    status, out, err = run_cli(capsys, "calendar", "--vacancy", str(path))
    assert status == 0, err
    starts = re.findall(r"^DTSTART;TZID=Europe/Brussels:(\S+)\r$", out, flags=re.M)
    assert starts == [written]


@pytest.mark.parametrize(
    "command",
    [["show"], ["calendar", "--vacancy"], ["assess", "--profile", "PROFILE", "--vacancy"]],
)
def test_the_last_day_of_year_9999_works_everywhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    path = _vacancy(tmp_path, DEADLINE, "deadline = { date = 9999-12-31, time = 23:59:59 }")
    profile = tmp_path / "ana.json"
    profile.write_text('{"format": 1, "name": "Ana"}')
    args = [str(profile) if arg == "PROFILE" else arg for arg in command]
    status, out, err = run_cli(capsys, *args, str(path), "--on", "9999-12-31")
    assert status == 0, err
    assert "9999" in out


def test_dates_in_messages_are_written_as_in_the_file(tmp_path: Path) -> None:
    path = _vacancy(
        tmp_path, DEADLINE, "deadline = { date = 2025-07-27, time = 1979-05-27T07:32:00Z }"
    )
    error = refused(lambda: load_vacancy(path), path)
    assert str(error) == (
        f"{path}: deadline.time: Input should be a valid time (got 1979-05-27T07:32:00+00:00)"
    )
