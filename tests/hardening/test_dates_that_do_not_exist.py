"""A deadline on a day or at a time that does not exist, as a hand edit makes it: month 13,
day 32, 24:00, the leap second 23:59:60. The TOML parser stops inside the value and names
only its symptom: "TOML syntax error: unclosed inline table", at a column in the middle of
the date, which sent the user looking for a missing brace; so did a time written without its
seconds ("23:59", which TOML does not read) or with a zone. Such a value is now named as what
it is, in French too."""

from __future__ import annotations

from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES, refused

from screener.persistence.vacancy_files import load_vacancy
from screener.ui.common.language import apply_language
from screener.ui.common.problem_words import error_text

SOURCE = next(p for p in BUNDLED_FILES if p.name == "250717.toml").read_text("utf-8")
DEADLINE = "deadline = { date = 2025-05-13 }"


def _vacancy(tmp_path: Path, deadline: str) -> Path:
    assert DEADLINE in SOURCE
    path = tmp_path / "250717.toml"
    path.write_text(SOURCE.replace(DEADLINE, f"deadline = {deadline}"), "utf-8")
    return path


@pytest.mark.parametrize(
    ("deadline", "value"),
    [
        ("{ date = 2025-13-01 }", "2025-13-01"),
        ("{ date = 2025-05-32 }", "2025-05-32"),
        ("{ date = 2025-05-13, time = 24:00:00 }", "24:00:00"),
        ("{ date = 2025-05-13, time = 23:59:60 }", "23:59:60"),
        ("{ date = 2025-05-13, time = 12:60 }", "12:60"),
    ],
)
def test_a_date_or_time_that_does_not_exist_is_named(
    tmp_path: Path, deadline: str, value: str
) -> None:
    path = _vacancy(tmp_path, deadline)
    said = str(refused(lambda: load_vacancy(path), path))
    assert f"{value} is not a date or time that exists" in said, said
    assert "inline table" not in said


@pytest.mark.parametrize(
    ("deadline", "said"),
    [
        (
            "{ date = 2025-05-13, time = 23:59 }",
            "23:59 needs its seconds in a vacancy file: write it as 23:59:00",
        ),
        (
            "{ date = 2025-05-13, time = 10:00:00Z }",
            "10:00:00Z gives a time zone; a deadline is Brussels time: write the time without "
            "one, as 10:00:00",
        ),
    ],
)
def test_a_time_toml_cannot_read_says_how_to_write_it(
    tmp_path: Path, deadline: str, said: str
) -> None:
    # Both were "unclosed inline table" too: TOML wants a time's seconds, and no zone on it.
    path = _vacancy(tmp_path, deadline)
    assert said in str(refused(lambda: load_vacancy(path), path))


def test_it_is_named_in_french(qtbot: object, tmp_path: Path) -> None:
    path = _vacancy(tmp_path, "{ date = 2025-13-01 }")
    error = refused(lambda: load_vacancy(path), path)
    apply_language("fr")
    try:
        said = error_text(error).replace("\u00a0", " ")
    finally:
        apply_language("en")
    assert "2025-13-01 n'est pas une date ou une heure qui existe" in said, said


def test_a_slip_elsewhere_on_the_line_is_said_as_before(tmp_path: Path) -> None:
    path = _vacancy(tmp_path, "{ date = 2025-05-13 ")
    said = str(refused(lambda: load_vacancy(path), path))
    assert "not a date or time" not in said
