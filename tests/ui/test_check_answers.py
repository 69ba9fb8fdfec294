"""Check your answers: every answer listed before the result, each changed by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from ui_steps import Steps

from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic


def answer_250939(steps: Steps) -> None:
    steps.open("250939")
    steps.nationality("Belgium")
    steps.education("bachelor")
    steps.experience("6")
    steps.languages(english="V", french="I")
    steps.driving_licence("B")
    steps.declarations(Topic.TESTS, "yy")
    steps.declarations(Topic.AVAILABILITY, "y")
    steps.declarations(Topic.STATEMENTS, "yny")
    steps.declarations(Topic.DESIRABLE, "yu")


def test_every_answer_in_words_before_the_result(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    answer_250939(steps)
    wizard = steps.wizard
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.check_id)
    page = wizard.check_page
    assert page.title() == "Step 10 of 11: Check your answers"
    vacancy = steps.wizard.session.vacancy
    # One row per requirement of the notice, in the notice's words, in the order asked.
    assert list(page.rows) == [k.id for p in wizard.question_pages for k in p.criteria]
    assert sorted(page.rows) == sorted(criterion.id for criterion in vacancy.criteria)
    first = page.rows["nationality"]
    assert first.requirement.text() == vacancy.criteria[0].text.en
    assert first.requirement.textFormat() == Qt.TextFormat.PlainText
    answers = page.answers()
    assert answers["nationality"] == "Belgium"
    assert answers["experience"] == "6 years"
    assert answers["languages"] == "English V, French I"
    assert answers["driving-licence"] == "B"
    assert answers["cctv-ids-fire"] == "Yes"
    assert answers["first-aid-self-defence"] == "No"
    assert answers["d-belgian-police-law"] == "Not sure"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "See my &result"
    assert all(row.change.text() == "Change" for row in page.rows.values())
    assert page.rows["experience"].change.accessibleName().startswith("Change your answer: ")

    steps.check_answers()  # Enter: the result
    assert wizard.currentId() == wizard.summary_id


def test_change_goes_to_the_question_and_back_to_the_list(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    answer_250939(steps)
    wizard = steps.wizard
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.check_id)
    page = wizard.check_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    steps.kb.wait_focus(lambda w: w is next_button)
    change = page.rows["experience"].change
    # Tab alone reaches the row's Change button; Enter presses it.
    steps.kb.tab_until(lambda w: w is change, limit=80)
    steps.kb.enter()
    experience = steps._on(Topic.EXPERIENCE)
    assert experience is wizard.currentPage()
    spin = experience.first_input()
    assert QApplication.focusWidget() is spin
    steps.kb.type("3")
    before = wizard.currentId()
    steps.kb.enter()  # Next: straight back to the list, not on to languages
    qtbot.waitUntil(lambda: wizard.currentId() != before)
    assert wizard.currentId() == wizard.check_id
    assert page.answers()["experience"] == "3 years"
    assert window.profile.answer("250939", "experience") == 3.0
    # Back on the row changed, which says the new answer; Tab goes on down the list.
    steps.kb.wait_focus(lambda w: w is change)
    assert "Your answer: 3 years." in change.accessibleDescription()
    steps.kb.tab()
    assert steps.kb.focus() is page.rows["languages"].change

    steps.kb.alt(Qt.Key.Key_R)  # See my result
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.summary_id)
    view = wizard.summary_page.view
    assert view.assessment is not None
    # After the list, the flow is the usual one again: Back goes to the list.
    steps.kb.alt(Qt.Key.Key_B)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.check_id)
    steps.kb.wait_focus(lambda w: w is next_button)  # Enter: the result again


def test_unanswered_questions_say_so(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("241600")
    while wizard.currentId() != wizard.check_id:
        wizard.next()
    answers = wizard.check_page.answers()
    assert answers["nationality"] == "Not answered"
    assert answers["languages"] == "English not answered, French not answered"
    assert set(answers.values()) == {"Not answered", "English not answered, French not answered"}
    buttons = wizard.check_page.findChildren(QPushButton)
    assert all(button.isEnabled() for button in buttons)


def test_closed_on_the_check_page_the_screening_can_be_resumed(
    qtbot: QtBot, window: MainWindow
) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("250717")
    while wizard.currentId() != wizard.check_id:
        wizard.next()
    last = wizard.question_pages[-1].criteria[0].id
    assert window.profiles.keeper.position == ("250717", last)  # result not seen yet
    steps.check_answers()
    assert window.profiles.keeper.position is None  # the result seen: nothing to resume
