""" "Not sure of your level?": a CEFR level or a test result to an approximate NATO level."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screener.domain.language_equivalents import (
    EVIDENCE_LANGUAGE,
    SCORE_SCALES,
    Equivalence,
    Evidence,
    choices,
    equivalent_level,
    is_score,
)
from screener.domain.scales import LanguageLevel
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.common.accessibility import describe, tab_as_laid_out
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.common.nested_layout import nested
from screener.ui.wizard.level_descriptions import level_title

EVIDENCE_NAMES: dict[Evidence, str] = {
    Evidence.CEFR: QT_TRANSLATE_NOOP("LanguageLevelHelper", "A CEFR level (A1 to C2)"),
    Evidence.IELTS: QT_TRANSLATE_NOOP("LanguageLevelHelper", "IELTS overall band score"),
    Evidence.TOEFL_IBT: QT_TRANSLATE_NOOP("LanguageLevelHelper", "TOEFL iBT total score"),
    Evidence.TOEIC: QT_TRANSLATE_NOOP(
        "LanguageLevelHelper", "TOEIC listening and reading total score"
    ),
    Evidence.CAMBRIDGE: QT_TRANSLATE_NOOP("LanguageLevelHelper", "A Cambridge English exam"),
    Evidence.DELF_DALF: QT_TRANSLATE_NOOP("LanguageLevelHelper", "A DELF or DALF diploma"),
}
CHOICE_NAMES: dict[str, str] = {
    "FCE": QT_TRANSLATE_NOOP("LanguageLevelHelper", "B2 First (FCE)"),
    "CAE": QT_TRANSLATE_NOOP("LanguageLevelHelper", "C1 Advanced (CAE)"),
    "CPE": QT_TRANSLATE_NOOP("LanguageLevelHelper", "C2 Proficiency (CPE)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageLevelHelper", text)


def _choice_name(value: str) -> str:
    return _tr(CHOICE_NAMES[value]) if value in CHOICE_NAMES else value


class LanguageLevelHelper(RetranslatesOnLanguageChange, QDialog):
    # The mapping shown to the user; it hides QDialog.result(), which this dialog never uses.
    result: QLabel  # type: ignore[assignment]

    def __init__(self, languages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`languages`: (code, name) of the languages the level may be applied to."""
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.evidence = QComboBox()
        for evidence in Evidence:
            self.evidence.addItem("", evidence)

        self.values = QStackedWidget()
        self.choice = QComboBox()
        self.score = QDoubleSpinBox()
        self.values.addWidget(self.choice)
        self.values.addWidget(self.score)

        self.language = QComboBox()
        for code, name in languages:
            self.language.addItem(name, code)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("result")

        self.form_labels = [
            self._buddy(self.evidence), self._buddy(self.values), self._buddy(self.language),
        ]  # fmt: skip
        form = QFormLayout()
        form.addRow(self.form_labels[0], self.evidence)
        form.addRow(self.form_labels[1], self.values)
        form.addRow(self.form_labels[2], self.language)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        tab_as_laid_out(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(nested(form))
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        # Nothing is offered until the user gives a result: the helper opened on "A1" (or the
        # lowest score band), and Enter, which presses Use this level, set the language to
        # level I whatever the user's level was.
        self._given = False
        self.evidence.currentIndexChanged.connect(self._evidence_changed)
        self.choice.currentIndexChanged.connect(self._result_given)
        self.score.valueChanged.connect(self._result_given)
        self._evidence_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find your level"))
        self.intro.setText(
            self.tr("Match a CEFR level or a test result to NATO's scale. This is only an "
                    "approximation: NATO tests your languages during selection.")
        )  # fmt: skip
        for index in range(self.evidence.count()):
            evidence = Evidence(self.evidence.itemData(index))
            self.evidence.setItemText(index, _tr(EVIDENCE_NAMES[evidence]))
        for index in range(self.choice.count()):
            self.choice.setItemText(index, _choice_name(str(self.choice.itemData(index))))
        describe(self.evidence, self.tr("What you know"), self.tr("The kind of result you have"))
        describe(self.choice, self.tr("Your result"), self.tr("Your level, exam or diploma"))
        describe(self.score, self.tr("Your score"), self.tr("Your overall test score"))
        describe(self.language, self.tr("Apply to"), self.tr("The language this result is about"))
        self.choice.setPlaceholderText(self.tr("Choose your result"))
        for label, text in zip(
            self.form_labels,
            (self.tr("&What you know:"), self.tr("&Result:"), self.tr("&Apply to:")),
            strict=True,
        ):
            label.setText(text)
        self.use_button.setText(self.tr("&Use this level"))
        self._update()

    @staticmethod
    def _buddy(widget: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(widget)
        return label

    def current_evidence(self) -> Evidence:
        return Evidence(self.evidence.currentData())

    def _evidence_changed(self, *_args: object) -> None:
        evidence = self.current_evidence()
        if is_score(evidence):
            scale = SCORE_SCALES[evidence]
            self.score.blockSignals(True)
            self.score.setDecimals(1 if scale.step < 1 else 0)
            self.score.setRange(scale.minimum, scale.maximum)
            self.score.setSingleStep(scale.step)
            self.score.setValue(scale.minimum)
            self.score.blockSignals(False)
            self.values.setCurrentWidget(self.score)
        else:
            self.choice.blockSignals(True)
            self.choice.clear()
            for value in choices(evidence):
                self.choice.addItem(_choice_name(value), value)
            self.choice.setCurrentIndex(-1)
            self.choice.blockSignals(False)
            self.values.setCurrentWidget(self.choice)
        # "Result:" is bound to the field shown, not to the box that swaps them, which takes
        # no focus: Alt+R did nothing, and a screen reader found the label bound to no field.
        self.form_labels[1].setBuddy(self.score if is_score(evidence) else self.choice)
        self._given = False
        suggested = EVIDENCE_LANGUAGE[evidence]
        if suggested is not None:
            index = self.language.findData(suggested)
            if index >= 0:
                self.language.setCurrentIndex(index)
        self._update()

    def _result_given(self, *_args: object) -> None:
        self._given = True
        self._update()

    def equivalence(self) -> Equivalence:
        evidence = self.current_evidence()
        if not self._given or (not is_score(evidence) and self.choice.currentIndex() < 0):
            return Equivalence(None)
        value: str | float = (
            self.score.value() if is_score(evidence) else str(self.choice.currentData())
        )
        return equivalent_level(evidence, value)

    def _update(self, *_args: object) -> None:
        found = self.equivalence()
        self.use_button.setEnabled(found.level is not None and self.language.count() > 0)
        if not self._given:
            self.result.setText(self.tr("Give your result to see the NATO level it matches."))
            return
        if found.level is None:
            self.result.setText(
                self.tr("This result cannot be mapped reliably to a NATO level. NATO's "
                        "equivalence table only covers higher results. If you know your CEFR "
                        "level, use that; otherwise choose the level whose description fits "
                        "you best.")
            )  # fmt: skip
            return
        title = level_title(found.level, current_language())
        if found.stated:
            text = self.tr("Approximately level {level}, as NATO's equivalence table puts it.")
        else:
            text = self.tr("Approximately level {level}, inferred from the CEFR level.")
        self.result.setText(text.format(level=title))

    def chosen(self) -> tuple[str, LanguageLevel] | None:
        level = self.equivalence().level
        code = self.language.currentData()
        if level is None or not isinstance(code, str):
            return None
        return code, level


def ask_level_from_evidence(
    parent: QWidget, languages: list[tuple[str, str]]
) -> tuple[str, LanguageLevel] | None:
    """Run the helper; a plain function so tests can replace it."""
    dialog = LanguageLevelHelper(languages, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
