"""What a screen reader says, from a walk through the app: which row or column a table's cell
is in, the messages shown away from the focus, the wizard's buttons without their arrows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QApplication,
    QTableView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard
from ui_steps import Steps, open_import_review

from screener import paths
from screener.domain.profile import Profile
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, save_settings
from screener.ui.common.language import apply_language
from screener.ui.window.main_window import MainWindow
from screener.ui.window.shortcuts_dialog import ShortcutsDialog
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.wizard import LANGUAGE_TOGGLE

Back, Next = QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton
NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"


def _row_headers(table: QTableView) -> list[str]:
    """What a screen reader hears as each row's header, in the order shown: Qt's accessible
    row header reads the model's vertical header data in AccessibleTextRole. (Asked of the
    model: accessible interfaces made in a test outlived its window and crashed a later one.)"""
    model, vertical = table.model(), Qt.Orientation.Vertical
    accessible, display = Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DisplayRole
    return [
        str(model.headerData(row, vertical, accessible) or model.headerData(row, vertical, display))
        for row in range(model.rowCount())
    ]


def test_a_screen_reader_hears_which_vacancy_a_row_is(qtbot: QtBot, window: MainWindow) -> None:
    """Down the catalogue in the Deadline column, a screen reader said "8 December 2024" and
    nothing of which vacancy it was: each row's header (hidden) now names it."""
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.type("human security")
    kb.press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    headers = _row_headers(window.table)
    assert headers[0] == "241600 — Principal Assistant, The Human Security Unit"
    assert len(headers) == window.proxy.rowCount() < window.model.rowCount()
    assert not window.table.verticalHeader().isVisible()


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


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a screen reader is asked to say through the platform's announcement."""
    said: list[str] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_count_left_is_said_when_the_typing_stops(
    qtbot: QtBot, window: MainWindow, announced: list[str], lang: str
) -> None:
    """The count under the table changed at every letter, away from the focus: typing in
    the search box, a screen reader user never heard whether any vacancy was left."""
    apply_language(lang)
    try:
        kb = Keyboard(qtbot)
        kb.wait_focus(lambda w: w is window.search)
        kb.type("cyber")
        said = {"en": "Shown: 1 of 5.", "fr": "Affichés\u00a0: 1 sur 5."}[lang]
        qtbot.waitUntil(lambda: announced == [said])  # once, when the typing stopped
        kb.press(Qt.Key.Key_Backspace)
        qtbot.waitUntil(lambda: len(announced) == 2)
        assert announced[1] == said
    finally:
        apply_language("en")


def test_switching_the_language_is_said_in_the_new_one(
    qtbot: QtBot, window: MainWindow, announced: list[str]
) -> None:
    """Every word changes and nothing else happens: a screen reader said nothing."""
    steps = Steps(qtbot, window)
    wizard = steps.open("250717")
    page = steps._on(Topic.NATIONALITY)
    try:
        qtbot.mouseClick(wizard.button(LANGUAGE_TOGGLE), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Screener est maintenant en français." in announced)
        qtbot.waitUntil(lambda: page.title() == "Étape 1 sur 10\u00a0: Nationalité")
    finally:
        apply_language("en")


def test_a_message_shown_away_from_the_focus_is_said(
    qtbot: QtBot, window: MainWindow, alerts: list[str], user_vacancies: Path
) -> None:
    """ "Files loaded: 1." in the status bar was shown, never heard."""
    source = paths.bundled_vacancies_dir() / "250939.toml"
    copy = user_vacancies.parent / "copy.toml"
    copy.write_text(
        source.read_text(encoding="utf-8").replace('"250939"', '"250940"'), encoding="utf-8"
    )
    window.load_files([copy])
    assert alerts == ["Files loaded: 1."]


def test_problems_before_saving_a_draft_are_said(
    qtbot: QtBot, alerts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_import_review(qtbot, monkeypatch)
    kb = Keyboard(qtbot)
    kb.alt(Qt.Key.Key_P)  # Post details
    grade = dialog.header_form.inputs["grade.min"]
    kb.tab_until(lambda w: w is grade)
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("grade ten")
    kb.alt(Qt.Key.Key_S)  # Save draft
    qtbot.waitUntil(lambda: bool(alerts))
    assert alerts[0].startswith("The vacancy cannot be saved yet:")
    assert "Grade" in alerts[0]
    assert QApplication.focusWidget() is grade  # and the focus is on what to fix


def test_the_offer_to_resume_is_said_and_comes_before_the_tabs(
    qtbot: QtBot, make_window: Callable[[], MainWindow], alerts: list[str]
) -> None:
    """The bar above the tabs was never heard: the focus is in the search box below it."""
    save_settings(Settings(last_profile="ana", wizard_position={"250939": "writing"}))
    ProfileStore().save(Profile(name="Ana").with_answer("250939", "experience", 5.0), "ana")
    window = make_window()
    bar = window.profiles.resume_bar
    qtbot.waitUntil(bar.isVisible)
    assert any(said.startswith("You stopped screening yourself for 250939") for said in alerts)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.press(Qt.Key.Key_Backtab)
    assert kb.focus() is window.profiles.tabs.tabBar()
    kb.press(Qt.Key.Key_Backtab)
    assert kb.focus() is bar.dismiss_button
    kb.press(Qt.Key.Key_Backtab)
    assert kb.focus() is bar.resume_button


def test_an_answer_that_rules_you_out_is_said(
    qtbot: QtBot, window: MainWindow, alerts: list[str]
) -> None:
    """Typing 3 years where the notice asks 4 showed "Not met: …" in a box under the
    question: seen by its colour and icon, never heard."""
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("belg")
    steps.education("bachelor")
    page = steps._on(Topic.EXPERIENCE)
    steps.kb.type("3")
    qtbot.waitUntil(lambda: any(said.startswith("Not met: You have 3") for said in alerts))
    shown = page.explanation.text()
    assert "already rules you out" in shown
    # What the box shows, once; nothing of Belarus, met on the way to Belgium.
    assert [said for said in alerts if said.startswith("Not met: ")] == [shown]


def test_the_wizards_buttons_are_named_without_their_arrows(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A screen reader said "less than Back" and "Next greater than" (QWizard's "< Back",
    "Next >"); on the check of the answers Next is "See my result", in French too."""
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    steps.nationality("belgium")
    back, next_ = (wizard.button(which) for which in (Back, Next))
    assert (back.text(), next_.text()) == ("< &Back", "&Next >")
    assert (back.accessibleName(), next_.accessibleName()) == ("Back", "Next")
    wizard.language_button.click()
    try:
        qtbot.waitUntil(lambda: back.accessibleName() == "Précédent")
        assert next_.accessibleName() == "Suivant"
        while wizard.currentId() != wizard.check_id:
            wizard.next()
        assert next_.accessibleName() == "Voir mon résultat"
    finally:
        apply_language("en")


def test_a_screen_reader_hears_which_command_a_shortcut_is_for(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    headers = _row_headers(dialog.table)
    assert headers[:2] == ["File > Open vacancy file…", "File > Import notice…"]
    assert headers == [command for command, _keys in dialog.rows()]
    assert not dialog.table.verticalHeader().isVisibleTo(dialog)
