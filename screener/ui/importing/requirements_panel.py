"""The review dialog's Requirements tab: the requirements read from the notice, the selected
one's editor beside the list, and adding one the importer missed or deleting one it read
from text that asks for nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from screener.domain.kinds.statement import StatementCriterion
from screener.ui.common.accessibility import describe
from screener.ui.common.current_page_stack import CurrentPageStack
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import current_language
from screener.ui.importing import import_prompts as prompts
from screener.ui.importing import new_requirement_dialog
from screener.ui.importing.criterion_editor import CriterionEditor, kind_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from screener.domain.vacancy import Vacancy, VacancyWarning


class RequirementsPanel(QWidget):
    """Essential requirements first, then the desirable ones, as in the vacancy file."""

    edited = Signal()
    # A requirement was deleted (its id): what was said about it goes too.
    deleted = Signal(str)

    def __init__(
        self,
        vacancy: Vacancy,
        confidence: dict[str, float],
        scrolled: Callable[[QWidget], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.criteria_list = QListWidget()
        self.criteria_list.setWordWrap(True)
        describe(
            self.criteria_list,
            self.tr("Requirements"),
            self.tr("Each essential and desirable requirement read from the notice; the "
                    "selected one is shown beside the list"),
        )  # fmt: skip
        self.stack = CurrentPageStack()
        self.editors: list[CriterionEditor] = []
        self.essential_count = len(vacancy.essential)
        self._open_review: Callable[[], set[str]] = set
        for number, criterion in enumerate(vacancy.criteria):
            warnings = [w for w in vacancy.warnings if w.criterion == criterion.id]
            editor = CriterionEditor(
                criterion, self._heading(number), confidence.get(criterion.id), warnings
            )
            self._insert(len(self.editors), editor)
        self._build_layout(scrolled)
        self.criteria_list.currentRowChanged.connect(self.stack.setCurrentIndex)

    def _build_layout(self, scrolled: Callable[[QWidget], QWidget]) -> None:
        label = QLabel(self.tr("Requirements in the &notice:"))
        label.setBuddy(self.criteria_list)
        self.add_button = QPushButton(self.tr("&Add a requirement…"))
        not_default(self.add_button)
        describe(
            self.add_button,
            self.tr("Add a requirement"),
            self.tr("Adds a requirement of the notice that was not read, in its own words"),
        )
        self.delete_button = QPushButton(self.tr("&Delete requirement"))
        not_default(self.delete_button)
        describe(
            self.delete_button,
            self.tr("Delete requirement"),
            self.tr("Removes the selected requirement: for text read as one that asks nothing"),
        )
        self.add_button.clicked.connect(self.add_requirement)
        self.delete_button.clicked.connect(self.delete_selected)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.criteria_list)
        buttons = QHBoxLayout()
        column.addLayout(buttons)  # before it is filled (see CriterionEditor's kind row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scrolled(self.stack))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    def follow_review(self, open_criteria: Callable[[], set[str]]) -> None:
        """Where the list learns which requirements still have items to review."""
        self._open_review = open_criteria
        self.refresh_texts()

    # -- the list -------------------------------------------------------------------------------

    def _heading(self, number: int) -> str:
        if number < self.essential_count:
            return self.tr("Essential requirement {number}").format(number=number + 1)
        return self.tr("Desirable qualification {number}").format(
            number=number - self.essential_count + 1
        )

    def _insert(self, row: int, editor: CriterionEditor) -> None:
        self.editors.insert(row, editor)
        self.stack.insertWidget(row, editor)
        self.criteria_list.insertItem(row, "")
        editor.edited.connect(self.edited)
        editor.kindChanged.connect(self.refresh_texts)

    def _list_text(
        self, number: int, editor: CriterionEditor, lang: str, to_review: set[str]
    ) -> str:
        essential = number < self.essential_count
        shown = number + 1 if essential else number - self.essential_count + 1
        prefix = self.tr("E{number}") if essential else self.tr("D{number}")
        text = editor.criterion_data()["text"]
        kind = kind_label(editor.current_kind(), lang)
        if editor.criterion_id in to_review:
            kind = self.tr("{kind}, to review").format(kind=kind)
        return self.tr("{prefix} · {kind} · {text}").format(
            prefix=prefix.format(number=shown), kind=kind, text=text.get(lang) or text["en"]
        )

    def refresh_texts(self) -> None:
        lang = current_language()
        to_review = self._open_review()
        for number, editor in enumerate(self.editors):
            self.criteria_list.item(number).setText(
                self._list_text(number, editor, lang, to_review)
            )
            editor.heading.setText(self._heading(number))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.editors))

    def editor_for(self, criterion_id: str) -> CriterionEditor | None:
        return next((e for e in self.editors if e.criterion_id == criterion_id), None)

    def select(self, editor: CriterionEditor) -> None:
        self.criteria_list.setCurrentRow(self.editors.index(editor))

    # -- adding and deleting --------------------------------------------------------------------

    def add_requirement(self) -> None:
        wanted = new_requirement_dialog.ask_new_requirement(self)
        if wanted is None:
            return
        editor = CriterionEditor(self._new_criterion(wanted), "")
        if wanted.essential:
            row = self.essential_count
            self.essential_count += 1
        else:
            row = len(self.editors)
        self._insert(row, editor)
        self.refresh_texts()
        self._update_buttons()
        self.criteria_list.setCurrentRow(row)
        editor.kind.setFocus(Qt.FocusReason.OtherFocusReason)  # what it asks for, next
        self.edited.emit()

    def _new_criterion(self, wanted: new_requirement_dialog.NewRequirement) -> StatementCriterion:
        # Self-declared until the kind is changed; from the notice's list like any bullet.
        taken = {editor.criterion_id for editor in self.editors}
        number = 1
        while f"added-{number}" in taken:
            number += 1
        return StatementCriterion.model_validate(
            {
                "id": f"added-{number}",
                "text": {"en": wanted.en, "fr": wanted.fr},
                "source": "bullet",
            }
        )

    def delete_selected(self) -> None:
        row = self.criteria_list.currentRow()
        if not 0 <= row < len(self.editors):
            return
        editor = self.editors[row]
        words = editor.criterion_data()["text"].get(current_language()) or ""
        if not prompts.ask_confirm(
            self,
            self.tr("Delete requirement?"),
            self.tr("Delete this requirement from the draft?\n\n{words}").format(words=words),
        ):
            return
        del self.editors[row]
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self.criteria_list.takeItem(row)
        if row < self.essential_count:
            self.essential_count -= 1
        self.refresh_texts()
        self._update_buttons()
        self.criteria_list.setCurrentRow(min(row, len(self.editors) - 1))
        # takeItem() announced the next item by its row before the removal: the editor one
        # further down was shown beside the list's current requirement.
        self.stack.setCurrentIndex(self.criteria_list.currentRow())
        self.criteria_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.deleted.emit(editor.criterion_id)
        self.edited.emit()

    # -- reading --------------------------------------------------------------------------------

    def kept_warnings(self, warnings: list[VacancyWarning]) -> list[VacancyWarning]:
        """The notice's warnings still to show: those about no requirement, and those each
        remaining requirement's editor keeps (a deleted requirement's go with it)."""
        kept = [w for w in warnings if w.criterion is None]
        return kept + [w for editor in self.editors for w in editor.kept_warnings()]
