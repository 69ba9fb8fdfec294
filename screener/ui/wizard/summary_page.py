"""The last wizard page: the summary of the assessment, recomputed each time it is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from screener.domain.profile import UNSURE
from screener.ui.profiles.keeper_start import shown_profile_name
from screener.ui.profiles.session import ScreeningSession
from screener.ui.summary.summary_view import SummaryView


class SummaryPage(QWizardPage):
    def __init__(self, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setFinalPage(True)
        self.view = SummaryView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        # The view re-renders the assessment itself; the answers are untouched.
        # event(), not changeEvent(): see screener/ui/common/language.py.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        self.setSubTitle(self.tr("Your result, requirement by requirement."))

    def initializePage(self) -> None:
        self.refresh()
        # After the wizard has placed its own focus: the reader starts at the verdict.
        QTimer.singleShot(0, self.view, self.view.focus_result)

    def refresh(self) -> None:
        session = self.session
        unsure = frozenset(
            criterion.id
            for criterion in session.vacancy.criteria
            if session.answer(criterion.id) == UNSURE
        )
        self.view.show_assessment(
            session.assessment(),
            str(session.vacancy.grade),
            unsure,
            shown_profile_name(session.profile.name),
        )
