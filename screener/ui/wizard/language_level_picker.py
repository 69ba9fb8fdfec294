"""A level picker for one language: None or I-VI, each with its description, and mother tongue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from screener.domain.scales import LanguageLevel
from screener.ui.accessibility import describe
from screener.ui.language import RetranslatesOnLanguageChange, current_language
from screener.ui.wizard.level_descriptions import level_description, level_title

LEVEL_CHOICES: list[LanguageLevel | None] = [None, *LanguageLevel]


class LanguageLevelPicker(RetranslatesOnLanguageChange, QWidget):
    changed = Signal()

    def __init__(
        self, language_name: str, label_text: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language_name = language_name
        self.combo = QComboBox()
        for level in LEVEL_CHOICES:
            self.combo.addItem("", level)
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
        for index, level in enumerate(LEVEL_CHOICES):
            self.combo.setItemText(index, level_title(level, lang))
            self.combo.setItemData(index, level_description(level), Qt.ItemDataRole.ToolTipRole)
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
        self.description.setText(level_description(self.level()))

    def _level_changed(self, *_args: object) -> None:
        self.description.setText(level_description(self.level()))
        self.changed.emit()

    def _mother_tongue_toggled(self, checked: bool) -> None:
        # A mother tongue is level VI for the engine: show that rather than a stale choice.
        self.combo.setEnabled(not checked)
        if checked:
            self.combo.setCurrentIndex(LEVEL_CHOICES.index(LanguageLevel.VI))
        self.changed.emit()

    def level(self) -> LanguageLevel | None:
        # Qt hands item data back as a plain str, not as the enum that was stored.
        data = self.combo.currentData()
        return LanguageLevel(data) if data else None

    def is_mother_tongue(self) -> bool:
        return self.mother_tongue.isChecked()

    def set_value(self, level: LanguageLevel | None, mother_tongue: bool) -> None:
        self.mother_tongue.setChecked(mother_tongue)
        self.combo.setEnabled(not mother_tongue)
        shown = LanguageLevel.VI if mother_tongue else level
        self.combo.setCurrentIndex(LEVEL_CHOICES.index(shown))
        self.description.setText(level_description(self.level()))

    def set_level(self, level: LanguageLevel) -> None:
        self.mother_tongue.setChecked(False)
        self.combo.setCurrentIndex(LEVEL_CHOICES.index(level))
