"""Delete all my data: everything Screener stored goes, and nothing else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screener import paths
from screener.domain.profile import Profile
from screener.persistence.data_reset import delete_all_data
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, save_settings


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def store() -> ProfileStore:
    return ProfileStore()


def sample() -> Profile:
    return Profile(name="Jean Dupont", nationality="FR")


def files_in(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_delete_all_data(data_dir: Path, store: ProfileStore) -> None:
    store.save(sample(), "jean")
    save_settings(Settings(language="fr"))
    (data_dir / "settings.json.bad").write_text("{")
    (data_dir / "vacancies").mkdir()
    (data_dir / "vacancies" / "mine.toml").write_text("")
    assert delete_all_data() == data_dir
    assert not data_dir.exists()


def test_delete_all_data_spares_other_files_in_a_chosen_folder(
    data_dir: Path, store: ProfileStore
) -> None:
    store.save(sample(), "jean")
    save_settings(Settings())
    (data_dir / "my-notes.txt").write_text("not Screener's")
    assert delete_all_data() == data_dir
    assert files_in(data_dir) == ["my-notes.txt"]


def test_delete_all_data_when_nothing_was_stored(data_dir: Path) -> None:
    assert delete_all_data() == data_dir
    assert not data_dir.exists()


def test_default_data_folder_is_removed_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without SCREENER_DATA_DIR the platform's per-app folder is Screener's alone.
    own = tmp_path / "platform" / "Screener"
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    # Patch the one function data_reset asks, so the real user folder can never be reached.
    monkeypatch.setattr(paths, "user_data_dir", lambda: own)
    (own / "profiles").mkdir(parents=True)
    (own / "profiles" / "x.json").write_text("{}")
    (own / "log.txt").write_text("")
    assert delete_all_data() == own
    assert not own.exists()
