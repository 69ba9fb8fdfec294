"""A notice whose requirements could not be read: its header-only draft can still be screened
without a crash, and every result on it carries the warning that its requirements are missing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock

from screener.domain.profile import Profile
from screener.importer import import_notice_text
from screener.ui.profiles.session import ScreeningSession
from screener.ui.wizard.wizard import ScreeningWizard

HEADER_ONLY = """Job Description - Logistics Assistant (240999)
Location: Capellen, Luxembourg
Grade: B-3
Closing date: 15 April 2030

The Agency is looking for a Logistics Assistant. Details will follow on our website.
"""


def test_the_header_only_draft_goes_through_the_wizard(qtbot: QtBot) -> None:
    vacancy = import_notice_text(HEADER_ONLY, "notice.txt").vacancy
    assert [w.code for w in vacancy.warnings] == ["requirements_missing"]
    wizard = ScreeningWizard(ScreeningSession(vacancy, Profile(), fixed_clock))
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(10):
        if wizard.currentId() == wizard.summary_id:
            break
        wizard.next()
    assert wizard.currentId() == wizard.summary_id
    wizard.summary_page.refresh()
    shown = " ".join(label.text() for label in wizard.summary_page.findChildren(QLabel))
    assert "The requirements of this notice could not be read" in shown
