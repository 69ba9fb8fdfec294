"""The screening record as a QTextDocument, for PDF and printing.

Built with QTextCursor.insertText only: vacancy text is inserted as characters, never parsed
as HTML, so a notice containing markup prints literally and loads nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QBrush,
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from screener.domain.assessment import Assessment, CriterionResult
from screener.report import messages as m
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.status_style import status_colour, status_text, verdict_colour, verdict_text

# A printed record reads well at this size whatever the screen font is.
_MAX_PRINT_POINTS = 9.0


def _tr(text: str) -> str:
    """For words lupdate has already seen (QT_TRANSLATE_NOOP below), in this context."""
    return QCoreApplication.translate("SummaryDocument", text)


_ANSWER_AND_WHY = QT_TRANSLATE_NOOP("SummaryDocument", "Your answer and why")
# "You said no. The notice asks for…": the answer, then the reason, on one line.
_ANSWER_THEN_REASON = QT_TRANSLATE_NOOP("SummaryDocument", "{answer}. {reason}")
_RECORD = QT_TRANSLATE_NOOP("SummaryDocument", "Self-screening record")
_REFERENCE_GRADE = QT_TRANSLATE_NOOP("SummaryDocument", "Reference {reference} · Grade {grade}")


class _Writer:
    def __init__(self, document: QTextDocument, base: QFont) -> None:
        self.cursor = QTextCursor(document)
        self.base = base

    def _format(
        self, scale: float = 1.0, bold: bool = False, italic: bool = False
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(self.base.pointSizeF() * scale)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        return fmt

    def block(self, text: str, scale: float = 1.0, bold: bool = False, italic: bool = False,
              space_before: float = 0.0, colour: object = None) -> None:  # fmt: skip
        block = QTextBlockFormat()
        block.setTopMargin(space_before)
        block.setBottomMargin(2)
        if self.cursor.block().length() > 1 or self.cursor.position() > 0:
            self.cursor.insertBlock(block)
        else:
            self.cursor.setBlockFormat(block)
        fmt = self._format(scale, bold, italic)
        if colour is not None:
            fmt.setForeground(QBrush(colour))
        self.cursor.insertText(text, fmt)

    def heading(self, text: str) -> None:
        self.block(text, scale=1.2, bold=True, space_before=10)

    def table(self, results: list[CriterionResult], lang: str) -> None:
        table_format = QTextTableFormat()
        table_format.setCellPadding(2)
        table_format.setCellSpacing(0)
        table_format.setBorder(0.5)
        table_format.setHeaderRowCount(1)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 15),
                QTextLength(QTextLength.Type.PercentageLength, 47),
                QTextLength(QTextLength.Type.PercentageLength, 38),
            ]
        )
        self.cursor.insertBlock()
        table = self.cursor.insertTable(len(results) + 1, 3, table_format)
        headers = (
            m.text("report.status", lang),
            m.text("report.requirement", lang),
            _tr(_ANSWER_AND_WHY),
        )
        for column, header in enumerate(headers):
            table.cellAt(0, column).firstCursorPosition().insertText(
                header, self._format(bold=True)
            )
        for row, result in enumerate(results, start=1):
            status_fmt = self._format(bold=True)
            status_fmt.setForeground(QBrush(status_colour(result.status)))
            table.cellAt(row, 0).firstCursorPosition().insertText(
                status_text(result.status, lang), status_fmt
            )
            table.cellAt(row, 1).firstCursorPosition().insertText(
                result.text.get(lang), self._format()
            )
            cell = table.cellAt(row, 2).firstCursorPosition()
            reason = m.render_reason(result.reason, lang)
            if result.reason.code == "declared.unanswered":
                text = reason
            else:
                text = m.text("report.answer_line", lang, answer=m.answer_text(result.answer, lang))
                # "You said yes." only repeats the answer; elsewhere the reason goes on the
                # same line, which keeps the record to one or two pages.
                if not result.reason.code.startswith("declared."):
                    text = _tr(_ANSWER_THEN_REASON).format(answer=text, reason=reason)
            cell.insertText(text, self._format())
            if result.remedy is not None:
                cell.insertBlock()
                remedy = m.render_reason(result.remedy, lang)
                cell.insertText(
                    m.text("report.remedy", lang, remedy=remedy), self._format(italic=True)
                )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


def build_summary_document(
    assessment: Assessment, grade: str, lang: str, base_font: QFont | None = None
) -> QTextDocument:
    a = assessment
    font = QFont(base_font or QGuiApplication.font())
    if font.pointSizeF() <= 0 or font.pointSizeF() > _MAX_PRINT_POINTS:
        font.setPointSizeF(_MAX_PRINT_POINTS)
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle,
        m.text("report.title", lang, title=a.title.get(lang), reference=a.reference),
    )
    w = _Writer(document, font)
    w.block(_tr(_RECORD), scale=1.0, italic=True)
    w.block(a.title.get(lang), scale=1.5, bold=True)
    w.block(_tr(_REFERENCE_GRADE).format(reference=a.reference, grade=grade))
    w.block(m.text("report.screened_on", lang, date=m.format_date(a.on, lang)))
    if a.draft:
        w.block(m.text("draft", lang), italic=True)
    w.block(
        m.text("report.verdict", lang, verdict=verdict_text(a.verdict, lang)),
        scale=1.4,
        bold=True,
        space_before=8,
        colour=verdict_colour(a.verdict),
    )
    if a.failing:
        w.block(m.text("report.not_met_count", lang, count=len(a.failing)))
    if a.open_questions:
        w.block(m.text("report.unknown_count", lang, count=len(a.open_questions)))
    w.block(m.text("report.deadline", lang, deadline=m.deadline_text(a.deadline, lang)))
    w.block(m.text("report.estimate", lang), italic=True)

    if a.warnings:
        w.heading(m.text("report.warnings", lang))
        for warning in a.warnings:
            w.block(f"! {warning.text.get(lang)}")

    w.heading(m.text("report.essential", lang))
    w.table(a.essentials, lang)
    w.heading(m.text("report.desirable", lang))
    if a.desirable_total:
        w.block(
            m.text("report.desirable_count", lang, met=a.desirable_met, total=a.desirable_total)
        )
        w.table(a.desirables, lang)
    else:
        w.block(m.text("report.no_desirable", lang))

    if a.conditions:
        w.heading(m.text("report.conditions", lang))
        w.block(m.text("report.conditions_intro", lang))
        for condition in a.conditions:
            w.block(f"• {m.condition_text(condition, lang, a.clearance, a.lower_grade)}")
    w.heading(m.text("report.before_applying", lang))
    w.block(m.text("report.fees_ai", lang))
    w.block(m.text("report.generated_by", lang), italic=True, space_before=6)
    return document
