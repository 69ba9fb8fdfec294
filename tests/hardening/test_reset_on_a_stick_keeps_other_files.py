"""Profile > Delete all my data on a portable copy removes Screener's files, not the user's.

The `Screener data` folder beside a portable copy sits in plain sight on the stick, and people
save their exported results in it. The reset removed that folder whole, as it does the
platform's hidden per-app folder: the exports went with it. A folder chosen with
SCREENER_DATA_DIR already kept what Screener did not write; the stick's folder now does too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from screener import paths
from screener.persistence.data_reset import delete_all_data


@pytest.fixture
def stick_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    program = tmp_path / "E" / "Screener"
    program.mkdir(parents=True)
    (program / paths.PORTABLE_MARKER).touch()
    monkeypatch.setattr(sys, "executable", str(program / "Screener.exe"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.CACHE_DIR_ENV, raising=False)
    data = paths.user_data_dir()
    assert data == program / paths.PORTABLE_DATA_FOLDER
    return data


def test_the_users_exports_stay_and_screeners_files_go(stick_data: Path) -> None:
    for folder in ("profiles", "vacancies", "cache"):
        (stick_data / folder).mkdir(parents=True)
    (stick_data / "profiles" / "ana.json").write_text('{"format": 1}', encoding="utf-8")
    (stick_data / "vacancies" / "999001.toml").write_text("x", encoding="utf-8")
    (stick_data / "settings.json").write_text("{}", encoding="utf-8")
    export = stick_data / "screening-250939-Ana-2026-11-30.pdf"
    export.write_bytes(b"%PDF-1.4 the user's result")
    assert delete_all_data() == stick_data
    assert sorted(p.name for p in stick_data.iterdir()) == [export.name]
    assert export.read_bytes() == b"%PDF-1.4 the user's result"


def test_an_emptied_folder_goes_too(stick_data: Path) -> None:
    (stick_data / "profiles").mkdir(parents=True)
    (stick_data / "settings.json").write_text("{}", encoding="utf-8")
    delete_all_data()
    assert not stick_data.exists()
    assert (stick_data.parent / paths.PORTABLE_MARKER).exists()  # still a portable copy
