"""The import review walked with the keyboard: each kind's settings as a user reaches them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard
from ui_steps import open_import_review


def test_countries_are_typed_only_for_a_listed_scope(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Codes typed while "any NATO member country" was chosen were dropped on saving."""
    dialog = open_import_review(qtbot, monkeypatch)
    dialog.tabs.setCurrentIndex(1)  # Requirements
    editor = dialog.select_criterion("nationality")
    assert editor is not None
    countries = editor.parameters.inputs["countries"]
    assert isinstance(countries, QLineEdit)
    qtbot.waitUntil(countries.isVisible)
    assert editor.criterion_data()["scope"] == "nato_members"
    assert not countries.isEnabled()
    kb = Keyboard(qtbot)
    kb.alt(Qt.Key.Key_W)  # "&Who may apply:"
    assert kb.focus() is editor.parameters.inputs["scope"]
    kb.press(Qt.Key.Key_Down)  # "Nationals of the countries listed below"
    assert countries.isEnabled()
    kb.alt(Qt.Key.Key_C)  # "&Countries:"
    assert kb.focus() is countries
    kb.type("be fr")
    assert editor.criterion_data()["countries"] == ["BE", "FR"]
    kb.alt(Qt.Key.Key_W)
    kb.press(Qt.Key.Key_Up)
    assert not countries.isEnabled()


def test_tab_goes_from_the_kind_into_its_new_settings_in_order(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings built after the dialog join the end of its Tab order: Tab from Kind goes
    down them as shown, then on to the dialog's buttons."""
    dialog = open_import_review(qtbot, monkeypatch)
    dialog.tabs.setCurrentIndex(1)  # Requirements
    editor = dialog.select_criterion("d-formal-military-police-training")
    assert editor is not None
    editor.kind.setFocus()
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is editor.kind)
    editor.kind.set_value("education")
    qtbot.waitUntil(editor.parameters.isVisible)
    names = []
    for _ in range(4):
        kb.tab()
        names.append(kb.focus().accessibleName())
    assert names == [
        "Minimum education",
        "Or equivalent",
        "Field of study in English",
        "Field of study in French",
    ]


def test_a_tabs_alt_letter_takes_the_focus_into_its_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the items to review, Alt+P and Alt+R showed a page and left the focus (and the
    next Tab) below it: a screen reader said nothing of the page shown."""
    dialog = open_import_review(qtbot, monkeypatch)
    kb = Keyboard(qtbot)
    assert kb.focus() is dialog.review_list
    kb.alt(Qt.Key.Key_P)  # "&Post details"
    assert dialog.tabs.currentIndex() == 0
    assert kb.focus() is dialog.header_form.inputs["reference"]
    dialog.review_list.setFocus()
    kb.alt(Qt.Key.Key_R)  # "&Requirements"
    assert dialog.tabs.currentIndex() == 1
    assert kb.focus() is dialog.criteria_list
