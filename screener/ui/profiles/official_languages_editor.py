"""The parameters of an English/French requirement: a mode and the levels that mode needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from screener.domain.scales import LanguageLevel
from screener.ui.common.accessibility import describe
from screener.ui.common.language import current_language
from screener.ui.common.value_combo import ValueCombo
from screener.ui.wizard.level_descriptions import level_title

# Which level fields each mode uses (the model refuses the others).
MODE_FIELDS: dict[str, tuple[str, ...]] = {
    "one_and_other": ("one", "other"),
    "both": ("level",),
    "per_language": ("en", "fr"),
}
LEVEL_FIELDS = ("one", "other", "level", "en", "fr")


class OfficialLanguagesEditor(QWidget):
    edited = Signal()

    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        self.mode = ValueCombo(
            [
                (self.tr("One level in one language, another in the other"), "one_and_other"),
                (self.tr("The same level in both"), "both"),
                (self.tr("A level for each language"), "per_language"),
            ]
        )
        describe(
            self.mode,
            self.tr("Language requirement mode"),
            self.tr("How the notice states the English and French levels"),
        )
        labels = {
            "one": self.tr("Level in &one language:"),
            "other": self.tr("Level in the o&ther:"),
            "level": self.tr("Level in &both:"),
            "en": self.tr("Eng&lish level:"),
            "fr": self.tr("&French level:"),
        }
        names = {
            "one": self.tr("Level in one language"),
            "other": self.tr("Level in the other language"),
            "level": self.tr("Level in both languages"),
            "en": self.tr("English level"),
            "fr": self.tr("French level"),
        }
        self.levels: dict[str, ValueCombo] = {}
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # as its form's
        mode_label = QLabel(self.tr("&Mode:"))
        mode_label.setBuddy(self.mode)
        self._layout.addRow(mode_label, self.mode)
        for name in LEVEL_FIELDS:
            # Per-language levels may be left out ("French: not asked"), and the other
            # language's ("one of the two official languages at level IV").
            choices: list[tuple[str, object]] = [
                (level_title(lv, lang), lv.value) for lv in LanguageLevel
            ]
            if name in ("en", "fr", "other"):
                choices.insert(0, (self.tr("Not asked"), None))
            combo = ValueCombo(choices)
            describe(
                combo,
                names[name],
                self.tr("Minimum level on NATO's scale from I to VI"),
            )
            combo.set_value(values.get(name) or _default_level(name, values))
            combo.currentIndexChanged.connect(self.edited)
            label = QLabel(labels[name])
            label.setBuddy(combo)
            self._layout.addRow(label, combo)
            self.levels[name] = combo
        self.mode.set_value(values.get("mode", "one_and_other"))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._show_mode_rows()

    def _mode_changed(self) -> None:
        self._show_mode_rows()
        self.edited.emit()

    def _show_mode_rows(self) -> None:
        used = MODE_FIELDS[str(self.mode.value())]
        for row, name in enumerate(LEVEL_FIELDS, start=1):
            self._layout.setRowVisible(row, name in used)

    def values(self) -> dict[str, Any]:
        mode = str(self.mode.value())
        result: dict[str, Any] = {"mode": mode}
        for name in MODE_FIELDS[mode]:
            result[name] = self.levels[name].value()
        return result

    def first_input(self) -> QWidget:
        return self.mode


def _default_level(name: str, values: dict[str, Any]) -> str | None:
    """What a level box shows when the criterion gives none: "not asked" where that may be
    so (a per-language level, the other language of a one-language requirement), else III."""
    if name in ("en", "fr"):
        return None
    if name == "other" and values.get("mode") == "one_and_other" and values.get("one"):
        return None
    return "III"
