"""Starting the GUI: the application object, the catalogue, the main window, the error hook."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from screener import APP_ID, __version__
from screener.paths import APP_NAME, app_icon_file, bundled_vacancies_dir, user_vacancies_dir
from screener.persistence.settings import load_settings
from screener.persistence.vacancy_files import load_catalogue
from screener.ui.language import apply_language, startup_language

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_error_dialog(summary: str, details: str) -> None:
    """Shown for unexpected errors; a plain function so tests can replace it."""
    from screener.ui.error_dialog import ErrorDialog

    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    ErrorDialog(summary, details, parent).exec()


def exec_event_loop(app: QApplication) -> int:
    """Run until the user quits; a plain function so tests can run run_gui() without it."""
    return app.exec()


class _ErrorHook:
    """sys.excepthook for the GUI: log the traceback, show it, keep the app running."""

    def __init__(self, previous: ExceptHook, show: Callable[[str, str], None]) -> None:
        self.previous = previous
        self._show = show
        self._showing = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(details)
        if self._showing:
            return  # an error while showing an error: the log above must do
        summary = f"{kind.__name__}: {error}" if str(error) else kind.__name__
        self._showing = True
        try:
            self._show(summary, details)
        finally:
            self._showing = False


def install_exception_hook(show: Callable[[str, str], None] | None = None) -> ExceptHook:
    """Route uncaught exceptions to an error dialog; returns the previous hook."""
    previous = sys.excepthook
    sys.excepthook = _ErrorHook(previous, show or (lambda s, d: show_error_dialog(s, d)))
    return previous


def run_gui(argv: list[str]) -> int:
    """The no-argument path of `screener`: show the main window until the user quits."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # Wayland and the desktop's task switcher match the window to the installed .desktop file.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_file())))
    # Before any widget exists: the language chosen last time, or the system's at first.
    apply_language(startup_language(load_settings()))

    from screener.ui.main_window import MainWindow

    previous = install_exception_hook()
    try:
        catalogue = load_catalogue(bundled_vacancies_dir(), user_vacancies_dir())
        window = MainWindow(catalogue)
        if not window.restore_geometry():
            _fit_to_screen(window)
        window.show()
        return exec_event_loop(app)
    finally:
        sys.excepthook = previous


def _fit_to_screen(window: QWidget) -> None:
    screen = window.screen().availableGeometry()
    width = min(1200, screen.width())
    height = min(800, screen.height())
    window.resize(width, height)
