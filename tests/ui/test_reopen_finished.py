"""Check my eligibility again on a screening already finished: it opens on the check of the
answers, one Enter from the result, and Back still reaches every question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from test_check_answers import answer_250939
from ui_steps import Steps

from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic


def _reopen(steps: Steps, qtbot: QtBot, window: MainWindow) -> QWizard:
    """Close the wizard (Escape), then Enter on the same vacancy in the catalogue."""
    wizard = steps.wizard
    steps.kb.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.wizard is None)
    # A window manager gives the main window back its activation; the offscreen platform
    # does not, so the test does.
    window.activateWindow()
    steps.kb.wait_focus(lambda w: w is window.table)
    steps.kb.enter()
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard is not wizard)
    reopened = window.wizard
    qtbot.waitExposed(reopened)
    steps.kb.wait_focus(lambda w: reopened.isAncestorOf(w))
    return reopened


def test_a_finished_screening_reopens_on_the_check_of_the_answers(
    qtbot: QtBot, window: MainWindow
) -> None:
    steps = Steps(qtbot, window)
    answer_250939(steps)
    steps.check_answers()
    assert steps.wizard.currentId() == steps.wizard.summary_id

    wizard = _reopen(steps, qtbot, window)
    assert window.wizard is wizard
    assert wizard.currentId() == wizard.check_id
    # Nationality, education, languages and licence come from the profile (the side panel).
    assert wizard.currentPage().title() == "Step 6 of 7: Check your answers"
    assert wizard.check_page.answers()["experience"] == "6 years"
    see_result = wizard.button(QWizard.WizardButton.NextButton)
    steps.kb.wait_focus(lambda w: w is see_result)
    steps.kb.enter()  # one Enter: the result
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.summary_id)

    # Back goes through every question asked, last first.
    wizard = _reopen(steps, qtbot, window)
    back = wizard.button(QWizard.WizardButton.BackButton)
    seen = []
    while wizard.currentId() != wizard.startId():
        before = wizard.currentId()
        steps.kb.tab_until(lambda w: w is back, limit=80)
        steps.kb.space()
        qtbot.waitUntil(lambda: wizard.currentId() != before)  # noqa: B023
        seen.append(wizard.current_question_page().topic)
    assert seen == [
        Topic.DESIRABLE,
        Topic.STATEMENTS,
        Topic.AVAILABILITY,
        Topic.TESTS,
        Topic.EXPERIENCE,
    ]

    # A Change button reaches a question the profile answered.
    wizard = _reopen(steps, qtbot, window)
    change = wizard.check_page.rows["nationality"].change
    steps.kb.tab_until(lambda w: w is change, limit=80)
    steps.kb.enter()
    qtbot.waitUntil(lambda: wizard.current_question_page() is not None)
    assert wizard.current_question_page().topic is Topic.NATIONALITY


def test_a_screening_with_an_open_question_starts_at_the_first_question(
    qtbot: QtBot, window: MainWindow
) -> None:
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("Belgium")
    wizard = _reopen(steps, qtbot, window)
    # Nationality is known: the first page not answered yet comes first.
    assert wizard.current_question_page() is not None
    assert wizard.current_question_page().topic is Topic.EDUCATION
