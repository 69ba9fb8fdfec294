"""Settings: versioned, saved atomically, loaded tolerantly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener import paths
from screener.persistence.settings import (
    SETTINGS_FORMAT,
    Settings,
    load_settings,
    save_settings,
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


def test_missing_file_gives_defaults(data_dir: Path) -> None:
    assert load_settings() == Settings()
    assert not data_dir.exists()  # loading never creates anything


def test_round_trip(data_dir: Path) -> None:
    settings = Settings(
        language="fr",
        last_profile="jean-dupont",
        wizard_position={"250939": 3, "241436": "languages"},
    )
    settings.set_geometry(b"\x01\xd9\xd0\xcb\x00\x03")
    save_settings(settings)
    assert (data_dir / "settings.json").is_file()
    loaded = load_settings()
    assert loaded == settings
    assert loaded.geometry_bytes() == b"\x01\xd9\xd0\xcb\x00\x03"
    data = json.loads((data_dir / "settings.json").read_text())
    assert data["format"] == SETTINGS_FORMAT


def test_system_language_is_none() -> None:
    save_settings(Settings(language=None))
    assert load_settings().language is None


@pytest.mark.parametrize("content", ["{", "", "[1, 2]", "\x00\x01binary", '"text"'])
def test_corrupt_file_is_set_aside(data_dir: Path, content: str) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(content)
    settings = load_settings()
    assert settings == Settings()
    bad = data_dir / "settings.json.bad"
    assert settings.recovered_from == bad
    assert bad.read_text() == content
    assert not (data_dir / "settings.json").exists()
    # The next save starts afresh and leaves the evidence alone.
    save_settings(settings)
    assert load_settings() == Settings()
    assert bad.read_text() == content


def test_bad_values_fall_back_one_by_one(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(
        json.dumps(
            {
                "format": 1,
                "language": "de",
                "last_profile": "marie",
                "wizard_position": {"a": -1, "b": True, "c": 2, "d": "", "e": "education"},
                "window_geometry": "not base64!",
            }
        )
    )
    settings = load_settings()
    assert settings.language is None
    assert settings.last_profile == "marie"
    assert settings.wizard_position == {"c": 2, "e": "education"}
    assert settings.window_geometry is None
    assert settings.recovered_from is None


def test_wrong_types_fall_back(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(
        json.dumps({"last_profile": 5, "wizard_position": [1], "format": "x"})
    )
    assert load_settings() == Settings()


def test_newer_versions_keys_survive_a_save(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(
        json.dumps({"format": 2, "language": "en", "theme": "dark"})
    )
    settings = load_settings()
    assert settings.language == "en"
    settings.last_profile = "x"
    save_settings(settings)
    data = json.loads((data_dir / "settings.json").read_text())
    assert data["theme"] == "dark"
    assert data["last_profile"] == "x"


def test_explicit_path(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "s.json"
    save_settings(Settings(language="en"), path)
    assert load_settings(path).language == "en"
