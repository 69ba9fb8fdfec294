"""A loop of symbolic links (a -> b -> a) among the files or folders a user hands the app:
on a USB stick copied from another system, or left by a tool. Path.resolve raises
RuntimeError on one ("Symlink loop from ..."): dropping such a vacancy file on the window,
opening it with File > Open, or dropping the folder holding it, raised out of the window (the
crash dialog); `screener --data-dir` naming one ended in "unexpected error" (exit 1). The
window now lists each as its file's problem, and the option says it expects a folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.window.main_window import MainWindow
from tests.hardening.hardening_support import run_cli


@pytest.fixture
def loop(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "b.toml").symlink_to(folder / "a.toml")
    (folder / "a.toml").symlink_to(folder / "b.toml")
    return folder / "a.toml"


@pytest.mark.parametrize("given", ["file", "folder"])
def test_the_window_lists_a_loop_as_a_problem(qtbot: QtBot, loop: Path, given: str) -> None:
    window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), None))
    qtbot.addWidget(window)
    before = window.model.rowCount()
    window.load_files([loop if given == "file" else loop.parent])  # raised RuntimeError
    problems = [row for row in range(window.model.rowCount()) if window.model.entry(row).error]
    assert window.model.rowCount() == before + (1 if given == "file" else 2)
    assert len(problems) == window.model.rowCount() - before
    shown = {window.model.entry(row).path.name for row in problems}
    assert "a.toml" in shown


def test_a_data_dir_that_is_a_loop_is_refused(
    capsys: pytest.CaptureFixture[str], loop: Path
) -> None:
    status, _, err = run_cli(capsys, "--data-dir", str(loop), "list")
    assert status == 2
    assert f"--data-dir '{loop}': expected a folder" in err


def test_a_data_dir_variable_that_is_a_link_to_nothing_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dangling = tmp_path / "share"
    dangling.symlink_to(tmp_path / "unmounted" / "Screener")  # a network share gone
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(dangling))
    status, _, err = run_cli(capsys, "list")
    assert status == 2
    assert f"{paths.DATA_DIR_ENV}={str(dangling)!r}: expected a folder" in err
    assert os.path.islink(dangling)
