"""The summary: the verdict, every requirement with its explanation, and the ways to keep it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from screener.domain.assessment import Assessment, CriterionResult, Verdict
from screener.domain.profile import UNSURE
from screener.persistence.atomic import write_atomic
from screener.report import messages
from screener.ui import summary_exports as exports
from screener.ui.accessibility import describe, scaled_font
from screener.ui.language import RetranslatesOnLanguageChange, current_language
from screener.ui.plain_text_label import PlainTextLabel
from screener.ui.status_style import VERDICT_ICONS, verdict_colour, verdict_text
from screener.ui.summary_document import build_summary_document
from screener.ui.summary_row import CriterionResultRow


class SummaryView(RetranslatesOnLanguageChange, QWidget):
    changeRequested = Signal(str)  # criterion id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessment: Assessment | None = None
        self.grade = ""
        self.rows: list[CriterionResultRow] = []
        self._unsure_ids: frozenset[str] = frozenset()
        # What the page shows now: (assessment, grade, unsure ids, language).
        self._shown: tuple[object, ...] | None = None

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._layout = QVBoxLayout()
        self.verdict_label = QLabel()
        self.verdict_detail = QLabel()
        self.deadline_label = PlainTextLabel()
        self.message = PlainTextLabel()
        self.message.setObjectName("export-message")

        # The message under the summary, as a function: it is said again in a new language.
        self._message_text: Callable[[], str] = str
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, slot in (
            ("pdf", self.export_pdf),
            ("html", self.export_html),
            ("json", self.save_json),
            ("print", self.print_summary),
            ("preview", self.preview_summary),
            ("copy", self.copy_text),
        ):
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        """Buttons, message and the whole assessment again, in the current language."""
        for key, text, description in (
            ("pdf", self.tr("Export &PDF…"), self.tr("Saves this summary as a PDF file")),
            ("html", self.tr("Export &HTML…"), self.tr("Saves this summary as a web page")),
            ("json", self.tr("Save &JSON…"), self.tr("Saves this summary as data (JSON)")),
            ("print", self.tr("P&rint…"), self.tr("Prints this summary")),
            ("preview", self.tr("Print pre&view…"), self.tr("Shows how the printout will look")),
            ("copy", self.tr("Cop&y as text"), self.tr("Copies this summary to the clipboard")),
        ):
            button = self.buttons[key]
            button.setText(text)
            describe(button, text.replace("&", "").rstrip("…"), description)
        self.message.setText(self._message_text())
        if self.assessment is not None:
            bar = self._scroll.verticalScrollBar()
            scrolled = bar.value()
            self._render()
            # Where the reader was, once the new page has been laid out.
            QTimer.singleShot(0, bar, lambda: bar.setValue(scrolled))

    def _say(self, text: Callable[[], str]) -> None:
        self._message_text = text
        self.message.setText(text())

    # -- building ---------------------------------------------------------------------------

    def show_assessment(
        self, assessment: Assessment, grade: str, unsure_ids: frozenset[str] = frozenset()
    ) -> None:
        """Show an assessment; `unsure_ids`: requirements the user answered "Not sure"."""
        self._unsure_ids = unsure_ids
        self.assessment = assessment
        self.grade = grade
        self._say(str)
        # Going back a page and forth again shows the same assessment: building the page
        # anew took ~40 ms of each step onto the summary (23 requirements).
        if self._shown != (assessment, grade, unsure_ids, current_language()):
            self._render()

    def _render(self) -> None:
        assert self.assessment is not None
        # A fresh page each time: setWidget() deletes the previous one and its rows.
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self.rows = []
        lang = current_language()
        a = self.assessment
        grade = self.grade

        self.title_label = PlainTextLabel(a.title.get(lang))
        self.title_label.setFont(scaled_font(self, 1.2, bold=True))
        self._layout.addWidget(self.title_label)
        self._add_text(
            self.tr("Reference {reference} · Grade {grade} · Screened on {date}").format(
                reference=a.reference, grade=grade, date=messages.format_date(a.on, lang)
            )
        )
        self._layout.addLayout(self._verdict_row(a, lang))
        self._layout.addWidget(self.verdict_detail)
        self.deadline_label = PlainTextLabel(messages.deadline_text(a.deadline, lang))
        self._layout.addWidget(self.deadline_label)
        if a.deadline.closed_since is not None:
            self._add_text(
                self.tr("You can still check yourself against a closed vacancy, for a reserve "
                        "list, for practice or for similar posts in future.")
            )  # fmt: skip
        if a.draft:
            self._add_text(messages.text("draft", lang))
        for warning in a.warnings:
            self._add_text(self.tr("Please note: {warning}").format(warning=warning.text.get(lang)))

        self._add_heading(self.tr("Essential requirements"))
        for result in a.essentials:
            self._add_row(result, lang)
        if a.desirable_total:
            self._add_heading(
                self.tr("Desirable qualifications: met {met} of {total}").format(
                    met=a.desirable_met, total=a.desirable_total
                )
            )
            for result in a.desirables:
                self._add_row(result, lang)

        self._add_heading(self.tr("What self-screening cannot settle"))
        if a.conditions:
            self._add_text(messages.text("report.conditions_intro", lang))
            for condition in a.conditions:
                self._add_text(
                    "• " + messages.condition_text(condition, lang, a.clearance, a.lower_grade)
                )
        self._add_text(messages.text("report.fees_ai", lang))
        self._add_text(messages.text("report.estimate", lang))
        self._layout.addStretch(1)
        self._scroll.setWidget(content)
        self._shown = (a, grade, self._unsure_ids, lang)

    def _verdict_row(self, a: Assessment, lang: str) -> QHBoxLayout:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        self.verdict_icon = QLabel()
        self.verdict_icon.setPixmap(
            self.style().standardIcon(VERDICT_ICONS[a.verdict]).pixmap(size)
        )
        self.verdict_label = QLabel(verdict_text(a.verdict, lang))
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setFont(scaled_font(self, 1.8, bold=True))
        palette = self.verdict_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, verdict_colour(a.verdict, palette))
        self.verdict_label.setPalette(palette)
        self.verdict_detail = QLabel(self._verdict_detail(a))
        self.verdict_detail.setWordWrap(True)
        describe(self.verdict_label, self.tr("Result"), self.verdict_label.text())
        row = QHBoxLayout()
        row.addWidget(self.verdict_icon)
        row.addWidget(self.verdict_label, 1)
        return row

    def _verdict_detail(self, a: Assessment) -> str:
        lines: list[str] = []
        if a.verdict is Verdict.ELIGIBLE:
            lines.append(self.tr("On your answers, you meet every essential requirement."))
        if a.failing:
            lines.append(
                self.tr("Essential requirements not met: {count}.").format(count=len(a.failing))
            )
        unsure = [r for r in a.open_questions if r.answer == UNSURE or r.id in self._unsure_ids]
        unanswered = len(a.open_questions) - len(unsure)
        if unsure:
            lines.append(
                self.tr("Questions answered “Not sure”: {count}.").format(count=len(unsure))
            )
        if unanswered:
            lines.append(self.tr("Questions not answered yet: {count}.").format(count=unanswered))
        if a.verdict is Verdict.INCOMPLETE:
            lines.append(self.tr("Answer them with “Change…” below to get a clear result."))
        return " ".join(lines)

    def _add_heading(self, text: str) -> None:
        label = QLabel(text)
        label.setFont(scaled_font(self, 1.15, bold=True))
        label.setContentsMargins(0, 8, 0, 0)
        self._layout.addWidget(label)

    def _add_text(self, text: str) -> None:
        self._layout.addWidget(PlainTextLabel(text))

    def _add_row(self, result: CriterionResult, lang: str) -> None:
        row = CriterionResultRow(result, lang)
        row.changeRequested.connect(self.changeRequested)
        self.rows.append(row)
        self._layout.addWidget(row)

    # -- what tests read ---------------------------------------------------------------------

    def row_for(self, criterion_id: str) -> CriterionResultRow:
        return next(row for row in self.rows if row.result.id == criterion_id)

    # -- actions ----------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        assert self.assessment is not None
        return f"screening-{self.assessment.reference}-{self.assessment.on.isoformat()}.{suffix}"

    def _save(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        chosen = exports.ask_save_path(self, caption, self._suggested(suffix), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def _saved(self, path: Path) -> None:
        self._say(lambda: self.tr("Saved to {path}").format(path=str(path)))

    def _failed(self, path: Path, error: OSError) -> None:
        def text() -> str:
            return self.tr("Could not save {path}: {error}").format(
                path=str(path), error=error.strerror or str(error)
            )

        self._say(text)
        exports.show_problem(self, self.tr("Could not save"), text())

    def document(self) -> QTextDocument:
        assert self.assessment is not None
        return build_summary_document(self.assessment, self.grade, current_language(), self.font())

    def export_pdf(self) -> None:
        if self.assessment is None:
            return
        path = self._save(self.tr("Export PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        title = messages.text(
            "report.title", current_language(),
            title=self.assessment.title.get(current_language()), reference=self.assessment.reference,
        )  # fmt: skip
        try:
            exports.write_pdf(self.document(), path, title)
        except OSError as error:
            self._failed(path, error)
            return
        self._saved(path)

    def _write_text(self, path: Path, text: str) -> None:
        try:
            write_atomic(path, text.encode("utf-8"))
        except OSError as error:
            self._failed(path, error)
            return
        self._saved(path)

    def export_html(self) -> None:
        if self.assessment is None:
            return
        path = self._save(self.tr("Export HTML"), "html", self.tr("Web pages (*.html *.htm)"))
        if path is not None:
            self._write_text(path, exports.html_text(self.assessment, current_language()))

    def save_json(self) -> None:
        if self.assessment is None:
            return
        path = self._save(self.tr("Save JSON"), "json", self.tr("JSON files (*.json)"))
        if path is not None:
            self._write_text(path, exports.json_text(self.assessment, current_language()))

    def print_summary(self) -> None:
        if self.assessment is not None:
            exports.run_print_dialog(self, self.document())

    def preview_summary(self) -> None:
        if self.assessment is not None:
            exports.run_print_preview(self, self.document())

    def copy_text(self) -> None:
        if self.assessment is None:
            return
        exports.copy_to_clipboard(exports.plain_text(self.assessment, current_language()))
        self._say(lambda: self.tr("The summary is on the clipboard."))
