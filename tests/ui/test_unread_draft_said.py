"""A draft whose notice's requirements could not be read is "can't tell yet" because nothing
was listed, not because questions are open: All at a glance said "Open questions: 0", the
matrix "Can't tell yet: 0 open" and the CSV "can't tell: 0 open", leaving the user to answer
questions that do not exist. Each now says the draft does not list the requirements yet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_import_header_only_draft import HEADER_ONLY
from ui_clock import fixed_clock
from ui_keyboard import Keyboard

from screener import paths
from screener.batch import cell_text, run_batch
from screener.domain.profile import Profile
from screener.importer import import_notice_text
from screener.importer.toml_writer import write_vacancy_toml
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.adviser.matrix_model import MatrixModel
from screener.ui.catalogue.overview_model import OverviewModel
from screener.ui.common.language import apply_language
from screener.ui.window.main_window import MainWindow


@pytest.fixture
def unread_draft(user_vacancies: Path) -> str:
    vacancy = import_notice_text(HEADER_ONLY, "notice.txt").vacancy
    write_vacancy_toml(vacancy, user_vacancies / f"{vacancy.reference}.toml")
    return vacancy.reference


def test_all_at_a_glance_says_the_draft_lists_no_requirements(
    qtbot: QtBot, unread_draft: str
) -> None:
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
    # A Belgian: the one rule the draft keeps (NATO nationality) is met, nothing is open.
    window = MainWindow(catalogue, profile=Profile(name="Ana", nationality="BE"), clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.alt(Qt.Key.Key_A)  # &All at a glance
    overview = window.profiles.overview
    kb.wait_focus(lambda w: w is overview.find_edit)
    kb.type(unread_draft)
    assert overview.proxy.rowCount() == 1
    why = overview.proxy.index(0, OverviewModel.COL_DETAIL).data()
    assert why == "The draft does not list the notice's requirements yet"


def test_the_matrix_and_the_csv_say_the_draft_lists_no_requirements(qapp: object) -> None:
    vacancy = import_notice_text(HEADER_ONLY, "notice.txt").vacancy
    result = run_batch([Profile(name="Ana", nationality="BE")], [vacancy], dt.date(2030, 1, 6))
    cell = result.candidates[0].cells[0]
    assert cell_text(cell, {}, "en") == "can't tell: requirements not listed yet"
    assert cell_text(cell, {}, "fr") == "impossible de conclure : exigences pas encore reprises"
    model = MatrixModel(result)
    assert model.index(0, 0).data() == "? Can't tell yet: requirements not listed yet"
    apply_language("fr")
    try:
        said = MatrixModel(result).index(0, 0).data()
    finally:
        apply_language("en")
    assert said.endswith("\u00a0: exigences pas encore reprises")
