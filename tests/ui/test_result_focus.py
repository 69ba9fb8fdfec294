"""Where the keyboard is on the result page: it follows the reader into view, and comes back
to the result's statement when the page is rebuilt in the other language. The wizard's
buttons are reached left to right, as they are shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock
from ui_keyboard import Keyboard
from vacancy_builders import meeting_profile

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.ui.common.language import apply_language
from screener.ui.profiles.session import ScreeningSession
from screener.ui.wizard.wizard import LANGUAGE_TOGGLE, ScreeningWizard


def _wizard(qtbot: QtBot, vacancy: Vacancy, profile: Profile) -> ScreeningWizard:
    wizard = ScreeningWizard(ScreeningSession(vacancy, profile, fixed_clock))
    qtbot.addWidget(wizard)
    wizard.resize(800, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def _on_result(qtbot: QtBot, vacancy: Callable[[str], Vacancy]) -> ScreeningWizard:
    wizard = _wizard(qtbot, vacancy("250717"), meeting_profile(vacancy("250939")))
    while wizard.currentId() != wizard.summary_id:
        wizard.next()
    verdict = wizard.summary_page.view.verdict_label
    Keyboard(qtbot).wait_focus(lambda w: w is verdict)
    return wizard


def _in_sight(widget: QWidget, area: QWidget) -> bool:
    top = widget.mapTo(area, QPoint(0, 0)).y()
    return top >= 0 and top + min(widget.height(), 40) <= area.height()


def test_shift_tab_from_back_shows_the_last_note(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """From the wizard's buttons, Shift+Tab went to the result's last note without scrolling
    to it: the focus was out of sight."""
    wizard = _on_result(qtbot, vacancy)
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w is wizard.button(QWizard.WizardButton.BackButton))
    kb.tab_until(lambda w: w.accessibleName() == "Export PDF")  # the page's buttons, below it
    kb.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    focused = kb.focus()
    viewport = wizard.summary_page.view._scroll.viewport()
    assert viewport.isAncestorOf(focused)
    assert _in_sight(focused, viewport)


def test_the_wizards_buttons_are_reached_left_to_right(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """The language button, on the left, came after Close."""
    wizard = _wizard(qtbot, vacancy("250717"), Profile())
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w is wizard.button(LANGUAGE_TOGGLE))
    reached = []
    for _ in range(3):
        kb.tab()
        reached.append(kb.focus())
    next_, cancel = QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton
    assert reached[:2] == [wizard.button(next_), wizard.button(cancel)]  # no Back on page 1
    assert reached[2] is wizard.current_question_page().first_input()  # back to the page


def test_after_switching_language_the_focus_is_on_the_result(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """The page is rebuilt in the other language: the focused Change… went with it, and the
    focus landed on the last note, out of sight."""
    wizard = _on_result(qtbot, vacancy)
    view = wizard.summary_page.view
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w.accessibleName().startswith("Change answer"))
    try:
        apply_language("fr")
        kb.wait_focus(lambda w: w is view.verdict_label)  # rebuilt once the events are run
        assert view.verdict_label.accessibleDescription().startswith("Impossible de conclure")
        assert _in_sight(view.verdict_label, view._scroll.viewport())
    finally:
        apply_language("en")


def test_tabbing_through_the_country_list_chooses_nothing(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """Tab from the search box into the list made its first row current: "Chosen:
    Afghanistan", and the warning that this answer rules you out, without a key pressed to
    choose. The arrows choose."""
    wizard = _wizard(qtbot, vacancy("250717"), Profile())
    page = wizard.current_question_page()
    assert page is not None
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is page.first_input())
    kb.tab()
    assert kb.focus() is page.countries  # type: ignore[attr-defined]
    assert page.selected_code() is None  # type: ignore[attr-defined]
    assert page.chosen.text() == "No country chosen yet."  # type: ignore[attr-defined]
    kb.press(Qt.Key.Key_Down)
    assert page.selected_code() == "AF"  # type: ignore[attr-defined]


def test_enter_on_a_focused_button_of_the_result_presses_it(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """Enter on Copy as text (or Export PDF…) went on to Finish, and closed the result."""
    wizard = _on_result(qtbot, vacancy)
    view = wizard.summary_page.view
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w is view.buttons["copy"])
    kb.enter()
    assert wizard.isVisible() and wizard.currentId() == wizard.summary_id
    copied = QApplication.clipboard().text()
    assert copied.startswith("Coordinator, HQ Security Force (250717)\n")
