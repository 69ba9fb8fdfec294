"""A vacancy file deleted or broken while the app runs. The catalogue shows rows from the
cache and builds a vacancy only when it is opened; once the cache no longer held it, choosing
that row raised FileProblemError out of a slot (the crash dialog with a traceback). The row
now becomes the file's problem, as a bad file is at start. So does a file that holds another
vacancy since the list was made: its row showed and screened that other vacancy.

And a candidate's profile changed while the adviser's table of candidates and vacancies is
open (edited in another window, saved by another adviser): the candidate's summary read the
file as it is now, beside a cell made from it as it was, and the two disagreed without a
word ("Eligible" in the cell, "Not eligible" above the summary). It is now said to have
changed since the table was made."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.adviser.candidate_views import CandidateSummaryDialog
from screener.ui.adviser.matrix_window import MatrixWindow
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


def _user_vacancy() -> Path:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text("utf-8")
    path = folder / "gone.toml"
    path.write_text(text.replace('reference = "250939"', 'reference = "X-GONE"'), "utf-8")
    return path


def _window(qtbot: QtBot) -> MainWindow:
    load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())  # the cache
    window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _lose(path: Path, how: str) -> None:
    if how == "deleted":
        path.unlink()
    elif how == "another":  # replaced by a copy of another notice
        path.write_text(path.read_text("utf-8").replace("X-GONE", "X-NEW"), "utf-8")
    else:
        path.write_text("reference = [", "utf-8")
    shutil.rmtree(paths.user_cache_dir())  # cleared, or written again without the entry


def _row(window: MainWindow, name: str) -> int:
    rows = [r for r in range(window.model.rowCount()) if window.model.entry(r).path.name == name]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("deleted", "file not found"),
        ("broken", "TOML"),
        ("another", "holds the vacancy X-NEW since the list was made, not X-GONE"),
    ],
)
def test_choosing_a_vacancy_whose_file_went_shows_the_problem(
    qtbot: QtBot, how: str, said: str
) -> None:
    path = _user_vacancy()
    window = _window(qtbot)
    _lose(path, how)
    assert window.select_reference("X-GONE")
    assert window.details.title_text() == "Error: this file could not be loaded"
    assert said in window.details.requirements_text()
    assert window.model.entry(_row(window, "gone.toml")).is_error
    assert not window.check_button.isEnabled()


def test_checking_a_vacancy_whose_file_went_opens_no_wizard(qtbot: QtBot) -> None:
    path = _user_vacancy()
    window = _window(qtbot)
    assert window.select_reference("X-GONE")  # shown while the file was there
    _lose(path, "deleted")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.wizard is None
    assert window.details.title_text() == "Error: this file could not be loaded"
    assert "file not found" in window.details.requirements_text()


def test_the_overview_leaves_out_a_vacancy_whose_file_went(qtbot: QtBot) -> None:
    path = _user_vacancy()
    window = _window(qtbot)
    _lose(path, "deleted")
    window.profiles.tabs.setCurrentIndex(1)  # built now, from every vacancy
    qtbot.wait(1)
    overview = window.profiles.overview_model
    shown = {overview.vacancy(row).reference for row in range(overview.rowCount())}
    assert shown == {path.stem for path in paths.bundled_vacancies_dir().glob("*.toml")}
    assert window.model.entry(_row(window, "gone.toml")).is_error


def test_the_pack_export_lists_only_vacancies_still_there(qtbot: QtBot) -> None:
    path = _user_vacancy()
    window = _window(qtbot)
    _lose(path, "deleted")
    offered = [loaded.reference for loaded in window.adviser._entries()]
    assert "X-GONE" not in offered and len(offered) == 5
    assert window.model.entry(_row(window, "gone.toml")).is_error


def test_a_candidate_changed_since_the_table_was_made_is_said_to_be(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    candidate = tmp_path / "ana.json"
    candidate.write_text('{"format": 1, "name": "Ana", "nationality": "BE"}', "utf-8")
    warned: list[str] = []
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(profile_prompts, "ask_folder", lambda *args: str(tmp_path))
    window = _window(qtbot)
    window.adviser.matrix_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.adviser.dialog, MatrixWindow), timeout=10000)
    matrix = window.adviser.dialog
    assert isinstance(matrix, MatrixWindow)
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.model.index(0, 0))
    # Another window saves the candidate: a new file in the old one's place.
    other = tmp_path / ".ana.json.new"
    other.write_text('{"format": 1, "name": "Ana", "nationality": "US"}', "utf-8")
    other.replace(candidate)
    qtbot.keyClick(matrix.table, Qt.Key.Key_Return)
    assert matrix.child is None  # no summary of another version beside the table's cell
    [said] = warned
    assert said.startswith(f"{candidate}: changed since the table was made")
    # A table made again shows the candidate as the file is now.
    matrix.close()
    window.adviser.matrix_action.trigger()
    qtbot.waitUntil(
        lambda: (
            isinstance(window.adviser.dialog, MatrixWindow) and window.adviser.dialog is not matrix
        ),
        timeout=10000,
    )
    again = window.adviser.dialog
    assert isinstance(again, MatrixWindow)
    again.table.setFocus()
    again.table.setCurrentIndex(again.model.index(0, 0))
    qtbot.keyClick(again.table, Qt.Key.Key_Return)
    assert isinstance(again.child, CandidateSummaryDialog) and len(warned) == 1
