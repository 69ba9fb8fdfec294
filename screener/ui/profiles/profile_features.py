"""The main window's profile features: autosave, the overview tab, resuming, the Profile menu.

Kept out of main_window.py so the window stays about the catalogue; the window calls in at
four places (start, an answer changed, a wizard opened, closing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QTabWidget, QToolButton, QVBoxLayout, QWidget

from screener.persistence.vacancy_catalogue import Catalogue
from screener.ui.common.accessibility import describe
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.profiles.profile_actions import ProfileActions
from screener.ui.profiles.profile_keeper import ProfileKeeper
from screener.ui.profiles.resume_bar import ResumeBar
from screener.ui.profiles.save_problems import SaveGuard, SaveProblemBar

if TYPE_CHECKING:
    from screener.domain.profile import Profile
    from screener.domain.vacancy import Vacancy
    from screener.ui.catalogue.overview_model import OverviewModel
    from screener.ui.catalogue.overview_view import OverviewView
    from screener.ui.window.host import MainWindowHost
    from screener.ui.wizard.wizard import ScreeningWizard

STATUS_MS = 8000


class ProfileFeatures(QObject):
    # The all-vacancies overview is built the first time it is shown; this says it now is.
    overviewBuilt = Signal()

    def __init__(
        self,
        window: MainWindowHost,
        profile: Profile | None,
        clock: Callable[[], dt.datetime],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._clock = clock
        self.wizard: ScreeningWizard | None = None
        self.keeper = ProfileKeeper(parent=self)
        self.keeper.start(profile)

        # The overview tab is built the first time it is shown (or asked for): at start-up it
        # would assess every vacancy and lay out a second table that nobody is looking at.
        self._overview_model: OverviewModel | None = None
        self._overview: OverviewView | None = None
        self.overview_page = QWidget()
        QVBoxLayout(self.overview_page).setContentsMargins(0, 0, 0, 0)
        self.resume_bar = ResumeBar()
        self.save_problem_bar = SaveProblemBar()
        self._wrap_central_widget()
        self.actions = ProfileActions(window, self.keeper, self.vacancies, clock, self)
        self.save_guard = SaveGuard(window, self.keeper, self.save_problem_bar)

        self.keeper.profileReplaced.connect(window.set_profile)
        self.keeper.profileReplaced.connect(self.resume_bar.hide)  # it was the old one's
        self.keeper.identityChanged.connect(self.update_title)
        self.keeper.saveFailed.connect(self._save_failed)
        self.keeper.dataDeleted.connect(self._forget_deleted_vacancies)
        self.keeper.startSettled.connect(self._report_profile_start)
        window.model.modelReset.connect(self._catalogue_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.resume_bar.resumeRequested.connect(self.resume)
        self.resume_bar.dismissed.connect(window.search.setFocus)
        self.retranslate()
        self._report_start()

    def _wrap_central_widget(self) -> None:
        """The catalogue becomes the first tab; the all-vacancies overview the second."""
        window = self.window
        catalogue = window.takeCentralWidget()
        assert catalogue is not None  # the main window always has one
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(catalogue, "")
        self.tabs.addTab(self.overview_page, "")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_problem_bar)
        layout.addWidget(self.resume_bar)
        layout.addWidget(self.tabs, 1)
        window.setCentralWidget(central)

    def retranslate(self) -> None:
        """The window calls this from its own retranslate(), after setting its texts."""
        self.tabs.setTabText(0, self.tr("&Vacancies"))
        self.tabs.setTabText(1, self.tr("&All at a glance"))
        self.tabs.setTabToolTip(1, self.tr("Your result for every vacancy, with this profile"))
        # Two tabs never need scrolling, but the tab bar keeps its (hidden) arrow buttons.
        for button in self.tabs.tabBar().findChildren(QToolButton):
            describe(button, self.tr("Scroll tabs"), self.tr("Shows the tabs out of view"))
        self.actions.retranslate()
        self.update_title()

    # -- what the window tells us -----------------------------------------------------------

    def profile_changed(self, profile: Profile) -> None:
        self.keeper.changed(profile)
        if self._overview_model is not None:  # else it is built with the profile of then
            self._overview_model.set_profile(profile)

    def flush(self) -> None:
        self.keeper.flush()

    def may_close(self) -> bool:
        """False if the user chose to stay, with answers that could not be saved."""
        return self.save_guard.may_close()

    def wizard_opened(self, wizard: ScreeningWizard) -> None:
        """Follow this wizard's pages (saving at each), and resume it where it stopped."""
        self.resume_bar.hide()
        self.wizard = wizard
        position = self.keeper.position
        if position is not None and position[0] == wizard.session.reference:
            wizard.resume_at(position[1])
        wizard.currentIdChanged.connect(self._wizard_page_changed)
        wizard.finished.connect(self._wizard_finished)
        self._wizard_page_changed(wizard.currentId())

    def _wizard_page_changed(self, page_id: int) -> None:
        wizard = self.wizard
        if wizard is None or page_id < 0:
            return
        self.keeper.flush()
        reference = wizard.session.reference
        page = wizard.current_question_page()
        if page_id == wizard.check_id:
            # Checking the answers, the result not seen yet: come back to the last question.
            page = wizard.question_pages[-1]
        if page_id == wizard.summary_id or page is None:
            self.keeper.clear_position(reference)  # the result was seen: nothing to resume
        else:
            self.keeper.set_position(reference, page.criteria[0].id)

    def _wizard_finished(self, _result: int) -> None:
        wizard = self.wizard
        self.wizard = None
        self.keeper.flush()
        if wizard is None:
            return
        reference = wizard.session.reference
        # Opened and closed without a single answer: nothing to come back to.
        if not self.keeper.profile.answers.get(reference):
            self.keeper.clear_position(reference)

    # -- the overview -----------------------------------------------------------------------

    @property
    def overview_model(self) -> OverviewModel:
        if self._overview_model is None:
            self._build_overview()
        assert self._overview_model is not None
        return self._overview_model

    @property
    def overview(self) -> OverviewView:
        if self._overview is None:
            self._build_overview()
        assert self._overview is not None
        return self._overview

    def _build_overview(self) -> None:
        from screener.ui.catalogue.overview_model import OverviewModel
        from screener.ui.catalogue.overview_view import OverviewView

        model = OverviewModel(self.vacancies(), self.keeper.profile, self._clock(), self)
        self._overview_model = model
        self._overview = view = OverviewView(model)
        view.vacancyActivated.connect(self.open_vacancy)
        layout = self.overview_page.layout()
        assert layout is not None
        layout.addWidget(view)
        self.overviewBuilt.emit()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is not self.overview_page or self._overview is not None:
            return
        focus = QApplication.focusWidget()
        view = self.overview
        # Switching tabs moves the focus into the page shown; this one was still empty, so
        # the focus goes where Qt would have put it: the page's first widget that takes it.
        if focus is None or not focus.isVisible() or focus is self.overview_page:
            widget: QWidget | None = view.nextInFocusChain()
            while widget is not None and widget is not view:
                if view.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                    return
                widget = widget.nextInFocusChain()

    def vacancies(self) -> list[Vacancy]:
        model = self.window.model
        built = (model.built(row) for row in range(model.rowCount()))
        return [loaded.vacancy for loaded in built if loaded is not None]

    def _catalogue_changed(self) -> None:
        if self._overview_model is not None:
            self._overview_model.set_vacancies(self.vacancies())

    def _forget_deleted_vacancies(self, folder: Path) -> None:
        """After "Delete all my data": the vacancy files that were in the data folder are
        gone, so they leave the catalogue too (files opened from elsewhere stay)."""
        model = self.window.model
        entries = [model.entry(row) for row in range(model.rowCount())]
        kept = [entry for entry in entries if not entry.path.is_relative_to(folder)]
        if len(kept) == len(entries):
            return
        model.set_catalogue(
            Catalogue(
                vacancies=[entry.loaded for entry in kept if entry.loaded is not None],
                errors=[entry.error for entry in kept if entry.error is not None],
            )
        )

    def open_vacancy(self, reference: str) -> None:
        """From the overview: the summary if every question is answered, else the first open one."""
        row = self.overview_model.row_of_reference(reference)
        if row is None or not self.window.select_reference(reference):
            return
        first_open = self.overview_model.first_open(row)
        self.window.check_selected()
        if self.window.wizard is None:
            return
        wizard = self.wizard
        # Compared by id(): `is` would make mypy take wizard for the window's QWidget.
        assert wizard is not None and id(wizard) == id(self.window.wizard)
        target = None if first_open is None else wizard.page_for_criterion(first_open)
        if target is None:
            wizard.back_to_summary()
        else:
            wizard.show_page(target)

    # -- resuming ---------------------------------------------------------------------------

    def _offer_resume(self) -> None:
        position = self.keeper.position
        if position is None:
            return
        reference, criterion_id = position
        row = self.window.model.row_of_reference(reference)
        loaded = None if row is None else self.window.model.built(row)
        if loaded is None:
            return
        from screener.ui.wizard.page_plan import plan_pages

        vacancy = loaded.vacancy
        topic = next(
            (
                plan.topic
                for plan in plan_pages(vacancy)
                if any(criterion.id == criterion_id for criterion in plan.criteria)
            ),
            None,
        )
        if topic is not None:
            self.resume_bar.offer(reference, vacancy.title, topic)

    def resume(self, reference: str) -> None:
        if self.window.select_reference(reference):
            self.window.check_selected()

    # -- messages ---------------------------------------------------------------------------

    def update_title(self) -> None:
        name = self.keeper.shown_name
        self.window.setWindowTitle(
            # Qt adds the application's name ("… — Screener"): it is not repeated here.
            self.tr("{profile} — NATO vacancies").format(profile=name)
        )

    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _save_failed(self, message: str) -> None:
        # The bar and a one-time message say it where the user looks (save_problems.py);
        # the status bar keeps the latest attempt's problem.
        self.window.statusBar().showMessage(
            self.tr("Your answers could not be saved: {problem}").format(problem=message)
        )

    def _report_start(self) -> None:
        if self.keeper.settings_set_aside is not None:
            self.status(
                self.tr("The settings file could not be read; it was kept as {file} and the "
                        "default settings are used.").format(file=self.keeper.settings_set_aside)
            )  # fmt: skip

    def _report_profile_start(self) -> None:
        """The last profile was validated after the first paint (ProfileKeeper.settle_start):
        offer to resume its screening, or say why it could not be opened."""
        problem = self.keeper.startup_problem
        if problem is None:
            self._offer_resume()
            return
        self.window.statusBar().showMessage(
            self.tr("Your last profile could not be opened ({file}); it was left as it is. "
                    "A new profile was started.").format(file=problem.path)
        )  # fmt: skip
        # After the window is up: a dialog in the constructor would appear before it.
        QTimer.singleShot(0, self, self._report_startup_problem)

    def _report_startup_problem(self) -> None:
        problem = self.keeper.startup_problem
        if problem is None:
            return
        # Imported here: the main window's start path needs it only when a profile is broken.
        from screener.ui.common.problem_words import problem_line

        details = "\n".join(f"• {problem_line(p)}" for p in problem.problems)
        prompts.warn(
            self.window,
            self.tr("Profile could not be opened"),
            self.tr("Your last profile could not be opened:\n{file}\n\n{details}\n\n"
                    "The file was left exactly as it is: nothing was overwritten. Screener "
                    "started a new, empty profile. You can repair the file in a text editor, "
                    "or delete it from Profile › Open….").format(
                file=problem.path, details=details
            ),
        )  # fmt: skip
