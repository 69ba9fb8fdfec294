"""Candidates whose names look the same but are spelt differently (profiles gathered from
several systems on one USB stick): "Zoë" typed as one character on one and as e plus a
combining mark on another (macOS), "Ana" with an invisible zero-width space, "Ｂｏｂ" in
full-width letters. The matrix, the CSV and the workbook told apart only names equal
character for character, so these were two rows with the same name and no way to know
which profile each was. Such names are now shown with their file, as equal ones are.

And file names that look the same ("Zoë.json" from Windows and from macOS, which writes the
accent as a mark of its own): the rows read "Same (Zoë.json)" twice, and a reference given
by both files was "also used by Zoë.toml" in the problem of "Zoë.toml". Such names are now
written with their letters outside ASCII escaped. Profile > Open listed two candidates of
one name as two rows "Ana (changed …)", told apart by the minute they were saved at most.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from screener.batch import csv_text, run_batch
from screener.batch_profiles import ProfileFolder
from screener.persistence.errors import terminal_safe
from screener.persistence.profile_store import ProfileStore
from screener.persistence.vacancy_catalogue import load_paths
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog

REPO = Path(__file__).resolve().parents[2]
NAMES = {
    "zoe-composed.json": "Zo\u00eb",
    "zoe-decomposed.json": "Zoe\u0308",
    "ana.json": "Ana",
    "ana-hidden.json": "Ana\u200b",
    "bob.json": "Bob",
    "bob-wide.json": "\uff22\uff4f\uff42",
    "carl.json": "Carl",
}


def test_names_that_look_the_same_are_told_apart_by_their_file(tmp_path: Path) -> None:
    for file, name in NAMES.items():
        (tmp_path / file).write_text(json.dumps({"format": 1, "name": name}), "utf-8")
    vacancies = [e.vacancy for e in load_paths([REPO / "vacancies" / "250939.toml"]).vacancies]
    result = run_batch(ProfileFolder(tmp_path), vacancies, dt.date(2025, 7, 1))
    rows = [row[0] for row in csv.reader(io.StringIO(csv_text(result, "en")))][1:]
    assert len(rows) == len(NAMES)
    assert "Carl" in rows  # a name no other looks like is shown alone
    for file, name in NAMES.items():
        if name != "Carl":
            shown = terminal_safe(name)  # the zero-width space is written \\u200b
            assert f"{shown} ({file})" in rows, (file, rows)


# Files of one name copied to a stick from macOS (accents decomposed) and from Windows.
LOOK_ALIKE_FILES = ("Zo\u00eb.json", "Zoe\u0308.json", "Ana.json", "ana.json")


def test_files_whose_names_look_the_same_are_told_apart(tmp_path: Path) -> None:
    for file in LOOK_ALIKE_FILES:
        (tmp_path / file).write_text(json.dumps({"format": 1, "name": "Same"}), "utf-8")
    vacancies = [e.vacancy for e in load_paths([REPO / "vacancies" / "250939.toml"]).vacancies]
    result = run_batch(ProfileFolder(tmp_path), vacancies, dt.date(2025, 7, 1))
    rows = [row[0] for row in csv.reader(io.StringIO(csv_text(result, "en")))][1:]
    assert sorted(rows) == [
        "Same (Ana.json)",  # another case shows already
        "Same (Zo\\xeb.json)",
        "Same (Zoe\\u0308.json)",
        "Same (ana.json)",
    ]


def test_a_reference_given_twice_names_the_other_file_so_it_can_be_told_apart(
    tmp_path: Path,
) -> None:
    text = (REPO / "vacancies" / "250939.toml").read_text("utf-8")
    for file in LOOK_ALIKE_FILES[:2]:
        (tmp_path / file.replace(".json", ".toml")).write_text(text, "utf-8")
    [error] = load_paths([tmp_path]).errors
    said = str(error)
    assert "is also used by Zo\\xeb.toml" in said or "is also used by Zoe\\u0308.toml" in said


def test_profile_open_tells_candidates_of_one_name_apart_by_their_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    for file, name in NAMES.items():
        (tmp_path / file).write_text(json.dumps({"format": 1, "name": name}), "utf-8")
    dialog = OpenProfileDialog(ProfileStore(tmp_path), None)
    qtbot.addWidget(dialog)
    shown = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    rows = sorted(text.partition(" (changed ")[0] for text in shown)
    assert rows == sorted(  # the zero-width space written \\u200b, as in the table
        terminal_safe(name if name == "Carl" else f"{name} ({file})")
        for file, name in NAMES.items()
    )
