"""Files written by a newer Screener, in every format this one reads.

A vacancy file of format 2 was refused as "format: Input should be 1 (got 2)", which tells a
user nothing of what to do; a profile already said a newer version wrote it. The refusal is
worded once, for profiles, vacancies and packs alike; settings from a newer version are read
value by value (tests/hardening/test_settings_values.py) and the cache is named by the code
that wrote it (tests/persistence).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from screener import paths
from screener.persistence.errors import newer_format
from screener.persistence.profile_files import read_profile
from screener.persistence.vacancy_files import load_vacancy
from tests.hardening.hardening_support import refused, run_cli

VACANCY = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")


def _vacancy_of_format(folder: Path, version: str, name: str = "newer.toml") -> Path:
    path = folder / name
    path.write_text(VACANCY.replace("format = 1\n", f"format = {version}\n", 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("version", [2, 10**30])
def test_a_vacancy_from_a_newer_version_says_so(tmp_path: Path, version: int) -> None:
    path = _vacancy_of_format(tmp_path, str(version))
    error = refused(lambda: load_vacancy(path), path)
    assert [(p.where, p.message) for p in error.problems] == [
        ("format", newer_format("vacancy", version, 1))
    ]
    assert "Update Screener to open it" in str(error)


@pytest.mark.parametrize("version", ["0", "true", '"2"', "1.5"])
def test_other_wrong_formats_are_still_wrong_values(tmp_path: Path, version: str) -> None:
    path = _vacancy_of_format(tmp_path, version)
    error = refused(lambda: load_vacancy(path), path)
    assert error.problems[0].where == "format"
    assert "newer version" not in str(error)


def test_the_commands_and_the_folder_name_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True)
    newer = _vacancy_of_format(folder, "3")
    status, out, err = run_cli(capsys, "list")
    assert status == 0 and "250939" in out
    assert f"{newer}: format: was saved by a newer version of Screener (vacancy format 3;" in err
    status, _out, err = run_cli(capsys, "validate", str(newer))
    assert status == 2 and "vacancy format 3" in err


def test_a_pack_from_a_newer_version_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "newer.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr(
            "manifest.json", json.dumps({"kind": "screener-vacancy-pack", "format": 2})
        )
        archive.writestr("250939.toml", VACANCY)
    status, _out, err = run_cli(capsys, "pack", "import", str(pack))
    assert status == 2
    assert f"{pack}: manifest.json: format: {newer_format('pack', 2, 1)}" in err


def test_the_profile_wording_is_the_same_one(tmp_path: Path) -> None:
    path = tmp_path / "me.json"
    path.write_text('{"format": 2, "name": "Ana"}', encoding="utf-8")
    error = refused(lambda: read_profile(path), path)
    assert error.problems[0].message == newer_format("profile", 2, 1)
