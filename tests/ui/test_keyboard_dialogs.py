"""Enter does each dialog's main action; yes/no questions sharing a page share no mnemonics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from test_batch_dialog import profiles_folder  # noqa: F401  (a fixture)
from ui_clock import NOW
from ui_keyboard import Keyboard
from ui_steps import Steps

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.profile_store import ProfileStore
from screener.ui.adviser import batch_dialog
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic


def test_enter_in_the_batch_dialog_screens_then_open_the_csv_and_its_folder(
    qtbot: QtBot,
    window: MainWindow,
    profiles_folder: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    discard_questions: object,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(batch_dialog, "open_with_system", opened.append)
    window.profiles.actions.batch_action.trigger()
    dialog = window.profiles.actions.batch_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is dialog.profiles_edit)
    assert dialog.run_button.isDefault()
    assert not dialog.open_csv_button.isVisible()
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type(str(profiles_folder))
    out = tmp_path / "matrix.csv"
    kb.tab_until(lambda w: w is dialog.output_edit)
    kb.type(str(out))
    kb.enter()  # Screen, not Close
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.is_running(), timeout=10000)
    assert out.is_file()
    assert dialog.summary.text().startswith("Candidates screened: 2; vacancies: 5.")

    kb.tab_until(lambda w: w is dialog.open_csv_button)
    kb.space()
    kb.tab_until(lambda w: w is dialog.open_folder_button)
    kb.space()
    assert opened == [out, out.parent.resolve()]
    assert dialog.open_csv_button.text() == "&Open the CSV file"
    # The folders typed gave the results saved: Escape closes without asking.
    kb.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert discard_questions.asked == []  # type: ignore[attr-defined]


def test_open_profile_by_typing_and_enter(
    qtbot: QtBot, window: MainWindow, vacancy: Callable[[str], Vacancy]
) -> None:
    store = ProfileStore()
    store.save(Profile(name="Anna", nationality="DE"), "anna")
    store.save(Profile(name="Bob"), "bob")
    store.save(Profile(name="Chloé"), "chloe")
    dialog = OpenProfileDialog(store, "bob", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is dialog.filter)
    kb.type("chlo")  # the only match becomes the one Enter opens
    assert dialog.chosen_id() == "chloe"
    with qtbot.waitSignal(dialog.finished):
        kb.enter()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_id() == "chloe"


def test_down_from_the_profile_filter_enters_the_list(qtbot: QtBot, window: MainWindow) -> None:
    store = ProfileStore()
    for name in ("Anna", "Annabel", "Bob"):
        store.save(Profile(name=name), name.lower())
    dialog = OpenProfileDialog(store, "bob", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is dialog.filter)
    kb.type("ann")
    assert dialog.chosen_id() == "anna"  # Bob, selected before, no longer matches
    kb.press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.list
    kb.press(Qt.Key.Key_Down)
    assert dialog.chosen_id() == "annabel"
    with qtbot.waitSignal(dialog.finished):
        kb.enter()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_id() == "annabel"


def test_several_yes_no_questions_share_no_mnemonics(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    while (page := steps.wizard.current_question_page()) is None or page.topic is not Topic.TESTS:
        wizard.next()
    page = steps._on(Topic.TESTS)
    radios = [w for w in page.findChildren(QRadioButton) if w.isVisible()]
    assert len(radios) == 6  # two questions
    assert all("&" not in radio.text() for radio in radios)
    # Tab goes from one question to the next; the arrows answer within one.
    first, second = page.questions.values()  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is first.yes
    steps.kb.space()
    steps.kb.press(Qt.Key.Key_Right)
    assert first.no.isChecked()
    steps.kb.tab_until(lambda w: w is second.yes)
    steps.kb.space()
    assert second.yes.isChecked() and first.no.isChecked()

    # A page with one question keeps Alt+Y, Alt+O and Alt+U.
    wizard.next()
    page = steps._on(Topic.AVAILABILITY)
    question = next(iter(page.questions.values()))  # type: ignore[attr-defined]
    assert question.yes.text() == "&Yes"
    steps.kb.alt(Qt.Key.Key_U)
    qtbot.waitUntil(question.unsure.isChecked)  # a mnemonic clicks as the mouse would


def _typed_in_paste_box(dialog: QDialog, kb: Keyboard) -> None:
    kb.type("Policy Officer, reference 270999")


def _typed_a_requirement(dialog: QDialog, kb: Keyboard) -> None:
    kb.type("Experience of NATO budgets")


def _education_chosen(dialog: QDialog, kb: Keyboard) -> None:
    kb.alt(Qt.Key.Key_E)  # Highest completed education
    kb.press(Qt.Key.Key_Down)


def _typed_a_vacancies_folder(dialog: QDialog, kb: Keyboard) -> None:
    kb.alt(Qt.Key.Key_V)  # Vacancies folder
    kb.type("/srv/advice/vacancies-2026")


def _batch_dialog(window: MainWindow) -> QDialog:
    return batch_dialog.BatchDialog([], NOW.date(), Path.home(), "en", window)


def _paste_dialog(window: MainWindow) -> QDialog:
    from screener.ui.importing.import_paste_dialog import ImportPasteDialog

    return ImportPasteDialog(window)


def _requirement_dialog(window: MainWindow) -> QDialog:
    from screener.ui.importing.new_requirement_dialog import NewRequirementDialog

    return NewRequirementDialog(window)


def _profile_dialog(window: MainWindow) -> QDialog:
    from screener.ui.profiles.my_profile_dialog import MyProfileDialog

    return MyProfileDialog(Profile(name="Ana"), window)


@pytest.mark.parametrize(
    ("make", "work"),
    [
        (_paste_dialog, _typed_in_paste_box),
        (_requirement_dialog, _typed_a_requirement),
        (_profile_dialog, _education_chosen),
        (_batch_dialog, _typed_a_vacancies_folder),
    ],
)
def test_escape_asks_before_throwing_typed_work_away(
    qtbot: QtBot,
    window: MainWindow,
    discard_questions: object,
    make: Callable[[MainWindow], QDialog],
    work: Callable[[QDialog, Keyboard], None],
) -> None:
    asked: list[str] = discard_questions.asked  # type: ignore[attr-defined]
    kb = Keyboard(qtbot)
    dialog = make(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    kb.wait_focus(lambda w: w.window() is dialog)
    kb.press(Qt.Key.Key_Escape)  # nothing typed yet: it closes at once, as Cancel did
    assert not dialog.isVisible() and asked == []

    dialog = make(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    kb.wait_focus(lambda w: w.window() is dialog)
    work(dialog, kb)
    discard_questions.answer = False  # type: ignore[attr-defined]
    kb.press(Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [dialog.windowTitle()]
    discard_questions.answer = True  # type: ignore[attr-defined]
    kb.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2


def _deaf_to_enter(root: QWidget) -> list[str]:
    """Push buttons that Enter, pressed on them, would not press: neither default nor
    auto-default in a dialog, nor given Enter by enter_presses.not_default."""
    from PySide6.QtWidgets import QPushButton

    from screener.ui.common.enter_presses import presses_on_enter

    return [
        button.text()
        for button in root.findChildren(QPushButton)
        if button.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not button.isDefault()
        and not (isinstance(button.window(), QDialog) and button.autoDefault())
        and not presses_on_enter(button)
    ]


def test_enter_on_a_focused_button_of_the_main_window_presses_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The welcome's Import a notice… and Close welcome, the resume bar's and the save
    problems' buttons took no Enter at all: only Space pressed them."""
    assert _deaf_to_enter(window) == []
    kb = Keyboard(qtbot)
    welcome = window.help.welcome
    assert welcome.isVisible()
    kb.tab_until(lambda w: w is welcome.close_button)
    kb.enter()
    assert not welcome.isVisible()
