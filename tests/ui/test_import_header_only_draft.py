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


def test_a_header_only_draft_is_never_called_eligible(qtbot: QtBot) -> None:
    # A NATO national meets the only requirement left (nationality): still can't tell, as
    # the notice's own requirements were not read. Batch and the overview say the same.
    from screener.domain.assessment import Verdict
    from screener.domain.engine import assess
    from screener.domain.fast_verdict import compile_vacancy, evaluate

    vacancy = import_notice_text(HEADER_ONLY, "notice.txt").vacancy
    belgian = Profile(nationality="BE")
    assessment = assess(vacancy, belgian, fixed_clock())
    assert assessment.verdict is Verdict.INCOMPLETE
    assert evaluate(compile_vacancy(vacancy), belgian).verdict is Verdict.INCOMPLETE
    wizard = ScreeningWizard(ScreeningSession(vacancy, belgian, fixed_clock))
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(10):
        if wizard.currentId() == wizard.summary_id:
            break
        wizard.next()
    wizard.summary_page.refresh()
    headline = wizard.summary_page.view.verdict_label.text()
    assert headline.startswith(
        "? Can't tell yet: this draft does not list the notice's requirements"
    )
