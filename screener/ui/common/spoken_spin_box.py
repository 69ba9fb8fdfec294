"""A decimal spin box whose "Not answered" (its special value text) is said as it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox


class SpokenDoubleSpinBox(QDoubleSpinBox):
    """Qt gives a screen reader a double spin box's value as textFromValue(value()), which
    knows nothing of the special value text: the experience page's "Not answered" was read
    as "minus 0.5", the import review's salary "Not stated" as "0.00". At the minimum, the
    words shown are the words said; other values are numbers, as number_text() writes them."""

    def textFromValue(self, value: float) -> str:
        special = self.specialValueText()
        if special and value <= self.minimum():
            return special
        return self.number_text(value)

    def number_text(self, value: float) -> str:
        return super().textFromValue(value)
