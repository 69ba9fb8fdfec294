"""Check your answers: every answer given for the vacancy, each with a Change action.

As on GOV.UK services, the page comes after the last question and before the result: one
row per requirement (the notice's words, the answer in words), grouped by step. Change
goes to the question; once it is answered, Next comes back here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from screener.domain.criteria import Criterion
from screener.report.requirement_names import in_a_sentence
from screener.ui.common.accessibility import announce, as_sentence, describe, scaled_font
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.profiles.session import ScreeningSession
from screener.ui.wizard.answer_words import answer_words, not_answered
from screener.ui.wizard.page_plan import Topic, topic_name


@dataclass(frozen=True, slots=True)
class AnswerRow:
    """The widgets of one requirement's row."""

    criterion: Criterion
    requirement: PlainTextLabel
    answer: PlainTextLabel
    change: QPushButton


class CheckAnswersPage(RetranslatesOnLanguageChange, QWizardPage):
    # The page's scroll area; it hides QWidget.scroll(), which this page never uses.
    scroll: QScrollArea  # type: ignore[assignment]

    changeRequested = Signal(str)  # criterion id

    def __init__(
        self,
        session: ScreeningSession,
        groups: list[tuple[Topic, list[Criterion]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: dict[str, AnswerRow] = {}
        self._headings: list[tuple[Topic, QLabel]] = []
        # The row whose Change was pressed: back on the list, the focus returns to it.
        self._changed: str | None = None

        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        line = 0
        for topic, criteria in groups:
            heading = QLabel()
            heading.setFont(scaled_font(self, 1.1, bold=True))
            grid.addWidget(heading, line, 0, 1, 3)
            self._headings.append((topic, heading))
            line += 1
            for criterion in criteria:
                self._add_row(grid, line, criterion)
                line += 1
        grid.setRowStretch(line, 1)

        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.retranslate()

    def _add_row(self, grid: QGridLayout, line: int, criterion: Criterion) -> None:
        requirement = PlainTextLabel()
        requirement.setObjectName(f"requirement-{criterion.id}")
        requirement.setContentsMargins(12, 4, 0, 4)
        answer = PlainTextLabel()
        answer.setObjectName(f"answer-{criterion.id}")
        answer.setFont(scaled_font(self, 1.0, bold=True))
        change = QPushButton()
        change.setObjectName(f"change-{criterion.id}")
        # Enter on a focused Change changes that answer; elsewhere Enter is Next.
        change.setAutoDefault(True)
        change.clicked.connect(partial(self._change, criterion.id))
        change.installEventFilter(self)
        grid.addWidget(requirement, line, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(answer, line, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(change, line, 2, Qt.AlignmentFlag.AlignTop)
        self.rows[criterion.id] = AnswerRow(criterion, requirement, answer, change)

    def _change(self, criterion_id: str) -> None:
        self._changed = criterion_id
        self.changeRequested.emit(criterion_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tabbing through a long list: keep the focused Change in view with its row.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            self.scroll.ensureWidgetVisible(watched, 0, 40)
        return super().eventFilter(watched, event)

    def step_name(self) -> str:
        return self.tr("Check your answers")

    def retranslate(self) -> None:
        self.setSubTitle(
            self.tr("Make sure each answer is right before you see your result. "
                    "Change takes you back to the question, then back to this list.")
        )  # fmt: skip
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("See my &result"))
        for topic, heading in self._headings:
            heading.setText(topic_name(topic))
        self.refresh()

    def initializePage(self) -> None:
        self.refresh()
        self.scroll.verticalScrollBar().setValue(0)
        self.focus_next_soon()

    def focus_next_soon(self) -> None:
        """Enter goes on to the result; Tab and Shift+Tab reach the Change buttons. After
        QWizard has finished switching pages, or it moves the focus itself."""
        QTimer.singleShot(0, self, self._focus_next)

    def _focus_next(self) -> None:
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        changed = self.rows.get(self._changed or "")
        if changed is not None:
            # Back from a Change pressed here: on that row again, its new answer said with
            # it, and Tab goes on down the list. On "See my result" the user had lost their
            # place, the list scrolled back to its top.
            changed.change.setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll.ensureWidgetVisible(changed.change, 0, 40)
            return
        wizard.button(QWizard.WizardButton.NextButton).setFocus(Qt.FocusReason.TabFocusReason)
        # On "See my result", a screen reader said only that: not which page this is, nor
        # that some questions are still unanswered (their rows are above).
        announce(self, self.spoken_intro())

    def validatePage(self) -> bool:
        # On to the result: coming back from it, the focus is on "See my result" again.
        self._changed = None
        return super().validatePage()

    def spoken_intro(self) -> str:
        unanswered = sum(row.answer.text() == not_answered() for row in self.rows.values())
        counts = self.tr("Answers: {count}; not answered: {open}.").format(
            count=len(self.rows), open=unanswered
        )
        return " ".join([as_sentence(self.title()), as_sentence(self.subTitle()), counts])

    def refresh(self) -> None:
        """The notice's words and the current answers, in the current language."""
        lang = current_language()
        profile = self.session.profile
        reference = self.session.reference
        for row in self.rows.values():
            criterion = row.criterion
            notice = criterion.text.get(lang)
            row.requirement.setText(notice)
            answer = answer_words(criterion, profile, reference, lang)
            row.answer.setText(answer)
            row.change.setText(self.tr("Change"))
            describe(
                row.change,
                self.tr("Change your answer: {requirement}").format(
                    requirement=in_a_sentence(notice)
                ),
                self.tr("Your answer: {answer}. Goes to the question, then back here.").format(
                    answer=answer
                ),
            )

    def answers(self) -> dict[str, str]:
        """The answers as shown, by criterion id."""
        return {criterion_id: row.answer.text() for criterion_id, row in self.rows.items()}
