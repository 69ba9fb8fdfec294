"""A STANAG 6001 profile as four small fields, Listening, Speaking, Reading, Writing (0-5 with
plus levels), and, where a candidate answers for themselves, "I have no SLP in this language".

Used by the wizard's languages page, My profile's languages editor and the import review's
editor of an SLP requirement. The skills' names are the report's (one place for wording).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from screener.domain.slp import LEVELS, NO_SLP, SKILLS, skill_levels, slp_text
from screener.report import messages
from screener.ui.common.accessibility import describe
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language


class SlpFields(RetranslatesOnLanguageChange, QWidget):
    """Four level fields; value(): the SLP ("33+32"), "none", or None while not complete."""

    changed = Signal()

    def __init__(
        self, language_name: str, *, allow_none: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language_name = language_name
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 0, 0, 4)
        self.labels: list[QLabel] = []
        self.fields: list[QComboBox] = []
        for column, _skill in enumerate(SKILLS):
            field = QComboBox()
            field.addItem("—", None)  # not given
            for level in LEVELS:
                field.addItem(level, level)
            field.currentIndexChanged.connect(self._edited)
            label = QLabel()
            label.setWordWrap(True)  # "Compréhension de l'oral" over a narrow pane: two lines
            label.setBuddy(field)
            layout.addWidget(label, 0, column)
            layout.addWidget(field, 1, column)
            self.labels.append(label)
            self.fields.append(field)
        layout.setColumnStretch(len(SKILLS), 1)
        # No focus proxy for a label's mnemonic (the label's buddy is first_input()): a
        # group made after its window kept its place at the end of the Tab order, and Tab
        # from the window's last button went through its proxy back to these fields.
        self.none_box: QCheckBox | None = None
        if allow_none:
            self.none_box = QCheckBox()
            self.none_box.toggled.connect(self._none_toggled)
            layout.addWidget(self.none_box, 2, 0, 1, len(SKILLS) + 1)
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        name = self.language_name
        for skill, label, field in zip(SKILLS, self.labels, self.fields, strict=True):
            skill_name = messages.text(f"slp.{skill}", lang)
            label.setText(skill_name)
            describe(
                field,
                self.tr("{skill} in {language} (SLP)").format(skill=skill_name, language=name),
                self._level_description(),
            )
        if self.none_box is not None:
            self.none_box.setText(self.tr("I have no SLP in this language"))
            describe(
                self.none_box,
                self.tr("I have no SLP in {language}").format(language=name),
                self.tr("You hold no STANAG 6001 profile in this language"),
            )

    def _level_description(self) -> str:
        # The import review's fields hold what a notice asks for: "Your level" told a
        # reviewer the fields were theirs to answer.
        if self.none_box is None:
            return self.tr(
                "The STANAG 6001 level the notice asks for in this skill, 0 to 5; a plus level"
                " is above its level"
            )
        return self.tr(
            "Your STANAG 6001 level in this skill, 0 to 5; a plus level is above its level"
        )

    def set_language_name(self, language_name: str) -> None:
        self.language_name = language_name
        self.retranslate()

    def value(self) -> str | None:
        if self.none_box is not None and self.none_box.isChecked():
            return NO_SLP
        levels = [field.currentData() for field in self.fields]
        if any(level is None for level in levels):
            return None
        return slp_text([str(level) for level in levels])

    def set_value(self, held: str | None) -> None:
        """An SLP ("3+332"), "none", or None (not given)."""
        none = held == NO_SLP
        if self.none_box is not None:
            self.none_box.setChecked(none)
        levels = skill_levels(held) if held and not none else (None,) * len(SKILLS)
        for field, level in zip(self.fields, levels, strict=True):
            field.setCurrentIndex(field.findData(level) if level else 0)
            field.setEnabled(not none)

    def first_input(self) -> QWidget:
        return self.fields[0]

    def _none_toggled(self, checked: bool) -> None:
        for field in self.fields:
            field.setEnabled(not checked)
        self.changed.emit()

    def _edited(self, *_args: object) -> None:
        self.changed.emit()
