"""The parameters of one criterion, with an input suited to each: built for one kind.

Changing a criterion's kind builds a new `CriterionParameters`; `values()` gives the fields
the model expects for that kind, and the pydantic model decides whether they are valid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from screener.domain.criteria import AvailabilityNeed
from screener.domain.scales import EducationLevel, LanguageLevel
from screener.report import messages
from screener.ui.common.accessibility import describe
from screener.ui.common.language import current_language
from screener.ui.common.localized_text_editor import LocalizedTextEditor
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.slp_fields import SlpFields
from screener.ui.common.text_list_editor import TextListEditor
from screener.ui.common.value_combo import ValueCombo
from screener.ui.profiles.official_languages_editor import OfficialLanguagesEditor
from screener.ui.wizard.level_descriptions import level_title

Reader = Callable[[], dict[str, Any]]


class CriterionParameters(QWidget):
    edited = Signal()

    def __init__(self, kind: str, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._first: QWidget | None = None
        self.inputs: dict[str, QWidget] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field too wide beside its label goes under it: at 800x600, in French, the
        # settings were cut at the pane's right edge behind a horizontal scroll bar.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Kinds without parameters of their own have nothing to edit but their words.
        builder = BUILDERS.get(kind, CriterionParameters._build_statement)
        self._read: Reader = builder(self, values)

    # -- what the editor uses -----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return self._read()

    def first_input(self) -> QWidget | None:
        return self._first

    # -- building blocks ----------------------------------------------------------------------

    def _row(self, key: str, label_text: str, widget: QWidget) -> None:
        # A group of fields (a text in two languages, an SLP's four skills) is reached at its
        # first field, by the label's mnemonic and as the first input.
        first = (
            widget.first_input() if isinstance(widget, LocalizedTextEditor | SlpFields) else widget
        )
        if label_text:
            label = QLabel(label_text)
            label.setBuddy(first)
            self.form.addRow(label, widget)
        else:
            self.form.addRow(widget)
        self.inputs[key] = first
        if self._first is None:
            self._first = first

    def _check(self, key: str, text: str, checked: bool, name: str, description: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        describe(box, name, description)
        box.toggled.connect(self.edited)
        self._row(key, "", box)
        return box

    def _or_equivalent(self, values: dict[str, Any]) -> QCheckBox:
        return self._check(
            "or_equivalent",
            self.tr("“Or &equivalent” is accepted"),
            bool(values.get("or_equivalent", False)),
            self.tr("Or equivalent"),
            self.tr("The notice accepts an equivalent instead"),
        )

    def _localized(
        self, key: str, label_text: str, name: str, values: dict[str, Any], optional: bool
    ) -> LocalizedTextEditor:
        text = values.get(key) or {}
        editor = LocalizedTextEditor(
            name,
            self.tr("Words from the notice; they are shown to candidates"),
            en=text.get("en", ""),
            fr=text.get("fr", ""),
            optional=optional,
        )
        editor.edited.connect(self.edited)
        self._row(key, label_text, editor)
        self.inputs[key] = editor.first_input()
        return editor

    # -- one builder per kind ------------------------------------------------------------------

    def _build_nationality(self, values: dict[str, Any]) -> Reader:
        scope = ValueCombo(
            [
                (self.tr("Nationals of any NATO member country"), "nato_members"),
                (self.tr("Nationals of the countries listed below"), "listed"),
            ]
        )
        scope.set_value(values.get("scope", "nato_members"))
        describe(scope, self.tr("Who may apply"), self.tr("Which nationalities the notice accepts"))
        scope.currentIndexChanged.connect(self.edited)
        self._row("scope", self.tr("&Who may apply:"), scope)
        countries = QLineEdit(" ".join(values.get("countries") or []))
        countries.setPlaceholderText(self.tr("Two-letter codes, e.g. BE FR DE"))
        describe(
            countries,
            self.tr("Countries"),
            self.tr("ISO country codes separated by spaces or commas, for a listed scope"),
        )
        countries.textEdited.connect(self.edited)
        self._row("countries", self.tr("&Countries:"), countries)

        # Codes typed for "any NATO member country" were dropped without a word on saving:
        # the list is open only for a listed scope.
        def open_list() -> None:
            countries.setEnabled(scope.value() == "listed")

        scope.currentIndexChanged.connect(open_list)
        open_list()

        def read() -> dict[str, Any]:
            listed = scope.value() == "listed"
            codes = [c.upper() for c in re.split(r"[\s,;]+", countries.text()) if c]
            return {"scope": scope.value(), "countries": codes if listed else []}

        return read

    def _build_education(self, values: dict[str, Any]) -> Reader:
        lang = current_language()
        level = ValueCombo(
            [(messages.education_name(lv.value, lang), lv.value) for lv in EducationLevel]
        )
        level.set_value(values.get("min_level", EducationLevel.BACHELOR.value))
        describe(
            level, self.tr("Minimum education"), self.tr("The lowest education level accepted")
        )
        level.currentIndexChanged.connect(self.edited)
        self._row("min_level", self.tr("Minimum &level:"), level)
        equivalent = self._or_equivalent(values)
        field = self._localized(
            "field", self.tr("&Field of study:"), self.tr("Field of study"), values, optional=True
        )

        def read() -> dict[str, Any]:
            return {
                "min_level": level.value(),
                "or_equivalent": equivalent.isChecked(),
                "field": field.value(),
            }

        return read

    def _build_experience(self, values: dict[str, Any]) -> Reader:
        years = QDoubleSpinBox()
        years.setRange(0, 60)
        years.setDecimals(1)
        years.setSingleStep(0.5)
        years.setValue(float(values.get("min_years", 1)))
        describe(
            years, self.tr("Minimum years"), self.tr("Years of experience the notice asks for")
        )
        years.valueChanged.connect(self.edited)
        self._row("min_years", self.tr("Minimum &years:"), years)
        domain = self._localized(
            "domain", self.tr("&In:"), self.tr("Kind of experience"), values, optional=False
        )

        def read() -> dict[str, Any]:
            return {"min_years": years.value(), "domain": domain.value()}

        return read

    def _build_official_languages(self, values: dict[str, Any]) -> Reader:
        editor = OfficialLanguagesEditor(values)
        editor.edited.connect(self.edited)
        self._row("levels", "", editor)
        self.inputs["mode"] = self.inputs["levels"] = editor.first_input()
        self._first = editor.first_input()
        return editor.values

    def _build_language(self, values: dict[str, Any]) -> Reader:
        lang = current_language()
        code = QLineEdit(values.get("language", ""))
        code.setMaxLength(2)
        code.setPlaceholderText(self.tr("e.g. de"))
        describe(code, self.tr("Language code"), self.tr("Two-letter ISO 639-1 language code"))
        code.textEdited.connect(self.edited)
        self._row("language", self.tr("&Language code:"), code)
        level_choices: list[tuple[str, object]] = [(self.tr("Any ability"), None)]
        level_choices += [(level_title(lv, lang), lv.value) for lv in LanguageLevel]
        level = ValueCombo(level_choices)
        level.set_value(values.get("min_level"))
        describe(level, self.tr("Minimum level"), self.tr("Minimum level on NATO's scale"))
        level.currentIndexChanged.connect(self.edited)
        self._row("min_level", self.tr("Minimum l&evel:"), level)
        mother = self._check(
            "mother_tongue",
            self.tr("&Mother tongue asked for"),
            bool(values.get("mother_tongue", False)),
            self.tr("Mother tongue"),
            self.tr("The notice asks for this language as mother tongue"),
        )

        def read() -> dict[str, Any]:
            return {
                "language": code.text().strip().lower(),
                "min_level": level.value(),
                "mother_tongue": mother.isChecked(),
            }

        return read

    def _build_language_profile(self, values: dict[str, Any]) -> Reader:
        code = QLineEdit(values.get("language", ""))
        code.setMaxLength(2)
        code.setPlaceholderText(self.tr("e.g. en"))
        describe(code, self.tr("Language code"), self.tr("Two-letter ISO 639-1 language code"))
        code.textEdited.connect(self.edited)
        self._row("language", self.tr("&Language code:"), code)
        # The profile asked, skill by skill: never a NATO I-VI level (no table between them).
        fields = SlpFields(self.tr("this language"), allow_none=False)
        fields.set_value(values.get("profile"))
        fields.changed.connect(self.edited)
        self._row("profile", self.tr("STANAG 6001 pro&file:"), fields)

        def read() -> dict[str, Any]:
            return {"language": code.text().strip().lower(), "profile": fields.value()}

        return read

    def _list_editor(
        self, key: str, label_text: str, name: str, description: str, values: dict[str, Any]
    ) -> TextListEditor:
        editor = TextListEditor(list(values.get(key) or []), name, description)
        editor.edited.connect(self.edited)
        self._row(key, label_text, editor)
        return editor

    def _build_driving_licence(self, values: dict[str, Any]) -> Reader:
        categories = self._list_editor(
            "categories",
            self.tr("&Categories:"),
            self.tr("Licence categories"),
            self.tr("One licence category per line, e.g. B"),
            values,
        )
        equivalent = self._or_equivalent(values)
        return lambda: {"categories": categories.values(), "or_equivalent": equivalent.isChecked()}

    def _build_fitness_test(self, values: dict[str, Any]) -> Reader:
        recurring = self._check(
            "recurring",
            self.tr("The test is repea&ted (e.g. every year)"),
            bool(values.get("recurring", False)),
            self.tr("Recurring test"),
            self.tr("The fitness test is taken again regularly"),
        )
        return lambda: {"recurring": recurring.isChecked()}

    def _build_firearms(self, values: dict[str, Any]) -> Reader:
        experience = self._check(
            "experience",
            self.tr("E&xperience with firearms"),
            bool(values.get("experience", True)),
            self.tr("Firearms experience"),
            self.tr("The notice asks for experience in the use of firearms"),
        )
        test = self._check(
            "shooting_test",
            self.tr("A shooting &test"),
            bool(values.get("shooting_test", False)),
            self.tr("Shooting test"),
            self.tr("The notice asks candidates to pass shooting tests"),
        )
        return lambda: {"experience": experience.isChecked(), "shooting_test": test.isChecked()}

    def _need_labels(self) -> dict[AvailabilityNeed, str]:
        n = AvailabilityNeed
        return {
            n.SHIFTS: self.tr("Shifts"),
            n.OUTSIDE_OFFICE_HOURS: self.tr("Outside office hours"),
            n.NIGHTS: self.tr("Nights"),
            n.WEEKENDS: self.tr("Weekends"),
            n.HOLIDAYS: self.tr("Public holidays"),
            n.SHORT_NOTICE: self.tr("At short notice"),
            n.OVERTIME: self.tr("Overtime"),
            n.TRAVEL: self.tr("Travel"),
            n.ON_CALL: self.tr("On call"),
        }

    def _build_availability(self, values: dict[str, Any]) -> Reader:
        chosen = {str(need) for need in values.get("needs") or []}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for number, (need, label) in enumerate(self._need_labels().items()):
            box = QCheckBox(label)
            box.setChecked(need.value in chosen)
            describe(box, label, self.tr("The post needs the candidate to be available for this"))
            box.toggled.connect(self.edited)
            grid.addWidget(box, number // 2, number % 2)  # two columns fit 800x600
            boxes[need.value] = box
        # Named as a group for a screen reader, and reached at its first box by the label's
        # access key: the label was bound to the grid, which takes no focus.
        describe(
            grid_widget,
            self.tr("Available for"),
            self.tr("What the post needs the candidate to be available for"),
        )
        self._row("needs", self.tr("Available &for:"), grid_widget)
        first_box = next(iter(boxes.values()))
        needs_label = self.form.labelForField(grid_widget)
        if isinstance(needs_label, QLabel):
            needs_label.setBuddy(first_box)
        self.inputs["needs"] = self._first = first_box
        return lambda: {"needs": [need for need, box in boxes.items() if box.isChecked()]}

    def _build_certification(self, values: dict[str, Any]) -> Reader:
        names = self._list_editor(
            "any_of",
            self.tr("Any &of:"),
            self.tr("Certifications"),
            self.tr("One certification name per line; any one of them meets the requirement"),
            values,
        )
        equivalent = self._or_equivalent(values)
        return lambda: {"any_of": names.values(), "or_equivalent": equivalent.isChecked()}

    def _build_statement(self, values: dict[str, Any]) -> Reader:
        note = PlainTextLabel(
            self.tr("Nothing to set: candidates say whether they meet this requirement.")
        )
        self.form.addRow(note)
        return lambda: {}


# The editor of each kind's parameters. tests/domain/test_kinds.py checks that every kind
# with parameters of its own (screener.domain.kinds) has one here.
BUILDERS: dict[str, Callable[[CriterionParameters, dict[str, Any]], Reader]] = {
    "nationality": CriterionParameters._build_nationality,
    "education": CriterionParameters._build_education,
    "experience": CriterionParameters._build_experience,
    "official_languages": CriterionParameters._build_official_languages,
    "language": CriterionParameters._build_language,
    "language_profile": CriterionParameters._build_language_profile,
    "driving_licence": CriterionParameters._build_driving_licence,
    "fitness_test": CriterionParameters._build_fitness_test,
    "firearms": CriterionParameters._build_firearms,
    "availability": CriterionParameters._build_availability,
    "certification": CriterionParameters._build_certification,
    "statement": CriterionParameters._build_statement,
}
