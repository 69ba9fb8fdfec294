"""Dossiers made off the UI thread, with a progress dialog and Cancel; written at the end.

A vacancy of 10,000-letter words lays out to 700 pages: Qt took seconds over it with the
window frozen. The dossier is built (plain Python) and laid out and painted (QTextDocument
and a QPainter on a PDF writer, which Qt allows outside the GUI thread) in a QThread of its
own. The files are written on the UI thread, atomically, only once every dossier is made and
only if the user did not cancel: Cancel (or Escape) closes the dialog at once and a late
result is dropped, so nothing is written, not even part of a set.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from screener.adviser.dossier import build_dossier, dossier_html, office_line
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.atomic import write_atomic
from screener.report.messages import text
from screener.ui.common.background_threads import keep_until_ended

SHOW_AFTER_MS = 400  # a short dossier never flashes a dialog


@dataclass(frozen=True)
class DossierJob:
    """One candidate's dossier over `vacancies`, PDF or HTML by the target's name."""

    profile: Profile
    vacancies: Sequence[Vacancy]
    target: Path


class _Cancelled(Exception):
    pass


def dossier_bytes(
    job: DossierJob, on: dt.date, office: str | None, lang: str,
    step: Callable[[int, int], None] | None = None,
) -> bytes:  # fmt: skip
    """The file's content; `step` is called before each PDF page and may raise to stop."""
    dossier = build_dossier(job.profile, job.vacancies, on, office)
    if job.target.suffix.lower() in (".html", ".htm"):
        return dossier_html(dossier, lang).encode("utf-8")
    from screener.ui.adviser.dossier_pdf import dossier_pdf

    # The office heads every page of the PDF, so not again at the top of the first.
    page = dossier_html(dossier, lang, office_in_body=False)
    heading = text("dossier.heading", lang, name=job.profile.name or "—")
    return dossier_pdf(page, heading, office_line(dossier, lang), step)


class _MakeThread(QThread):
    progressed = Signal(int, int)  # PDF pages (one dossier) or dossiers (several) done, in all
    done = Signal(object)  # list of (path, bytes); an OSError; None when cancelled

    def __init__(
        self, jobs: Sequence[DossierJob], on: dt.date, office: str | None, lang: str
    ) -> None:
        super().__init__()
        self.jobs, self.on, self.office, self.lang = list(jobs), on, office, lang
        self.stop = threading.Event()

    def _page(self, done: int, pages: int) -> None:
        if self.stop.is_set():
            raise _Cancelled
        if len(self.jobs) == 1:
            self.progressed.emit(done, pages)

    def run(self) -> None:
        made: list[tuple[Path, bytes]] = []
        try:
            for number, job in enumerate(self.jobs):
                if len(self.jobs) > 1:
                    self.progressed.emit(number, len(self.jobs))
                data = dossier_bytes(job, self.on, self.office, self.lang, self._page)
                made.append((job.target, data))
                if self.stop.is_set():
                    raise _Cancelled
        except _Cancelled:
            self.done.emit(None)
            return
        except OSError as error:
            self.done.emit(error)
            return
        self.done.emit(made)


class DossierRun(QObject):
    """Makes the dossiers, then writes them; `saved` gets their paths, `failed` a path and
    the OSError (after the dossiers already written: none are)."""

    def __init__(
        self, parent: QWidget, title: str, jobs: Sequence[DossierJob],
        when: tuple[dt.date, str | None, str],
        saved: Callable[[list[Path]], None],
        failed: Callable[[Path, OSError], None],
    ) -> None:  # fmt: skip
        super().__init__(parent)
        on, office, lang = when
        self.saved, self.failed = saved, failed
        self.targets = [job.target for job in jobs]
        self.cancelled = False
        self.finished = False
        label = (
            QCoreApplication.translate("DossierRun", "Making the dossier…")
            if len(jobs) == 1
            else QCoreApplication.translate("DossierRun", "Making {count} dossiers…").format(
                count=len(jobs)
            )
        )
        cancel = QCoreApplication.translate("DossierRun", "Cancel")
        self.progress = QProgressDialog(label, cancel, 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        # No parent: closing the window while a dossier is made must not destroy a running
        # thread (Qt aborts the app). The thread is kept alive here until it has ended.
        self.maker = _MakeThread(jobs, on, office, lang)
        self.maker.progressed.connect(self._progressed)
        self.maker.done.connect(self._done)
        keep_until_ended(self.maker)

    def start(self) -> None:
        self.progress.setValue(0)
        self.maker.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.maker.stop.set()
        self._close_progress()

    def wait(self, ms: int = 30_000) -> bool:
        """For tests and shutdown: block until the thread has ended."""
        return self.maker.wait(ms)

    def _progressed(self, done: int, total: int) -> None:
        if not self.cancelled:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        # hide(), not close(): closing a progress dialog counts as pressing Cancel.
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()

    def _done(self, outcome: object) -> None:
        if self.cancelled or outcome is None:
            return
        self._close_progress()
        self.finished = True
        if isinstance(outcome, OSError):
            self.failed(self.targets[0], outcome)
            return
        written: list[Path] = []
        for path, data in outcome:  # type: ignore[attr-defined]
            try:
                write_atomic(path, data, mode=0o644)
            except OSError as error:
                self.failed(path, error)
                return
            written.append(path)
        self.saved(written)
