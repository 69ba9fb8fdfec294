"""Start-up builds only what the first screen shows: the overview tab when first shown (with
the answers given so far), the search texts in idle moments after the window is up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_steps import Steps

from screener import paths
from screener.persistence.vacancy_files import load_catalogue
from screener.ui.catalogue.overview_model import OverviewModel as M
from screener.ui.window.main_window import MainWindow


def test_the_overview_shown_for_the_first_time_has_the_answers_given_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    features = window.profiles
    assert features.overview_page.layout().count() == 0  # nothing assessed at start-up
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("Russia")  # not a NATO member
    steps.wizard.close()
    qtbot.waitUntil(lambda: window.wizard is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &All at a glance
    overview = features.overview
    qtbot.waitUntil(overview.isVisible)
    assert QApplication.focusWidget() is overview.find_edit  # keyboard users carry on there
    verdicts = {
        overview.proxy.index(row, M.COL_REFERENCE).data(): overview.proxy.index(
            row, M.COL_VERDICT
        ).data()
        for row in range(overview.proxy.rowCount())
    }
    assert len(verdicts) == 5
    assert verdicts["250939"] == "✘ Not eligible"
    assert verdicts["250717"] == "✘ Not eligible"

    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # back to &Vacancies
    qtbot.waitUntil(lambda: not overview.isVisible())
    assert features.overview_page.layout().count() == 1  # built once, kept


def test_search_texts_are_folded_after_the_window_is_up_and_a_search_before_that_works(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    model = window.model
    qtbot.waitUntil(lambda: all(model._haystacks[row] is not None for row in range(5)))

    # A new catalogue: nothing folded until the event loop runs, yet a search finds rows.
    model.set_catalogue(load_catalogue(paths.bundled_vacancies_dir(), None))
    assert all(text is None for text in model._haystacks)
    qtbot.keyClicks(window.search, "protection")
    shown = [window.proxy.index(row, 0).data() for row in range(window.proxy.rowCount())]
    assert shown == ["250939"]
    qtbot.waitUntil(lambda: None not in model._haystacks)
