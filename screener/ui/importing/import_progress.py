"""Reading a notice off the UI thread, with a progress dialog and Cancel.

A long PDF takes pypdf seconds to read; the window must stay responsive and the user must be
able to give up. The notice is read in a QThread (the importer is Qt-free and thread-safe: it
shares no state between calls); Cancel is asked between PDF pages and, whatever the thread is
doing, the dialog closes at once and a late result is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.common.background_threads import keep_until_ended
from screener.ui.importing import import_prompts

if TYPE_CHECKING:
    from screener.importer import ImportResult

# Short reads never flash a dialog; a slow PDF shows it after this long.
SHOW_AFTER_MS = 400


Reader = Callable[[Callable[[], bool]], "ImportResult"]


def _with_kept_ids(result: ImportResult) -> ImportResult:
    """The draft with the ids of the vacancy it will stand in for, so answers stay attached."""
    from screener.importer import keep_answers
    from screener.importer.replaced import replaced_vacancy

    replaced = replaced_vacancy(result.vacancy.reference)
    return keep_answers(result, replaced[0]) if replaced is not None else result


def file_reader(path: Path) -> Reader:
    def read(cancelled: Callable[[], bool]) -> ImportResult:
        from screener.importer import import_notice_file

        return _with_kept_ids(import_notice_file(path, cancelled=cancelled))

    return read


def text_reader(text: str, label: str) -> Reader:
    def read(cancelled: Callable[[], bool]) -> ImportResult:
        from screener.importer import import_notice_text

        return _with_kept_ids(import_notice_text(text, label, cancelled=cancelled))

    return read


class _ReadThread(QThread):
    done = Signal(object)  # ImportResult, FileProblemError, or None when cancelled

    def __init__(
        self,
        read: Callable[[Callable[[], bool]], object],
        where: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.read = read
        self.where = where
        self.stop = threading.Event()

    def run(self) -> None:
        from screener.importer.cancelling import ImportCancelled

        try:
            outcome: object = self.read(self.stop.is_set)
        except ImportCancelled:
            outcome = None
        except FileProblemError as error:
            outcome = error
        except Exception as error:
            outcome = FileProblemError.of(
                self.where,
                QT_TRANSLATE_NOOP("FileProblem", "could not be read ({reason})"),
                reason=str(error),
            )
        self.done.emit(outcome)


def read_off_ui_thread(
    read: Callable[[Callable[[], bool]], object], where: Path, done: Callable[[object], None]
) -> threading.Event:
    """Run `read` in a thread of its own; `done` gets what it returns (None when cancelled, a
    FileProblemError when it failed) on the UI thread. Setting the event returned cancels it.

    The thread has no parent and is kept until it ends, as a notice's reading thread is.
    """
    thread = _ReadThread(read, where)
    thread.done.connect(done)
    keep_until_ended(thread)
    thread.start()
    return thread.stop


class NoticeImport(QObject):
    # The reading thread; it hides QObject.thread(), which this object never uses.
    thread: _ReadThread  # type: ignore[assignment]

    """One notice being read; `opened` gets the draft, problems are shown to the user."""

    def __init__(
        self,
        parent: QWidget,
        read: Reader,
        where: Path,
        opened: Callable[[ImportResult], None],
        refused: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.where = where
        self.opened = opened
        self.refused = refused  # after the problem is shown
        self.cancelled = False
        self.progress_closed = False
        self.progress = QProgressDialog(
            QCoreApplication.translate("NoticeImport", "Reading the notice “{name}”…").format(
                name=where.name
            ),
            QCoreApplication.translate("NoticeImport", "Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(QCoreApplication.translate("NoticeImport", "Import notice"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        # No parent: closing the window while a PDF is being read must not destroy a running
        # thread (Qt aborts the app). The thread is kept alive here until it has ended.
        self.reader = _ReadThread(read, where)
        self.reader.done.connect(self._done)
        keep_until_ended(self.reader)

    def _close_progress(self) -> None:
        # reset() stops the timer that would show the dialog later; hide(), not close():
        # closing a progress dialog counts as pressing Cancel.
        if self.progress_closed:
            return
        self.progress_closed = True
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()

    def start(self) -> None:
        self.progress.setValue(0)
        self.reader.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.reader.stop.set()
        self._close_progress()

    def wait(self, ms: int = 30_000) -> bool:
        """For tests and shutdown: block until the reading thread has ended."""
        return self.reader.wait(ms)

    def _done(self, outcome: object) -> None:
        self._close_progress()
        if self.cancelled or outcome is None:
            return
        if isinstance(outcome, FileProblemError):
            import_prompts.show_problem(
                self.parent_widget,
                QCoreApplication.translate("NoticeImport", "Import notice"),
                import_prompts.problem_text(self.where, outcome),
            )
            if self.refused is not None:
                self.refused()
            return
        self.opened(outcome)  # type: ignore[arg-type]
