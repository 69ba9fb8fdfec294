"""A combo box of (label, value) pairs that reads and writes values, not row numbers."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget


class ValueCombo(QComboBox):
    """Labels are shown as plain text; `value()` gives the value of the chosen row."""

    def __init__(
        self, choices: Iterable[tuple[str, object]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, value in choices:
            self.addItem(label, value)

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> bool:
        """Choose the row holding `value`; False (and no change) when there is none."""
        for row in range(self.count()):
            if self.itemData(row) == value:
                self.setCurrentIndex(row)
                return True
        return False

    def values(self) -> list[object]:
        return [self.itemData(row) for row in range(self.count())]
