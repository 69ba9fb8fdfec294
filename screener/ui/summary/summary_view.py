"""The result page: the assessment record, laid out for reading, and the ways to keep it.

Every sentence comes from the record (screener.report.record), in the order every export
shows it: the verdict and the deadline in one statement, what to settle first, the
essential requirements met (collapsed), desirables, conditions, notes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screener.domain.assessment import Assessment
from screener.persistence.atomic import write_atomic
from screener.report.record import (
    AssessmentRecord,
    RecordItem,
    Section,
    SectionKey,
    build_record,
    suggested_file_name,
    without_symbol,
)
from screener.ui.common.accessibility import announce, describe, scaled_font
from screener.ui.common.command_keys import RESULT, bind_command_keys
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.common.nested_layout import nested
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.scrolled import scrolled
from screener.ui.common.status_style import verdict_colour
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.summary import summary_exports as exports
from screener.ui.summary.summary_document import build_summary_document
from screener.ui.summary.summary_group import SummaryGroup
from screener.ui.summary.summary_row import CriterionResultRow

# Buttons always shown; the rest are in the "More" menu, so the row fits 800 px in French.
_BUTTONS = ("pdf", "print", "copy")
_MENU = ("html", "json", "preview")


class SummaryView(RetranslatesOnLanguageChange, QWidget):
    changeRequested = Signal(str)  # criterion id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessment: Assessment | None = None
        self.record: AssessmentRecord | None = None
        self.grade = ""
        self.profile_name = ""
        self.rows: list[CriterionResultRow] = []
        self.sections: list[tuple[SectionKey, QWidget]] = []
        self.met_group: SummaryGroup | None = None
        self._unsure_ids: frozenset[str] = frozenset()
        # What the page shows now: (assessment, grade, unsure ids, name, language).
        self._shown: tuple[object, ...] | None = None

        self._scroll = scrolled()
        self.verdict_label = QLabel()
        self.title_label = PlainTextLabel()
        self.message = PlainTextLabel()
        self.message.setObjectName("export-message")
        # The message under the summary, as a function: it is said again in a new language.
        self._message_text: Callable[[], str] = str

        actions = self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(nested(actions))
        self._add_page_keys()
        bind_command_keys(RESULT, self.buttons, self)
        self.retranslate()

    def _build_actions(self) -> QHBoxLayout:
        """The export buttons under the result, and the More menu for the rarer ones."""
        self.buttons: dict[str, QPushButton] = {}
        self.menu = QMenu(self)
        self.actions_by_key: dict[str, QAction] = {}
        slots = {"pdf": self.export_pdf, "html": self.export_html, "json": self.save_json,
                 "print": self.print_summary, "preview": self.preview_summary,
                 "copy": self.copy_text}  # fmt: skip
        actions = QHBoxLayout()
        for key in _BUTTONS:
            button = QPushButton()
            not_default(button)
            button.clicked.connect(slots[key])
            self.buttons[key] = button
            actions.addWidget(button)
        for key in _MENU:
            self.actions_by_key[key] = self.menu.addAction("", slots[key])
        self.buttons["more"] = QPushButton()
        not_default(self.buttons["more"])
        self.buttons["more"].setMenu(self.menu)
        actions.addWidget(self.buttons["more"])
        actions.addStretch(1)

        return actions

    def _add_page_keys(self) -> None:
        # Page Up/Down read on through the result wherever the focus is on the page.
        page_keys = (
            (QKeySequence.StandardKey.MoveToPreviousPage, QAbstractSlider.SliderAction.SliderPageStepSub),
            (QKeySequence.StandardKey.MoveToNextPage, QAbstractSlider.SliderAction.SliderPageStepAdd),
        )  # fmt: skip
        for sequence, step in page_keys:
            shortcut = QShortcut(
                sequence, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(
                partial(self._scroll.verticalScrollBar().triggerAction, step)
            )

    def retranslate(self) -> None:
        """Buttons, message and the whole record again, in the current language."""
        words = {
            "pdf": (self.tr("Export &PDF…"), self.tr("Saves this summary as a PDF file")),
            "html": (self.tr("Export &HTML…"), self.tr("Saves this summary as a web page")),
            "json": (self.tr("Save &JSON…"), self.tr("Saves this summary as data (JSON)")),
            "print": (self.tr("P&rint…"), self.tr("Prints this summary")),
            "preview": (self.tr("Print pre&view…"), self.tr("Shows how the printout will look")),
            "copy": (self.tr("Cop&y as text"), self.tr("Copies this summary to the clipboard")),
            "more": (self.tr("&More"), self.tr("Other ways to keep this summary: web page, "
                                               "data (JSON), print preview")),
        }  # fmt: skip
        for key, (text, description) in words.items():
            if key in self.buttons:
                self.buttons[key].setText(text)
                describe(self.buttons[key], text.replace("&", "").rstrip("…"), description)
            else:
                self.actions_by_key[key].setText(text)
                self.actions_by_key[key].setToolTip(description)
        self._scroll.setAccessibleName(self.tr("Your result"))
        self.message.setText(self._message_text())
        if self.assessment is not None:
            page = self._scroll.widget()
            focused = QApplication.focusWidget()
            reading = page is not None and focused is not None and page.isAncestorOf(focused)
            bar = self._scroll.verticalScrollBar()
            position = bar.value()
            self._render()
            if reading:
                # The widget read was rebuilt: the focus went on to the last note, out of
                # sight. Back to the result's statement, which is said in the new language.
                self.focus_result()
                return
            # Where the reader was, once the new page has been laid out.
            QTimer.singleShot(0, bar, lambda: bar.setValue(position))

    def _say(self, text: Callable[[], str]) -> None:
        self._message_text = text
        self.message.setText(text())
        if text():  # "Saved to …", "Could not save …": heard, not only shown
            announce(self.message, text())

    # -- building ---------------------------------------------------------------------------

    def show_assessment(
        self,
        assessment: Assessment,
        grade: str,
        unsure_ids: frozenset[str] = frozenset(),
        profile_name: str = "",
    ) -> None:
        """Show an assessment; `unsure_ids`: requirements the user answered "Not sure";
        `profile_name`: whose screening it is, for the page and every export."""
        self._unsure_ids = unsure_ids
        self.assessment = assessment
        self.grade = grade
        self.profile_name = profile_name
        self._say(str)
        # Going back a page and forth again shows the same assessment: building the page
        # anew took ~40 ms of each step onto the summary (23 requirements).
        if self._shown != (assessment, grade, unsure_ids, profile_name, current_language()):
            self._render()

    def _render(self) -> None:
        assert self.assessment is not None
        lang = current_language()
        record = build_record(self.assessment, lang, profile_name=self.profile_name,
                              grade=self.grade, unsure_ids=self._unsure_ids)  # fmt: skip
        self.record = record
        # A fresh page each time: setWidget() deletes the previous one and its rows.
        content = QWidget()
        layout = QVBoxLayout(content)
        self.rows = []
        self.sections = []
        self.met_group = None
        self.title_label = PlainTextLabel(record.title)
        self.title_label.setFont(scaled_font(self, 1.2, bold=True))
        layout.addWidget(self.title_label)
        layout.addWidget(PlainTextLabel("\n".join(record.facts)))
        for section in record.sections:
            widget = self._section_widget(section)
            self.sections.append((section.key, widget))
            layout.addWidget(widget)
        layout.addStretch(1)
        self._scroll.setWidget(content)
        self._shown = (self.assessment, self.grade, self._unsure_ids, self.profile_name, lang)

    def _section_widget(self, section: Section) -> QWidget:
        if section.key is SectionKey.MET:
            group = SummaryGroup(section.title)
            for item in section.items:
                group.add(self._row(item))
            self.met_group = group
            return group
        box = QWidget()
        box.setAccessibleName(section.title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        lines = list(section.lines)
        if section.key is SectionKey.VERDICT:
            # The headline is the section's heading: verdict and deadline, said once.
            layout.addWidget(self._headline(lines.pop(0)))
        else:
            heading = QLabel(section.title)
            heading.setFont(scaled_font(self, 1.15, bold=True))
            heading.setContentsMargins(0, 8, 0, 0)
            heading.setWordWrap(True)
            layout.addWidget(heading)
        if lines:
            layout.addWidget(self._text_block(section.title, lines))
        for item in section.items:
            layout.addWidget(self._row(item))
        if section.bullets:
            layout.addWidget(self._text_block(section.title, [f"• {b}" for b in section.bullets]))
        return box

    def _text_block(self, title: str, lines: list[str]) -> QFrame:
        """Sentences Tab can reach, so every part of the page is read by keyboard."""
        block = QFrame()
        block.setObjectName("summary-text")
        block.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        block.setStyleSheet("#summary-text:focus { border: 2px solid palette(highlight); }")
        describe(block, title, " ".join(lines))
        layout = QVBoxLayout(block)
        layout.setContentsMargins(2, 2, 2, 2)
        for line in lines:
            layout.addWidget(PlainTextLabel(line))
        return block

    def _headline(self, text: str) -> QLabel:
        assert self.assessment is not None
        label = PlainTextLabel(text)
        label.setObjectName("verdict")
        label.setFont(scaled_font(self, 1.5, bold=True))
        palette = label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, verdict_colour(self.assessment.verdict, palette)
        )
        label.setPalette(palette)
        # Focusable and read first: the verdict and the deadline are what the page is for.
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setStyleSheet("#verdict:focus { border: 2px solid palette(highlight); }")
        describe(label, self.tr("Result"), without_symbol(text))
        self.verdict_label = label
        return label

    def _row(self, item: RecordItem) -> CriterionResultRow:
        row = CriterionResultRow(item)
        row.changeRequested.connect(self.changeRequested)
        self.rows.append(row)
        return row

    def focus_result(self) -> None:
        """Put the keyboard on the headline, at the top of the page."""
        self._scroll.verticalScrollBar().setValue(0)
        self.verdict_label.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what tests read ---------------------------------------------------------------------

    def row_for(self, criterion_id: str) -> CriterionResultRow:
        return next(row for row in self.rows if row.result.id == criterion_id)

    def section_keys(self) -> list[SectionKey]:
        return [key for key, _ in self.sections]

    def section_texts(self, key: SectionKey) -> list[str]:
        """The sentences a user reads in one section, top to bottom (rows excluded)."""
        widget = next(w for k, w in self.sections if k is key)
        return [label.text() for label in widget.findChildren(QLabel)
                if not isinstance(label.parent(), CriterionResultRow)]  # fmt: skip

    # -- actions ----------------------------------------------------------------------------

    def _save(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        assert self.assessment is not None
        suggested = suggested_file_name(
            self.assessment.reference,
            self.profile_name,
            self.assessment.on,
            suffix,
            current_language(),
        )
        chosen = exports.ask_save_path(self, caption, suggested, file_filter)
        if not chosen:
            return None
        return prompts.save_target(self, caption, chosen, (f".{suffix}",))

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
        assert self.record is not None
        return build_summary_document(self.record, self.font())

    def export_pdf(self) -> None:
        if self.record is None:
            return
        path = self._save(self.tr("Export PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            exports.write_pdf(self.document(), path, self.record.document_title)
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
        if self.record is None:
            return
        path = self._save(self.tr("Export HTML"), "html", self.tr("Web pages (*.html *.htm)"))
        if path is not None:
            self._write_text(path, exports.html_text(self.record))

    def save_json(self) -> None:
        if self.record is None:
            return
        path = self._save(self.tr("Save JSON"), "json", self.tr("JSON files (*.json)"))
        if path is not None:
            self._write_text(path, exports.json_text(self.record))

    def print_summary(self) -> None:
        if self.record is not None:
            exports.run_print_dialog(self, self.document())

    def preview_summary(self) -> None:
        if self.record is not None:
            exports.run_print_preview(self, self.document())

    def copy_text(self) -> None:
        if self.record is None:
            return
        exports.copy_to_clipboard(exports.plain_text(self.record))
        self._say(lambda: self.tr("The summary is on the clipboard."))
