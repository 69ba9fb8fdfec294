"""Education: the highest level completed, and the field of study where the notice names one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QLabel, QRadioButton, QWidget

from screener.domain import criteria as c
from screener.domain.profile import UNSURE
from screener.domain.scales import EducationLevel
from screener.report import messages
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.common.accessibility import describe
from screener.ui.common.arrow_keys_choose import ArrowKeysChoose
from screener.ui.common.language import current_language
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.yes_no_question import YesNoQuestion

HINTS: dict[EducationLevel, str] = {
    EducationLevel.SECONDARY: QT_TRANSLATE_NOOP(
        "EducationPage", "You completed lower secondary school."
    ),
    EducationLevel.HIGHER_SECONDARY: QT_TRANSLATE_NOOP(
        "EducationPage",
        "A school-leaving diploma that gives access to university "
        "(for example the baccalauréat, A levels or Abitur).",
    ),
    EducationLevel.BACHELOR: QT_TRANSLATE_NOOP(
        "EducationPage", "A first university degree, usually three or four years."
    ),
    EducationLevel.MASTER: QT_TRANSLATE_NOOP(
        "EducationPage", "A post-graduate degree after a first university degree."
    ),
    EducationLevel.DOCTORATE: QT_TRANSLATE_NOOP("EducationPage", "A PhD or equivalent."),
}


class EducationPage(CriterionPage):
    topic = Topic.EDUCATION

    def build(self) -> None:
        for criterion in self.criteria:
            self.add_notice_text(criterion)
        self.levels_label = QLabel()
        self.body.addWidget(self.levels_label)
        self.group = QButtonGroup(self)
        self.levels: dict[EducationLevel, QRadioButton] = {}
        self.hints: dict[EducationLevel, QLabel] = {}
        for level in EducationLevel:
            button = QRadioButton()
            self.group.addButton(button)
            self.levels[level] = button
            self.body.addWidget(button)
            hint_label = QLabel()
            hint_label.setWordWrap(True)
            hint_label.setContentsMargins(24, 0, 0, 4)
            self.hints[level] = hint_label
            self.body.addWidget(hint_label)
        self.group.buttonToggled.connect(self._toggled)
        ArrowKeysChoose(self.group)

        # Foreign or unusual diplomas: the engine can say "can't tell" instead of guessing.
        self.level_criteria = [
            k.id for k in self.criteria if isinstance(k, c.EducationCriterion) and k.field is None
        ]
        self.unsure = QCheckBox()
        self.unsure.toggled.connect(self.edited)
        self.body.addWidget(self.unsure)
        # Only once it has a parent: showing a parentless widget opens a window of its own.
        self.unsure.setVisible(bool(self.level_criteria))

        self.field_questions: dict[str, YesNoQuestion] = {}
        for criterion in self.criteria:
            if isinstance(criterion, c.EducationCriterion) and criterion.field is not None:
                question = YesNoQuestion()
                question.changed.connect(self.edited)
                self.field_questions[criterion.id] = question
                self.body.addWidget(question)

    def retranslate(self) -> None:
        super().retranslate()
        lang = current_language()
        self.setSubTitle(self.tr("Choose the highest level of education you have completed."))
        self.levels_label.setText(self.tr("Your highest completed education:"))
        for level, button in self.levels.items():
            name = messages.education_name(level.value, lang)
            name = name[:1].upper() + name[1:]
            hint = QCoreApplication.translate("EducationPage", HINTS[level])
            button.setText(name)
            describe(button, name, hint)
            self.hints[level].setText(hint)
        self.unsure.setText(self.tr("I am not s&ure my education counts as equivalent"))
        describe(
            self.unsure,
            self.tr("Not sure my education counts as equivalent"),
            self.tr("Tick if you cannot tell whether your diploma is at the level asked for"),
        )
        for criterion in self.criteria:
            question = self.field_questions.get(criterion.id)
            if question is None or not isinstance(criterion, c.EducationCriterion):
                continue
            assert criterion.field is not None
            question.set_texts(
                YesNoQuestion.question_for("education_field"),
                criterion.text.get(lang),
                self.tr("Field named in the notice: {field}").format(
                    field=criterion.field.get(lang)
                ),
            )

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.edited()

    def selected_level(self) -> EducationLevel | None:
        for level, button in self.levels.items():
            if button.isChecked():
                return level
        return None

    def load(self) -> None:
        level = self.session.profile.education
        if level is None:
            self.group.setExclusive(False)
            for button in self.levels.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.levels[level].setChecked(True)
        for criterion_id, question in self.field_questions.items():
            question.set_value(self.session.answer(criterion_id))
        self.unsure.setChecked(
            any(self.session.answer(cid) == UNSURE for cid in self.level_criteria)
        )

    def save(self) -> None:
        profile = self.session.profile.model_copy(update={"education": self.selected_level()})
        for criterion_id, question in self.field_questions.items():
            profile = profile.with_answer(self.session.reference, criterion_id, question.value())
        unsure = UNSURE if self.unsure.isChecked() else None
        for criterion_id in self.level_criteria:
            profile = profile.with_answer(self.session.reference, criterion_id, unsure)
        self.session.set_profile(profile)

    def first_input(self) -> QWidget | None:
        return self.levels.get(self.selected_level() or EducationLevel.SECONDARY)
