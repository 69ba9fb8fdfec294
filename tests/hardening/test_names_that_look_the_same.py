"""Candidates whose names look the same but are spelt differently (profiles gathered from
several systems on one USB stick): "Zoë" typed as one character on one and as e plus a
combining mark on another (macOS), "Ana" with an invisible zero-width space, "Ｂｏｂ" in
full-width letters. The matrix, the CSV and the workbook told apart only names equal
character for character, so these were two rows with the same name and no way to know
which profile each was. Such names are now shown with their file, as equal ones are.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from screener.batch import ProfileFolder, csv_text, run_batch
from screener.persistence.errors import terminal_safe
from screener.persistence.vacancy_catalogue import load_paths

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
