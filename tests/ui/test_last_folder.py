"""File dialogs start in the last folder the user chose, in this session and the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from screener.persistence.settings import load_settings
from screener.ui.importing import import_prompts
from screener.ui.profiles import profile_prompts
from screener.ui.summary import summary_exports


@pytest.fixture
def starts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Every dialog records where it started and answers with a file in tmp_path/chosen."""
    seen: list[str] = []
    chosen = tmp_path / "chosen"
    chosen.mkdir()

    def one(parent: object, caption: str, start: str, file_filter: str) -> tuple[str, str]:
        seen.append(start)
        return str(chosen / "file.json"), file_filter

    def many(parent: object, caption: str, start: str, file_filter: str) -> tuple[list[str], str]:
        seen.append(start)
        return [str(chosen / "a.toml")], file_filter

    def folder(parent: object, caption: str, start: str) -> str:
        seen.append(start)
        return str(tmp_path / "picked")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", one)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", one)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", many)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return seen


def test_every_file_dialog_starts_where_the_last_one_ended(
    starts: list[str], tmp_path: Path
) -> None:
    chosen = str(tmp_path / "chosen")
    profile_prompts.ask_open_file(None, "Open profile", "*.json")  # type: ignore[arg-type]
    assert load_settings().last_folder == chosen
    import_prompts.ask_notice_path(None, "Open notice", "*.txt")  # type: ignore[arg-type]
    profile_prompts.ask_save_file(None, "Save profile", "me.json", "*.json")  # type: ignore[arg-type]
    summary_exports.ask_save_path(None, "Export PDF", "screening.pdf", "*.pdf")  # type: ignore[arg-type]
    assert starts[1] == chosen
    assert starts[2:] == [str(Path(chosen) / "me.json"), str(Path(chosen) / "screening.pdf")]
    (tmp_path / "picked").mkdir()
    profile_prompts.ask_folder(None, "Profiles folder", "")  # type: ignore[arg-type]
    assert starts[-1] == chosen
    assert load_settings().last_folder == str(tmp_path / "picked")  # a folder is remembered itself


def test_a_cancelled_dialog_or_a_vanished_folder_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, starts: list[str], tmp_path: Path
) -> None:
    profile_prompts.ask_open_file(None, "Open profile", "*.json")  # type: ignore[arg-type]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    profile_prompts.ask_open_file(None, "Open profile", "*.json")  # type: ignore[arg-type]
    assert load_settings().last_folder == str(tmp_path / "chosen")
    (tmp_path / "chosen").rename(tmp_path / "moved")
    summary_exports.ask_save_path(None, "Export PDF", "screening.pdf", "*.pdf")  # type: ignore[arg-type]
    assert not starts[-1].startswith(str(tmp_path / "chosen"))


def test_screeners_own_data_folders_are_not_where_the_next_dialog_starts(
    monkeypatch: pytest.MonkeyPatch, starts: list[str], tmp_path: Path
) -> None:
    from screener import paths

    (tmp_path / "picked").mkdir()
    profile_prompts.ask_folder(None, "Profiles folder", "")  # type: ignore[arg-type]
    assert load_settings().last_folder == str(tmp_path / "picked")
    profiles = paths.profiles_dir()
    profiles.mkdir(parents=True, exist_ok=True)

    def in_profiles(parent: object, caption: str, start: str, file_filter: str) -> tuple[str, str]:
        starts.append(start)
        return str(profiles / "ana.json"), file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", in_profiles)
    profile_prompts.ask_open_file(None, "Open profile", "*.json")  # type: ignore[arg-type]
    # A screening exported next starts in the user's folder, not among the profiles.
    assert load_settings().last_folder == str(tmp_path / "picked")
    summary_exports.ask_save_path(None, "Export JSON", "screening.json", "*.json")  # type: ignore[arg-type]
    assert starts[-1] == str(tmp_path / "picked" / "screening.json")
