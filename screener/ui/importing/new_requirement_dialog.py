"""Asking for a requirement the importer missed: which list it is in, and its words as the
notice gives them in English and French."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screener.ui.common.accessibility import describe
from screener.ui.common.discard_guard import may_close
from screener.ui.common.nested_layout import nested
from screener.ui.common.plain_text_label import PlainTextLabel


@dataclass(frozen=True, slots=True)
class NewRequirement:
    essential: bool
    en: str
    fr: str


class NewRequirementDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a requirement"))
        intro = PlainTextLabel(
            self.tr("Copy the requirement's words from the notice. It is added as a statement "
                    "the candidate confirms; choose its kind afterwards if it asks for a "
                    "degree, years of experience, a language or a licence.")
        )  # fmt: skip
        self.essential = QRadioButton(self.tr("&Essential requirement"))
        self.desirable = QRadioButton(self.tr("De&sirable qualification"))
        self.essential.setChecked(True)
        self.english = QLineEdit()
        self.french = QLineEdit()
        self.no_french = QCheckBox(self.tr("The notice has &no French: use the English words"))
        describe(self.english, self.tr("English words"), self.tr("The requirement in English"))
        describe(self.french, self.tr("French words"), self.tr("The requirement in French"))
        form = QFormLayout()
        english_label = QLabel(self.tr("Eng&lish:"))
        english_label.setBuddy(self.english)
        french_label = QLabel(self.tr("F&rench:"))
        french_label.setBuddy(self.french)
        form.addRow(english_label, self.english)
        form.addRow(french_label, self.french)
        form.addRow("", self.no_french)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.essential)
        layout.addWidget(self.desirable)
        layout.addWidget(nested(form))
        layout.addWidget(self.buttons)
        for changed in (self.english.textChanged, self.french.textChanged):
            changed.connect(self._update)
        self.no_french.toggled.connect(self._update)
        self._update()
        self.english.setFocus()

    def _update(self) -> None:
        self.french.setEnabled(not self.no_french.isChecked())
        has_french = self.no_french.isChecked() or bool(self.french.text().strip())
        self.ok_button.setEnabled(bool(self.english.text().strip()) and has_french)

    def reject(self) -> None:
        typed = bool(self.english.text().strip() or self.french.text().strip())
        if may_close(self, typed):
            super().reject()

    def requirement(self) -> NewRequirement:
        english = self.english.text().strip()
        french = english if self.no_french.isChecked() else self.french.text().strip()
        return NewRequirement(self.essential.isChecked(), english, french)


def ask_new_requirement(parent: QWidget) -> NewRequirement | None:
    """The requirement to add, or None if cancelled; a plain function so tests can replace it."""
    dialog = NewRequirementDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.requirement()
    finally:
        dialog.deleteLater()
