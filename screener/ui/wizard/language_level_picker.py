"""A level picker for one language: Not answered, None or I-VI, each described; mother tongue.

A box starts at "Not answered": an untouched box must not say the candidate speaks none of
the language (the engine then answers "Can't tell yet", as for any unanswered question).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from screener.domain.scales import LanguageLevel
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.common.accessibility import describe
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.wizard.level_descriptions import level_description, level_title

# The rows' data: a level's numeral, or one of these two.
NOT_ANSWERED = "not_answered"
NONE = "none"
LEVEL_CHOICES: list[str] = [NOT_ANSWERED, NONE, *(level.value for level in LanguageLevel)]
_NOT_ANSWERED_TITLE = QT_TRANSLATE_NOOP("LanguageLevelPicker", "Not answered")
_NOT_ANSWERED_DESCRIPTION = QT_TRANSLATE_NOOP(
    "LanguageLevelPicker", "Choose your level, or None if you do not speak or write it."
)


class LanguageLevelPicker(RetranslatesOnLanguageChange, QWidget):
    changed = Signal()

    def __init__(
        self, language_name: str, label_text: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language_name = language_name
        self.combo = QComboBox()
        for choice in LEVEL_CHOICES:
            self.combo.addItem("", choice)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label = label = QLabel(label_text)
        label.setBuddy(self.combo)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.mother_tongue = QCheckBox()
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 0, 0, 4)
        layout.addWidget(label, 0, 0)
        layout.addWidget(self.combo, 0, 1)
        layout.addWidget(self.mother_tongue, 0, 2)
        layout.addWidget(self.description, 1, 1, 1, 2)
        layout.setColumnStretch(2, 1)

        self.combo.currentIndexChanged.connect(self._level_changed)
        self.mother_tongue.toggled.connect(self._mother_tongue_toggled)
        self.retranslate(lang)

    def set_language_name(self, language_name: str, label_text: str) -> None:
        """The language's name and the label, from the page, in the current language."""
        self.language_name = language_name
        self.label.setText(label_text)
        self.retranslate()

    def retranslate(self, lang: str | None = None) -> None:
        lang = lang or current_language()
        for index, choice in enumerate(LEVEL_CHOICES):
            self.combo.setItemText(index, self._title(choice, lang))
            self.combo.setItemData(index, self._description(choice), Qt.ItemDataRole.ToolTipRole)
        name = self.language_name
        describe(
            self.combo,
            self.tr("{language} level").format(language=name),
            self.tr("Your level in {language} on NATO's scale from I to VI").format(language=name),
        )
        self.mother_tongue.setText(self.tr("Mother tongue"))
        describe(
            self.mother_tongue,
            self.tr("{language} is my mother tongue").format(language=name),
            self.tr("A mother tongue counts as the highest level"),
        )
        self.description.setText(self._description(self._choice()))

    def _title(self, choice: str, lang: str) -> str:
        if choice == NOT_ANSWERED:
            return self.tr(_NOT_ANSWERED_TITLE)
        return level_title(None if choice == NONE else LanguageLevel(choice), lang)

    def _description(self, choice: str) -> str:
        if choice == NOT_ANSWERED:
            return self.tr(_NOT_ANSWERED_DESCRIPTION)
        return level_description(None if choice == NONE else LanguageLevel(choice))

    def _choice(self) -> str:
        # Qt hands item data back as a plain str.
        return str(self.combo.currentData())

    def _level_changed(self, *_args: object) -> None:
        self.description.setText(self._description(self._choice()))
        self.changed.emit()

    def _mother_tongue_toggled(self, checked: bool) -> None:
        # A mother tongue is level VI for the engine: show that rather than a stale choice.
        self.combo.setEnabled(not checked)
        if checked:
            self.combo.setCurrentIndex(LEVEL_CHOICES.index(LanguageLevel.VI.value))
        self.changed.emit()

    def level(self) -> LanguageLevel | None:
        """The level chosen; None for "None" and for "Not answered" (see is_answered())."""
        choice = self._choice()
        return None if choice in (NOT_ANSWERED, NONE) else LanguageLevel(choice)

    def is_answered(self) -> bool:
        return self._choice() != NOT_ANSWERED or self.mother_tongue.isChecked()

    def is_mother_tongue(self) -> bool:
        return self.mother_tongue.isChecked()

    def set_value(
        self, level: LanguageLevel | None, mother_tongue: bool, answered: bool = True
    ) -> None:
        """A level, or None: "None" if answered, else "Not answered"."""
        self.mother_tongue.setChecked(mother_tongue)
        self.combo.setEnabled(not mother_tongue)
        shown = LanguageLevel.VI if mother_tongue else level
        unset = NONE if answered else NOT_ANSWERED
        choice = shown.value if shown is not None else unset
        self.combo.setCurrentIndex(LEVEL_CHOICES.index(choice))
        self.description.setText(self._description(choice))

    def set_level(self, level: LanguageLevel) -> None:
        self.mother_tongue.setChecked(False)
        self.combo.setCurrentIndex(LEVEL_CHOICES.index(level.value))
