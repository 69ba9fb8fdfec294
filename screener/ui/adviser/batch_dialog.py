"""Batch screening for advisers: a folder of profiles against many vacancies, to a CSV matrix."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screener.batch import BatchResult, write_json
from screener.domain.vacancy import Vacancy
from screener.persistence.atomic import input_at
from screener.ui.adviser.batch_fields import BatchFields
from screener.ui.adviser.batch_worker import BatchWorker, screened_files
from screener.ui.common.accessibility import announce, describe, tab_as_laid_out
from screener.ui.common.discard_guard import may_close
from screener.ui.common.enter_presses import not_default
from screener.ui.common.nested_layout import nested
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.problem_words import problem_text
from screener.ui.common.scrolled import scrolled
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.window import window_placement


def open_with_system(path: Path) -> None:
    """A file or folder in the app the system opens it with; a function tests replace."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class BatchDialog(QDialog):
    def __init__(
        self,
        vacancies: Sequence[Vacancy],
        on: dt.date,
        profiles_folder: Path,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch screening"))
        self._vacancies = list(vacancies)
        self._on = on
        self._lang = lang
        self.worker: BatchWorker | None = None
        self.progress: QProgressDialog | None = None
        # The last run's result; it hides QDialog.result(), which this dialog never uses.
        self.result: BatchResult | None = None  # type: ignore[assignment]

        intro = PlainTextLabel(
            self.tr("Screens every profile in a folder against every vacancy: one row a "
                    "candidate, one column a vacancy, saved as a CSV file for a spreadsheet.")
        )  # fmt: skip
        self.fields = BatchFields(profiles_folder, len(self._vacancies), on, lang)
        self.profiles_edit = self.fields.profiles_edit
        self.vacancies_edit = self.fields.vacancies_edit
        self.output_edit = self.fields.output_edit
        self.browse_buttons = self.fields.browse_buttons
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(scrolled(self.summary), 1)  # 10,000 files skipped: it grew off screen
        layout.addWidget(nested(self._open_buttons()))
        layout.addWidget(self.buttons)
        # Once the buttons are in the dialog: set earlier, QDialog makes the first button
        # in the focus chain (Close) the default when shown, and Enter would close.
        self.run_button.setDefault(True)
        window_placement.resize_within_screen(self, 640, 360)

    def _build_buttons(self) -> None:
        """Screen, Also save as JSON…, Show in the app and Close, under the summary."""
        self.summary = PlainTextLabel()
        self.summary.setObjectName("batch-summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        describe(
            self.buttons.button(QDialogButtonBox.StandardButton.Close),
            self.tr("Close"),
            self.tr("Closes this window; a screening under way is stopped"),
        )
        self.run_button = QPushButton(self.tr("Sc&reen"))
        describe(
            self.run_button,
            self.tr("Screen"),
            self.tr("Screens every profile against every vacancy and saves the CSV file"),
        )
        self.json_button = QPushButton(self.tr("Also save as &JSON…"))
        describe(
            self.json_button,
            self.tr("Also save as JSON"),
            self.tr("Saves the same results as data (JSON), with the reasons' codes"),
        )
        self.json_button.setEnabled(False)
        # The adviser's matrix: the same results, read in the app (screener.ui.adviser).
        self.matrix_button = QPushButton(self.tr("Show in the &app"))
        describe(
            self.matrix_button,
            self.tr("Show in the app"),
            self.tr("Opens the results as a table of candidates and vacancies"),
        )
        self.matrix_button.setEnabled(False)
        self.matrix_button.clicked.connect(self.show_matrix)
        self.matrix_window: QDialog | None = None
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.json_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.matrix_button, QDialogButtonBox.ButtonRole.ActionRole)
        tab_as_laid_out(self.buttons)
        self.run_button.clicked.connect(self.start)
        self.json_button.clicked.connect(self.save_json)
        self.buttons.rejected.connect(self.reject)

    def _open_buttons(self) -> QHBoxLayout:
        """Open the CSV file, or its folder, in the system's own applications; shown once
        a run has written the file."""
        self.open_csv_button = QPushButton(self.tr("&Open the CSV file"))
        describe(
            self.open_csv_button,
            self.tr("Open the CSV file"),
            self.tr("Opens the results in the spreadsheet application set for CSV files"),
        )
        self.open_folder_button = QPushButton(self.tr("Open its &folder"))
        describe(
            self.open_folder_button,
            self.tr("Open its folder"),
            self.tr("Shows the folder holding the CSV file in the file manager"),
        )
        row = QHBoxLayout()
        for button in (self.open_csv_button, self.open_folder_button):
            not_default(button)
            button.hide()
            row.addWidget(button)
        row.addStretch(1)
        self.open_csv_button.clicked.connect(self.open_csv)
        self.open_folder_button.clicked.connect(self.open_folder)
        return row

    def open_csv(self) -> None:
        open_with_system(Path(self.output_edit.text().strip()))

    def open_folder(self) -> None:
        open_with_system(Path(os.path.realpath(self.output_edit.text().strip())).parent)

    def _problem(self) -> str | None:
        return (self.fields.problem_and_field() or (None,))[0]

    # -- running ------------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the batch in the background; False (and the reason shown) if it cannot."""
        found = self.fields.problem_and_field()
        if found is not None:
            problem, field = found
            self._tell(problem)
            # To the field to correct: the keyboard stayed on Screen, away from it.
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
            return False
        folder = self.vacancies_edit.text().strip()
        self.result = None
        self.json_button.setEnabled(False)
        self.matrix_button.setEnabled(False)
        self.open_csv_button.hide()
        self.open_folder_button.hide()
        self.run_button.setEnabled(False)
        self._tell(self.tr("Screening…"))
        self.worker = BatchWorker(
            Path(self.profiles_edit.text().strip()),
            Path(folder) if folder else self._vacancies,
            self._on,
            Path(self.output_edit.text().strip()),
            self._lang,
            self,
        )
        self.progress = QProgressDialog(
            self.tr("Screening the profiles…"), self.tr("Cancel"), 0, 0, self
        )
        self.progress.setWindowTitle(self.tr("Batch screening"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.finished.connect(self._worker_finished)
        self.worker.start()
        return True

    def _tell(self, text: str) -> None:
        """The summary under the fields, said to a screen reader too (the focus is elsewhere)."""
        self.summary.setText(text)
        announce(self.summary, text)

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _succeeded(self, result: BatchResult) -> None:
        self.result = result
        self.fields.keep_typing()  # its results are saved: closing loses nothing
        lines = [self.tr("Candidates screened: {candidates}; vacancies: {vacancies}. Results "
                         "saved to {file}.").format(
            candidates=len(result.candidates), vacancies=len(result.vacancies),
            file=self.output_edit.text().strip())]  # fmt: skip
        if result.errors:
            lines.append(self.tr("Files skipped ({count}):").format(count=len(result.errors)))
            lines += [f"• {problem_text(problem)}" for problem in result.problems]
        else:
            lines.append(self.tr("No file was skipped."))
        self._tell("\n".join(lines))
        self.json_button.setEnabled(True)
        self.matrix_button.setEnabled(True)
        self.open_csv_button.show()
        self.open_folder_button.show()
        self.matrix_button.setFocus()

    def _failed(self, message: str) -> None:
        self._tell(self.tr("Nothing was saved: {problem}").format(problem=message))

    def _cancelled(self) -> None:
        self._tell(self.tr("Cancelled; nothing was saved."))

    def _worker_finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.run_button.setEnabled(True)

    def save_json(self) -> None:
        if self.result is None:
            return
        csv_path = Path(self.output_edit.text().strip())
        chosen = prompts.ask_save_file(
            self,
            self.tr("Also save as JSON"),
            str(csv_path.with_suffix(".json")),
            self.tr("JSON files (*.json)"),
        )
        if not chosen:
            return
        folder = self.vacancies_edit.text().strip()
        screened = screened_files(
            Path(self.profiles_edit.text().strip()), Path(folder) if folder else self._vacancies
        )
        if input_at(chosen, screened) is not None:
            self.summary.setText(
                self.tr("{file} is one of the files screened; choose another name for the "
                        "results.").format(file=chosen)
            )  # fmt: skip
            return
        try:
            write_json(self.result, Path(chosen))
        except OSError as exc:
            self._tell(
                self.tr("{file} could not be written: {error}").format(
                    file=chosen, error=exc.strerror or exc
                )
            )
            return
        self._tell(
            self.summary.text() + "\n" + self.tr("Also saved as {file}.").format(file=chosen)
        )

    def show_matrix(self) -> None:
        if self.result is None:
            return
        from screener.ui.adviser.matrix_window import MatrixWindow

        folder = Path(self.profiles_edit.text().strip())
        window = MatrixWindow(self.result, folder, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.matrix_window = window
        window.open()

    # -- closing ------------------------------------------------------------------------------

    def _stop_worker(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait()

    def reject(self) -> None:
        """Escape, Close or the close button: a folder path typed and not yet screened is
        not thrown away without asking (ui/common/discard_guard.py)."""
        if may_close(self, self.fields.typed()):
            super().reject()

    def done(self, result: int) -> None:
        self._stop_worker()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_worker()
        super().closeEvent(event)
