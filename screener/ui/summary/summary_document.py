"""The assessment record (screener.report.record) as a QTextDocument, for PDF and printing.

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

from screener.report import messages as m
from screener.report.record import AssessmentRecord, RecordItem, SectionKey
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.common.status_style import status_colour, verdict_colour

# A printed record reads well at this size whatever the screen font is.
_MAX_PRINT_POINTS = 9.0


def _tr(text: str) -> str:
    """For words lupdate has already seen (QT_TRANSLATE_NOOP below), in this context."""
    return QCoreApplication.translate("SummaryDocument", text)


_ANSWER_AND_WHY = QT_TRANSLATE_NOOP("SummaryDocument", "Your answer and why")
# "You said no. The notice asks for…": the answer, then the reason, on one line.
_ANSWER_THEN_REASON = QT_TRANSLATE_NOOP("SummaryDocument", "{answer}. {reason}")
_RECORD = QT_TRANSLATE_NOOP("SummaryDocument", "Self-screening record")


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
        self.block(text, scale=1.1, bold=True, space_before=6)

    def table(self, items: tuple[RecordItem, ...], lang: str) -> None:
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
        table = self.cursor.insertTable(len(items) + 1, 3, table_format)
        headers = (
            m.text("report.status", lang),
            m.text("report.requirement", lang),
            _tr(_ANSWER_AND_WHY),
        )
        for column, header in enumerate(headers):
            table.cellAt(0, column).firstCursorPosition().insertText(
                header, self._format(bold=True)
            )
        for row, item in enumerate(items, start=1):
            status_fmt = self._format(bold=True)
            status_fmt.setForeground(QBrush(status_colour(item.status)))
            table.cellAt(row, 0).firstCursorPosition().insertText(item.status_text, status_fmt)
            table.cellAt(row, 1).firstCursorPosition().insertText(item.requirement, self._format())
            cell = table.cellAt(row, 2).firstCursorPosition()
            cell.insertText(_answer_and_why(item), self._format())
            if item.change is not None:
                # On the same line: a record of unanswered questions still fits two pages.
                cell.insertText(" ")
                cell.insertText(item.change, self._format(italic=True))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


def _answer_and_why(item: RecordItem) -> str:
    code = item.result.reason.code
    if item.result.answer is None:  # "Your answer: —" says nothing the reason does not
        return item.explanation
    # "You said yes." only repeats the answer; elsewhere the reason goes on the same line,
    # which keeps the record to one or two pages.
    if code.startswith("declared."):
        return item.answer
    return _tr(_ANSWER_THEN_REASON).format(answer=item.answer, reason=item.explanation)


def build_summary_document(
    record: AssessmentRecord, base_font: QFont | None = None
) -> QTextDocument:
    """The record, section by section, as the summary view and the other exports show it."""
    font = QFont(base_font or QGuiApplication.font())
    if font.pointSizeF() <= 0 or font.pointSizeF() > _MAX_PRINT_POINTS:
        font.setPointSizeF(_MAX_PRINT_POINTS)
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, record.document_title)
    w = _Writer(document, font)
    w.block(_tr(_RECORD), scale=1.0, italic=True)
    w.block(record.title, scale=1.5, bold=True)
    for fact in record.facts:
        w.block(fact)
    for section in record.sections:
        w.heading(section.title)
        lines = list(section.lines)
        if section.key is SectionKey.VERDICT:
            verdict = record.assessment.verdict
            w.block(lines.pop(0), scale=1.3, bold=True, colour=verdict_colour(verdict))
        for line in lines:
            w.block(line)
        if section.items:
            w.table(section.items, record.lang)
        for bullet in section.bullets:
            w.block(f"• {bullet}")
    w.block(record.footer, italic=True, space_before=6)
    return document
