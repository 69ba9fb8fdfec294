"""The main window: the vacancy catalogue, a search box, the details pane and the way in."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from screener.domain.terms import brussels_now
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_catalogue import VACANCY_SUFFIX, Catalogue, LoadedVacancy
from screener.ui.adviser.adviser_menu import AdviserMenu
from screener.ui.catalogue.catalogue_filter import CatalogueFilter
from screener.ui.catalogue.catalogue_model import CatalogueModel
from screener.ui.catalogue.vacancy_details import VacancyDetails
from screener.ui.common.accessibility import announce, describe
from screener.ui.common.count_said import CountSaid
from screener.ui.common.down_into_list import DownIntoList
from screener.ui.common.escape_clears import EscapeClears
from screener.ui.common.last_folder import remember, start_folder
from screener.ui.common.scrolled import scrolled_page
from screener.ui.common.sortable_table import configure_table
from screener.ui.importing import import_prompts
from screener.ui.profiles.profile_features import ProfileFeatures
from screener.ui.window import window_placement
from screener.ui.window.file_menu import FileMenu
from screener.ui.window.help_features import HelpFeatures
from screener.ui.window.host import MainWindowHost
from screener.ui.window.language_menu import LanguageMenu
from screener.ui.window.view_menu import ViewMenu

if TYPE_CHECKING:
    from screener.domain.profile import Profile


def ask_open_paths(parent: QWidget, caption: str, file_filter: str) -> list[str]:
    """The file dialog, behind a plain function so tests can replace it."""
    from PySide6.QtWidgets import QFileDialog  # when first opened: its enums cost ~1 ms

    paths, _ = QFileDialog.getOpenFileNames(parent, caption, start_folder(), file_filter)
    if paths:
        remember(paths[0])
    return paths


def _vacancy_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() == VACANCY_SUFFIX or os.path.isdir(p)]


class MainWindow(MainWindowHost):
    # Narrower than the host says: the window knows the parts it builds.
    profiles: ProfileFeatures
    file_menu: FileMenu

    def __init__(
        self,
        catalogue: Catalogue,
        profile: Profile | None = None,
        clock: Callable[[], dt.datetime] = brussels_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.wizard: QWidget | None = None
        self.setAcceptDrops(True)

        self.model = CatalogueModel(catalogue, now=clock(), parent=self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_widgets()
        self._build_menus()
        # Profiles: the last one reopened, autosave, the overview tab and the Profile menu.
        self.profiles = ProfileFeatures(self, profile, clock)
        self._painted = False
        # The Adviser menu: matrix, gap plans, dossiers, calendars, vacancy packs.
        self.adviser = AdviserMenu(self, self.profiles, clock)
        self.menuBar().insertMenu(self.language_menu.menuAction(), ViewMenu(self))
        # Last in the menu bar, and after the File menu it points to.
        self.help = HelpFeatures(self, self.right_stack)
        self._reading_order()
        self._connect()
        self._select_first_row()
        self.retranslate()
        self.search.setFocus()

    # -- construction -----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = search_label = QLabel()
        search_label.setBuddy(self.search)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        configure_table(self.table, CatalogueModel.COL_TITLE, title_room=True)
        self.search.installEventFilter(DownIntoList(self.search, self.table))
        EscapeClears(self.search)  # the box's clear button is for the mouse only
        self.counts = QLabel()
        CountSaid(self.search, self.counts)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.counts)

        self.details = VacancyDetails()
        # The details, or the first-run welcome in their place (see HelpFeatures).
        self.right_stack = QStackedWidget()
        # The facts wrap (NATO body, grade, deadline): scrolled, they keep their second line.
        details_scroll = scrolled_page(self.details)
        self.right_stack.addWidget(details_scroll)
        self.check_button = QPushButton()
        self.check_button.setDefault(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.right_stack, 1)
        right_layout.addWidget(self.check_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

    def _reading_order(self) -> None:
        """Tab as the eye reads: the tabs, the search, the list, then the right-hand pane
        (the welcome's buttons, built last, came after Check my eligibility, the tabs last)."""
        welcome = self.help.welcome
        chain = [self.profiles.tabs.tabBar(), self.search, self.table]
        chain += [welcome.import_button, welcome.close_button, self.details, self.check_button]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _build_menus(self) -> None:
        self.file_menu = file_menu = FileMenu(self)
        self.menuBar().addMenu(file_menu)
        self.open_action = file_menu.open_action
        self.imports = file_menu.imports
        self.import_action = file_menu.import_action
        self.paste_notice_action = file_menu.paste_notice_action
        self.quit_action = file_menu.quit_action
        self.language_menu = LanguageMenu(self)
        self.menuBar().addMenu(self.language_menu)

    def event(self, event: QEvent) -> bool:
        # event(), not changeEvent(): see screener/ui/common/language.py.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Not in retranslate(): a new model's rows are in the right language already.
            self.model.retranslate()
        elif event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            # Work the first screen does not show waits until it is painted: the last
            # profile, named in the title so far, is validated (and its problems said) now.
            QTimer.singleShot(0, self, self.profiles.keeper.settle_start)
        return super().event(event)

    def retranslate(self) -> None:
        """Every text of the window in the current language; also run once when built."""
        # Qt adds the application's name ("… — Screener"): it is not repeated here.
        self.setWindowTitle(self.tr("NATO vacancies"))
        self.search.setPlaceholderText(self.tr("Title, reference or words from a requirement"))
        describe(
            self.search,
            self.tr("Search vacancies"),
            self.tr("Shows only the vacancies whose title, reference or requirements contain "
                    "every word typed here"),
        )  # fmt: skip
        self.search_label.setText(self.tr("&Search:"))
        describe(
            self.table,
            self.tr("Vacancies"),
            self.tr("Reference, title, grade, deadline and status of each vacancy; "
                    "press Enter to check your eligibility for the selected one"),
        )  # fmt: skip
        self.check_button.setText(self.tr("Check my &eligibility"))
        describe(
            self.check_button,
            self.tr("Check my eligibility"),
            self.tr("Answers a few questions about the selected vacancy's requirements"),
        )
        self.file_menu.retranslate()  # before the welcome, which quotes it
        self._update_counts()
        self.profiles.retranslate()
        self.help.retranslate()

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.check_selected)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self.check_selected)
        self.table.clicked.connect(self.help.vacancy_chosen)
        self.check_button.clicked.connect(self.check_selected)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        # The status bar's messages ("Files loaded: 1.", "Profile deleted…") are said too.
        self.statusBar().messageChanged.connect(self._say_status)

    def _say_status(self, text: str) -> None:
        if text:
            announce(self.statusBar(), text)

    # -- selection and search ---------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.help.vacancy_chosen()
        self.proxy.set_query(text)
        if not self.table.selectionModel().currentIndex().isValid():
            self._select_first_row()
        self._update_counts()

    def _select_first_row(self) -> None:
        if self.proxy.rowCount() == 0:
            self._current_changed(QModelIndex())
            return
        self._select_proxy_row(0)

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._current_changed(index)

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if self.table.hasFocus():  # moved by the user, not selected at start
            self.help.vacancy_chosen()
        entry = self.current_entry_row()
        try:
            self.details.show_entry(None if entry is None else self.model.entry(entry))
        except FileProblemError as exc:  # its file went while the app ran (CatalogueModel.built);
            self.details.show_entry(self.model.broken(entry or 0, exc))  # only a row raises
        loaded = self.selected_vacancy()
        self.check_button.setEnabled(loaded is not None)

    def current_entry_row(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.proxy.mapToSource(index).row()

    def selected_vacancy(self) -> LoadedVacancy | None:
        row = self.current_entry_row()
        return None if row is None else self.model.entry(row).loaded

    def select_reference(self, reference: str) -> bool:
        row = self.model.row_of_reference(reference)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.search.clear()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._select_proxy_row(proxy_index.row())
        self.help.vacancy_chosen()
        return True

    def _update_counts(self) -> None:
        errors = sum(1 for row in range(self.model.rowCount()) if self.model.entry(row).is_error)
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        # "Label: number" forms read right for any number, with or without a translation.
        text = self.tr("Shown: {shown} of {total}.").format(shown=shown, total=total)
        if errors:
            text += " " + self.tr("Files that could not be loaded: {count}.").format(count=errors)
        self.counts.setText(text)

    # -- files ------------------------------------------------------------------------------

    def open_files(self) -> None:
        chosen = ask_open_paths(
            self,
            self.tr("Open vacancy file"),
            self.tr("Vacancy files (*.toml);;All files (*)"),
        )
        if chosen:
            self.load_files([Path(p) for p in chosen])

    def load_files(self, paths: list[Path]) -> None:
        """Show more vacancy files for this session; nothing is copied anywhere."""
        rows = self.model.add_paths(paths)
        self._update_counts()
        if not rows:
            return
        index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        self._select_proxy_row(index.row())
        self.help.vacancy_chosen()
        self.statusBar().showMessage(
            self.tr("Files loaded: {count}.").format(count=len(rows)), 5000
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if _vacancy_files(paths) or any(import_prompts.is_notice_file(p) for p in paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = _vacancy_files(paths)
        notices = [p for p in paths if import_prompts.is_notice_file(p)]
        if files or notices:
            event.acceptProposedAction()
        if files:
            self.load_files(files)
        elif notices:
            # Only a drop of notices alone is an import (a .txt beside vacancy files is
            # usually notes); one review at a time: the first notice.
            self.imports.review_notice(notices[0])

    # -- screening --------------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self.profiles.keeper.profile

    def _profile_changed(self, profile: Profile) -> None:
        # Answers carry over to the next vacancy (nationality, languages, education...).
        self.profiles.profile_changed(profile)

    def set_profile(self, profile: Profile) -> None:
        """Another profile, or the same one edited outside a wizard (the Profile menu)."""
        if self.wizard is not None:
            self.wizard.close()
        self._profile_changed(profile)

    def check_selected(self) -> None:
        row = self.current_entry_row()
        loaded = None if row is None else self.model.built(row)
        if loaded is None:  # none chosen, or the row just became its file's problem
            self._current_changed(self.table.currentIndex())
            return
        # Imported here: the wizard pulls in many modules the catalogue view does not need.
        from screener.ui.wizard.wizard import ScreeningWizard

        if self.wizard is not None:
            self.wizard.close()
        from screener.ui.profiles.session import ScreeningSession

        session = ScreeningSession(loaded.vacancy, self.profile, self._clock, parent=self)
        session.profileChanged.connect(self._profile_changed)
        self.session = session
        self.sessionStarted.emit(session)
        wizard = ScreeningWizard(session, self)
        # Gone once closed: kept, every old wizard would be retranslated and its summary
        # rendered again at each language switch (and held in memory until quitting).
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard = wizard
        wizard.finished.connect(self._wizard_finished)
        wizard.open()
        self.profiles.wizard_opened(wizard)

    def _wizard_finished(self, _result: int) -> None:
        self.wizard = None
        self.table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None:
            self.wizard.close()
        if not self.profiles.may_close():  # unsaved answers are never dropped unasked
            return event.ignore()
        window_placement.remember_geometry(self)
        super().closeEvent(event)

    def restore_geometry(self) -> bool:
        """Size and place the window as the user left it; False if there is nothing usable."""
        return window_placement.restore_geometry(self)
