"""Driving licence: whether you hold one and which categories."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QGridLayout, QLabel, QRadioButton, QWidget

from screener.domain import criteria as c
from screener.domain.profile import UNSURE
from screener.ui.common.accessibility import describe
from screener.ui.common.arrow_keys_choose import ArrowKeysChoose, ArrowsFollowTheGrid
from screener.ui.common.nested_layout import nested
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.page_plan import Topic

# The European categories, in the order a licence lists them; a notice may add others.
COMMON_CATEGORIES = (
    "AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE",
)  # fmt: skip
COLUMNS = 7


class DrivingLicencePage(CriterionPage):
    topic = Topic.LICENCE

    def build(self) -> None:
        asked: list[str] = []
        for criterion in self.criteria:
            self.add_notice_text(criterion)
            if isinstance(criterion, c.DrivingLicenceCriterion):
                asked += [cat.upper() for cat in criterion.categories if cat.upper() not in asked]
        self.holds = QRadioButton()
        self.none = QRadioButton()
        self.unsure = QRadioButton()
        self.group = QButtonGroup(self)
        for button in (self.holds, self.none, self.unsure):
            self.group.addButton(button)
            self.body.addWidget(button)
        self.group.buttonToggled.connect(self._choice_toggled)
        ArrowKeysChoose(self.group)

        self.categories_label = QLabel()
        self.body.addWidget(self.categories_label)
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        self.categories: dict[str, QCheckBox] = {}
        grid_keys = ArrowsFollowTheGrid(self)
        extra = [cat for cat in asked if cat not in COMMON_CATEGORIES]
        for position, category in enumerate([*COMMON_CATEGORIES, *extra]):
            box = QCheckBox(category)
            box.toggled.connect(self._category_toggled)
            self.categories[category] = box
            grid.addWidget(box, position // COLUMNS, position % COLUMNS)
            grid_keys.add(box, position // COLUMNS, position % COLUMNS)
        self.body.addWidget(nested(grid))
        self._asked = asked
        self.asked_label = QLabel()
        self.asked_label.setTextFormat(Qt.TextFormat.PlainText)  # categories come from the file
        self.body.addWidget(self.asked_label)
        # In the layout already: showing a parentless widget would open a window of its own.
        self.asked_label.setVisible(bool(asked))

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(self.tr("Tick every category on your driving licence."))
        for button, text, description in (
            (self.holds, self.tr("I &hold a driving licence"),
             self.tr("Then tick the categories you hold")),
            (self.none, self.tr("I have no dri&ving licence"),
             self.tr("You hold no driving licence")),
            (self.unsure, self.tr("Not s&ure"),
             self.tr("You are not sure what your licence covers")),
        ):  # fmt: skip
            button.setText(text)
            describe(button, text.replace("&", ""), description)
        self.categories_label.setText(self.tr("Categories you hold:"))
        for category, box in self.categories.items():
            describe(
                box,
                self.tr("Category {category}").format(category=category),
                self.tr("Tick if your licence includes category {category}").format(
                    category=category
                ),
            )
        self.asked_label.setText(
            self.tr("This post asks for: {categories}.").format(categories=", ".join(self._asked))
        )

    def _choice_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._enable_categories()
            self.edited()

    def _category_toggled(self, checked: bool) -> None:
        if checked and not self.holds.isChecked():
            self.holds.setChecked(True)  # ticking a category means holding a licence
        self.edited()

    def _enable_categories(self) -> None:
        for box in self.categories.values():
            box.setEnabled(not (self.none.isChecked() or self.unsure.isChecked()))

    def held(self) -> list[str]:
        return [cat for cat, box in self.categories.items() if box.isChecked()]

    def validation_error(self) -> str | None:
        if self.holds.isChecked() and not self.held():
            return self.tr("Tick at least one category, or choose “I have no driving licence”.")
        return None

    def load(self) -> None:
        profile = self.session.profile
        unsure = any(self.session.answer(k.id) == UNSURE for k in self.criteria)
        held = {cat.upper() for cat in profile.driving_licences or []}
        for category, box in self.categories.items():
            box.setChecked(category in held)
        if unsure:
            self.unsure.setChecked(True)
        elif profile.driving_licences is None:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        elif held:
            self.holds.setChecked(True)
        else:
            self.none.setChecked(True)
        self._enable_categories()

    def save(self) -> None:
        profile = self.session.profile
        unsure = self.unsure.isChecked()
        if self.holds.isChecked():
            profile = profile.model_copy(update={"driving_licences": self.held()})
        elif self.none.isChecked():
            profile = profile.model_copy(update={"driving_licences": []})
        for criterion in self.criteria:
            profile = profile.with_answer(
                self.session.reference, criterion.id, UNSURE if unsure else None
            )
        self.session.set_profile(profile)

    def first_input(self) -> QWidget | None:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.holds
