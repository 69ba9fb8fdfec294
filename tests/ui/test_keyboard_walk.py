"""What a keyboard-only user met walking through the app: every Tab stop shows something,
small dialogs show their whole title, Escape never loses what was kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock
from ui_keyboard import Keyboard
from vacancy_builders import meeting_profile

from screener.domain.vacancy import Vacancy
from screener.ui.profiles.my_profile_dialog import MyProfileDialog
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.wizard import ScreeningWizard


def tab_stops(qtbot: QtBot, window: QWidget, presses: int = 60) -> list[QWidget]:
    """Where the focus rests after each Tab, as many times as it takes to come round."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    kb = Keyboard(qtbot)
    stops = []
    for _ in range(presses):
        kb.tab()
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_never_stops_on_a_scroll_area(
    qtbot: QtBot, window: MainWindow, vacancy: Callable[[str], Vacancy]
) -> None:
    """A scroll area took a Tab stop of its own before the first input (My profile, the
    result, the import review): the focus seemed lost, since the area draws no focus."""
    dialog = MyProfileDialog(meeting_profile(vacancy("250411")), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    stops = tab_stops(qtbot, dialog)
    assert dialog.buttons.buttons()[0] in stops  # came round the whole dialog
    assert [w for w in stops if isinstance(w, QScrollArea)] == []

    wizard = ScreeningWizard(
        ScreeningSession(vacancy("250939"), meeting_profile(vacancy("250939")), fixed_clock)
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    while wizard.currentId() != wizard.summary_id:
        wizard.next()
    stops = tab_stops(qtbot, wizard)
    assert wizard.summary_page.view.verdict_label in stops
    assert [w for w in stops if isinstance(w, QScrollArea)] == []
