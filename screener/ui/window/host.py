"""What the parts built around the main window use of it: MainWindowHost.

The profile features, the adviser's menu and the window's own menus are handed the main
window. Typing them against this base class rather than against MainWindow keeps them from
importing main_window.py, which builds them: no circle between the window and its parts.
MainWindow is the one subclass.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QMenu, QPushButton, QSplitter, QTableView, QWidget

    from screener.domain.profile import Profile
    from screener.persistence.vacancy_catalogue import LoadedVacancy
    from screener.ui.catalogue.catalogue_model import CatalogueModel
    from screener.ui.catalogue.overview_view import OverviewView
    from screener.ui.importing.import_actions import NoticeImports


class OverviewHost(Protocol):
    """The all-vacancies overview, as the View menu reaches it."""

    @property
    def overview_page(self) -> QWidget: ...

    @property
    def overview(self) -> OverviewView: ...


class MainWindowHost(QMainWindow):
    # A new ScreeningSession: profile persistence connects to its profileChanged here.
    sessionStarted = Signal(object)

    # The window's widgets and menus, made by MainWindow.
    model: CatalogueModel
    table: QTableView
    search: QLineEdit
    check_button: QPushButton
    splitter: QSplitter  # the vacancy list | the details
    file_menu: QMenu
    language_menu: QMenu
    imports: NoticeImports
    import_action: QAction
    profiles: OverviewHost
    wizard: QWidget | None  # the screening under way, if any

    @property
    def profile(self) -> Profile:
        raise NotImplementedError

    def set_profile(self, profile: Profile) -> None:
        raise NotImplementedError

    def select_reference(self, reference: str) -> bool:
        raise NotImplementedError

    def selected_vacancy(self) -> LoadedVacancy | None:
        raise NotImplementedError

    def check_selected(self) -> None:
        raise NotImplementedError

    def open_files(self) -> None:
        raise NotImplementedError

    def load_files(self, paths: list[Path]) -> None:
        raise NotImplementedError
