"""Vacancy files with enormous lists: under the size limit, 40,000 conditions or 10,000
requirements kept the app laying out a label or a question per item for minutes. Such files
are refused at load, naming the list; a notice's real sizes still load."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES, refused, time_limit

from screener.persistence.text_checks import MAX_LIST_ITEMS
from screener.persistence.vacancy_files import MAX_CRITERIA, load_vacancy

BASE = BUNDLED_FILES[-1].read_text("utf-8")  # 250939: 11 essential, 12 desirable


def _statements(count: int, table: str = "desirable") -> str:
    return "".join(
        f"\n[[{table}]]\nkind = 'statement'\nid = 'extra-{i}'\ntext.en = 'a {i}'\n"
        f"text.fr = 'b {i}'\n"
        for i in range(count)
    )


def _criteria_in(text: str) -> int:
    return len(re.findall(r"^\[\[(?:essential|desirable)\]\]", text, flags=re.M))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "big.toml"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size < 1024 * 1024  # all under the file size limit
    return path


def test_as_many_requirements_as_allowed_load(tmp_path: Path) -> None:
    text = BASE + _statements(MAX_CRITERIA - _criteria_in(BASE))
    vacancy = load_vacancy(_write(tmp_path, text))
    assert len(vacancy.essential) + len(vacancy.desirable) == MAX_CRITERIA


@pytest.mark.parametrize("table", ["essential", "desirable"])
def test_one_requirement_more_is_refused(tmp_path: Path, table: str) -> None:
    path = _write(tmp_path, BASE + _statements(MAX_CRITERIA + 1 - _criteria_in(BASE), table))
    error = refused(lambda: load_vacancy(path), path)
    assert str(error) == (
        f"{path}: has {MAX_CRITERIA + 1} requirements (essential and desirable); a vacancy "
        f"file holds at most {MAX_CRITERIA}"
    )


def test_ten_thousand_requirements_are_refused_quickly(tmp_path: Path) -> None:
    path = _write(tmp_path, BASE + _statements(10_000))
    with time_limit(10):
        refused(lambda: load_vacancy(path), path)


def test_forty_thousand_conditions_are_refused_naming_the_list(tmp_path: Path) -> None:
    many = '"medical_approval", ' * 40_000
    text = BASE.replace("conditions = [", f"conditions = [{many}", 1)
    path = _write(tmp_path, text)
    error = refused(lambda: load_vacancy(path), path)
    assert (
        str(error)
        == f"{path}: conditions: has 40,004 items; at most {MAX_LIST_ITEMS:,} are allowed"
    )


def test_a_long_list_deep_in_a_requirement_is_named(tmp_path: Path) -> None:
    many = '"B", ' * (MAX_LIST_ITEMS + 1)
    text = BASE.replace('categories = ["B"]', f"categories = [{many}]", 1)
    path = _write(tmp_path, text)
    error = refused(lambda: load_vacancy(path), path)
    assert error.problems[0].where.endswith(".categories")
    assert error.problems[0].where.startswith("essential[")


def test_a_condition_listed_twice_is_refused(tmp_path: Path) -> None:
    text = BASE.replace("conditions = [", 'conditions = ["accreditation", ', 1)
    path = _write(tmp_path, text)
    error = refused(lambda: load_vacancy(path), path)
    assert str(error) == f"{path}: conditions[4]: 'accreditation' is listed more than once"


def test_every_bundled_vacancy_is_within_the_bounds() -> None:
    for path in BUNDLED_FILES:
        load_vacancy(path)
