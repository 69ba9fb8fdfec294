"""Steps of the screening flow, done with the keyboard alone (Tab, arrows, Space, Enter)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QWizard
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener.importer import import_notice_file
from screener.ui.importing import import_prompts
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.wizard import ScreeningWizard

EDUCATION_ORDER = ["secondary", "higher_secondary", "bachelor", "master", "doctorate"]
# Row 0 is "Not answered".
LEVEL_INDEX = {"unanswered": 0, None: 1, "I": 2, "II": 3, "III": 4, "IV": 5, "V": 6, "VI": 7}


class Steps:
    """One method per wizard page; each leaves the wizard on the next page."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.kb = Keyboard(qtbot)

    @property
    def wizard(self) -> ScreeningWizard:
        wizard = self.window.wizard
        assert isinstance(wizard, ScreeningWizard)
        return wizard

    def page(self) -> CriterionPage:
        page = self.wizard.current_question_page()
        assert page is not None, "not on a question page"
        return page

    def open(self, reference: str) -> ScreeningWizard:
        """From the main window: type the reference in the search box, press Enter."""
        self.kb.wait_focus(lambda w: w is self.window.search)
        self.kb.type(reference)
        self.kb.enter()
        self.qtbot.waitUntil(lambda: self.window.wizard is not None)
        self.qtbot.waitExposed(self.wizard)
        return self.wizard

    def _on(self, topic: Topic) -> CriterionPage:
        self.qtbot.waitUntil(
            lambda: self.wizard.current_question_page() is not None and self.page().topic is topic
        )
        page = self.page()
        self.qtbot.waitUntil(lambda: not page.focus_pending)
        first = page.first_input()
        if first is not None:
            self.kb.wait_focus(lambda w: w is first)
        return page

    def _next(self) -> None:
        before = self.wizard.currentId()
        self.kb.enter()
        self.qtbot.waitUntil(lambda: self.wizard.currentId() != before)

    def nationality(self, typed: str) -> None:
        self._on(Topic.NATIONALITY)
        self.kb.type(typed)
        self._next()

    def education(self, level: str) -> None:
        self._on(Topic.EDUCATION)
        self.kb.space()  # checks the first level
        for _ in range(EDUCATION_ORDER.index(level)):
            self.kb.press(Qt.Key.Key_Down)
        self._next()

    def experience(self, *years: str) -> None:
        self._on(Topic.EXPERIENCE)
        for index, text in enumerate(years):
            if index:
                self.kb.tab()
                self.kb.tab_until(lambda w: w.inherits("QAbstractSpinBox"))
            self.kb.type(text)
        self._next()

    def languages(self, english: str | None, french: str | None) -> None:
        page = self._on(Topic.LANGUAGES)
        for _ in range(LEVEL_INDEX[english]):
            self.kb.press(Qt.Key.Key_Down)
        french_combo = page.pickers["fr"].combo  # type: ignore[attr-defined]
        self.kb.tab_until(lambda w: w is french_combo)
        for _ in range(LEVEL_INDEX[french]):
            self.kb.press(Qt.Key.Key_Down)
        self._next()

    def driving_licence(self, *categories: str) -> None:
        self._on(Topic.LICENCE)
        self.kb.space()  # "I hold a driving licence"
        for category in categories:
            self.kb.tab_until(lambda w, c=category: isinstance(w, QCheckBox) and w.text() == c)
            self.kb.space()
        self._next()

    def declarations(self, topic: Topic, answers: str) -> None:
        """answers: one letter per question, y(es), n(o), u(nsure) or - (skip)."""
        self._on(topic)
        for index, answer in enumerate(answers):
            if index:
                self.kb.tab()
                self.kb.tab_until(
                    lambda w: isinstance(w, QRadioButton) and w.text().replace("&", "") == "Yes"
                )
            if answer == "-":
                continue
            self.kb.space()  # Yes
            for _ in range("ynu".index(answer)):
                self.kb.press(Qt.Key.Key_Right)  # arrows move along the group and check
        self._next()

    def check_answers(self) -> None:
        """On the check-your-answers page: Enter goes on to the result."""
        wizard = self.wizard
        self.qtbot.waitUntil(lambda: wizard.currentId() == wizard.check_id)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        self.kb.wait_focus(lambda w: w is next_button)
        self._next()

    def finish(self) -> None:
        """On the result: once the keyboard is on its statement (the page puts it there),
        Enter is Finish. Pressed on one of the result's buttons, it presses that button."""
        wizard = self.wizard
        self.qtbot.waitUntil(lambda: wizard.currentId() == wizard.summary_id)
        verdict = wizard.summary_page.view.verdict_label
        self.kb.wait_focus(lambda w: w is verdict)
        self.kb.enter()
        self.qtbot.waitUntil(lambda: self.window.wizard is None)

    def skip(self, topic: Topic) -> None:
        self._on(topic)
        self._next()


def checked_text(buttons: list[QAbstractButton]) -> list[str]:
    return [b.text() for b in buttons if b.isChecked()]


def open_import_review(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ImportReviewDialog:
    """The import review of notice 250717, shown and active, its confirmations answered yes."""

    def yes(*args: object) -> bool:
        return True

    monkeypatch.setattr(import_prompts, "ask_confirm", yes)
    notices = Path(__file__).resolve().parents[1] / "importer" / "notices"
    dialog = ImportReviewDialog(import_notice_file(notices / "250717.txt"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog
