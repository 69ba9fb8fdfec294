"""Fixes from the third keyboard and screen-reader walk through the app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock
from ui_keyboard import Keyboard
from ui_tab_cycle import tab_round

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.importer import import_notice_file
from screener.ui.importing import import_prompts
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.profiles.session import ScreeningSession
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.wizard import ScreeningWizard

NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"


def test_tab_goes_round_the_wizard_as_it_reads_with_the_profiles_facts_first(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """Facts from the profile (three Edit buttons), then the page's years (a spin box), then
    the buttons below, and from Close back to the first Edit."""
    known = Profile(nationality="BE", education="master", languages={"en": "IV", "fr": "IV"})
    wizard = ScreeningWizard(ScreeningSession(vacancy("250939"), known, fixed_clock))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    page = wizard.current_question_page()
    assert page is not None and page.topic is Topic.EXPERIENCE
    first = page.first_input()
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is first or w.parentWidget() is first)
    edits = list(wizard.facts_panel.buttons.values())
    assert len(edits) == 3
    kb.press(Qt.Key.Key_Backtab)
    assert kb.focus() is edits[-1]
    kb.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert kb.focus() is edits[-2]
    close = wizard.button(QWizard.WizardButton.CancelButton)
    kb.tab_until(lambda w: w is close)
    kb.tab()
    assert kb.focus() is edits[0]
    assert tab_round(qtbot, wizard) == []


def _review_of_250717(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, keep_review: bool
) -> ImportReviewDialog:
    """The review of notice 250717, its items kept or dropped, shown and active."""
    monkeypatch.setattr(import_prompts, "ask_confirm", lambda *args: True)
    result = import_notice_file(NOTICES / "250717.txt")
    if not keep_review:
        result = replace(result, vacancy=result.vacancy.model_copy(update={"review": []}))
    dialog = ImportReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_an_empty_review_list_is_no_tab_stop(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing flagged, Tab stopped on an empty box a screen reader named "Items to
    review" and nothing more; its heading's Alt+V led there too."""
    dialog = _review_of_250717(qtbot, monkeypatch, keep_review=False)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is dialog.criteria_list)
    assert not dialog.review_list.isVisible()
    assert dialog.review_list.label.text() == (
        "Items to review: nothing was flagged; still compare with the notice."
    )
    assert tab_round(qtbot, dialog) == []
    for _ in range(40):
        kb.tab()
        assert kb.focus() is not dialog.review_list


def test_the_review_list_goes_once_its_last_item_goes_with_its_requirement(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _review_of_250717(qtbot, monkeypatch, keep_review=True)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is dialog.review_list)
    assert dialog.review_list.label.text().startswith("Items to re&view (2)")
    kb.press(Qt.Key.Key_Return)  # to the requirement the first item is about
    kb.wait_focus(lambda w: w is not dialog.review_list)
    dialog.criteria_list.setFocus()
    kb.wait_focus(lambda w: w is dialog.criteria_list)
    kb.alt(Qt.Key.Key_D)  # Delete requirement, confirmed
    qtbot.waitUntil(lambda: dialog.editor_for("languages") is None)
    assert not dialog.review_list.isVisible()
    assert dialog.review_list.label.text() == (
        "Items to review: none left; still compare with the notice."
    )
    focus = kb.focus()
    assert focus.isVisible() and focus.window() is dialog
