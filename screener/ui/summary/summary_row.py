"""One requirement in the summary: status, requirement, answer, why, what would change it.

Its words come from the assessment record (screener.report.record); only the Change button
is the row's own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from screener.domain.assessment import Status
from screener.report import messages
from screener.report.record import RecordItem
from screener.report.requirement_names import in_a_sentence
from screener.ui.common.accessibility import describe, scaled_font
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.status_style import status_colour, status_text


class CriterionResultRow(RetranslatesOnLanguageChange, QFrame):
    changeRequested = Signal(str)  # criterion id

    def __init__(self, item: RecordItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.result = item.result
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Tab reaches each row, so the result can be read by keyboard and a screen reader.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setObjectName("summary-row")
        self.setStyleSheet("#summary-row:focus { border: 2px solid palette(highlight); }")
        self.status = QLabel(item.status_text)
        self.status.setFont(scaled_font(self, 1.0, bold=True))
        palette = self.status.palette()
        palette.setColor(QPalette.ColorRole.WindowText, status_colour(item.status, palette))
        self.status.setPalette(palette)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Room for the longest status in either language: rows line up, and stay so.
        metrics = self.status.fontMetrics()
        self.status.setMinimumWidth(
            max(
                metrics.horizontalAdvance(f"{status_text(status, code)}__")
                for status in Status
                for code in messages.LANGS
            )
        )
        self.requirement = PlainTextLabel(item.requirement)
        self.requirement.setFont(scaled_font(self, 1.0, bold=True))
        self.answer = PlainTextLabel(item.answer)
        self.explanation = PlainTextLabel(item.explanation)
        self.remedy = PlainTextLabel(item.change or "")
        self.change_button = QPushButton()
        not_default(self.change_button)
        self.change_button.clicked.connect(self._change_clicked)
        self._changeable = True

        # Only the lines this requirement has: an empty row would still take its spacing.
        lines = [self.requirement, self.answer, self.explanation, self.remedy]
        shown = [label for label in lines if label.text()]
        grid = QGridLayout(self)
        grid.addWidget(self.status, 0, 0, len(shown), 1)
        for index, label in enumerate(shown):
            grid.addWidget(label, index, 1)
        grid.addWidget(
            self.change_button, 0, 2, 1, 1, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def set_changeable(self, changeable: bool) -> None:
        """Read-only (an adviser reading a candidate's result): no Change button, and
        neither Enter nor a screen reader's "Enter: change this answer" offers one."""
        self._changeable = changeable
        self.change_button.setVisible(changeable)
        self.retranslate()

    def retranslate(self) -> None:
        hint = [self.tr("Enter: change this answer.")] if self._changeable else []
        self.setAccessibleDescription(" ".join([*self.item.lines(), *hint]))
        self.setAccessibleName(
            self.tr("{status}: {requirement}").format(
                status=self.item.status_label, requirement=self.item.requirement
            )
        )
        self.change_button.setText(self.tr("Change…"))
        describe(
            self.change_button,
            self.tr("Change answer: {requirement}").format(
                requirement=in_a_sentence(self.item.requirement)
            ),
            self.tr("Goes back to the question about this requirement"),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a row is the row's own action, as in a list: change this answer. Passed
        # on, it pressed the wizard's default button and closed the result page.
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self._changeable and event.key() in keys and plain:
            self.change_button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _change_clicked(self) -> None:
        self.changeRequested.emit(self.result.id)

    def texts(self) -> list[str]:
        """What a user reads in this row, top to bottom (for tests and copying)."""
        labels = [self.status, self.requirement, self.answer, self.explanation, self.remedy]
        return [label.text() for label in labels if label.text()]
