"""Fixtures for the adviser's desk in the app: Anne's profile open in the main window, a
folder of three candidates, and the CLI in-process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from adviser_support import Run, cli_runner, french_ii_profile
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from vacancy_builders import meeting_profile

from screener import paths
from screener.domain.profile import Profile
from screener.domain.terms import BRUSSELS
from screener.persistence.profile_store import ProfileStore
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.window.main_window import MainWindow


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    return cli_runner(capsys)


@pytest.fixture
def french_ii() -> Profile:
    return french_ii_profile()


# 1 March 2025: 250411, 250717 and 250939 are open; 241436 and 241600 have closed.
NOW = dt.datetime(2025, 3, 1, 10, 0, tzinfo=BRUSSELS)


@pytest.fixture
def english_ui(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def window(qtbot: QtBot, english_ui: None, french_ii: Profile) -> MainWindow:
    """The main window over the bundled vacancies, with Anne's profile open."""
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
    main = MainWindow(catalogue, profile=french_ii, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.resize(1100, 700)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def candidates(tmp_path: Path, vacancy, french_ii: Profile) -> Path:
    """A folder of three profiles: Anne (French II), Ben (Russian), Chloé (meets 250939)."""
    folder = tmp_path / "candidates"
    store = ProfileStore(folder)
    store.save(french_ii, "anne")
    store.save(Profile(name="Ben Ivanov", nationality="RU"), "ben")
    chloe = meeting_profile(vacancy("250939")).model_copy(update={"name": "Chloé Martin"})
    store.save(chloe, "chloe")
    return folder
