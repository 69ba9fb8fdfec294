"""Fixes from the fourth keyboard and screen-reader walk, made in French first: what a person
who cannot see the screen hears on each page, and where Change puts the keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget, QWizard
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock
from ui_keyboard import Keyboard
from ui_steps import open_import_review
from vacancy_builders import meeting_profile

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.profile_store import ProfileStore
from screener.report.requirement_names import in_a_sentence, requirement_names
from screener.ui.adviser.batch_dialog import BatchDialog
from screener.ui.catalogue.overview_model import OverviewModel
from screener.ui.common.focus_style import install_focus_style
from screener.ui.common.language import apply_language
from screener.ui.importing import import_prompts
from screener.ui.importing.import_paste_dialog import ImportPasteDialog
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.profiles.session import ScreeningSession
from screener.ui.summary.summary_row import CriterionResultRow
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.wizard import ScreeningWizard

STATEMENTS = ("team-coordination", "emergency-procedures", "communication")


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a screen reader is told to say: the description of each widget given an alert."""
    said: list[str] = []

    def update(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Alert:
            widget = event.object()
            assert isinstance(widget, QWidget)
            said.append(widget.accessibleDescription())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return said


def _wizard(qtbot: QtBot, vacancy: Vacancy, profile: Profile) -> ScreeningWizard:
    wizard = ScreeningWizard(ScreeningSession(vacancy, profile, fixed_clock))
    qtbot.addWidget(wizard)
    wizard.resize(800, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_change_on_a_result_row_answers_that_question_not_the_pages_first(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """Enter on the third open statement's row went to its page with the keyboard on the
    first statement's Yes: Space then answered another requirement than the one chosen."""
    v = vacancy("250717")
    profile = meeting_profile(v)
    for criterion_id in STATEMENTS:
        profile = profile.with_answer("250717", criterion_id, None)
    wizard = _wizard(qtbot, v, profile)
    while wizard.currentId() != wizard.summary_id:
        wizard.next()
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is wizard.summary_page.view.verdict_label)
    row = kb.tab_until(
        lambda w: isinstance(w, CriterionResultRow) and "written and verbal" in w.accessibleName()
    )
    kb.enter()
    page = wizard.current_question_page()
    assert page is not None and page.topic is Topic.STATEMENTS
    yes = kb.wait_focus(lambda w: isinstance(w, QRadioButton) and not page.focus_pending)
    assert "written and verbal" in yes.accessibleDescription()
    assert row.isHidden() or not row.isVisible()
    kb.space()
    answers = wizard.session.profile.answers["250717"]
    assert answers.get("communication") is True
    assert "team-coordination" not in answers and "emergency-procedures" not in answers


def test_arriving_on_a_page_says_the_step_the_notices_words_and_the_answer_in_french(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], alerts: list[str]
) -> None:
    """On the education page a screen reader said "Enseignement secondaire, bouton radio"
    and nothing else: not the step, not what the notice asks, not the answer so far."""
    apply_language("fr")
    try:
        known = Profile(nationality="BE", education="higher_secondary")
        wizard = _wizard(qtbot, vacancy("250717"), known)
        kb = Keyboard(qtbot)
        wizard.go_to_criterion("education")
        kb.wait_focus(lambda w: isinstance(w, QRadioButton) and w.isChecked())
        qtbot.waitUntil(lambda: any("\u00a0: Formation. " in said for said in alerts))
        said = next(said for said in alerts if "\u00a0: Formation. " in said)
        assert said.startswith(wizard.currentPage().title() + ". ")
        assert said.startswith("Étape ")
        assert "Acquis essentiel. L'avis indique\u00a0: avoir une bonne instruction" in said
        assert said.endswith("Votre réponse\u00a0: Secondaire supérieur.")

        # A page of three requirements says how many; each question reads its own words.
        alerts.clear()
        wizard.go_to_criterion("team-coordination")
        focused = kb.wait_focus(lambda w: isinstance(w, QRadioButton))
        qtbot.waitUntil(lambda: any(": Autres acquis essentiels. " in said for said in alerts))
        said = alerts[-1]  # said once, of the question asked about
        assert sum(": Autres acquis essentiels. " in said for said in alerts) == 1
        assert said.startswith(wizard.currentPage().title() + ". ")
        assert "Votre réponse\u00a0: Sans réponse." in said  # Change says the one asked about
        assert "pouvoir coordonner efficacement plusieurs équipes" in said
        assert "pouvoir coordonner" in focused.accessibleDescription()

        # What the page said stays its description, in the language shown.
        apply_language("en")
        page = wizard.currentPage()
        qtbot.waitUntil(lambda: page.accessibleDescription().startswith("Step "))
        assert "Your answer: Not answered." in page.accessibleDescription()
    finally:
        apply_language("en")


def test_years_not_answered_are_said_as_shown(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """Qt read a double spin box's value without its special text: "minus 0.5"."""
    wizard = _wizard(qtbot, vacancy("250717"), Profile(nationality="BE", education="master"))
    wizard.go_to_criterion("experience")
    kb = Keyboard(qtbot)
    spin = kb.wait_focus(lambda w: w.inherits("QAbstractSpinBox"))
    value = QAccessible.Text.Value
    interface = QAccessible.queryAccessibleInterface(spin)
    assert spin.text() == "Not answered"
    assert interface.text(value) == "Not answered"
    kb.type("6")
    assert interface.text(value) == "6"
    kb.press(Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    assert QApplication.focusWidget() is spin
    assert interface.text(value) == "5.5"


def test_a_country_chosen_from_the_search_box_is_said(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], alerts: list[str]
) -> None:
    """Typing "belg" in the search box chose Belgium in the list below, where the focus is
    not, and Down the next country found: a screen reader said nothing of either."""
    wizard = _wizard(qtbot, vacancy("250717"), Profile())
    kb = Keyboard(qtbot)
    page = wizard.current_question_page()
    assert page is not None and page.topic is Topic.NATIONALITY
    search = kb.wait_focus(lambda w: w is page.first_input())
    kb.type("belg")
    assert QApplication.focusWidget() is search
    assert alerts[-1:] == ["Belgium — NATO member"]
    assert wizard.session.profile.nationality == "BE"
    # An arrow from the search box to the next country found: said too.
    for _ in range(4):
        kb.press(Qt.Key.Key_Backspace)
    kb.type("land")
    found = page.countries.currentItem().text()  # type: ignore[attr-defined]
    alerts.clear()
    kb.press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is search
    chosen = page.countries.currentItem().text()  # type: ignore[attr-defined]
    assert chosen != found
    assert alerts == [chosen]


def test_a_window_back_with_its_focus_on_the_menu_bar_gives_it_back(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    """Closing Candidates and vacancies (opened from the Adviser menu) brought the main
    window back with the focus on its menu bar, where nothing showed it, and Tab went to
    the tabs: it goes back to the catalogue that had it."""
    install_focus_style(qapp)  # as the app starts
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    # What the window's return does: its last focus widget, the menu bar, gets the focus.
    window.menuBar().setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    kb.wait_focus(lambda w: w is window.table)

    # Alt puts the keyboard on the menu bar on purpose: it stays there, on the first menu.
    kb.press(Qt.Key.Key_Alt)
    qtbot.wait(50)
    bar = window.menuBar()
    assert QApplication.focusWidget() is bar and bar.activeAction() is not None
    kb.press(Qt.Key.Key_Escape)
    kb.wait_focus(lambda w: w is window.table)


def test_the_review_says_an_slp_level_is_the_notices_not_the_reviewers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the import review, each skill of an "SLP 3333" requirement was described as
    "Your STANAG 6001 level": the reviewer is not answering for themselves."""
    dialog = open_import_review(qtbot, monkeypatch)
    kb = Keyboard(qtbot)
    kb.press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Requirements
    panel = dialog.requirements
    kb.tab_until(lambda w: w is panel.criteria_list)
    kb.press(Qt.Key.Key_End)  # the last requirement, a desirable statement
    editor = dialog.editors[panel.criteria_list.currentRow()]
    combo = kb.tab_until(lambda w: w is editor.kind)
    combo.set_value("language_profile")  # type: ignore[attr-defined]  # as read: STANAG 6001
    qtbot.waitUntil(editor.parameters.isVisible)  # shown once the change is handled
    field = kb.tab_until(lambda w: w.accessibleName().startswith("Listening in "))
    assert field.accessibleDescription().startswith(
        "The STANAG 6001 level the notice asks for in this skill"
    )


def test_open_profile_says_when_each_was_changed_in_words(qtbot: QtBot, window: MainWindow) -> None:
    """ "Anna (modifié le 2026-11-30 21:14)": a screen reader read the date digit by digit."""
    store = ProfileStore()
    store.save(Profile(name="Anna", nationality="DE"), "anna")
    (modified,) = [entry.modified for entry in store.list().entries]
    assert modified is not None
    apply_language("fr")
    try:
        dialog = OpenProfileDialog(store, "anna", window)
        qtbot.addWidget(dialog)
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
        months += ["septembre", "octobre", "novembre", "décembre"]
        day = "1er" if modified.day == 1 else str(modified.day)
        assert dialog.list.item(0).text() == (
            f"Anna (modifié le {day} {months[modified.month - 1]} {modified.year} {modified:%H:%M})"
            " — ouvert"  # the profile open now
        )
    finally:
        apply_language("en")


def test_the_review_reads_the_notices_warning_with_its_keep_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """250717's warning (its English and French ask for different levels) is a label beside
    "Show this warning to candidates": Tab reached the box, and never the warning."""
    dialog = open_import_review(qtbot, monkeypatch)
    kb = Keyboard(qtbot)
    kb.press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Requirements
    panel = dialog.requirements
    kb.tab_until(lambda w: w is panel.criteria_list)
    row = next(row for row, editor in enumerate(dialog.editors) if editor.warnings)
    kb.press(Qt.Key.Key_Home)
    for _ in range(row):
        kb.press(Qt.Key.Key_Down)
    assert panel.criteria_list.currentRow() == row
    (warning, keep) = dialog.editors[row].warnings[0]
    assert kb.tab_until(lambda w: w is keep) is keep
    said = keep.accessibleDescription()
    assert said.startswith(warning.text.en)
    assert said.endswith("Untick when your corrections make the warning wrong.")


def test_a_long_requirement_in_the_wizards_message_is_cut_at_a_word(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """The page's "Not met" message cut a requirement's words by characters ("…ability to
    p…"); it now names it as every other place does, cut at a word."""
    v = vacancy("250717")
    wizard = _wizard(qtbot, v, Profile(nationality="BE", education="master"))
    wizard.go_to_criterion("communication")
    kb = Keyboard(qtbot)
    page = wizard.current_question_page()
    assert page is not None
    yes = kb.wait_focus(lambda w: "written and verbal" in w.accessibleDescription())
    assert yes.isChecked() is False
    kb.press(Qt.Key.Key_Right)  # No
    explanation = page.explanation.text()  # type: ignore[attr-defined]
    words = v.criterion("communication").text.en  # type: ignore[union-attr]
    assert in_a_sentence(words) == (
        "possess very good written and verbal communication skills, with the ability to…"
    )
    assert f"Not met: “{in_a_sentence(words)}”: " in explanation


def test_the_overview_names_a_requirement_as_the_matrix_does(
    vacancy: Callable[[str], Vacancy],
) -> None:
    """The overview's Why column named requirements its own way ("Russian", or a
    statement's whole words); the matrix, its CSV and the dossier use requirement_names."""
    v = vacancy("250717")
    declined = meeting_profile(v).with_answer("250717", "communication", False)
    model = OverviewModel([v], declined)
    why = model.text(0, OverviewModel.COL_DETAIL)
    assert why == "Not met: {name}".format(name=requirement_names(v, "en")["communication"])
    assert why.endswith("…") and len(why) < 70


def test_a_pasted_text_refused_comes_back_in_the_paste_box(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After "is not a NATO vacancy notice", the pasted text was gone: the reader had to
    go back to the page and copy it all again. The paste box opens again, holding it."""
    asked: list[str] = []
    answers = iter(["hello world", ""])  # pasted, then Cancel on the box shown again

    def ask(parent: QWidget, shown: str) -> str:
        asked.append(shown)
        return next(answers)

    problems: list[str] = []
    monkeypatch.setattr(import_prompts, "ask_notice_text", ask)
    monkeypatch.setattr(
        import_prompts, "show_problem", lambda parent, title, text: problems.append(text)
    )
    window.imports.paste_notice_action.trigger()
    job = window.imports.notice_import
    assert job is not None and job.wait()
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked == ["", "hello world"]
    assert len(problems) == 1 and "not a NATO vacancy notice" in problems[0]

    # The box shown again holds the text, with the keyboard in it and Import ready.
    box = ImportPasteDialog(window, "hello world")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is box.box)
    assert box.text() == "hello world" and box.import_button.isEnabled()
    box.reject()


def test_check_your_answers_says_how_many_are_still_unanswered(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], alerts: list[str]
) -> None:
    """Arriving on Check your answers, a screen reader said "See my result, button" and
    nothing of the page, nor that questions above were left unanswered."""
    v = vacancy("250717")
    profile = meeting_profile(v).with_answer("250717", "communication", None)
    wizard = _wizard(qtbot, v, profile)
    while wizard.currentId() != wizard.check_id:
        wizard.next()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    Keyboard(qtbot).wait_focus(lambda w: w is next_button)
    rows = len(wizard.check_page.rows)
    assert alerts[-1] == (
        f"{wizard.check_page.title()}. Make sure each answer is right before you see your "
        "result. Change takes you back to the question, then back to this list. "
        f"Answers: {rows}; not answered: 1."
    )


def test_the_reviews_deadline_is_said_in_words(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deadline box shows 2025-05-13, which a screen reader read as numbers and dashes;
    its description says the day in words, and follows the arrows."""
    dialog = open_import_review(qtbot, monkeypatch)
    kb = Keyboard(qtbot)
    kb.press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Post details
    date = kb.tab_until(lambda w: w is dialog.header_form.date)
    assert date.accessibleDescription() == "The last day to apply, Brussels time: 13 May 2025"
    kb.press(Qt.Key.Key_Up)  # the year, where the cursor is
    assert date.accessibleDescription() == "The last day to apply, Brussels time: 13 May 2026"


def test_batch_screening_puts_the_keyboard_on_the_field_to_correct(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], tmp_path: Path
) -> None:
    """Screen with no CSV file chosen: the reason was said, and the keyboard stayed on
    Screen; it goes to the field to fill in."""
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    dialog = BatchDialog([vacancy("250939")], dt.date(2025, 7, 1), profiles, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w is dialog.run_button)
    kb.space()
    assert dialog.summary.text() == "Choose where to save the CSV file."
    assert QApplication.focusWidget() is dialog.output_edit
    kb.type(str(tmp_path / "no-such-folder" / "out.csv"))
    kb.tab_until(lambda w: w is dialog.run_button)
    kb.space()
    assert "choose a file in an existing folder" in dialog.summary.text()
    assert QApplication.focusWidget() is dialog.output_edit
    assert dialog.output_edit.selectedText() == dialog.output_edit.text()  # typed over
