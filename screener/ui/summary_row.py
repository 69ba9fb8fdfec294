"""One requirement in the summary: status, requirement, answer, why, what would change it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from screener.domain.assessment import CriterionResult, Status
from screener.report import messages
from screener.ui.accessibility import describe, scaled_font
from screener.ui.language import RetranslatesOnLanguageChange, current_language
from screener.ui.plain_text_label import PlainTextLabel
from screener.ui.status_style import status_colour, status_text


class CriterionResultRow(RetranslatesOnLanguageChange, QFrame):
    changeRequested = Signal(str)  # criterion id

    def __init__(self, result: CriterionResult, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.status = QLabel()
        self.status.setFont(scaled_font(self, 1.0, bold=True))
        palette = self.status.palette()
        palette.setColor(QPalette.ColorRole.WindowText, status_colour(result.status, palette))
        self.status.setPalette(palette)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.requirement = PlainTextLabel()
        self.requirement.setFont(scaled_font(self, 1.0, bold=True))
        self.answer = PlainTextLabel()
        self.explanation = PlainTextLabel()
        self.remedy = PlainTextLabel()
        self.change_button = QPushButton()
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self._change_clicked)

        grid = QGridLayout(self)
        grid.addWidget(self.status, 0, 0, 4, 1)
        grid.addWidget(self.requirement, 0, 1)
        grid.addWidget(self.answer, 1, 1)
        grid.addWidget(self.explanation, 2, 1)
        grid.addWidget(self.remedy, 3, 1)
        grid.addWidget(
            self.change_button, 0, 2, 1, 1, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        grid.setColumnStretch(1, 1)
        self.retranslate(lang)

    def retranslate(self, lang: str | None = None) -> None:
        lang = lang or current_language()
        result = self.result
        self.status.setText(status_text(result.status, lang))
        # Room for the longest status in either language: rows line up, and stay so.
        metrics = self.status.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(f"{status_text(status, code)}__")
            for status in Status
            for code in messages.LANGS
        )
        self.status.setMinimumWidth(widest)
        requirement = result.text.get(lang)
        self.requirement.setText(requirement)
        self.answer.setText(
            self.tr("Your answer: {answer}").format(
                answer=messages.answer_text(result.answer, lang)
            )
        )
        self.explanation.setText(messages.render_reason(result.reason, lang))
        self.remedy.setText("")
        if result.remedy is not None and result.status is Status.NOT_MET:
            self.remedy.setText(
                self.tr("What would change it: {remedy}").format(
                    remedy=messages.render_reason(result.remedy, lang)
                )
            )
        # In the grid already: showing a parentless widget would open a window of its own.
        self.remedy.setVisible(bool(self.remedy.text()))
        self.change_button.setText(self.tr("Change…"))
        short = requirement if len(requirement) <= 80 else requirement[:77] + "…"
        describe(
            self.change_button,
            self.tr("Change answer: {requirement}").format(requirement=short),
            self.tr("Goes back to the question about this requirement"),
        )
        self.setAccessibleName(
            self.tr("{status}: {requirement}").format(
                status=self.status.text(), requirement=requirement
            )
        )

    def _change_clicked(self) -> None:
        self.changeRequested.emit(self.result.id)

    def texts(self) -> list[str]:
        """What a user reads in this row, top to bottom (for tests and copying)."""
        labels = [self.status, self.requirement, self.answer, self.explanation, self.remedy]
        return [label.text() for label in labels if label.text()]
