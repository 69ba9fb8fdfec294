"""End-to-end screening with the keyboard alone: three vacancies, three verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from ui_pdf_text import pdf_text, squeeze
from ui_steps import Steps

from screener.domain.assessment import Status, Verdict
from screener.domain.scales import EducationLevel, LanguageLevel
from screener.report.record import SectionKey
from screener.ui.summary import summary_exports
from screener.ui.summary.summary_view import SummaryView
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic


def summary(steps: Steps) -> SummaryView:
    if steps.wizard.currentId() == steps.wizard.check_id:
        steps.check_answers()
    steps.qtbot.waitUntil(lambda: steps.wizard.currentId() == steps.wizard.summary_id)
    return steps.wizard.summary_page.view


def row_texts(view: SummaryView, criterion_id: str) -> list[str]:
    return view.row_for(criterion_id).texts()


def pdf_by_keyboard(steps: Steps, folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Alt+P on the summary ("Export PDF…"), the save dialog answered; the PDF's text."""
    target = folder / "record.pdf"
    monkeypatch.setattr(summary_exports, "ask_save_path", lambda *args: str(target))
    steps.kb.alt(Qt.Key.Key_P)
    steps.qtbot.waitUntil(target.is_file)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    return squeeze(pdf_text(data))


def test_250939_eligible_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    assert wizard.currentPage().title() == "Step 1 of 11: Nationality"

    steps.nationality("Belgium")
    steps.education("higher_secondary")
    steps.experience("6")
    assert wizard.currentPage().title() == "Step 4 of 11: Languages"
    steps.languages(english="V", french="I")
    steps.driving_licence("B")
    steps.declarations(Topic.TESTS, "yy")
    steps.declarations(Topic.AVAILABILITY, "y")
    steps.declarations(Topic.STATEMENTS, "yyy")
    steps.declarations(Topic.DESIRABLE, "yn")
    view = summary(steps)

    assert view.verdict_label.text() == (
        "✔ Eligible: you meet every essential requirement, and applications close in 7 days, "
        "on 27\u00a0July\u00a02025 (Brussels time)."
    )
    assert view.verdict_label.font().pointSizeF() > view.font().pointSizeF()
    assert row_texts(view, "nationality")[:3] == [
        "✔ Met",
        "Please note that we can only accept applications from nationals of NATO member countries.",
        "Your answer: Belgium",
    ]
    assert row_texts(view, "experience")[2:] == [
        "Your answer: 6 years",
        "You have 6 years; the notice asks for at least 4 years.",
    ]
    assert row_texts(view, "languages")[2] == (
        "Your answer: English V (Advanced), French I (Beginner)"
    )
    assert row_texts(view, "driving-licence")[2] == "Your answer: B"
    assert all(row.result.status is Status.MET for row in view.rows if row.result.essential)
    assert view.row_for("d-physical-security").texts()[0] == "✔ Met"
    assert view.row_for("d-belgian-police-law").texts()[0] == "✘ Not met"

    profile = window.profile
    assert profile.nationality == "BE"
    assert profile.education is EducationLevel.HIGHER_SECONDARY
    assert profile.languages == {"en": LanguageLevel.V, "fr": LanguageLevel.I}
    assert profile.driving_licences == ["B"]
    assert profile.answer("250939", "experience") == 6.0

    text = pdf_by_keyboard(steps, tmp_path, monkeypatch)
    assert "✔ Eligible: you meet every essential requirement" in text
    assert "Reference 250939" in text

    steps.finish()


def test_241436_not_eligible_explained_early(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = Steps(qtbot, window)
    steps.open("241436")
    steps.nationality("Canada")
    page = steps._on(Topic.EDUCATION)
    steps.kb.space()
    steps.kb.press(Qt.Key.Key_Down)  # higher secondary; the notice asks for a degree
    assert page.explanation.isVisible()
    assert page.explanation.textFormat() == Qt.TextFormat.PlainText
    assert page.explanation.text().splitlines()[:2] == [
        "Not met: You have higher secondary level; the notice asks for at least university "
        "degree (bachelor).",
        "What would change it: An education at university degree (bachelor) level or above.",
    ]
    assert page.isComplete()  # an answer that rules you out never blocks Next
    steps._next()
    steps.experience("5")
    steps.languages(english="VI", french="III")
    steps.declarations(Topic.AVAILABILITY, "y")
    steps.declarations(Topic.STATEMENTS, "yyyyyyyyy")
    steps.skip(Topic.DESIRABLE)
    view = summary(steps)

    assert view.verdict_label.text() == (
        "✘ Not eligible: 1 essential requirement not met. This post closed on 3\u00a0November\u00a02024."
    )
    education = row_texts(view, "education")
    assert education[0] == "✘ Not met"
    assert education[2] == "Your answer: higher secondary level"
    assert education[-1] == (
        "What would change it: An education at university degree (bachelor) level or above."
    )
    text = pdf_by_keyboard(steps, tmp_path, monkeypatch)
    assert "✘ Not eligible: 1 essential requirement not met." in text
    assert "What would change it: An education at university degree (bachelor) level" in text


def test_250717_cant_tell_then_change_gives_a_verdict(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("250717")
    steps.nationality("Fran")
    steps.education("higher_secondary")
    steps.experience("7")
    steps.languages(english="V", french="III")
    steps.declarations(Topic.TESTS, "yy")
    steps.declarations(Topic.AVAILABILITY, "y")
    steps.declarations(Topic.STATEMENTS, "yuy")
    steps.skip(Topic.DESIRABLE)
    view = summary(steps)

    assert view.verdict_label.text().startswith("? Can't tell yet: 1 answer to settle.")
    assert "Questions answered “Not sure”: 1" in view.section_texts(SectionKey.VERDICT)
    assert row_texts(view, "emergency-procedures")[0] == "? Can't tell yet"
    notes = [label.text() for label in view.findChildren(type(view.title_label))]
    assert any(
        text.startswith("About this notice: The English notice asks for level I") for text in notes
    )
    assert any("Approval of your medical file" in text for text in notes)
    assert any("charges" in text or "never asks candidates for money" in text for text in notes)
    assert any("generative AI" in text for text in notes)
    text = pdf_by_keyboard(steps, tmp_path, monkeypatch)
    assert "? Can't tell yet: 1 answer to settle." in text
    assert "The English notice asks for level I" in text

    # "Change…" goes back to the question; the new answer gives a clear verdict.
    # Enter on a focused row is that row's "Change…", not the wizard's Finish.
    row = view.row_for("emergency-procedures")
    row.setFocus(Qt.FocusReason.TabFocusReason)
    assert "Enter: change this answer." in row.accessibleDescription()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    assert wizard.isVisible()
    page = steps.page()
    assert page.topic is Topic.STATEMENTS
    qtbot.mouseClick(page.questions["emergency-procedures"].yes, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
    steps.kb.alt(Qt.Key.Key_S)  # Back to summary
    view = summary(steps)
    assert view.verdict_label.text().startswith("✔ Eligible: ")
    assert row_texts(view, "emergency-procedures")[0] == "✔ Met"


def test_back_keeps_every_answer(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    steps.nationality("Belgium")
    steps.education("bachelor")
    steps.experience("4.5")
    page = steps._on(Topic.LANGUAGES)
    for expected in (2, 1, 0):
        steps.kb.alt(Qt.Key.Key_B)  # Back
        qtbot.waitUntil(lambda expected=expected: wizard.currentId() == expected)
        qtbot.waitUntil(lambda: not steps.page().focus_pending)
    nationality = steps.page()
    assert nationality.selected_code() == "BE"  # type: ignore[attr-defined]
    wizard.next()
    education = steps.page()
    assert education.selected_level() is EducationLevel.BACHELOR  # type: ignore[attr-defined]
    wizard.next()
    experience = steps.page()
    assert experience.years("experience") == 4.5  # type: ignore[attr-defined]
    wizard.next()
    assert steps.page() is page
    assert window.profile.answer("250939", "experience") == 4.5


def test_next_is_blocked_only_while_an_input_is_invalid(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    for _ in range(4):
        wizard.next()  # unanswered pages never block
    page = steps._on(Topic.LICENCE)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    steps.kb.space()  # "I hold a driving licence", but no category yet
    assert not next_button.isEnabled()
    assert page.problem.isVisible()
    assert page.problem.text() == (
        "Tick at least one category, or choose “I have no driving licence”."
    )
    steps.kb.tab_until(lambda w: w is page.categories["B"])  # type: ignore[attr-defined]
    steps.kb.space()
    assert next_button.isEnabled()
    assert not page.problem.isVisible()


def test_unanswered_questions_give_cant_tell(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("241600")
    while wizard.currentId() != wizard.summary_id:
        wizard.next()
    view = summary(steps)
    assert view.verdict_label.text().startswith("? Can't tell yet: ")
    assert any(
        text.startswith("Questions not answered yet: ")
        for text in view.section_texts(SectionKey.VERDICT)
    )
    assert Verdict.INCOMPLETE is view.assessment.verdict  # type: ignore[union-attr]
