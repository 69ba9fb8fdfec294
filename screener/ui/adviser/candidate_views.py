"""One candidate: their summary for a vacancy, their gap plan, their dossier and calendar.

Used from the matrix (the selected row's candidate) and from the Adviser menu (the
profile open in the window). Dialogs for files sit behind profile_prompts' functions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from screener.adviser.calendar import calendar_text
from screener.adviser.dossier import office_name
from screener.adviser.selection import choose
from screener.domain.assessment import Assessment
from screener.domain.profile import UNSURE, Profile
from screener.domain.vacancy import Vacancy
from screener.file_names import file_name_part
from screener.persistence.atomic import write_atomic
from screener.persistence.settings import load_settings
from screener.report.messages import text
from screener.report.record import RecordItem
from screener.ui.adviser.dossier_run import DossierJob, DossierRun
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.profiles.keeper_start import named_in_ui
from screener.ui.summary.summary_row import CriterionResultRow
from screener.ui.summary.summary_view import SummaryView
from screener.ui.window import window_placement


def file_stem(profile: Profile) -> str:
    # As the summary names its exports: a name of 10,000 letters made a file name no system
    # takes, and a dot or a reserved name could end it where Windows refuses one.
    return file_name_part(named_in_ui(profile.name or "")) or text(
        "file.candidate", current_language()
    )


class ReadOnlySummaryView(SummaryView):
    """The summary without its Change… buttons: an adviser reads another person's answers
    here; answers are changed in that person's profile, in the wizard."""

    def _row(self, item: RecordItem) -> CriterionResultRow:
        row = super()._row(item)
        row.set_changeable(False)
        return row


class CandidateSummaryDialog(RetranslatesOnLanguageChange, QDialog):
    """A candidate's summary for one vacancy, with the summary's own export buttons."""

    def __init__(
        self, name: str, vacancy: Vacancy, assessment: Assessment, profile: Profile,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._name = name
        self._reference = vacancy.reference
        self.view = ReadOnlySummaryView()
        unsure = frozenset(
            crit.id
            for crit in vacancy.criteria
            if profile.answer(vacancy.reference, crit.id) == UNSURE
        )
        self.view.show_assessment(assessment, str(vacancy.grade), unsure, profile_name=name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        # Close after the summary's own buttons, shown above it: Tab went from the result's
        # last row to Close, then back up to Export PDF.
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        QWidget.setTabOrder(self.view.buttons["more"], close)
        window_placement.resize_within_screen(self, 760, 640)
        self.retranslate()
        # The result first, as after a screening: it opened on Export PDF…, and a screen
        # reader said that button before anything of the candidate's result.
        self.view.focus_result()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("{name}: summary for {reference}").format(
                name=self._name, reference=self._reference
            )
        )


def save_calendar(
    parent: QWidget, profile: Profile, vacancies: Sequence[Vacancy], on: dt.date
) -> Path | None:
    """The deadlines of the open vacancies the candidate is not ruled out of, as .ics."""
    chosen = choose(vacancies, on, profile, open_only=True, eligible_only=True)
    title = QCoreApplication.translate("CandidateViews", "Deadlines to calendar")
    if not chosen:
        prompts.inform(
            parent,
            title,
            QCoreApplication.translate(
                "CandidateViews", "No open vacancy the candidate may apply to."
            ),
        )
        return None
    path = prompts.ask_save_file(
        parent,
        title,
        f"{file_stem(profile)}-{text('file.deadlines', current_language())}.ics",
        QCoreApplication.translate("CandidateViews", "Calendar files (*.ics)"),
    )
    target = prompts.save_target(parent, title, path, (".ics",)) if path else None
    if target is None:
        return None
    data = calendar_text(chosen, current_language()).encode("utf-8")
    return _write(parent, title, target, data)


def save_dossier(
    parent: QWidget, profile: Profile, vacancies: Sequence[Vacancy], on: dt.date,
    saved: Callable[[Path], object] | None = None,
) -> DossierRun | None:  # fmt: skip
    """The candidate's dossier over the open vacancies, as PDF or HTML (by the name chosen),
    made off the UI thread; `saved` gets the path once it is written. None if not started."""
    title = QCoreApplication.translate("CandidateViews", "Save dossier")
    chosen = choose(vacancies, on, open_only=True) or list(vacancies)
    path = prompts.ask_save_file(
        parent, title, f"{file_stem(profile)}-dossier.pdf",
        QCoreApplication.translate("CandidateViews", "PDF files (*.pdf);;Web pages (*.html)"),
    )  # fmt: skip
    target = prompts.save_target(parent, title, path, (".pdf", ".html", ".htm")) if path else None
    if target is None:
        return None

    def written(paths: list[Path]) -> None:
        if saved is not None:
            saved(paths[0])

    return start_dossiers(parent, title, [DossierJob(profile, chosen, target)], on, written)


def start_dossiers(
    parent: QWidget, title: str, jobs: Sequence[DossierJob], on: dt.date,
    saved: Callable[[list[Path]], None],
) -> DossierRun:  # fmt: skip
    """The dossiers made in a thread, then written; a problem is shown to the user."""
    when = (on, office_name(load_settings()), current_language())
    # Named as the matrix's row names them: a profile saved as "My profile" is "Mon profil"
    # in a French dossier.
    named = [
        replace(job, profile=job.profile.model_copy(update={"name": named_in_ui(job.profile.name)}))
        if job.profile.name
        else job
        for job in jobs
    ]
    run = DossierRun(parent, title, named, when, saved, partial(_failed, parent, title))
    run.start()
    return run


def _write(parent: QWidget, title: str, path: Path, data: bytes) -> Path | None:
    try:
        write_atomic(path, data, mode=0o644)
    except OSError as exc:
        _failed(parent, title, path, exc)
        return None
    return path


def _failed(parent: QWidget, title: str, path: Path, exc: OSError) -> None:
    prompts.warn(
        parent,
        title,
        QCoreApplication.translate("CandidateViews", "{file} could not be written: {error}").format(
            file=path, error=exc.strerror or exc
        ),
    )
