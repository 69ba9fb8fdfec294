"""Experience: years for each experience requirement, in the notice's words."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from screener.domain import criteria as c
from screener.domain.profile import UNSURE
from screener.report import messages
from screener.ui.common.accessibility import describe
from screener.ui.common.language import current_language
from screener.ui.common.nested_layout import nested
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.years_spin_box import YearsSpinBox

MAX_YEARS = 60.0
# One step below zero shows "Not answered": a spin box always holds a number.
NOT_ANSWERED = -0.5


class ExperiencePage(CriterionPage):
    topic = Topic.EXPERIENCE

    def build(self) -> None:
        self.spins: dict[str, YearsSpinBox] = {}
        self.spin_labels: dict[str, QLabel] = {}
        for criterion in self.criteria:
            assert isinstance(criterion, c.ExperienceCriterion)
            self.add_notice_text(criterion)
            spin = YearsSpinBox()
            spin.setRange(NOT_ANSWERED, MAX_YEARS)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setAccelerated(True)
            spin.valueChanged.connect(self.edited)
            spin.lineEdit().textEdited.connect(self._text_edited)
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(spin)
            form = QFormLayout()
            form.setContentsMargins(12, 0, 0, 8)
            form.addRow(label, spin)
            self.body.addWidget(nested(form))
            self.spins[criterion.id] = spin
            self.spin_labels[criterion.id] = label

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            self.tr("Count only the years that fit the description. Half years are fine.")
        )
        lang = current_language()
        for criterion in self.criteria:
            assert isinstance(criterion, c.ExperienceCriterion)
            spin = self.spins[criterion.id]
            # Numbers as the language writes them (2,5 in French), typed and shown.
            spin.setLocale(QLocale())
            spin.setSpecialValueText(self.tr("Not answered"))
            spin.update_unit()
            needs = messages.format_number(criterion.min_years, lang)
            describe(
                spin,
                self.tr("Years of experience"),
                self.tr(
                    "Years of experience {domain}; the notice asks for at least {needs}"
                ).format(domain=criterion.domain.get(lang), needs=needs),
            )
            self.spin_labels[criterion.id].setText(
                self.tr("&Years of experience (at least {needs} asked for):").format(needs=needs)
            )

    def _text_edited(self, _text: str) -> None:
        # valueChanged does not fire for text that is not a number; still say what is wrong.
        self.refresh()

    def validation_error(self) -> str | None:
        for spin in self.spins.values():
            if not spin.hasAcceptableInput():
                return self.tr(
                    "Type a number of years between 0 and {max}, for example 4 or 2.5."
                ).format(max=int(MAX_YEARS))
        return None

    def years(self, criterion_id: str) -> float | None:
        value = self.spins[criterion_id].value()
        return None if value < 0 else value

    def load(self) -> None:
        for criterion_id, spin in self.spins.items():
            answer = self.session.answer(criterion_id)
            if isinstance(answer, int | float) and not isinstance(answer, bool):
                spin.setValue(float(answer))
            else:
                spin.setValue(NOT_ANSWERED)

    def save(self) -> None:
        profile = self.session.profile
        for criterion_id in self.spins:
            current = self.session.answer(criterion_id)
            years = self.years(criterion_id)
            if years is None and current == UNSURE:
                continue
            profile = profile.with_answer(self.session.reference, criterion_id, years)
        self.session.set_profile(profile)

    def first_input(self) -> QWidget | None:
        return next(iter(self.spins.values()), None)

    def input_for(self, criterion_id: str) -> QWidget | None:
        return self.spins.get(criterion_id) or self.first_input()
