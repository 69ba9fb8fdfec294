"""Screens a folder of profiles for the matrix off the GUI thread; can be cancelled."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from screener.batch import run_batch
from screener.batch_profiles import ProfileFolder
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.errors import FileProblemError
from screener.ui.common.problem_words import error_text


class MatrixWorker(QThread):
    progressed = Signal(int, int)  # profile files read, profile files in all
    succeeded = Signal(object)  # the BatchResult, its errors naming the files skipped
    failed = Signal(str)

    def __init__(
        self, folder: Path, vacancies: Sequence[Vacancy], on: dt.date, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vacancies = list(vacancies)
        self.on = on
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _profiles(self, source: ProfileFolder) -> Iterator[tuple[str, Profile]]:
        total = len(source)
        for done, item in enumerate(source, start=1):
            if self._stop.is_set():
                return
            yield item
            self.progressed.emit(done + len(source.errors), total)

    def run(self) -> None:
        try:
            source = ProfileFolder(self.folder)
            result = run_batch(self._profiles(source), self.vacancies, self.on)
        except FileProblemError as exc:
            self.failed.emit(error_text(exc))
            return
        if self._stop.is_set():
            return  # cancelled: the window shows nothing
        result.errors, result.stamps = source.errors, source.stamps
        if not result.candidates:
            self.failed.emit(
                self.tr("No readable profiles (*.json) in {folder}.").format(folder=self.folder)
            )
            return
        self.succeeded.emit(result)
