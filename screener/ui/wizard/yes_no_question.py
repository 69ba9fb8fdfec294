"""One yes / no / not sure question about a requirement, shown with the notice's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from screener.domain.kinds import KINDS
from screener.domain.profile import UNSURE, Answer
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.common.accessibility import describe
from screener.ui.common.arrow_keys_choose import ArrowKeysChoose
from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.nested_layout import nested
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.wrapping_label import OneLineWhenRoom

# The question asked under the notice's words: each yes/no kind's own (its module in
# screener.domain.kinds), and the education page's question about the field of study.
QUESTIONS: dict[str, str] = {k.name: k.question for k in KINDS if k.question is not None}
QUESTIONS["education_field"] = QT_TRANSLATE_NOOP(
    "YesNoQuestion", "Is your degree in the field the notice asks for?"
)


class YesNoQuestion(RetranslatesOnLanguageChange, QWidget):
    """Three radio buttons with mnemonics; no button checked means not answered."""

    changed = Signal()

    def __init__(
        self,
        question: str = "",
        requirement: str = "",
        details: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Wrapped only when the row is too narrow (large text, a small screen): kept on one
        # line, the question pushed Yes, No and Not sure out of sight, scrolled to sideways.
        self.question = OneLineWhenRoom()
        self.details = PlainTextLabel()
        self.details.setContentsMargins(12, 0, 0, 0)
        self.yes = QRadioButton()
        self.no = QRadioButton()
        self.unsure = QRadioButton()
        self._group = QButtonGroup(self)
        for button in (self.yes, self.no, self.unsure):
            self._group.addButton(button)
        self._group.buttonToggled.connect(self._toggled)
        ArrowKeysChoose(self._group)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 0, 0, 0)
        buttons.addWidget(self.question)
        buttons.addSpacing(12)
        buttons.addWidget(self.yes)
        buttons.addWidget(self.no)
        buttons.addWidget(self.unsure)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.details)
        layout.addWidget(nested(buttons))
        self._texts = (question, requirement, details)
        self._mnemonics = True
        self.retranslate()

    def set_mnemonics(self, on: bool) -> None:
        """Alt+Y/O/U on a page with one question; none where several questions share a page
        (the same letters would only reach the first group): Tab and the arrows do there."""
        self._mnemonics = on
        self.retranslate()

    def set_texts(self, question: str, requirement: str, details: str = "") -> None:
        """The words that come from the page: its question, the notice's words, details."""
        self._texts = (question, requirement, details)
        self.retranslate()

    def retranslate(self) -> None:
        question, requirement, details = self._texts
        self.question.setText(question)
        self.details.setText(details)
        # In the layout already: showing a parentless widget would open a window of its own.
        self.details.setVisible(bool(details))
        self.yes.setText(self.tr("&Yes") if self._mnemonics else self.tr("Yes"))
        self.no.setText(self.tr("N&o") if self._mnemonics else self.tr("No"))
        self.unsure.setText(self.tr("Not s&ure") if self._mnemonics else self.tr("Not sure"))
        for button, name in (
            (self.yes, self.tr("Yes")),
            (self.no, self.tr("No")),
            (self.unsure, self.tr("Not sure")),
        ):
            describe(button, name, f"{question} {requirement}")

    @staticmethod
    def question_for(kind: str) -> str:
        return QCoreApplication.translate(
            "YesNoQuestion", QUESTIONS.get(kind, QUESTIONS["statement"])
        )

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> Answer | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        if self.unsure.isChecked():
            return UNSURE
        return None

    def set_value(self, value: Answer | None) -> None:
        buttons = {True: self.yes, False: self.no, UNSURE: self.unsure}
        target = buttons.get(value) if isinstance(value, bool | str) else None
        if target is None:
            # An exclusive group cannot be emptied; lift exclusivity for a moment.
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
            return
        target.setChecked(True)

    def first_button(self) -> QRadioButton:
        checked = self._group.checkedButton()
        return checked if isinstance(checked, QRadioButton) else self.yes
