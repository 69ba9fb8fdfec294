"""UI test fixtures: offscreen Qt, a fixed clock, the main window over the bundled vacancies."""

from __future__ import annotations

import os

# tests/conftest.py sets these too; kept here so tests/ui runs on its own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock
from ui_stray_windows import StrayWindowWatcher

from screener import paths
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.common import discard_guard
from screener.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def _ui_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "screener-data"))
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def _no_stray_windows(qapp: QApplication) -> Iterator[None]:
    watcher = StrayWindowWatcher()
    watcher.install()
    yield
    watcher.remove()
    assert watcher.strays == [], "widgets shown as windows before they had a parent"


@pytest.fixture(autouse=True)
def _clipboard_emptied(qapp: QApplication) -> Iterator[None]:
    """A test that puts a QMimeData made in Python on the clipboard left it to Qt's own
    clipboard, freed when the process exits, after Python: the wrapper's destructor then
    called into a finished interpreter and the test run ended in a segmentation fault.
    Emptied after each test, Qt frees it while Python still runs."""
    yield
    qapp.clipboard().clear()


class DiscardQuestions:
    """The questions "Discard what you typed?" asked (their windows' titles), and the answer."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True

    def __call__(self, parent: QWidget) -> bool:
        self.asked.append(parent.windowTitle())
        return self.answer


@pytest.fixture(autouse=True)
def discard_questions(monkeypatch: pytest.MonkeyPatch) -> DiscardQuestions:
    """A dialog closed with typed work in it asks first (ui/common/discard_guard.py), in a
    modal box that would stop a test; answered here: discard, unless a test says otherwise."""
    questions = DiscardQuestions()
    monkeypatch.setattr(discard_guard, "ask_discard", questions)
    return questions


@pytest.fixture
def user_vacancies() -> Path:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
        window = MainWindow(catalogue, clock=fixed_clock)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()
