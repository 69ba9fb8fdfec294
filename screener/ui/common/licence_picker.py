"""Driving licence categories held: not given, none, or the categories ticked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screener.ui.common.accessibility import describe
from screener.ui.common.arrow_keys_choose import ArrowsFollowTheGrid
from screener.ui.wizard.driving_licence_page import COLUMNS, COMMON_CATEGORIES


class LicencePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.not_given = QRadioButton(self.tr("Not &given yet"))
        self.holds = QRadioButton(self.tr("I &hold a driving licence"))
        self.none = QRadioButton(self.tr("I have no dri&ving licence"))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, description in (
            (self.not_given, self.tr("Vacancies that need a licence will ask")),
            (self.holds, self.tr("Then tick the categories you hold")),
            (self.none, self.tr("You hold no driving licence")),
        ):
            describe(button, button.text().replace("&", ""), description)
            self.group.addButton(button)
            layout.addWidget(button)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(24, 0, 0, 0)
        layout.addLayout(self.grid)
        self.categories: dict[str, QCheckBox] = {}
        self._grid_keys = ArrowsFollowTheGrid(self)
        for category in COMMON_CATEGORIES:
            self._add_category(category)
        self.not_given.setChecked(True)
        self.group.buttonToggled.connect(self._choice_toggled)

    def _add_category(self, category: str) -> None:
        box = QCheckBox(category)
        describe(
            box,
            self.tr("Category {category}").format(category=category),
            self.tr("Tick if your licence includes category {category}").format(category=category),
        )
        box.toggled.connect(self._category_toggled)
        position = len(self.categories)
        self.grid.addWidget(box, position // COLUMNS, position % COLUMNS)
        self._grid_keys.add(box, position // COLUMNS, position % COLUMNS)
        self.categories[category] = box

    def _choice_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            for box in self.categories.values():
                box.setEnabled(not self.none.isChecked())
            self.changed.emit()

    def _category_toggled(self, checked: bool) -> None:
        if checked and not self.holds.isChecked():
            self.holds.setChecked(True)  # ticking a category means holding a licence
        self.changed.emit()

    def value(self) -> list[str] | None:
        if self.none.isChecked():
            return []
        if self.holds.isChecked():
            return [cat for cat, box in self.categories.items() if box.isChecked()]
        return None

    def set_value(self, licences: list[str] | None) -> None:
        held = [cat.upper() for cat in licences or []]
        for category in held:
            if category not in self.categories:
                self._add_category(category)
        for category, box in self.categories.items():
            box.blockSignals(True)
            box.setChecked(category in held)
            box.blockSignals(False)
        if licences is None:
            self.not_given.setChecked(True)
        elif held:
            self.holds.setChecked(True)
        else:
            self.none.setChecked(True)
        for box in self.categories.values():
            box.setEnabled(not self.none.isChecked())

    def validation_error(self) -> str | None:
        if self.holds.isChecked() and not self.value():
            return self.tr("Tick at least one category, or choose “I have no driving licence”.")
        return None
