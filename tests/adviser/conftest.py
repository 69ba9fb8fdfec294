"""Fixtures for the adviser's desk: the CLI in-process, and profile files."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from vacancy_builders import meeting_profile

from screener import paths
from screener.cli import entry as cli
from screener.domain.profile import Profile
from screener.domain.vacancy import BRUSSELS
from screener.persistence.profile_store import ProfileStore
from screener.persistence.vacancy_files import load_catalogue
from screener.ui.main_window import MainWindow


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """run("gaps", "--profile", ...) -> Run(code, out, err); never a traceback."""

    def call(*args: str) -> Run:
        code = cli.main(list(args))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return Run(code, captured.out, captured.err)

    return call


@pytest.fixture
def french_ii() -> Profile:
    """A Belgian graduate with English V and French II, a B licence, and some answers for
    250939: three years of experience (it asks for four) and a "no" to its fitness test."""
    return Profile(
        name="Anne Peeters",
        nationality="BE",
        education="bachelor",
        languages={"en": "V", "fr": "II"},
        driving_licences=["B"],
        answers={"250939": {"experience": 3, "fitness": False}},
    )


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
