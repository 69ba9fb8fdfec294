"""Runs a batch screening off the GUI thread, reporting progress; can be cancelled."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from screener import paths
from screener.batch import run_batch, write_csv
from screener.batch_profiles import ProfileFolder
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.atomic import input_at
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_catalogue import load_paths, vacancy_files
from screener.ui.common.problem_words import error_text


class Cancelled(Exception):
    pass


def vacancies_in(folder: Path) -> tuple[list[Vacancy], list[FileProblemError]]:
    """The vacancies of a folder and its files' problems; two files with one reference are
    one vacancy and a problem naming the other (load_paths), as for every command."""
    loaded = load_paths([folder])
    return [entry.vacancy for entry in loaded.vacancies], list(loaded.errors)


def screened_files(profiles: Path, vacancies: Path | Sequence[Vacancy]) -> list[Path]:
    """Every file a batch reads: the profiles, and the vacancies' folder (the bundled and the
    user's vacancies when they came from the catalogue). Results are never written over one."""
    folders = [vacancies] if isinstance(vacancies, Path) else [
        paths.bundled_vacancies_dir(), paths.user_vacancies_dir()
    ]  # fmt: skip
    try:
        read = ProfileFolder(profiles).paths
    except FileProblemError:  # the folder went: the batch says so itself
        read = []
    return [*read, *(f for d in folders for f in vacancy_files(d))]


class BatchWorker(QThread):
    progressed = Signal(int, int)  # profile files done, profile files in all
    succeeded = Signal(object)  # the BatchResult, its errors listing every file skipped
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        profiles_folder: Path,
        vacancies: Sequence[Vacancy] | Path,
        on: dt.date,
        output: Path,
        lang: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profiles_folder = profiles_folder
        self.vacancies = vacancies
        self.on = on
        self.output = output
        self.lang = lang
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _profiles(self, folder: ProfileFolder) -> Iterator[tuple[str, Profile]]:
        total = len(folder)
        for done, item in enumerate(folder, start=1):
            if self._stop.is_set():
                raise Cancelled
            yield item
            self.progressed.emit(done + len(folder.errors), total)
        self.progressed.emit(total, total)  # unreadable files after the last readable one

    def run(self) -> None:
        try:
            vacancy_errors: list[FileProblemError] = []
            if isinstance(self.vacancies, Path):
                vacancies, vacancy_errors = vacancies_in(self.vacancies)
            else:
                vacancies = list(self.vacancies)
            if not vacancies:
                self.failed.emit(self.tr("No readable vacancy files were found."))
                return
            folder = ProfileFolder(self.profiles_folder)
            result = run_batch(self._profiles(folder), vacancies, self.on)
            result.errors = vacancy_errors + folder.errors
            if not result.candidates:
                self.failed.emit(self.tr("No readable profiles (*.json) in {folder}.").format(
                    folder=self.profiles_folder
                ))  # fmt: skip
                return
            if self._stop.is_set():
                raise Cancelled
            read = input_at(self.output, screened_files(self.profiles_folder, self.vacancies))
            if read is not None:  # a profile or a vacancy typed as the output: never replaced
                self.failed.emit(
                    self.tr("{file} is one of the files screened; choose another name for the "
                            "results.").format(file=self.output)
                )  # fmt: skip
                return
            write_csv(result, self.output, self.lang)
        except Cancelled:
            self.cancelled.emit()
            return
        except FileProblemError as exc:
            self.failed.emit(error_text(exc))
            return
        except OSError as exc:
            self.failed.emit(
                self.tr("{file} could not be written: {error}").format(
                    file=self.output, error=exc.strerror or exc
                )
            )
            return
        self.succeeded.emit(result)
