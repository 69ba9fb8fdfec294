"""Starting the GUI: the application object, the catalogue, the main window, the error hook."""

from __future__ import annotations

import linecache
import signal
import sys
import traceback
from collections.abc import Callable
from functools import partial
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from screener import APP_ID, __version__
from screener.paths import APP_NAME, app_icon_file, bundled_vacancies_dir, user_vacancies_dir
from screener.persistence.settings import load_settings
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.common.language import apply_language, startup_language

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_error_dialog(summary: str, details: str) -> None:
    """Shown for unexpected errors; a plain function so tests can replace it."""
    from screener.ui.common.error_dialog import ErrorDialog

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


# How often the event loop lets Python run, so that a Ctrl+C in the terminal is seen.
_SIGNAL_CHECK_MS = 200


def install_interrupt_handler(app: QApplication) -> Callable[[], None]:
    """Ctrl+C in the terminal (and a logout's, a shutdown's or `kill`'s request to end)
    closes the windows as their close button does: answers waiting to be written are
    written, those that could not be are asked about, never dropped. Returns the undo
    function.

    Qt's event loop runs no Python code on its own, so Python never saw the signal: a timer
    wakes it up regularly.
    """

    def interrupted(_signum: int, _frame: object) -> None:
        # Queued: the loop may not be running yet, and closing belongs inside it.
        QTimer.singleShot(0, app, app.closeAllWindows)

    # And the requests to end a logout, a shutdown, `kill` or a closed terminal send: they
    # ended the app at once, dropping answers still waiting to be written.
    caught = [signal.SIGINT, signal.SIGTERM]
    if hasattr(signal, "SIGHUP"):  # not on Windows
        caught.append(signal.SIGHUP)
    previous = {sig: signal.signal(sig, interrupted) for sig in caught}
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(_SIGNAL_CHECK_MS)

    def undo() -> None:
        timer.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return undo


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
    # Keyboard focus drawn so that it is seen, on every widget (screener/ui/common/focus_style.py).
    from screener.ui.common.focus_style import install_focus_style

    install_focus_style(app)
    # Before any widget exists: the language chosen last time, or the system's at first.
    apply_language(startup_language(load_settings()))

    from screener.ui.window import window_placement
    from screener.ui.window.main_window import MainWindow

    # PySide6 reads the whole source of every module that imports it (inspect.getsource,
    # looking for `from __feature__ import`), and linecache keeps those lines: ~2.5 MiB of
    # Screener's sources held for nothing. A traceback reads them again if it needs them.
    linecache.clearcache()

    previous = install_exception_hook()
    restore_interrupt = install_interrupt_handler(app)
    try:
        catalogue = load_catalogue(bundled_vacancies_dir(), user_vacancies_dir())
        window = MainWindow(catalogue)
        if not window.restore_geometry():
            window_placement.fit_to_screen(window)
        window.show()
        # A size remembered on a larger screen, or a frame larger than allowed for.
        QTimer.singleShot(0, window, partial(window_placement.keep_on_screen, window))
        return exec_event_loop(app)
    finally:
        restore_interrupt()
        sys.excepthook = previous
