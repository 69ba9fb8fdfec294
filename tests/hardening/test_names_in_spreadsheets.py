"""A candidate's name with control or bidi characters (a profile from a USB stick of unknown
origin: "Ana\\x1b[2J", "Ana\\x00", "Ana\\u202eB"): the Excel export of the matrix failed
with openpyxl's IllegalCharacterError (a crash dialog in the app), and the CSV carried a
NUL or an escape sequence raw. The matrix, the CSV and the workbook now show such a
character escaped, as the terminal output does."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from screener.batch import csv_text, run_batch
from screener.batch_profiles import ProfileFolder
from screener.persistence.vacancy_catalogue import load_paths

openpyxl = pytest.importorskip("openpyxl")

REPO = Path(__file__).resolve().parents[2]
NAMES = {
    "escape.json": ("Ana\x1b[2J\x07", "Ana\\x1b[2J\\x07"),
    "nul.json": ("Bo\x00b", "Bo\\x00b"),
    "override.json": ("Cy\u202eL", "Cy\\u202eL"),
}


@pytest.fixture
def result(tmp_path: Path):  # type: ignore[no-untyped-def]
    for file, (name, _) in NAMES.items():
        profile = {"format": 1, "name": name, "nationality": "BE", "languages": {"en": "V"}}
        (tmp_path / file).write_text(json.dumps(profile))
    vacancies = [e.vacancy for e in load_paths([REPO / "vacancies" / "250939.toml"]).vacancies]
    return run_batch(ProfileFolder(tmp_path), vacancies, dt.date(2025, 7, 1))


def test_the_workbook_is_written_with_the_names_escaped(result) -> None:  # type: ignore[no-untyped-def]
    from screener.adviser.workbook import xlsx_bytes

    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(result, "en")))  # raised
    names = [row[0].value for row in book.active.iter_rows(min_row=2)]
    assert sorted(names) == sorted(shown for _, shown in NAMES.values())


def test_the_csv_holds_no_control_character(result) -> None:  # type: ignore[no-untyped-def]
    text = csv_text(result, "en")
    assert not any(ch in text for ch in "\x00\x1b\x07\u202e")
    names = [row[0] for row in csv.reader(io.StringIO(text))][1:]
    assert sorted(names) == sorted(shown for _, shown in NAMES.values())
