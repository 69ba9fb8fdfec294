"""One imported criterion: its source bullet in both languages beside its kind and parameters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from screener.domain.criteria import CRITERION_KINDS, CriterionBase
from screener.domain.vacancy import VacancyWarning
from screener.report import messages
from screener.report.requirement_names import in_a_sentence
from screener.ui.common.accessibility import as_sentence, describe, label_name, scaled_font
from screener.ui.common.language import current_language
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.value_combo import ValueCombo
from screener.ui.importing.criterion_parameters import CriterionParameters

# The importer's confidence below which the reading is worth a second look.
LOW_CONFIDENCE = 0.8


def kind_label(kind: str, lang: str) -> str:
    words = messages.text(f"kind.{kind}", lang)
    return words[:1].upper() + words[1:]


class CriterionEditor(QWidget):
    edited = Signal()
    kindChanged = Signal(str)

    def __init__(
        self,
        criterion: CriterionBase,
        heading: str,
        confidence: float | None = None,
        warnings: list[VacancyWarning] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        lang = current_language()
        self.criterion_id = criterion.id
        self._original: dict[str, Any] = criterion.model_dump(mode="json")
        layout = QVBoxLayout(self)

        self.heading = PlainTextLabel(heading)
        self.heading.setFont(scaled_font(self, 1.15, bold=True))
        layout.addWidget(self.heading)
        # The requirement by its words, as everywhere else: an id means nothing to a reader.
        words = in_a_sentence(criterion.text.get(lang))
        self.identity = PlainTextLabel(self.tr("“{words}”").format(words=words))
        self.identity.setToolTip(criterion.text.get(lang))
        layout.addWidget(self.identity)
        if confidence is not None and confidence < LOW_CONFIDENCE:
            self.confidence = PlainTextLabel(
                self.tr("The importer is not sure of this reading ({percent}%): check it.").format(
                    percent=round(confidence * 100)
                )
            )
            layout.addWidget(self.confidence)

        source = QGroupBox(self.tr("In the notice"))
        source_form = QFormLayout(source)
        self.source_en = PlainTextLabel(criterion.text.en)
        self.source_fr = PlainTextLabel(criterion.text.fr)
        source_form.addRow(QLabel(self.tr("English:")), self.source_en)
        source_form.addRow(QLabel(self.tr("French:")), self.source_fr)
        layout.addWidget(source)

        self.kind = ValueCombo([(kind_label(kind, lang), kind) for kind in CRITERION_KINDS])
        self.kind.set_value(criterion.kind)  # type: ignore[attr-defined]
        describe(
            self.kind,
            self.tr("Kind of requirement"),
            self.tr("What the requirement checks; changing it changes the settings below"),
        )
        kind_label_widget = QLabel(self.tr("&Kind:"))
        kind_label_widget.setBuddy(self.kind)
        # Put in its place before it is filled: PySide6 wraps in Python the items of a layout
        # nested when it already holds some, and once the dialog was deleted a garbage
        # collection freed those items a second time (a crash after the review was closed).
        kind_row = QFormLayout()
        layout.addLayout(kind_row)
        kind_row.addRow(kind_label_widget, self.kind)

        self._parameters_box = QGroupBox(self.tr("Settings"))
        self._parameters_layout = QVBoxLayout(self._parameters_box)
        layout.addWidget(self._parameters_box)
        self.parameters = self._make_parameters(criterion.kind, self._original)  # type: ignore[attr-defined]

        self.warnings: list[tuple[VacancyWarning, QCheckBox]] = []
        for warning in warnings or []:
            self._add_warning(warning, lang)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _add_warning(self, warning: VacancyWarning, lang: str) -> None:
        box = QGroupBox(self.tr("Warning about the notice"))
        column = QVBoxLayout(box)
        said = warning.text.get(lang)
        column.addWidget(PlainTextLabel(said))
        keep = QCheckBox(self.tr("Show this &warning to candidates"))
        keep.setChecked(True)
        # The warning itself is a label beside the box, which Tab never reaches: the box
        # says it, or a screen reader was asked to keep a warning it had not heard.
        describe(
            keep,
            self.tr("Show this warning to candidates"),
            self.tr("{warning} Untick when your corrections make the warning wrong.").format(
                warning=as_sentence(said)
            ),
        )
        keep.toggled.connect(self.edited)
        column.addWidget(keep)
        layout = self.layout()
        assert layout is not None  # built in __init__
        layout.addWidget(box)
        self.warnings.append((warning, keep))

    def _make_parameters(self, kind: str, values: dict[str, Any]) -> CriterionParameters:
        parameters = CriterionParameters(kind, values)
        parameters.edited.connect(self.edited)
        self._parameters_layout.addWidget(parameters)
        return parameters

    def _kind_changed(self) -> None:
        kind = str(self.kind.value())
        old = self.parameters
        self._parameters_layout.removeWidget(old)
        old.hide()
        old.deleteLater()
        # Back to the kind the importer chose: its parameters come back too.
        values = self._original if kind == self._original["kind"] else {}
        self.parameters = self._make_parameters(kind, values)
        self._tab_into_parameters()
        self.kindChanged.emit(kind)
        self.edited.emit()

    def _tab_into_parameters(self) -> None:
        """New widgets join the end of the window's tab chain: put them back after the kind.
        Found among the settings' own children, in the order they were made (the order
        shown), not by walking Qt's focus chain: that handed Python the widgets Qt makes
        inside its own (a combo box's popup, a line edit's buttons), and a garbage collection
        after the dialog was gone crashed the app."""
        inputs = [
            widget
            for widget in self.parameters.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and _is_input(widget)
        ]
        previous: QWidget = self.kind
        for widget in inputs:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    # -- reading --------------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.value())

    def criterion_data(self) -> dict[str, Any]:
        """The criterion as the model reads it: identity and text kept, kind and settings edited."""
        base = {key: self._original[key] for key in ("id", "text", "source")}
        return {"kind": self.current_kind(), **base, **self.parameters.values()}

    def kept_warnings(self) -> list[VacancyWarning]:
        return [warning for warning, keep in self.warnings if keep.isChecked()]

    def input_for(self, field: str | None) -> QWidget:
        """The input to focus for a review item or an error about `field`."""
        if not field or field == "kind":
            return self.kind
        name = field.partition(".")[0]
        parameters = self.parameters
        return parameters.inputs.get(name) or parameters.first_input() or self.kind

    def field_name(self, field: str) -> str | None:
        """The words shown beside the input for `field` ("Any of", "Countries"), or its
        name for a screen reader; None when no input of this kind holds it. A problem
        named the field by its key in the file ("any_of"), which the review never shows."""
        widget = self.parameters.inputs.get(field.partition(".")[0])
        if widget is None:
            return None
        for label in self.parameters.findChildren(QLabel):
            if label.buddy() is widget and label.text():
                return label_name(label.text())
        return widget.accessibleName() or None


def _is_input(widget: QWidget) -> bool:
    """An input of ours, not a part Qt made inside one (a spin box's text, a combo box's
    popup list, a line edit's clear button)."""
    parent = widget.parentWidget()
    if parent is None or widget.objectName().startswith("qt_"):
        return False
    inner = isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit)
    return not inner and not parent.inherits("QComboBoxPrivateContainer")
