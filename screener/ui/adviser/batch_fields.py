"""The batch screening's three fields (profiles, vacancies, where to save), each with its
Browse… button, what is wrong in them, and whether they hold typing not yet used."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from screener.report.messages import text
from screener.ui.common.accessibility import describe
from screener.ui.common.enter_presses import not_default_button
from screener.ui.profiles import profile_prompts as prompts


class BatchFields(QWidget):
    def __init__(self, profiles_folder: Path, vacancies_shown: int, on: dt.date, lang: str) -> None:
        super().__init__()
        self._on = on
        self._lang = lang
        self.profiles_edit = QLineEdit(str(profiles_folder))
        self.vacancies_edit = QLineEdit()
        self.vacancies_edit.setPlaceholderText(
            self.tr("The vacancies shown in the main window ({count})").format(
                count=vacancies_shown
            )
        )
        self.output_edit = QLineEdit()
        self.output_edit.setPlaceholderText(self.tr("Choose where to save the CSV file"))
        self.browse_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (key, edit, label, name, description) in enumerate(self._field_words()):
            describe(edit, name, description)
            label_widget = QLabel(label)
            label_widget.setBuddy(edit)
            browse = not_default_button(self.tr("Browse…"))
            describe(
                browse,
                self.tr("Browse for {what}").format(what=name),
                self.tr("Opens a dialog to choose it"),
            )
            self.browse_buttons[key] = browse
            grid.addWidget(label_widget, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
        self.browse_buttons["profiles"].clicked.connect(self._browse_profiles)
        self.browse_buttons["vacancies"].clicked.connect(self._browse_vacancies)
        self.browse_buttons["output"].clicked.connect(self._browse_output)
        self.keep_typing()

    def _field_words(self) -> tuple[tuple[str, QLineEdit, str, str, str], ...]:
        """Each field's key, edit, label, accessible name and description."""
        return (
            (
                "profiles",
                self.profiles_edit,
                self.tr("&Profiles folder:"),
                self.tr("Profiles folder"),
                self.tr("The folder holding one profile file (.json) per candidate"),
            ),
            (
                "vacancies",
                self.vacancies_edit,
                self.tr("&Vacancies folder:"),
                self.tr("Vacancies folder"),
                self.tr(
                    "A folder of vacancy files; leave empty for the vacancies shown in "
                    "the main window"
                ),
            ),
            (
                "output",
                self.output_edit,
                self.tr("&Save results as:"),
                self.tr("Save results as (CSV file)"),
                self.tr("The CSV file the results are written to"),
            ),
        )

    def _texts(self) -> tuple[str, str, str]:
        return (self.profiles_edit.text(), self.vacancies_edit.text(), self.output_edit.text())

    def keep_typing(self) -> None:
        """What the fields hold now has been used (the dialog opened with it, or a run saved
        its results): closing no longer asks before throwing it away."""
        self._kept = self._texts()

    def typed(self) -> bool:
        """Whether the fields were changed since they were last used: a folder path typed
        by hand is long, and Escape threw it away without asking."""
        return self._texts() != self._kept

    # -- choosing -----------------------------------------------------------------------------

    def _browse_profiles(self) -> None:
        chosen = prompts.ask_folder(self, self.tr("Profiles folder"), self.profiles_edit.text())
        if chosen:
            self.profiles_edit.setText(chosen)

    def _browse_vacancies(self) -> None:
        chosen = prompts.ask_folder(self, self.tr("Vacancies folder"), self.vacancies_edit.text())
        if chosen:
            self.vacancies_edit.setText(chosen)

    def _browse_output(self) -> None:
        first = text("file.screening", self._lang)
        suggested = self.output_edit.text() or f"{first}-{self._on.isoformat()}.csv"
        chosen = prompts.ask_save_file(
            self, self.tr("Save results as"), suggested, self.tr("CSV files (*.csv)")
        )
        if chosen:
            self.output_edit.setText(chosen)

    # -- checking -----------------------------------------------------------------------------

    def problem_and_field(self) -> tuple[str, QLineEdit] | None:
        """What stops a run, and the field to correct; None when the fields are usable."""
        profiles = Path(self.profiles_edit.text().strip())
        # os.path never raises; Path.is_dir does for a folder this user may not search.
        if not self.profiles_edit.text().strip() or not os.path.isdir(profiles):
            return self.tr("Choose the folder that holds the profiles."), self.profiles_edit
        vacancies = self.vacancies_edit.text().strip()
        if vacancies and not os.path.isdir(vacancies):
            problem = self.tr("The vacancies folder was not found: {folder}")
            return problem.format(folder=vacancies), self.vacancies_edit
        output = self.output_edit.text().strip()
        if not output:
            return self.tr("Choose where to save the CSV file."), self.output_edit
        # realpath, not Path.resolve, which raises RuntimeError on a symlink loop.
        if os.path.isdir(output) or not os.path.isdir(Path(os.path.realpath(output)).parent):
            return self.tr("The results cannot be saved as {file}: choose a file in an existing "
                           "folder.").format(file=output), self.output_edit  # fmt: skip
        return None
