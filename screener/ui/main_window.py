"""The main window: the vacancy catalogue, a search box, the details pane and the way in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from screener.domain.profile import Profile
from screener.persistence.settings import load_settings, save_settings
from screener.persistence.vacancy_files import VACANCY_SUFFIX, Catalogue, LoadedVacancy
from screener.ui import import_prompts
from screener.ui.accessibility import describe
from screener.ui.catalogue_filter import CatalogueFilter
from screener.ui.catalogue_model import CatalogueModel
from screener.ui.language_menu import LanguageMenu
from screener.ui.profile_features import ProfileFeatures
from screener.ui.session import ScreeningSession, brussels_now
from screener.ui.vacancy_details import VacancyDetails


def ask_open_paths(parent: QWidget, caption: str, file_filter: str) -> list[str]:
    """The file dialog, behind a plain function so tests can replace it."""
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, "", file_filter)
    return paths


def _vacancy_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() == VACANCY_SUFFIX or p.is_dir()]


class MainWindow(QMainWindow):
    # A new ScreeningSession: profile persistence connects to its profileChanged here.
    sessionStarted = Signal(object)

    def __init__(
        self,
        catalogue: Catalogue,
        profile: Profile | None = None,
        clock: Callable[[], dt.datetime] = brussels_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._profile = profile if profile is not None else Profile()
        self.wizard: QWidget | None = None
        self.import_dialog: QWidget | None = None
        self.notice_import: QObject | None = None  # the notice being read, if any
        self.setAcceptDrops(True)

        self.model = CatalogueModel(catalogue, now=clock(), parent=self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_widgets()
        self._build_menus()
        # Profiles: the last one reopened, autosave, the overview tab and the Profile menu.
        self.profiles = ProfileFeatures(self, profile, clock)
        self._profile = self.profiles.keeper.profile
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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CatalogueModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Column widths from at most 50 rows (the visible ones first), not from every row
        # each time the rows change: with 1,000 vacancies, measuring all took seconds.
        header.setResizeContentsPrecision(50)
        self.counts = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.counts)

        self.details = VacancyDetails()
        self.check_button = QPushButton()
        self.check_button.setDefault(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.check_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.details)
        self.setTabOrder(self.details, self.check_button)

    def _build_menus(self) -> None:
        self.file_menu = file_menu = QMenu(self)
        self.menuBar().addMenu(file_menu)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_files)
        file_menu.addAction(self.open_action)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_notice)
        file_menu.addAction(self.import_action)
        self.paste_notice_action = QAction(self)
        self.paste_notice_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.paste_notice_action.triggered.connect(self.paste_notice)
        file_menu.addAction(self.paste_notice_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self)
        # StandardKey.Quit is empty on some platforms (Windows, offscreen): say it outright.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        self.language_menu = LanguageMenu(self)
        self.menuBar().addMenu(self.language_menu)

    def event(self, event: QEvent) -> bool:
        # event(), not changeEvent(): see screener/ui/language.py.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Not in retranslate(): a new model's rows are in the right language already.
            self.model.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        """Every text of the window in the current language; also run once when built."""
        self.setWindowTitle(self.tr("Screener: NATO International Staff vacancies"))
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
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open vacancy file…"))
        self.import_action.setText(self.tr("&Import notice…"))
        self.import_action.setStatusTip(
            self.tr("Make a draft vacancy from a NATO vacancy notice (.txt, .md, .html or .pdf)")
        )
        self.paste_notice_action.setText(self.tr("&Paste the notice text…"))
        self.paste_notice_action.setStatusTip(
            self.tr("Make a draft vacancy from a notice's text copied from a web page")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self._update_counts()
        self.profiles.retranslate()

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.check_selected)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self.check_selected)
        self.check_button.clicked.connect(self.check_selected)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)

    # -- selection and search ---------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
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
        entry = self.current_entry_row()
        self.details.show_entry(None if entry is None else self.model.entry(entry))
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
        self.statusBar().showMessage(
            self.tr("Files loaded: {count}.").format(count=len(rows)), 5000
        )

    def import_notice(self) -> None:
        chosen = import_prompts.ask_notice_path(
            self,
            self.tr("Import vacancy notice"),
            self.tr("Vacancy notices (*.txt *.md *.pdf *.html *.htm);;All files (*)"),
        )
        if chosen:
            self.review_notice(Path(chosen))

    def paste_notice(self) -> None:
        text = import_prompts.ask_notice_text(self)
        if not text.strip():
            return
        from screener.ui.import_progress import text_reader

        label = self.tr("pasted text")
        self._read_notice(text_reader(text, label), Path(label))

    def review_notice(self, path: Path) -> None:
        """Read a notice (off the UI thread) and open the review dialog for its draft."""
        from screener.ui.import_progress import file_reader

        self._read_notice(file_reader(path), path)

    def _read_notice(self, read: Callable[..., object], where: Path) -> None:
        from screener.ui.import_progress import NoticeImport

        self.notice_import = NoticeImport(self, read, where, self._open_review)  # type: ignore[arg-type]
        self.notice_import.start()

    def _open_review(self, result: object) -> None:
        from screener.ui.import_review_dialog import ImportReviewDialog

        dialog = ImportReviewDialog(result, self)  # type: ignore[arg-type]
        dialog.saved.connect(self._notice_saved)
        dialog.finished.connect(self._import_finished)
        self.import_dialog = dialog
        dialog.open()

    def _notice_saved(self, path: Path) -> None:
        self.load_files([path])

    def _import_finished(self, _result: int) -> None:
        self.import_dialog = None
        self.table.setFocus()

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
            self.review_notice(notices[0])

    # -- screening --------------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self._profile

    def _profile_changed(self, profile: Profile) -> None:
        # Answers carry over to the next vacancy (nationality, languages, education...).
        self._profile = profile
        self.profiles.profile_changed(profile)

    def set_profile(self, profile: Profile) -> None:
        """Another profile, or the same one edited outside a wizard (the Profile menu)."""
        if self.wizard is not None:
            self.wizard.close()
        self._profile_changed(profile)

    def check_selected(self) -> None:
        loaded = self.selected_vacancy()
        if loaded is None:
            return
        # Imported here: the wizard pulls in many modules the catalogue view does not need.
        from screener.ui.wizard.wizard import ScreeningWizard

        if self.wizard is not None:
            self.wizard.close()
        session = ScreeningSession(loaded.vacancy, self._profile, self._clock, parent=self)
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
        self._remember_geometry()
        super().closeEvent(event)

    def _remember_geometry(self) -> None:
        settings = load_settings()
        settings.set_geometry(bytes(self.saveGeometry().data()))
        # The window still closes if the settings cannot be written; size is a convenience.
        with suppress(OSError):
            save_settings(settings)

    def restore_geometry(self) -> bool:
        """Size and place the window as the user left it; False if there is nothing usable."""
        saved = load_settings().geometry_bytes()
        return saved is not None and bool(saved) and self.restoreGeometry(QByteArray(saved))
