"""Review an imported notice: correct the header and the criteria, tick off the flagged items,
and save the draft into the user's vacancies folder, where the browser shows it at once."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from screener import paths
from screener.domain.vacancy import VACANCY_FORMAT, Vacancy
from screener.file_names import vacancy_file_name
from screener.importer import ImportResult, loadable_toml, write_vacancy_toml
from screener.persistence.errors import FileProblemError, Problem
from screener.persistence.validation_words import validation_problems
from screener.report.requirement_names import in_a_sentence
from screener.ui.common.accessibility import announce, describe
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import current_language
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.problem_words import problem_in_a_form, problem_message
from screener.ui.common.scrolled import scrolled
from screener.ui.common.tab_shortcut_focus import TabShortcutFocus
from screener.ui.importing import import_prompts as prompts
from screener.ui.importing.criterion_editor import CriterionEditor
from screener.ui.importing.import_header_form import ImportHeaderForm
from screener.ui.importing.requirements_panel import RequirementsPanel
from screener.ui.importing.review_items_list import ReviewItemsList
from screener.ui.window import window_placement

_IN_LIST = re.compile(r"^(essential|desirable)\[(\d+)\]\.?(.*)$")


class ImportReviewDialog(QDialog):
    # The import under review; it hides QDialog.result(), which this dialog never uses.
    result: ImportResult  # type: ignore[assignment]

    saved = Signal(Path)

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.saved_path: Path | None = None
        self.edited = False
        vacancy = result.vacancy
        name = Path(result.source_name).name
        self.setWindowTitle(self.tr("Review imported notice: {name}").format(name=name))
        intro = PlainTextLabel(
            self.tr("Read from {name}. Compare each requirement with the notice, correct what "
                    "was misread, and tick off the items to review. It is saved as a draft, "
                    "which candidates can screen against at once.").format(name=name)
        )  # fmt: skip

        self.header_form = ImportHeaderForm(vacancy)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(self.header_form), self.tr("&Post details"))
        self.requirements = RequirementsPanel(vacancy, result.confidence, scrolled)
        self.tabs.addTab(self.requirements, self.tr("&Requirements"))
        TabShortcutFocus(self.tabs)
        describe(
            self.tabs,
            self.tr("Parts of the vacancy"),
            self.tr("The post's details and its requirements"),
        )

        review_label = self._build_review(vacancy)
        self.errors = PlainTextLabel()
        self.errors.setObjectName("import-errors")
        self.errors.hide()

        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if (paths.bundled_vacancies_dir() / vacancy_file_name(vacancy.reference)).is_file():
            layout.addWidget(
                PlainTextLabel(
                    self.tr("Vacancy {reference} is also bundled with Screener; once saved, "
                            "this draft is listed beside it and stands for it in screenings. "
                            "Delete the draft's file to go back to the bundled one.").format(
                        reference=vacancy.reference
                    )
                )
            )  # fmt: skip
        layout.addWidget(self.tabs, 5)
        layout.addWidget(review_label)
        layout.addWidget(self.review_list, 1)
        self.review_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self._connect()
        self.tabs.setCurrentIndex(1)
        self.criteria_list.setCurrentRow(0)
        window_placement.resize_within_screen(self, 980, 660)
        (self.review_list if vacancy.review else self.criteria_list).setFocus()

    # -- building -------------------------------------------------------------------------------

    def _build_review(self, vacancy: Vacancy) -> QLabel:
        """The list of items to review, and its label (returned)."""
        self.review_list = ReviewItemsList(
            vacancy.review, self._field_names(), requirement_words=self._requirement_words()
        )
        return self.review_list.label

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save draft"))
        # No default button: Enter in a list or a field must never save half-reviewed work.
        not_default(self.save_button)
        describe(
            self.save_button,
            self.tr("Save draft"),
            self.tr("Checks the vacancy and saves it as a draft in your vacancies folder"),
        )
        # Save first: Tab reaches the buttons in the order they are shown.
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        not_default(self.cancel_button)
        describe(self.cancel_button, self.tr("Cancel"), self.tr("Closes without saving"))

    def _field_names(self) -> dict[str, str]:
        return {
            "reference": self.tr("Reference"),
            "title": self.tr("Title"),
            "nato_body": self.tr("NATO body"),
            "location": self.tr("Location"),
            "schedule": self.tr("Schedule"),
            "grade": self.tr("Grade"),
            "salary": self.tr("Salary"),
            "deadline": self.tr("Deadline"),
            "clearance": self.tr("Security clearance"),
            "conditions": self.tr("Appointment conditions"),
            "essential": self.tr("Essential requirements"),
            "desirable": self.tr("Desirable qualifications"),
        }

    def _connect(self) -> None:
        self.header_form.edited.connect(self._mark_edited)
        self.requirements.edited.connect(self._mark_edited)
        self.requirements.deleted.connect(self.review_list.forget_criterion)
        self.requirements.follow_review(self.review_list.open_criteria)
        self.review_list.ticked.connect(self._mark_edited)
        self.review_list.ticked.connect(self.requirements.refresh_texts)
        self.review_list.linkSelected.connect(self.show_link)
        self.review_list.linkActivated.connect(self.go_to_link)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _mark_edited(self) -> None:
        self.edited = True

    # The requirements, as the Requirements tab holds them now (added, deleted, edited).
    @property
    def editors(self) -> list[CriterionEditor]:
        return self.requirements.editors

    @property
    def criteria_list(self) -> QListWidget:
        return self.requirements.criteria_list

    @property
    def essential_count(self) -> int:
        return self.requirements.essential_count

    # -- moving around --------------------------------------------------------------------------

    def editor_for(self, criterion_id: str) -> CriterionEditor | None:
        return self.requirements.editor_for(criterion_id)

    def select_criterion(self, criterion_id: str) -> CriterionEditor | None:
        editor = self.editor_for(criterion_id)
        if editor is not None:
            self.tabs.setCurrentIndex(1)
            self.requirements.select(editor)
        return editor

    def show_link(self, criterion_id: str | None, field: str | None) -> QWidget | None:
        """Show the criterion or header field a review item (or an error) is about."""
        if criterion_id:
            editor = self.select_criterion(criterion_id)
            return None if editor is None else editor.input_for(field)
        if field in ("essential", "desirable"):
            self.tabs.setCurrentIndex(1)
            return self.criteria_list
        widget = self.header_form.widget_for(field or "")
        if widget is not None:
            self.tabs.setCurrentIndex(0)
        return widget

    def go_to_link(self, criterion_id: str | None, field: str | None) -> None:
        widget = self.show_link(criterion_id, field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the edited vacancy ---------------------------------------------------------------------

    def vacancy_data(self) -> dict[str, Any]:
        vacancy = self.result.vacancy
        criteria = [editor.criterion_data() for editor in self.editors]
        warnings = self.requirements.kept_warnings(vacancy.warnings)
        return {
            "format": VACANCY_FORMAT,
            "draft": True,  # a reviewed import is still a draft until someone says otherwise
            **self.header_form.values(),
            "warnings": [w.model_dump(mode="json") for w in warnings],
            "essential": criteria[: self.essential_count],
            "desirable": criteria[self.essential_count :],
            "review": [r.model_dump(mode="json") for r in self.review_list.review_items()],
        }

    def _requirement_words(self) -> dict[str, str]:
        """Each requirement's words as the notice gives them, shortened, by criterion id."""
        lang = current_language()
        shown: dict[str, str] = {}
        for criterion in self.result.vacancy.criteria:
            shown[criterion.id] = in_a_sentence(criterion.text.get(lang) or criterion.text.en)
        return shown

    def _where(self, where: str) -> tuple[str, str | None, str | None]:
        """A field path in words, and the criterion id or header field it points at."""
        match = _IN_LIST.match(where)
        if match:
            number = int(match[2]) + (self.essential_count if match[1] == "desirable" else 0)
            if number < len(self.editors):
                editor = self.editors[number]
                criterion_id = editor.criterion_id
                rest = match[3]
                words = self.tr("Requirement “{requirement}”").format(
                    requirement=self._requirement_words().get(criterion_id, criterion_id)
                )
                field = (editor.field_name(rest) or rest) if rest else ""
                return (f"{words} › {field}" if field else words), criterion_id, rest or None
        label = self._field_names().get(where.partition(".")[0])
        if label is not None:
            # The input's own name where there is one: "Title" was said for the English and
            # the French title alike, and the French had to be told by "(title.fr)".
            shown = self.header_form.inputs.get(where)
            return f"{(shown and shown.accessibleName()) or label} ({where})", None, where
        return where, None, where or None

    def _left_empty(self, field: str | None) -> bool:
        """A header field left empty: "(got '')" after the problem says nothing more."""
        shown = self.header_form.inputs.get(field or "")
        return isinstance(shown, QLineEdit) and not shown.text().strip()

    def show_errors(self, error: ValidationError | FileProblemError) -> None:
        if isinstance(error, FileProblemError):
            self._show_problems(error.problems)
        else:
            self._show_problems(validation_problems(Path("vacancy"), error))

    def _show_problems(self, problems: list[Problem]) -> None:
        lines = [self.tr("The vacancy cannot be saved yet:")]
        first: tuple[str | None, str | None] | None = None
        for problem in problems:
            words, criterion_id, field = self._where(problem.where)
            # A requirement's settings are read from lists, boxes and ticks: the file's
            # notation of their value ("got []") is nothing the user typed or sees.
            message = (
                problem_in_a_form(problem)
                if criterion_id or self._left_empty(field)
                else problem_message(problem)
            )
            said = self.tr("{where}: {message}").format(where=words, message=message)
            lines.append(f"• {said}" if words else f"• {message}")
            if first is None:
                first = (criterion_id, field)
        self.errors.setText("\n".join(lines))
        self.errors.setAccessibleName(self.tr("Problems to fix before saving"))
        self.errors.show()
        announce(self.errors, self.errors.text())
        if first is not None:
            self.go_to_link(*first)

    def save(self) -> None:
        try:
            vacancy = Vacancy.model_validate(self.vacancy_data())
            # What the model leaves to loading (a bidi override or 20,000 characters pasted
            # in a title): said here, before a draft is saved that the app would refuse.
            loadable_toml(vacancy, Path("vacancy"))
        except (ValidationError, FileProblemError) as error:
            self.show_errors(error)
            return
        self.errors.hide()
        folder = paths.user_vacancies_dir()
        target = folder / vacancy_file_name(vacancy.reference)
        if os.path.isdir(target):
            # A folder is never replaced: asking "Replace?" only led to "Is a directory".
            chosen = self._another_name(target)
            if not chosen:
                return
            target = Path(chosen)
        elif os.path.exists(target) and not prompts.ask_confirm(
            self,
            self.tr("Replace vacancy file?"),
            self.tr("{name} already exists in your vacancies folder. Replace it?").format(
                name=target.name
            ),
        ):
            return
        comment = (
            f"Draft imported from the notice {Path(self.result.source_name).name} and reviewed "
            "in Screener.\nKeep draft = true until it has been checked against the notice."
        )
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_vacancy_toml(vacancy, target, comment)
        except (OSError, ValueError) as error:
            text = self.tr("Could not save {path}: {error}").format(
                path=str(target), error=getattr(error, "strerror", None) or str(error)
            )
            self.errors.setText(text)
            self.errors.show()
            prompts.show_problem(self, self.tr("Could not save"), text)
            return
        self.saved_path = target
        self.edited = False
        self.saved.emit(target)
        self.accept()

    def _another_name(self, target: Path) -> str:
        """The file the user chooses instead of a folder named as the draft's file; ""
        when they keep to the review."""
        if not prompts.ask_confirm(
            self,
            self.tr("A folder has the draft's name"),
            self.tr(
                "{name} in your vacancies folder is a folder, which cannot be replaced by "
                "the draft. Save the draft under another name?"
            ).format(name=target.name),
        ):
            return ""
        number = 2
        suggested = target.with_name(f"{target.stem}-{number}{target.suffix}")
        while os.path.lexists(suggested) and number < 1000:
            number += 1
            suggested = target.with_name(f"{target.stem}-{number}{target.suffix}")
        return prompts.ask_draft_path(self, self.tr("Save the draft as"), suggested)

    def reject(self) -> None:
        if self.edited and not prompts.ask_confirm(
            self,
            self.tr("Discard this import?"),
            self.tr("Your corrections to this notice have not been saved. Discard them?"),
        ):
            return
        super().reject()
