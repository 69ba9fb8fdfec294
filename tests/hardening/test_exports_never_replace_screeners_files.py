"""An export saved over a file Screener keeps: the result's Save JSON pointed at the
candidate's own profile (the save dialog asks only "replace this file?") replaced the answers
with an assessment, and the profile no longer opened; Profile > Export over another
candidate's profile replaced that candidate. The batch dialog and the commands already
refused their inputs; every save dialog of the app now refuses a profile, a vacancy file or
the settings, however it is named, and says so.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from screener import paths
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.persistence.vacancy_files import load_vacancy
from screener.ui.profiles import profile_prompts
from screener.ui.summary import summary_exports
from screener.ui.summary.summary_view import SummaryView


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: said.append(text))
    # Asked whether to replace a file, the user says yes, as in the save dialog.
    monkeypatch.setattr(profile_prompts, "confirm", lambda *args: True)
    return said


def _profile_file() -> Path:
    folder = paths.profiles_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ana.json"
    path.write_text(json.dumps({"format": 1, "name": "Ana", "nationality": "BE"}), "utf-8")
    return path


def _summary(qtbot: QtBot) -> SummaryView:
    view = SummaryView()
    qtbot.addWidget(view)
    vacancy = load_vacancy(paths.bundled_vacancies_dir() / "250939.toml")
    view.show_assessment(assess(vacancy, Profile(name="Ana"), dt.date(2025, 7, 1)), "G6")
    return view


def test_the_results_json_is_never_written_over_the_profile(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    profile = _profile_file()
    before = profile.read_bytes()
    view = _summary(qtbot)
    monkeypatch.setattr(summary_exports, "ask_save_path", lambda *args: str(profile))
    view.save_json()
    assert profile.read_bytes() == before
    assert len(warnings) == 1 and str(profile) in warnings[0]


@pytest.mark.parametrize("how", ["link", "no suffix typed", "settings", "vacancy"])
def test_however_named_a_kept_file_is_refused(
    qtbot: QtBot, tmp_path: Path, warnings: list[str], how: str
) -> None:
    profile = _profile_file()
    target, chosen, suffix = profile, str(profile), ".json"
    if how == "link":
        os.symlink(profile, tmp_path / "mine.json")
        chosen = str(tmp_path / "mine.json")
    elif how == "no suffix typed":
        chosen = str(profile.with_suffix(""))
    elif how == "settings":
        target = paths.settings_file()
        target.write_text("{}", "utf-8")
        chosen = str(target)
    else:
        target = paths.user_vacancies_dir() / "mine.toml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x", "utf-8")
        chosen, suffix = str(target), ".toml"
    parent = QWidget()
    qtbot.addWidget(parent)
    assert profile_prompts.save_target(parent, "Export", chosen, (suffix,)) is None
    assert len(warnings) == 1


def test_other_files_and_new_names_in_those_folders_are_still_written(
    qtbot: QtBot, tmp_path: Path, warnings: list[str]
) -> None:
    profile = _profile_file()
    parent = QWidget()
    qtbot.addWidget(parent)
    elsewhere = tmp_path / "ana.json"
    elsewhere.write_text("{}", "utf-8")
    new_profile = profile.with_name("copy.json")
    notes = paths.user_vacancies_dir() / "notes.pdf"  # not a vacancy file
    notes.parent.mkdir(parents=True, exist_ok=True)
    notes.write_bytes(b"%PDF")
    for chosen, suffix in ((elsewhere, ".json"), (new_profile, ".json"), (notes, ".pdf")):
        assert profile_prompts.save_target(parent, "Export", str(chosen), (suffix,)) == chosen
    assert warnings == []
