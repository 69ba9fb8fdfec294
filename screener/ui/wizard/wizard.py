"""The screening wizard: only the questions the chosen vacancy needs, a check of the answers,
then the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget, QWizard

from screener.ui.common.accessibility import describe, spoken
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import (
    NATIVE_NAMES,
    RetranslatesOnLanguageChange,
    current_language,
    other_language,
    switch_language,
)
from screener.ui.common.tab_order import tab_in_order
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window import window_placement
from screener.ui.wizard.check_answers_page import CheckAnswersPage
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.declarations_page import DeclarationsPage
from screener.ui.wizard.driving_licence_page import DrivingLicencePage
from screener.ui.wizard.education_page import EducationPage
from screener.ui.wizard.experience_page import ExperiencePage
from screener.ui.wizard.known_facts import fact_text, is_known, page_answered
from screener.ui.wizard.languages_page import LanguagesPage
from screener.ui.wizard.nationality_page import NationalityPage
from screener.ui.wizard.page_plan import PagePlan, Topic, plan_pages, topic_name
from screener.ui.wizard.profile_facts_panel import ProfileFactsPanel
from screener.ui.wizard.summary_page import SummaryPage

_PAGE_CLASSES: dict[Topic, type[CriterionPage]] = {
    Topic.NATIONALITY: NationalityPage,
    Topic.EDUCATION: EducationPage,
    Topic.EXPERIENCE: ExperiencePage,
    Topic.LANGUAGES: LanguagesPage,
    Topic.LICENCE: DrivingLicencePage,
}

BACK_TO_SUMMARY = QWizard.WizardButton.CustomButton1
LANGUAGE_TOGGLE = QWizard.WizardButton.CustomButton2
# QWizard's own order of its buttons, left to right (its default layout off macOS).
_BUTTONS_LAID_OUT = (
    BACK_TO_SUMMARY,
    LANGUAGE_TOGGLE,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)
_NAMED_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
    BACK_TO_SUMMARY,
)

# The language button names the other language in that language, with an access key no
# wizard page or button uses in the language shown (Alt+I in English: "&Imprimer" is the
# French Print; Alt+G in French).
_LANGUAGE_BUTTON_TEXTS = {"en": "En&glish", "fr": "França&is"}


class ScreeningWizard(RetranslatesOnLanguageChange, QWizard):
    def __init__(self, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        vacancy = session.vacancy
        # Titles are ours, but keep them plain: nothing here is ever read as markup.
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # The other language, named in itself: the main window's Language menu is out of
        # reach while the wizard is open.
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        language_button = self.button(LANGUAGE_TOGGLE)
        assert isinstance(language_button, QPushButton)  # QWizard's buttons are push buttons
        self.language_button = language_button
        not_default(self.language_button)

        self.question_pages: list[CriterionPage] = [
            self._make_page(plan) for plan in plan_pages(vacancy)
        ]
        self.check_page = CheckAnswersPage(
            session, [(page.topic, page.criteria) for page in self.question_pages]
        )
        self.summary_page = SummaryPage(session)
        for page_id, page in enumerate(self.question_pages):
            self.setPage(page_id, page)
        self.check_id = len(self.question_pages)
        self.setPage(self.check_id, self.check_page)
        self.summary_id = self.check_id + 1
        self.setPage(self.summary_id, self.summary_page)
        # After a Change (from the check page or the result), Next leads back to the check.
        self._return_to_check = False
        self.check_page.changeRequested.connect(self.go_to_criterion)
        self.summary_page.view.changeRequested.connect(self.go_to_criterion)
        # Facts the profile already holds (from an earlier vacancy) are not asked again; the
        # side panel shows them, and Edit puts their page back into the steps.
        self.skipped: set[int] = {
            page_id
            for page_id, page in enumerate(self.question_pages)
            if is_known(page.topic, page.criteria, session.profile, vacancy.reference)
        }
        # Every essential question answered already (a screening finished, or facts from
        # others): it opens on the check of the answers, one Enter from the result; Back and
        # the Change buttons still reach every question. Desirable ones are optional, as on
        # their page: a finished screening often leaves some unanswered.
        self.opens_on_check = self._essentials_answered()
        self.facts_panel = ProfileFactsPanel()
        self.setSideWidget(self.facts_panel)
        self.facts_panel.editRequested.connect(self.show_page)
        session.profileChanged.connect(self._show_facts)
        self.retranslate()

        self._summary_seen = False
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self._page_changed(self.currentId())
        window_placement.resize_within_screen(self, 960, 640)
        # No larger than the screen: at twice the text size a 1366x768 screen is 683x384.
        self.setMinimumSize(window_placement.within_screen(self, 640, 480))

    def retranslate(self) -> None:
        """Title, step names and buttons in the current language; pages do their own."""
        self.setWindowTitle(
            self.tr("Check my eligibility: {reference}").format(reference=self.session.reference)
        )
        self._renumber()
        self.setButtonText(BACK_TO_SUMMARY, self.tr("Back to &summary"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        # QWizard sets its own Back and Next texts only when it changes page.
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
            self.button(which).setText(self.buttonText(which))
        self._name_buttons()
        target = other_language()
        self.setButtonText(LANGUAGE_TOGGLE, _LANGUAGE_BUTTON_TEXTS[target])
        describe(
            self.language_button,
            NATIVE_NAMES[target],
            self.tr("Shows Screener in English, keeping your answers")
            if target == "en"
            else self.tr("Shows Screener in French, keeping your answers"),
        )

    def _make_page(self, plan: PagePlan) -> CriterionPage:
        page_class = _PAGE_CLASSES.get(plan.topic)
        if page_class is None:
            return DeclarationsPage(self.session, plan.criteria, plan.topic)
        return page_class(self.session, plan.criteria)

    def _essentials_answered(self) -> bool:
        vacancy, profile = self.session.vacancy, self.session.profile
        for page in self.question_pages:
            essential = [k for k in page.criteria if vacancy.is_essential(k.id)]
            if essential and not page_answered(page.topic, essential, profile, vacancy.reference):
                return False
        return True

    def shown_ids(self) -> list[int]:
        """The pages this wizard goes through, in order: the check of the answers and the
        summary are always last."""
        return [i for i in range(len(self.question_pages)) if i not in self.skipped] + [
            self.check_id,
            self.summary_id,
        ]

    def _renumber(self) -> None:
        """Step titles count only the pages shown; call again when that changes."""
        shown = self.shown_ids()
        for number, page_id in enumerate(shown, start=1):
            page = self.page(page_id)
            if isinstance(page, CriterionPage):
                name = topic_name(page.topic)
            elif isinstance(page, CheckAnswersPage):
                name = page.step_name()
            else:
                name = topic_name(None)
            page.setTitle(
                self.tr("Step {number} of {total}: {name}").format(
                    number=number, total=len(shown), name=name
                )
            )
        self.setStartId(shown[0])
        self._show_facts()

    def _show_facts(self, *_profile: object) -> None:
        lang = current_language()
        profile = self.session.profile
        self.facts_panel.set_facts(
            [
                (
                    page_id,
                    topic_name(page.topic),
                    fact_text(page.topic, page.criteria, profile, lang),
                )
                for page_id, page in enumerate(self.question_pages)
                if page_id in self.skipped
            ]
        )
        # The check page lists every answer, the profile's too, and the result needs the
        # room: the panel is for the questions.
        if self.currentId() >= self.check_id:
            self.facts_panel.hide()
        self._tab_as_laid_out()

    def nextId(self) -> int:
        current = self.currentId()
        if self._return_to_check and current < self.check_id:
            return self.check_id
        return next((page_id for page_id in self.shown_ids() if page_id > current), -1)

    # -- moving around ----------------------------------------------------------------------

    def page_for_criterion(self, criterion_id: str) -> int | None:
        for page_id, page in enumerate(self.question_pages):
            if any(criterion.id == criterion_id for criterion in page.criteria):
                return page_id
        return None

    def go_to_criterion(self, criterion_id: str) -> None:
        """From the check of the answers or the summary back to the page that asks about
        this requirement; once it is answered, Next comes back to the check."""
        target = self.page_for_criterion(criterion_id)
        if target is None:
            return
        # Not while moving: _go_to() steps through the pages with next().
        self._return_to_check = False
        self.show_page(target)
        self._return_to_check = self.currentId() == target
        page = self.current_question_page()
        if page is not None:
            page.focus_input_for(criterion_id)

    def show_page(self, page_id: int) -> None:
        """Go to a page, putting it back into the steps if it was taken from the profile."""
        if page_id in self.skipped:
            self.skipped.discard(page_id)
            self._renumber()
        self._go_to(page_id)

    def setVisible(self, visible: bool) -> None:
        # QWizard goes to its start page as it is first shown: only then can it move on.
        first = visible and self.currentId() == -1
        super().setVisible(visible)
        if first and self.opens_on_check:
            self._go_to(self.check_id)

    def resume_at(self, criterion_id: str) -> None:
        """Carry on where an earlier screening stopped: the page asking this requirement, or
        the next page shown if the profile has answered it since (with every question
        answered, the check of the answers, where the wizard opened)."""
        target = self.page_for_criterion(criterion_id)
        if target is None or self.opens_on_check:
            return
        self._go_to(next(page_id for page_id in self.shown_ids() if page_id >= target))

    def _go_to(self, target: int) -> None:
        # Back through the pages seen, from the start if the target comes before them all,
        # then forward: every page on the way loads its answers from the profile.
        while self.currentId() > target:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break
        if self.currentId() > target:
            self.restart()
        while self.currentId() < target:
            page = self.currentPage()
            if page is None or not page.isComplete():
                return
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                return

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
        elif which == LANGUAGE_TOGGLE or which == LANGUAGE_TOGGLE.value:
            switch_language(other_language())

    def _name_buttons(self) -> None:
        """The buttons' accessible names from their texts, as each page sets them ("See my
        result" on the check of the answers), without the arrows of "< Back" and "Next >"."""
        for which in _NAMED_BUTTONS:
            button = self.button(which)
            button.setAccessibleName(spoken(button.text()))

    def _page_changed(self, page_id: int) -> None:
        self._name_buttons()
        if page_id == self.summary_id:
            self._summary_seen = True
        if page_id >= self.check_id:
            self._return_to_check = False
        if page_id == self.check_id:
            # Back from the result too (initializePage runs only going forward): else the
            # focus lands on the first Change, and Enter changes the nationality.
            self.check_page.focus_next_soon()
        self._show_facts()
        # Toggling the option, not the button: QWizard re-shows its buttons on every page.
        self.setOption(
            QWizard.WizardOption.HaveCustomButton1,
            self._summary_seen and page_id != self.summary_id,
        )
        self._tab_as_laid_out()

    def _tab_as_laid_out(self) -> None:
        """Tab goes round the wizard as it reads: the answers from the profile on the left,
        the page's questions, then the buttons below, left to right.

        Qt's chain holds the pages, in order, then the buttons: the language button, first on
        the left, came last, after Close, and the panel's Edit buttons, made later, after the
        last question. Put right after the last button, the Edit buttons come just before the
        pages, and of those only the current one is shown. Only our own buttons are named:
        walking Qt's chain would hand Python the parts Qt makes inside its widgets."""
        buttons = [self.button(which) for which in _BUTTONS_LAID_OUT]
        # QWizard puts the panel in its window once shown, and changes page then.
        if self.facts_panel.window() is self:
            buttons += self.facts_panel.buttons.values()
        tab_in_order(buttons)

    def current_question_page(self) -> CriterionPage | None:
        page = self.currentPage()
        return page if isinstance(page, CriterionPage) else None
