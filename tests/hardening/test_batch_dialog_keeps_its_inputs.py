"""The batch dialog's results typed over a file it screens: the CSV replaced a candidate's
profile (or a vacancy file), with no question asked, where `screener batch` refuses. The
dialog now refuses too, for the CSV and for the JSON, however the file is named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence.vacancy_files import load_vacancy
from screener.ui.adviser.batch_dialog import BatchDialog
from screener.ui.profiles import profile_prompts

PROFILE = '{"format": 1, "name": "Ana", "nationality": "BE"}'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "candidates"
    folder.mkdir()
    (folder / "ana.json").write_text(PROFILE, "utf-8")
    (folder / "ben.json").write_text(PROFILE.replace("Ana", "Ben"), "utf-8")
    return folder


def _dialog(qtbot: QtBot, folder: Path) -> BatchDialog:
    vacancies = [load_vacancy(path) for path in BUNDLED_FILES]
    dialog = BatchDialog(vacancies, dt.date(2025, 5, 1), folder, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _run(qtbot: QtBot, dialog: BatchDialog, output: str) -> None:
    dialog.output_edit.setText(output)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    # Until the dialog has heard the end of the run (Run is enabled again): the thread can
    # end before the first look, with its message still on its way to the dialog.
    qtbot.waitUntil(
        lambda: not dialog.is_running() and dialog.run_button.isEnabled(), timeout=10_000
    )


@pytest.mark.parametrize("named", ["plainly", "through a link", "relatively"])
def test_the_csv_is_never_written_over_a_profile_it_screens(
    qtbot: QtBot, folder: Path, named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = folder / "ana.json"
    output = str(profile)
    if named == "through a link":
        link = folder.parent / "results.csv"
        link.symlink_to(profile)
        output = str(link)
    elif named == "relatively":
        monkeypatch.chdir(folder)
        output = "ana.json"
    dialog = _dialog(qtbot, folder)
    _run(qtbot, dialog, output)
    assert profile.read_text("utf-8") == PROFILE
    assert dialog.summary.text() == (
        f"Nothing was saved: {output} is one of the files screened; choose another name for "
        "the results."
    )
    assert dialog.result is None


def test_the_csv_is_never_written_over_a_users_vacancy(qtbot: QtBot, folder: Path) -> None:
    mine = paths.user_vacancies_dir()
    mine.mkdir(parents=True)
    vacancy = mine / "mine.toml"
    text = BUNDLED_FILES[0].read_text("utf-8")
    vacancy.write_text(text, "utf-8")
    dialog = _dialog(qtbot, folder)
    _run(qtbot, dialog, str(vacancy))
    assert vacancy.read_text("utf-8") == text


def test_the_json_is_never_written_over_a_profile(
    qtbot: QtBot, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, folder)
    _run(qtbot, dialog, str(tmp_path / "matrix.csv"))
    # The worker's thread ends before its result reaches the dialog (a queued signal).
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: str(folder / "ben.json"))
    dialog.json_button.click()
    assert (folder / "ben.json").read_text("utf-8") == PROFILE.replace("Ana", "Ben")
    assert dialog.summary.text().endswith("choose another name for the results.")
