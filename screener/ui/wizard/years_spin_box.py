"""A number of years as people write it: "5 years", "1 year", "2.5 years", "2,5 ans".

A plain QDoubleSpinBox with one decimal shows "5.0 years"; this one drops a zero decimal
and writes the unit as the report does (screener.report.messages.years_text), singular
included. The unit follows the value once typing is over, so the text is never rewritten
under the cursor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from screener.report import messages
from screener.ui.common.language import current_language
from screener.ui.common.spoken_spin_box import SpokenDoubleSpinBox


class YearsSpinBox(SpokenDoubleSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.valueChanged.connect(self._value_changed)
        self.editingFinished.connect(self.update_unit)

    def number_text(self, value: float) -> str:
        return messages.format_number(value, current_language())

    def update_unit(self) -> None:
        """ " year" or " years" (" an", " ans") after the number shown."""
        value = max(self.value(), 0.0)
        lang = current_language()
        unit = messages.years_text(value, lang)[len(messages.format_number(value, lang)) :]
        if unit != self.suffix():
            self.setSuffix(unit)

    def _value_changed(self, _value: float) -> None:
        # Typed: the unit waits for editingFinished. Arrows or set from a profile: now.
        if not self.lineEdit().isModified():
            self.update_unit()
