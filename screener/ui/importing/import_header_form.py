"""The header facts of an imported notice (reference, titles, grade, deadline...), editable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from screener.domain.terms import Clearance, Condition
from screener.domain.vacancy import Vacancy
from screener.importer.header_facts import PLACEHOLDER
from screener.persistence.vacancy_files import SALARY_RANGE
from screener.report import messages
from screener.ui.catalogue.vacancy_details import header_value
from screener.ui.common.accessibility import describe
from screener.ui.common.language import current_language
from screener.ui.common.spoken_spin_box import SpokenDoubleSpinBox
from screener.ui.common.value_combo import ValueCombo


class ImportHeaderForm(QWidget):
    edited = Signal()

    def __init__(self, vacancy: Vacancy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_texts(vacancy)
        self._build_grade_and_pay(vacancy)
        self._build_deadline(vacancy)
        self._build_conditions(vacancy)

    # -- building -------------------------------------------------------------------------------

    def _line(self, key: str, text: str, name: str, description: str) -> QLineEdit:
        edit = QLineEdit(text)
        describe(edit, name, description)
        edit.textEdited.connect(self.edited)
        self.inputs[key] = edit
        return edit

    def _add(self, label_text: str, field: QWidget | QHBoxLayout, buddy: QWidget) -> None:
        label = QLabel(label_text)
        label.setBuddy(buddy)
        self.form.addRow(label, field)

    def _build_texts(self, vacancy: Vacancy) -> None:
        reference = self._line(
            "reference",
            vacancy.reference,
            self.tr("Reference"),
            self.tr("The notice's reference number; the draft is saved under this name"),
        )
        self._add(self.tr("Re&ference:"), reference, reference)
        title_en = self._line(
            "title.en",
            vacancy.title.en,
            self.tr("English title"),
            self.tr("The post's title in English"),
        )
        self._add(self.tr("English &title:"), title_en, title_en)
        title_fr = self._line(
            "title.fr",
            vacancy.title.fr,
            self.tr("French title"),
            self.tr("The post's title in French"),
        )
        self._add(self.tr("French t&itle:"), title_fr, title_fr)
        for key, value, label, name in (
            ("nato_body", vacancy.nato_body, self.tr("NATO &body:"), self.tr("NATO body")),
            ("location", vacancy.location, self.tr("&Location:"), self.tr("Location")),
            ("schedule", vacancy.schedule, self.tr("Sc&hedule:"), self.tr("Schedule")),
        ):
            # A field the notice does not give: an empty box saying so in the UI's language
            # (the draft's placeholder is English words), ready to be typed into.
            missing = value == PLACEHOLDER
            edit = self._line(
                key, "" if missing else value, name, self.tr("As written in the notice's header")
            )
            edit.setPlaceholderText(header_value(PLACEHOLDER))
            self._add(label, edit, edit)

    def _build_grade_and_pay(self, vacancy: Vacancy) -> None:
        lower = self._line(
            "grade.min", vacancy.grade.min, self.tr("Grade"), self.tr("The grade, e.g. G15")
        )
        upper = self._line(
            "grade.max",
            vacancy.grade.max or "",
            self.tr("Higher grade"),
            self.tr("For a twin-graded post (e.g. G10-G12), the higher grade; else empty"),
        )
        upper_label = QLabel(self.tr("&up to:"))
        upper_label.setBuddy(upper)
        row = QHBoxLayout()
        row.addWidget(lower)
        row.addWidget(upper_label)
        row.addWidget(upper)
        self._add(self.tr("&Grade:"), row, lower)
        self.inputs["grade"] = lower

        salary = vacancy.salary
        self.amount = SpokenDoubleSpinBox()
        # 0 is "Not stated"; otherwise what a vacancy file may hold (a yearly salary in
        # forints runs to millions: a lower ceiling cut it silently).
        self.amount.setRange(0, SALARY_RANGE[1])
        self.amount.setDecimals(2)
        self.amount.setSpecialValueText(self.tr("Not stated"))
        self.amount.setValue(salary.amount if salary else 0)
        describe(self.amount, self.tr("Salary"), self.tr("The basic salary; zero if not stated"))
        self.amount.valueChanged.connect(self.edited)
        self.currency = self._line(
            "salary.currency",
            salary.currency if salary else "EUR",
            self.tr("Currency"),
            self.tr("Three-letter currency code, e.g. EUR"),
        )
        self.currency.setMaxLength(3)
        self.period = ValueCombo(
            [(self.tr("per month"), "monthly"), (self.tr("per year"), "yearly")]
        )
        self.period.set_value(salary.period if salary else "monthly")
        describe(
            self.period,
            self.tr("Salary period"),
            self.tr("Whether the salary is monthly or yearly"),
        )
        self.period.currentIndexChanged.connect(self.edited)
        currency_label = QLabel(self.tr("&Currency:"))
        currency_label.setBuddy(self.currency)
        row = QHBoxLayout()
        row.addWidget(self.amount, 1)
        row.addWidget(currency_label)
        row.addWidget(self.currency)
        row.addWidget(self.period)
        self._add(self.tr("Salar&y:"), row, self.amount)
        self.inputs["salary"] = self.inputs["salary.amount"] = self.amount

    def _describe_date(self) -> None:
        # Also in words: "2027-02-12" was read out as numbers and dashes.
        day = self.date.date()
        words = messages.format_date(
            dt.date(day.year(), day.month(), day.day()), current_language()
        )
        describe(
            self.date,
            self.tr("Deadline"),
            self.tr("The last day to apply, Brussels time: {date}").format(date=words),
        )

    def _build_deadline(self, vacancy: Vacancy) -> None:
        deadline = vacancy.deadline
        self.date = QDateEdit(QDate(deadline.date.year, deadline.date.month, deadline.date.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self._describe_date()
        self.date.dateChanged.connect(self._describe_date)
        self.date.dateChanged.connect(self.edited)
        self.has_time = QCheckBox(self.tr("at a set ti&me:"))
        self.has_time.setChecked(deadline.time is not None)
        describe(
            self.has_time,
            self.tr("Closes at a set time"),
            self.tr("Tick when the notice gives a closing time; else it closes at midnight"),
        )
        at = deadline.time
        self.time = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(23, 59))
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(self.has_time.isChecked())
        describe(self.time, self.tr("Closing time"), self.tr("The closing time, Brussels time"))
        self.has_time.toggled.connect(self.time.setEnabled)
        self.has_time.toggled.connect(self.edited)
        self.time.timeChanged.connect(self.edited)
        row = QHBoxLayout()
        row.addWidget(self.date, 1)
        row.addWidget(self.has_time)
        row.addWidget(self.time)
        self._add(self.tr("&Deadline:"), row, self.date)
        self.inputs["deadline"] = self.inputs["deadline.date"] = self.date
        self.inputs["deadline.time"] = self.time

    def _build_conditions(self, vacancy: Vacancy) -> None:
        lang = current_language()
        choices: list[tuple[str, object]] = [(self.tr("Not stated"), None)]
        choices += [(messages.text(f"clearance.{c.value}", lang), c.value) for c in Clearance]
        self.clearance = ValueCombo(choices)
        self.clearance.set_value(vacancy.clearance.value if vacancy.clearance else None)
        describe(
            self.clearance,
            self.tr("Security clearance"),
            self.tr("The clearance level the post needs, if the notice states one"),
        )
        self.clearance.currentIndexChanged.connect(self.edited)
        self._add(self.tr("Cl&earance:"), self.clearance, self.clearance)
        self.inputs["clearance"] = self.clearance

        labels = {
            Condition.SECURITY_CLEARANCE: self.tr("A security clearance"),
            Condition.MEDICAL_APPROVAL: self.tr("Approval of the medical file"),
            Condition.VERIFICATION: self.tr("Verification of studies and experience"),
            Condition.ACCREDITATION: self.tr("Accreditation and notification"),
            Condition.LOWER_GRADE_APPOINTMENT: self.tr("Appointment at the lower grade"),
        }
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.conditions: dict[str, QCheckBox] = {}
        for condition, text in labels.items():
            check = QCheckBox(text)
            check.setChecked(condition in vacancy.conditions)
            describe(check, text, self.tr("Appointment depends on this, as the notice says"))
            check.toggled.connect(self.edited)
            column.addWidget(check)
            self.conditions[condition.value] = check
        first = self.conditions[Condition.SECURITY_CLEARANCE.value]
        self._add(self.tr("Appointment depends &on:"), box, first)
        self.inputs["conditions"] = first

    # -- reading --------------------------------------------------------------------------------

    def _text(self, key: str) -> str:
        widget = self.inputs[key]
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def values(self) -> dict[str, Any]:
        amount = self.amount.value()
        salary = (
            {"amount": amount, "currency": self.currency.text().strip().upper(),
             "period": self.period.value()}
            if amount >= SALARY_RANGE[0]
            else None  # not stated, or less than a unit of money: no salary a file may hold
        )  # fmt: skip
        return {
            "reference": self._text("reference"),
            "title": {"en": self._text("title.en"), "fr": self._text("title.fr")},
            "nato_body": self._text("nato_body") or PLACEHOLDER,
            "location": self._text("location") or PLACEHOLDER,
            "schedule": self._text("schedule") or PLACEHOLDER,
            "grade": {"min": self._text("grade.min"), "max": self._text("grade.max") or None},
            "salary": salary,
            "deadline": {
                "date": self.date.date().toPython(),
                "time": self.time.time().toPython() if self.has_time.isChecked() else None,
            },
            "clearance": self.clearance.value(),
            "conditions": [key for key, check in self.conditions.items() if check.isChecked()],
        }

    def widget_for(self, field: str) -> QWidget | None:
        """The input for a field path ("grade.min", "title", "salary.amount"), if any."""
        while field:
            if field in self.inputs:
                return self.inputs[field]
            if field + ".en" in self.inputs:
                return self.inputs[field + ".en"]
            field = field.rpartition(".")[0]
        return None
