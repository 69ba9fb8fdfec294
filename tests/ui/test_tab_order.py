"""Tab goes round each window in the order it is shown and comes back where it started: no
stop skipped, no loop that shuts the top of a window away."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard
from ui_steps import open_import_review
from ui_tab_cycle import tab_round
from vacancy_builders import meeting_profile

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.ui.profiles.my_profile_dialog import MyProfileDialog
from screener.ui.window.main_window import MainWindow


def _open_profile(qtbot: QtBot, profile: Profile, window: MainWindow) -> MyProfileDialog:
    dialog = MyProfileDialog(profile, window)
    qtbot.addWidget(dialog)
    dialog.resize(900, 650)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    Keyboard(qtbot).wait_focus(lambda w: w is dialog.country.search)
    return dialog


def test_my_profile_tabs_from_education_down_the_languages(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Tab went from the education to "Another language" and Add, then up to English: the
    order set before the languages were in the dialog was lost when they were put in it."""
    dialog = _open_profile(qtbot, Profile(name="Anna"), window)
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w is dialog.education)
    kb.tab()
    assert kb.focus() is dialog.languages.pickers["en"].combo
    kb.tab_until(lambda w: w is dialog.languages.pickers["fr"].combo)
    kb.tab_until(lambda w: w is dialog.languages.add_combo)
    kb.tab()
    assert kb.focus() is dialog.languages.add_button
    dialog.country.search.setFocus()
    assert tab_round(qtbot, dialog) == []


@pytest.mark.parametrize("how", ["in the profile", "added in the dialog"])
def test_tab_comes_back_to_the_top_with_another_language(
    qtbot: QtBot, window: MainWindow, vacancy: Callable[[str], Vacancy], how: str
) -> None:
    """With a third language, Tab from Cancel went back to its Listening field, never to the
    nationality: the fields' group handed its focus on from the end of the Tab order."""
    if how == "in the profile":
        dialog = _open_profile(qtbot, meeting_profile(vacancy("250411")), window)  # Russian
    else:
        dialog = _open_profile(qtbot, Profile(name="Anna"), window)
        kb = Keyboard(qtbot)
        kb.tab_until(lambda w: w is dialog.languages.add_button)
        kb.space()  # adds the first language offered
        added = list(dialog.languages.pickers.values())[2]
        kb.wait_focus(lambda w: w is added.combo)  # its level, next
        qtbot.waitUntil(added.combo.isVisible)  # new rows are shown once events are processed
        dialog.country.search.setFocus()
    third = list(dialog.languages.pickers)[2]
    assert tab_round(qtbot, dialog) == []
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w is dialog.languages.slp_fields[third].fields[-1])
    kb.tab_until(lambda w: w.accessibleName() == "Cancel")
    kb.tab()
    assert kb.focus() is dialog.country.search


def test_the_review_reaches_a_profiles_first_skill_by_its_label(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_import_review(qtbot, monkeypatch)
    dialog.tabs.setCurrentIndex(1)  # Requirements
    editor = dialog.select_criterion("languages")
    assert editor is not None
    editor.kind.set_value("language_profile")
    first_skill = editor.parameters.first_input()
    assert first_skill is not None
    qtbot.waitUntil(first_skill.isVisible)  # a new row is shown once events are processed
    editor.kind.setFocus()
    kb = Keyboard(qtbot)
    kb.alt(Qt.Key.Key_F)  # "STANAG 6001 pro&file:"
    focused: QWidget | None = QApplication.focusWidget()
    assert focused is not None and focused.accessibleName() == "Listening in this language (SLP)"
    assert focused is editor.parameters.inputs["profile"]
    editor.kind.setFocus()
    assert tab_round(qtbot, dialog) == []
