"""The screening wizard: only the questions the chosen vacancy needs, then the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from screener.ui.session import ScreeningSession
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.declarations_page import DeclarationsPage
from screener.ui.wizard.driving_licence_page import DrivingLicencePage
from screener.ui.wizard.education_page import EducationPage
from screener.ui.wizard.experience_page import ExperiencePage
from screener.ui.wizard.languages_page import LanguagesPage
from screener.ui.wizard.nationality_page import NationalityPage
from screener.ui.wizard.page_plan import PagePlan, Topic, plan_pages, topic_name
from screener.ui.wizard.summary_page import SummaryPage

_PAGE_CLASSES: dict[Topic, type[CriterionPage]] = {
    Topic.NATIONALITY: NationalityPage,
    Topic.EDUCATION: EducationPage,
    Topic.EXPERIENCE: ExperiencePage,
    Topic.LANGUAGES: LanguagesPage,
    Topic.LICENCE: DrivingLicencePage,
}

BACK_TO_SUMMARY = QWizard.WizardButton.CustomButton1


class ScreeningWizard(QWizard):
    def __init__(self, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        vacancy = session.vacancy
        self.setWindowTitle(
            self.tr("Check my eligibility: {reference}").format(reference=vacancy.reference)
        )
        # Titles are ours, but keep them plain: nothing here is ever read as markup.
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(BACK_TO_SUMMARY, self.tr("Back to &summary"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))

        self.question_pages: list[CriterionPage] = [
            self._make_page(plan) for plan in plan_pages(vacancy)
        ]
        self.summary_page = SummaryPage(session)
        total = len(self.question_pages) + 1
        for page_id, page in enumerate(self.question_pages):
            self._add(page_id, page, topic_name(page.topic), total)
        self.summary_id = len(self.question_pages)
        self._add(self.summary_id, self.summary_page, topic_name(None), total)
        self.summary_page.view.changeRequested.connect(self.go_to_criterion)

        self._summary_seen = False
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self._page_changed(self.currentId())
        self.resize(960, 640)
        self.setMinimumSize(640, 480)

    def _make_page(self, plan: PagePlan) -> CriterionPage:
        page_class = _PAGE_CLASSES.get(plan.topic)
        if page_class is None:
            return DeclarationsPage(self.session, plan.criteria, plan.topic)
        return page_class(self.session, plan.criteria)

    def _add(self, page_id: int, page: QWizardPage, name: str, total: int) -> None:
        page.setTitle(
            self.tr("Step {number} of {total}: {name}").format(
                number=page_id + 1, total=total, name=name
            )
        )
        self.setPage(page_id, page)

    # -- moving around ----------------------------------------------------------------------

    def page_for_criterion(self, criterion_id: str) -> int | None:
        for page_id, page in enumerate(self.question_pages):
            if any(criterion.id == criterion_id for criterion in page.criteria):
                return page_id
        return None

    def go_to_criterion(self, criterion_id: str) -> None:
        """From the summary back to the page that asks about this requirement."""
        target = self.page_for_criterion(criterion_id)
        if target is None:
            return
        while self.currentId() > target:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    def back_to_summary(self) -> None:
        """Forward through the pages (their answers are kept) until the summary, if valid."""
        while self.currentId() != self.summary_id:
            page = self.currentPage()
            if page is None or not page.isComplete():
                return
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                return

    def _custom_button(self, which: int) -> None:
        if which == BACK_TO_SUMMARY or which == BACK_TO_SUMMARY.value:
            self.back_to_summary()

    def _page_changed(self, page_id: int) -> None:
        if page_id == self.summary_id:
            self._summary_seen = True
        # Toggling the option, not the button: QWizard re-shows its buttons on every page.
        self.setOption(
            QWizard.WizardOption.HaveCustomButton1,
            self._summary_seen and page_id != self.summary_id,
        )

    def current_question_page(self) -> CriterionPage | None:
        page = self.currentPage()
        return page if isinstance(page, CriterionPage) else None
