"""The details pane: a vacancy's header facts and its requirements in full, as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from screener.persistence.vacancy_sheet import VacancySheet, words_in
from screener.report import messages
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.catalogue.catalogue_model import CatalogueEntry
from screener.ui.common.accessibility import as_sentence, describe, scaled_font
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.common.nested_layout import nested
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.problem_words import problem_line

FIELD_KEYS = (
    "reference", "body", "location", "schedule", "grade", "salary", "deadline", "clearance",
)  # fmt: skip

# Vacancy files give these header values in English only; the usual ones are said in the UI's
# language, any other value is shown as written.
_TRANSLATED_HEADER_VALUES = frozenset(
    {
        QT_TRANSLATE_NOOP("VacancyHeader", "NATO International Staff (NATO IS)"),
        QT_TRANSLATE_NOOP("VacancyHeader", "NATO International Staff"),
        QT_TRANSLATE_NOOP("VacancyHeader", "NATO International Military Staff (NATO IMS)"),
        QT_TRANSLATE_NOOP("VacancyHeader", "Belgium-Brussels"),
        QT_TRANSLATE_NOOP("VacancyHeader", "Belgium-Mons"),
        QT_TRANSLATE_NOOP("VacancyHeader", "Full-time"),
        QT_TRANSLATE_NOOP("VacancyHeader", "Part-time"),
        # What an imported notice's draft holds for a field the notice does not give
        # (screener.importer.header_facts.PLACEHOLDER).
        QT_TRANSLATE_NOOP("VacancyHeader", "(not found in the notice)"),
    }
)


def header_value(text: str) -> str:
    if text not in _TRANSLATED_HEADER_VALUES:
        return text
    return QCoreApplication.translate("VacancyHeader", text)


class VacancyDetails(RetranslatesOnLanguageChange, QWidget):
    """Everything shown here comes from files, so every text widget is plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = PlainTextLabel()
        self._title.setFont(scaled_font(self, 1.3, bold=True))
        # A grid, not a QFormLayout: a form shared its rows' height by what each value would
        # like (QLabel's guess at a wrap), not by what it needs at its width, and with large
        # text the NATO body's and the deadline's second lines were cut in half.
        self._facts = QGridLayout()
        self._facts.setColumnStretch(1, 1)
        self._fields: dict[str, PlainTextLabel] = {}
        self._field_labels: dict[str, QLabel] = {}
        for key in FIELD_KEYS:
            value = PlainTextLabel()
            self._fields[key] = value
            self._field_labels[key] = QLabel()
            row = self._facts.rowCount()
            self._facts.addWidget(self._field_labels[key], row, 0)
            self._facts.addWidget(value, row, 1)
        self._notes = PlainTextLabel()
        self._requirements = QPlainTextEdit()
        self._requirements.setReadOnly(True)
        self._requirements.setTabChangesFocus(True)
        self._entry: CatalogueEntry | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(nested(self._facts))
        layout.addWidget(self._notes)
        layout.addWidget(self._requirements, 1)
        self.retranslate()

    def retranslate(self) -> None:
        labels = {
            "reference": self.tr("Reference:"),
            "body": self.tr("NATO body:"),
            "location": self.tr("Location:"),
            "schedule": self.tr("Schedule:"),
            "grade": self.tr("Grade:"),
            "salary": self.tr("Salary:"),
            "deadline": self.tr("Deadline:"),
            "clearance": self.tr("Security clearance:"),
        }
        for key, label in self._field_labels.items():
            label.setText(labels[key])
        describe(
            self._requirements,
            self.tr("Requirements"),
            self.tr("The essential and desirable requirements of the selected vacancy"),
        )
        self.show_entry(self._entry)

    # -- what tests and the main window read ------------------------------------------------

    def title_text(self) -> str:
        return self._title.text()

    def field_text(self, key: str) -> str:
        return self._fields[key].text()

    def requirements_text(self) -> str:
        return self._requirements.toPlainText()

    def text_widgets(self) -> list[QWidget]:
        return [self._title, self._notes, *self._fields.values(), self._requirements]

    # -- showing ----------------------------------------------------------------------------

    def show_entry(self, entry: CatalogueEntry | None) -> None:
        self._entry = entry
        if entry is None:
            self._set_facts_visible(False)
            self._title.setText(self.tr("Select a vacancy to see its requirements."))
            self._notes.setText("")
            self._notes.hide()
            self._requirements.setPlainText("")
            return
        if entry.error is not None:
            self._set_facts_visible(False)
            self._title.setText(self.tr("Error: this file could not be loaded"))
            self._notes.setText(str(entry.path))
            self._notes.show()
            lines = [self.tr("Problems found:")]
            lines += [f"• {problem_line(p)}" for p in entry.error.problems]
            self._requirements.setPlainText("\n".join(lines))
            return
        assert entry.loaded is not None and entry.deadline is not None
        # The sheet, not the model: the first screen shows a vacancy without building one.
        self._show_vacancy(entry.loaded.sheet(), entry)

    def _set_facts_visible(self, visible: bool) -> None:
        for key, value in self._fields.items():
            self._field_labels[key].setVisible(visible)
            value.setVisible(visible)

    def _show_vacancy(self, sheet: VacancySheet, entry: CatalogueEntry) -> None:
        lang = current_language()
        self._set_facts_visible(True)
        self._title.setText(words_in(sheet.title, lang))
        fields = self._fields
        fields["reference"].setText(sheet.reference)
        fields["body"].setText(header_value(sheet.nato_body))
        fields["location"].setText(header_value(sheet.location))
        fields["schedule"].setText(header_value(sheet.schedule))
        grade = sheet.grade
        if sheet.grade_is_range:
            grade = self.tr("{grade} (twin-graded: appointment at {lower})").format(
                grade=grade, lower=sheet.grade_min
            )
        fields["grade"].setText(grade)
        fields["salary"].setText(self._salary_text(sheet))
        assert entry.deadline is not None
        fields["deadline"].setText(messages.deadline_with_time_zone(entry.deadline, lang))
        clearance = sheet.clearance
        fields["clearance"].setText(
            messages.text(f"clearance.{clearance}", lang)
            if clearance is not None
            else self.tr("Not stated")
        )
        notes = []
        if sheet.draft:
            # Every review item ticked: no longer "not yet fully reviewed".
            notes.append(messages.text("draft" if sheet.review_open else "draft.reviewed", lang))
            if sheet.review_open:
                notes.append(messages.text("show.review_open", lang, count=sheet.review_open))
        notes += [words_in(warning, lang) for warning in sheet.warnings]
        self._notes.setText("\n\n".join(notes))
        self._notes.setVisible(bool(notes))
        self._requirements.setPlainText(self._requirements_text(sheet, lang))
        # Tab reaches the requirements alone: the facts above them and the notice's own
        # warnings are labels, never heard. The box says them (the reference is the row's).
        facts = [
            f"{self._field_labels[key].text()} {field.text()}"
            for key, field in fields.items()
            if key != "reference"
        ]
        said = [as_sentence(fact) for fact in facts] + [as_sentence(note) for note in notes]
        describe(self._requirements, self.tr("Requirements"), " ".join(said))

    def _salary_text(self, sheet: VacancySheet) -> str:
        salary = sheet.salary
        if salary is None:
            return self.tr("Not stated")
        amount = QLocale().toString(salary.amount, "f", 2)
        if salary.period == "yearly":
            return self.tr("{amount} {currency} per year").format(
                amount=amount, currency=salary.currency
            )
        return self.tr("{amount} {currency} per month").format(
            amount=amount, currency=salary.currency
        )

    def _requirements_text(self, sheet: VacancySheet, lang: str) -> str:
        lines = [self.tr("Essential requirements")]
        lines += [f"• {words_in(words, lang)}" for words in sheet.essential]
        if sheet.desirable:
            lines += ["", self.tr("Desirable (an advantage)")]
            lines += [f"• {words_in(words, lang)}" for words in sheet.desirable]
        return "\n".join(lines)
