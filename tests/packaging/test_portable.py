"""Portable use: a `portable` file beside the program, or `--data-dir DIR`, keeps every file
Screener writes (profiles, settings, the user's vacancies, the cache) in one folder there."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from packaging_support import REPO, clean_environment, run
from platformdirs import user_data_path

from screener import paths
from screener.cli import entry as cli

SAMPLE = (REPO / "vacancies" / "250939.toml").read_text(encoding="utf-8")


def _own_vacancy(folder: Path) -> None:
    """A vacancy of the user's own (a bundled one under another reference)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE.replace('reference = "250939"', 'reference = "999001"', 1)
    assert text != SAMPLE
    (folder / "999001.toml").write_text(text, encoding="utf-8")


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's folder on a USB stick, with no data folder chosen otherwise, and a home
    folder of its own so that anything written to the user's profile would show."""
    folder = tmp_path / "E" / "Screener"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(folder / "Screener.exe"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.CACHE_DIR_ENV, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()) if name != "HOME" else str(home))
    return folder


def test_without_the_marker_data_goes_to_the_user_profile_folder(stick: Path) -> None:
    assert paths.portable_data_dir() is None
    assert paths.user_data_dir() == user_data_path("Screener", appauthor=False)
    assert not str(paths.user_cache_dir()).startswith(str(stick))


def test_the_marker_keeps_all_user_data_and_the_cache_beside_the_program(stick: Path) -> None:
    (stick / "portable").write_text("", encoding="utf-8")
    data = stick / "Screener data"
    assert paths.user_data_dir() == data
    assert paths.profiles_dir() == data / "profiles"
    assert paths.settings_file() == data / "settings.json"
    assert paths.user_vacancies_dir() == data / "vacancies"
    assert paths.user_cache_dir() == data / "cache"


def test_a_macos_app_finds_the_marker_beside_screener_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    program = tmp_path / "USB" / "Screener.app" / "Contents" / "MacOS"
    program.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(program / "Screener"))
    (tmp_path / "USB" / "portable").write_text("", encoding="utf-8")
    assert paths.user_data_dir() == tmp_path / "USB" / "Screener data"


def test_an_explicit_data_folder_wins_over_the_marker(
    stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (stick / "portable").write_text("", encoding="utf-8")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.user_data_dir() == tmp_path / "elsewhere"
    assert paths.user_cache_dir() == tmp_path / "elsewhere" / "cache"


def test_on_a_stick_the_cli_reads_and_writes_only_beside_the_program(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (stick / "portable").write_text("", encoding="utf-8")
    _own_vacancy(stick / "Screener data" / "vacancies")

    assert cli.main(["list"]) == 0
    assert "999001" in capsys.readouterr().out
    assert any((stick / "Screener data" / "cache").iterdir())  # the validated-vacancy cache
    assert list((tmp_path / "home").rglob("*")) == []  # nothing in the user's profile


def test_data_dir_option_runs_a_command_with_that_folder(tmp_path: Path) -> None:
    folder = tmp_path / "adviser"
    _own_vacancy(folder / "vacancies")
    env = clean_environment(tmp_path / "unused")
    env.pop(paths.DATA_DIR_ENV)
    env["PYTHONPATH"] = str(REPO)
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")

    listed = run(
        [sys.executable, "-m", "screener", "--data-dir", str(folder), "list"], tmp_path, env
    )
    assert listed.code == 0, listed.err
    assert "999001" in listed.out
    assert any((folder / "cache").iterdir())
    assert not (tmp_path / "xdg-cache").exists()

    same = run(
        [sys.executable, "-m", "screener", f"--data-dir={folder}", "show", "999001"], tmp_path, env
    )
    assert same.code == 0, same.err


def test_data_dir_that_is_a_file_or_missing_is_a_clear_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    assert cli.main(["--data-dir", str(a_file), "list"]) == 2
    err = capsys.readouterr().err
    assert "notes.txt" in err and "expected a folder" in err
    assert cli.main(["--data-dir"]) == 2
    assert "--data-dir" in capsys.readouterr().err


def test_data_dir_alone_starts_the_desktop_app_with_that_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []
    monkeypatch.setattr(cli, "run_gui", lambda argv: seen.append(paths.user_data_dir()) or 0)
    assert cli.main(["--data-dir", str(tmp_path / "stick-data")]) == 0
    assert seen == [tmp_path / "stick-data"]


def test_the_bundle_finds_its_resources_in_its_internal_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    internal = tmp_path / "Screener" / "_internal"
    shutil.copytree(REPO / "resources", internal / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert paths.resources_dir() == internal / "resources"
    assert paths.bundled_vacancies_dir() == internal / "vacancies"


def test_a_frozen_bundle_keeps_its_vacancy_cache_and_a_rebuilt_one_starts_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from screener.persistence import vacancy_cache

    executable = tmp_path / "screener"
    executable.write_bytes(b"bundle one")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    vacancy_cache.code_fingerprint.cache_clear()
    first = vacancy_cache.code_fingerprint()
    vacancy_cache.code_fingerprint.cache_clear()
    assert vacancy_cache.code_fingerprint() == first  # same bundle: the cache stays valid
    executable.write_bytes(b"bundle two, rebuilt")
    vacancy_cache.code_fingerprint.cache_clear()
    assert vacancy_cache.code_fingerprint() != first
    vacancy_cache.code_fingerprint.cache_clear()
