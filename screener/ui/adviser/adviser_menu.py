"""The Adviser menu, and the gap plan beside the all-vacancies overview.

Everything here works on the main window's vacancies and its current profile; the matrix
works on a folder of profiles (the profiles folder by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QMenu,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from screener import paths
from screener.adviser.office import office_name, set_office_name
from screener.persistence.errors import os_reason
from screener.persistence.settings import load_settings, save_settings
from screener.persistence.vacancy_catalogue import LoadedVacancy
from screener.ui.common.accessibility import describe, status_news
from screener.ui.common.enter_presses import not_default
from screener.ui.common.nested_layout import nested
from screener.ui.common.problem_words import value_text
from screener.ui.profiles import profile_prompts as prompts

if TYPE_CHECKING:
    from screener.batch import BatchResult
    from screener.domain.vacancy import Vacancy
    from screener.ui.adviser.gap_plan_view import GapPlanView
    from screener.ui.adviser.matrix_window import MatrixWindow
    from screener.ui.adviser.matrix_worker import MatrixWorker
    from screener.ui.profiles.profile_features import ProfileFeatures
    from screener.ui.window.host import MainWindowHost


def _advance(progress: QProgressDialog, done: int, total: int) -> None:
    progress.setMaximum(total)
    progress.setValue(done)


# The gap plan follows the answers, but not at every keystroke.
_GAP_DELAY_MS = 400


class AdviserMenu(QObject):
    def __init__(
        self, window: MainWindowHost, features: ProfileFeatures, clock: Callable[[], dt.datetime]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.features = features
        self._clock = clock
        self.dialog: QDialog | None = None
        self.worker: MatrixWorker | None = None  # screening a folder for the matrix
        self._matrix_folder: Path | None = None  # chosen last for the matrix
        self.menu = QMenu(window)
        # After File and Profile, before Language.
        bar = window.menuBar()
        bar.insertMenu(window.language_menu.menuAction(), self.menu)

        def action(slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            item = QAction(window)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            self.menu.addAction(item)
            return item

        self.matrix_action = action(self.choose_matrix_folder, "Ctrl+Shift+M")
        self.gaps_action = action(self.show_gaps, "Ctrl+Shift+G")
        self.dossier_action = action(self.save_dossier)
        self.calendar_action = action(self.save_calendar)
        self.menu.addSeparator()
        self.pack_export_action = action(self.export_pack)
        self.pack_import_action = action(self.import_pack)
        self.menu.addSeparator()
        self.office_action = action(self.set_office)
        # The gap plan sits beside the overview, built with it (the overview waits until
        # its tab is first shown, so start-up builds neither).
        self.gap_view: GapPlanView | None = None
        self.gap_splitter: QSplitter | None = None
        self._shown_for: tuple[object, ...] | None = None
        self._gap_timer = QTimer(self)
        self._gap_timer.setSingleShot(True)
        self._gap_timer.setInterval(_GAP_DELAY_MS)
        self._gap_timer.timeout.connect(self.refresh_gaps)
        features.keeper.profileReplaced.connect(self._gap_timer.start)
        window.sessionStarted.connect(self._follow_session)
        features.tabs.currentChanged.connect(self._tab_changed)
        features.overviewBuilt.connect(self._install_gap_view)
        self.retranslate()
        # A QObject gets no LanguageChange of its own: its menu (a widget) does.
        self.menu.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("A&dviser"))
        for item, text, tip in (
            (self.matrix_action, self.tr("Candidates and &vacancies…"),
             self.tr("Screen a folder of profiles and read the table in the app")),
            (self.gaps_action, self.tr("What would open &more vacancies"),
             self.tr("The changes to this profile's facts that would open the most vacancies")),
            (self.dossier_action, self.tr("&Dossier…"),
             self.tr("This profile across the open vacancies, as PDF or HTML")),
            (self.calendar_action, self.tr("Deadlines to &calendar…"),
             self.tr("The deadlines of the open vacancies this profile may apply to, as .ics")),
            (self.pack_export_action, self.tr("E&xport vacancy pack…"),
             self.tr("Share chosen vacancy files as one .zip pack")),
            (self.pack_import_action, self.tr("&Import vacancy pack…"),
             self.tr("Add the vacancies of a .zip pack to your vacancies")),
            (self.office_action, self.tr("&Office name…"),
             self.tr("The name of your office, at the top of every dossier")),
        ):  # fmt: skip
            item.setText(text)
            item.setStatusTip(tip)
        self._retranslate_pane()

    # -- what the actions work on -----------------------------------------------------------

    def _vacancies(self) -> list[Vacancy]:
        return self.features.vacancies()

    def _today(self) -> dt.date:
        return self._clock().date()

    def _entries(self) -> list[LoadedVacancy]:
        model = self.window.model
        built = (model.built(row) for row in range(model.rowCount()))  # a file gone: left out
        return [loaded for loaded in built if loaded is not None]

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None

    # -- the matrix -------------------------------------------------------------------------

    def choose_matrix_folder(self) -> None:
        """Ask for a profiles folder and show its matrix. The dialog starts in the folder
        chosen last time (the app's own the first time): an adviser's candidates are kept
        elsewhere, and each matrix took the folder's whole path again."""
        start = str(self._matrix_folder or self.features.keeper.store.folder)
        chosen = prompts.ask_folder(self.window, self.tr("Profiles folder"), start)
        if chosen:
            self._matrix_folder = Path(chosen)
            self.open_matrix(Path(chosen))

    def open_matrix(self, folder: Path) -> None:
        """Screen the folder in the background (a progress dialog can cancel it), then show
        the matrix; a problem with the folder is said in a message."""
        from screener.ui.adviser.matrix_worker import MatrixWorker  # only when an adviser asks

        self.features.flush()  # the current profile's file as it is now
        worker = MatrixWorker(folder, self._vacancies(), self._today(), self)
        progress = QProgressDialog(
            self.tr("Screening the profiles…"), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowTitle(self.tr("Candidates and vacancies"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.canceled.connect(worker.cancel)
        worker.progressed.connect(lambda done, total: _advance(progress, done, total))
        worker.succeeded.connect(lambda result: self.show_matrix(result, folder))
        worker.failed.connect(self._matrix_failed)
        worker.finished.connect(progress.reset)
        worker.finished.connect(progress.deleteLater)
        worker.finished.connect(self._worker_done)
        self.worker = worker
        worker.start()

    def _worker_done(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
            self.worker = None

    def _matrix_failed(self, message: str) -> None:
        prompts.warn(self.window, self.tr("Candidates and vacancies"), message)

    def show_matrix(self, result: BatchResult, folder: Path | None) -> MatrixWindow:
        # Imported when first used: the window starts without the matrix's modules.
        from screener.ui.adviser.matrix_window import MatrixWindow

        window = MatrixWindow(result, folder, self.window)
        self._show(window)
        return window

    # -- the current profile ----------------------------------------------------------------

    def _name(self) -> str:
        return self.features.keeper.named_profile.name or self.tr("this profile")

    def show_gaps(self) -> None:
        from screener.ui.adviser.gap_plan_view import GapPlanDialog

        dialog = GapPlanDialog(
            self._name(),
            self.features.keeper.named_profile,
            self._vacancies(),
            self._today(),
            self.window,
        )
        self._show(dialog)

    def save_dossier(self) -> None:
        from screener.ui.adviser import candidate_views as views

        views.save_dossier(
            self.window, self.features.keeper.named_profile, self._vacancies(), self._today(),
            self._said_saved,
        )  # fmt: skip

    def save_calendar(self) -> Path | None:
        from screener.ui.adviser import candidate_views as views

        saved = views.save_calendar(
            self.window, self.features.keeper.named_profile, self._vacancies(), self._today()
        )
        return self._said_saved(saved)

    def _said_saved(self, saved: Path | None) -> Path | None:
        if saved is not None:
            status_news(self.window, self.tr("Saved as {file}.").format(file=saved))
        return saved

    # -- packs ------------------------------------------------------------------------------

    def export_pack(self) -> Path | None:
        selected = self.window.selected_vacancy()
        ticked = {selected.vacancy.reference} if selected is not None else set()
        from screener.ui.adviser import pack_dialogs

        saved = pack_dialogs.export_chosen(self.window, self._entries(), ticked)
        if saved is not None:
            status_news(self.window, self.tr("Pack saved as {file}.").format(file=saved))
        return saved

    def import_pack(self) -> None:
        from screener.ui.adviser import pack_dialogs

        report = pack_dialogs.import_chosen(self.window)
        if report is None:
            return
        files = [paths.user_vacancies_dir() / name for name in report.added + report.replaced]
        if files:
            self.window.load_files(files)

    # -- preferences ------------------------------------------------------------------------

    def set_office(self) -> None:
        settings = load_settings()
        name = prompts.ask_text(
            self.window,
            self.tr("Office name"),
            self.tr("Your office's name, printed at the top of every dossier (empty for none):"),
            office_name(settings) or "",
            allow_empty=True,
        )
        if name is None:  # Cancel or Escape: the name stays as it was
            return
        set_office_name(settings, name)
        try:
            save_settings(settings)
        except OSError as exc:  # "[Errno 17] File exists: '…'" said nothing
            where = paths.settings_file()
            said = f"{where}: {value_text(os_reason(exc, where))}"
            prompts.warn(self.window, self.tr("Office name"), said)

    # -- the gap plan beside the overview ---------------------------------------------------

    def _install_gap_view(self) -> None:
        """Put the overview and the gap plan side by side, when the overview is built."""
        from screener.ui.adviser.gap_plan_view import GapPlanView

        features = self.features
        view = features.overview  # just built
        focus = QApplication.focusWidget()
        self.gap_view = GapPlanView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout = features.overview_page.layout()
        assert layout is not None
        layout.addWidget(splitter)
        splitter.addWidget(view)
        splitter.addWidget(self._gap_pane(self.gap_view))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.show()  # now, not from the layout's posted event: the plan is drawn at once
        view.show()
        if focus is not None and view.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.TabFocusReason)  # moving the view dropped it
        self.gap_splitter = splitter
        model = features.overview_model
        model.modelReset.connect(self._gap_timer.start)
        model.dataChanged.connect(self._gap_timer.start)
        self.refresh_gaps()

    def _gap_pane(self, gap_view: QWidget) -> QWidget:
        """The gap plan, and under it what an adviser gives the candidate from here."""
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(gap_view, 1)
        row = QHBoxLayout()
        self.pane_buttons = {"calendar": QPushButton(), "dossier": QPushButton()}
        self.pane_buttons["calendar"].clicked.connect(self.save_calendar)
        self.pane_buttons["dossier"].clicked.connect(self.save_dossier)
        for button in self.pane_buttons.values():
            not_default(button)
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(nested(row))
        self._retranslate_pane()
        return pane

    def _retranslate_pane(self) -> None:
        buttons = getattr(self, "pane_buttons", None)
        if buttons is None:
            return
        for key, text, tip in (
            ("calendar", self.tr("Deadlines to &calendar…"),
             self.tr("The deadlines of the open vacancies this profile may apply to, as .ics")),
            # D&ossier: Alt+D is the Adviser menu's, in the menu bar above.
            ("dossier", self.tr("D&ossier…"),
             self.tr("This profile across the open vacancies, as PDF or HTML")),
        ):  # fmt: skip
            buttons[key].setText(text)
            describe(buttons[key], text.replace("&", "").rstrip("…"), tip)

    def _follow_session(self, session: QObject) -> None:
        session.profileChanged.connect(self._gap_timer.start)  # type: ignore[attr-defined]

    def _tab_changed(self, index: int) -> None:
        if self.features.tabs.widget(index) is self.features.overview_page:
            self.refresh_gaps()

    def refresh_gaps(self) -> None:
        """Only while the overview tab shows, and only when the profile or the vacancies
        changed: a plan over a thousand vacancies takes a moment (never at start-up)."""
        if self.gap_splitter is None or self.gap_view is None or not self.gap_splitter.isVisible():
            return
        profile, vacancies = self.features.keeper.profile, self._vacancies()
        key = (profile, [v.reference for v in vacancies], self._today())
        if key != self._shown_for:
            self._shown_for = key
            self.gap_view.show_plan(profile, vacancies, self._today())
