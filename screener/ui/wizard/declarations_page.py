"""Requirements only the candidate can judge: yes / no / not sure for each, in the notice's words.

Used for fitness and firearms tests, availability, the other essential statements and
certifications, and the desirable qualifications that are not a level or a number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from screener.domain import criteria as c
from screener.domain.criteria import Criterion
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.common.language import current_language
from screener.ui.profiles.session import ScreeningSession
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.yes_no_question import YesNoQuestion

NEED_NAMES: dict[c.AvailabilityNeed, str] = {
    c.AvailabilityNeed.SHIFTS: QT_TRANSLATE_NOOP("DeclarationsPage", "shift work"),
    c.AvailabilityNeed.OUTSIDE_OFFICE_HOURS: QT_TRANSLATE_NOOP(
        "DeclarationsPage", "work outside office hours"
    ),
    c.AvailabilityNeed.NIGHTS: QT_TRANSLATE_NOOP("DeclarationsPage", "nights"),
    c.AvailabilityNeed.WEEKENDS: QT_TRANSLATE_NOOP("DeclarationsPage", "weekends"),
    c.AvailabilityNeed.HOLIDAYS: QT_TRANSLATE_NOOP("DeclarationsPage", "public holidays"),
    c.AvailabilityNeed.SHORT_NOTICE: QT_TRANSLATE_NOOP("DeclarationsPage", "short notice"),
    c.AvailabilityNeed.OVERTIME: QT_TRANSLATE_NOOP("DeclarationsPage", "overtime"),
    c.AvailabilityNeed.TRAVEL: QT_TRANSLATE_NOOP("DeclarationsPage", "travel"),
    c.AvailabilityNeed.ON_CALL: QT_TRANSLATE_NOOP("DeclarationsPage", "on-call or standby duty"),
}

INTROS: dict[Topic, str] = {
    Topic.TESTS: QT_TRANSLATE_NOOP(
        "DeclarationsPage", "This post has physical or shooting tests that are repeated."
    ),
    Topic.AVAILABILITY: QT_TRANSLATE_NOOP(
        "DeclarationsPage", "When and how this post needs you to work."
    ),
    Topic.STATEMENTS: QT_TRANSLATE_NOOP(
        "DeclarationsPage",
        "Skills and knowledge only you can judge. Answer honestly: NATO checks them "
        "during selection.",
    ),
    Topic.DESIRABLE: QT_TRANSLATE_NOOP(
        "DeclarationsPage",
        "None of these is required: each one you have is an advantage.",
    ),
}


class DeclarationsPage(CriterionPage):
    def __init__(
        self,
        session: ScreeningSession,
        criteria: list[Criterion],
        topic: Topic,
        parent: QWidget | None = None,
    ) -> None:
        self.topic = topic
        self.questions: dict[str, YesNoQuestion] = {}
        super().__init__(session, criteria, parent)

    def build(self) -> None:
        for criterion in self.criteria:
            self.add_notice_text(criterion)
            question = YesNoQuestion()
            question.set_mnemonics(len(self.criteria) == 1)
            question.changed.connect(self.edited)
            self.questions[criterion.id] = question
            self.body.addWidget(question)

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(QCoreApplication.translate("DeclarationsPage", INTROS[self.topic]))
        lang = current_language()
        for criterion in self.criteria:
            self.questions[criterion.id].set_texts(
                YesNoQuestion.question_for(criterion.kind),
                criterion.text.get(lang),
                self._details(criterion),
            )

    def _details(self, criterion: Criterion) -> str:
        if isinstance(criterion, c.AvailabilityCriterion):
            needs = ", ".join(
                QCoreApplication.translate("DeclarationsPage", NEED_NAMES[need])
                for need in criterion.needs
            )
            return self.tr("In short: {needs}.").format(needs=needs)
        if isinstance(criterion, c.CertificationCriterion):
            names = ", ".join(criterion.any_of)
            if criterion.or_equivalent:
                return self.tr("Certifications named: {names}, or an equivalent.").format(
                    names=names
                )
            return self.tr("Certifications named: {names}.").format(names=names)
        if isinstance(criterion, c.FitnessTestCriterion) and criterion.recurring:
            return self.tr("The test is repeated, usually every year.")
        if isinstance(criterion, c.FirearmsCriterion) and criterion.shooting_test:
            return self.tr("The post includes a regular shooting test.")
        return ""

    def load(self) -> None:
        for criterion_id, question in self.questions.items():
            question.set_value(self.session.answer(criterion_id))

    def save(self) -> None:
        profile = self.session.profile
        for criterion_id, question in self.questions.items():
            profile = profile.with_answer(self.session.reference, criterion_id, question.value())
        self.session.set_profile(profile)

    def first_input(self) -> QWidget | None:
        if not self.questions:
            return None
        return next(iter(self.questions.values())).first_button()

    def input_for(self, criterion_id: str) -> QWidget | None:
        question = self.questions.get(criterion_id)
        return self.first_input() if question is None else question.first_button()
