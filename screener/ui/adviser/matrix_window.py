"""The candidates x vacancies matrix in the app, after a batch run or for a profiles folder.

Filter by name, by open vacancies, by verdict; Enter or a double-click on a cell opens that
candidate's summary for that vacancy. Export as CSV or .xlsx; for the selected candidate,
the gap plan, the dossier and the deadlines calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from screener.adviser.workbook import MissingExtraError, write_xlsx
from screener.batch import BatchResult, write_csv
from screener.domain.assessment import Verdict
from screener.domain.profile import Profile
from screener.persistence.errors import FileProblemError
from screener.report import messages
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.adviser import candidate_views as views
from screener.ui.adviser.all_dossiers import save_all_dossiers
from screener.ui.adviser.gap_plan_view import GapPlanDialog
from screener.ui.adviser.matrix_model import MatrixModel, result_column_width
from screener.ui.common.accessibility import announce, describe
from screener.ui.common.command_keys import CANDIDATES, bind_command_keys
from screener.ui.common.down_into_list import DownIntoList
from screener.ui.common.enter_activates import EnterActivates
from screener.ui.common.enter_presses import not_default
from screener.ui.common.escape_clears import EscapeClears
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.common.nested_layout import nested
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.problem_words import error_text, problem_text
from screener.ui.common.sortable_table import offer_sort_menu
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.window import window_placement

VERDICT_CHOICES: list[tuple[Verdict | None, object]] = [
    (None, QT_TRANSLATE_NOOP("MatrixWindow", "Any result")),
    (Verdict.ELIGIBLE, QT_TRANSLATE_NOOP("MatrixWindow", "Eligible")),
    (Verdict.INCOMPLETE, QT_TRANSLATE_NOOP("MatrixWindow", "Can't tell yet")),
    (Verdict.NOT_ELIGIBLE, QT_TRANSLATE_NOOP("MatrixWindow", "Not eligible")),
]


class NameHeader(QHeaderView):
    """The rows' header, holding the candidates' names, at a width measured once.

    Qt measures a header's width again whenever rows come and go, from up to 200 of its
    names: on each filtering keystroke that was a third of the time.
    """

    MAX_WIDTH = 280

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        self._width = min(self.MAX_WIDTH, widest + margin + 8)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self._width, self.defaultSectionSize())


class MatrixWindow(RetranslatesOnLanguageChange, QDialog):
    # The batch shown; it hides QDialog.result(), which this window never uses.
    result: BatchResult  # type: ignore[assignment]

    def __init__(
        self,
        result: BatchResult,
        profiles_folder: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.batch = result
        # Filters and sorting are the model's own: a proxy model in between made each
        # filtering keystroke a third slower (see MatrixModel.set_name_query).
        self.model = MatrixModel(result, profiles_folder, self)
        self.child: QDialog | None = None
        self._build()
        self._connect()
        self.retranslate()
        window_placement.resize_within_screen(self, 1000, 600)
        self.name_edit.setFocus()

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setClearButtonEnabled(True)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.open_only = QCheckBox()
        self.verdict_combo = QComboBox()
        for verdict, _text in VERDICT_CHOICES:
            self.verdict_combo.addItem("", verdict)
        self.verdict_label = QLabel()
        self.verdict_label.setBuddy(self.verdict_combo)
        filters = QHBoxLayout()
        for widget in (
            self.name_label,
            self.name_edit,
            self.open_only,
            self.verdict_label,
            self.verdict_combo,
        ):
            filters.addWidget(widget)
        filters.setStretchFactor(self.name_edit, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The names' order until the adviser sorts: set before sorting is enabled, which
        # would otherwise sort on the first column at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        offer_sort_menu(self.table)  # the Menu key sorts, as a click on a header does
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        # The candidates' names head the rows, so they stay in view across 100 vacancies.
        self.table.setVerticalHeader(NameHeader(self.model.names, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(190)
        header.setSortIndicatorClearable(True)  # a third click: back to the names' order
        self.counts = PlainTextLabel()
        # Which files were skipped, and why: the count alone left the adviser guessing.
        self.skipped_button = QPushButton()
        not_default(self.skipped_button)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts, 1)
        counts_row.addWidget(self.skipped_button)

        # Two rows, the selected candidate's actions then the whole table's: in one row
        # the window was 844 pixels wide at least and lost Close off an 800x600 screen.
        self.buttons: dict[str, QPushButton] = {}
        rows = (QHBoxLayout(), QHBoxLayout())
        for key in ("summary", "gaps", "dossier", "calendar", "dossiers", "csv", "xlsx"):
            button = QPushButton()
            not_default(button)
            self.buttons[key] = button
            rows[key in ("dossiers", "csv", "xlsx")].addWidget(button)
        for row in rows:
            row.addStretch(1)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        rows[1].addWidget(self.close_box)

        layout = QVBoxLayout(self)
        layout.addWidget(nested(filters))
        layout.addWidget(self.table, 1)
        layout.addWidget(nested(counts_row))
        self.skipped_button.setHidden(not self.batch.errors)  # once it has a parent
        for row in rows:
            layout.addWidget(nested(row))

    def _connect(self) -> None:
        self.name_edit.textChanged.connect(self.model.set_name_query)
        self.name_edit.textChanged.connect(self._update_counts)
        self.name_edit.returnPressed.connect(self.table.setFocus)
        # Down too, as from the main window's search: the arrows then go on in the table.
        self.name_edit.installEventFilter(DownIntoList(self.name_edit, self.table))
        EscapeClears(self.name_edit)  # not the whole matrix at once
        self.open_only.toggled.connect(self._open_only_changed)
        self.verdict_combo.currentIndexChanged.connect(self._verdict_changed)
        self.table.activated.connect(self.open_summary)
        EnterActivates(self.table)  # not Close as well
        self.buttons["summary"].clicked.connect(self.open_current)
        self.buttons["gaps"].clicked.connect(self.show_gaps)
        self.buttons["dossier"].clicked.connect(self.save_dossier)
        self.buttons["calendar"].clicked.connect(self.save_calendar)
        self.buttons["dossiers"].clicked.connect(self.save_all_dossiers)
        self.buttons["csv"].clicked.connect(self.export_csv)
        self.buttons["xlsx"].clicked.connect(self.export_xlsx)
        self.close_box.rejected.connect(self.reject)
        self.skipped_button.clicked.connect(self.show_skipped)
        bind_command_keys(CANDIDATES, self.buttons, self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Candidates and vacancies"))
        self.name_label.setText(self.tr("&Candidate:"))
        self.name_edit.setPlaceholderText(self.tr("Part of a candidate's name"))
        describe(self.name_edit, self.tr("Candidate name"),
                 self.tr("Shows only the candidates whose name contains every word typed here"))  # fmt: skip
        self.open_only.setText(self.tr("&Open vacancies only"))
        describe(self.open_only, self.tr("Open vacancies only"),
                 self.tr("Hides the columns of vacancies whose deadline has passed"))  # fmt: skip
        self.verdict_label.setText(self.tr("Candidates &with:"))
        for index, (_verdict, text) in enumerate(VERDICT_CHOICES):
            self.verdict_combo.setItemText(
                index, QCoreApplication.translate("MatrixWindow", str(text))
            )
        describe(self.verdict_combo, self.tr("Candidates with this result"),
                 self.tr("Shows only the candidates with this result for at least one shown vacancy"))  # fmt: skip
        describe(self.table, self.tr("Candidates and vacancies"),
                 self.tr("One row a candidate, one column a vacancy, the result in each cell; "
                         "press Enter to open the candidate's summary for that vacancy"))  # fmt: skip
        for key, text, tip in (
            ("summary", self.tr("Open &summary"), self.tr("The selected candidate's summary for the selected vacancy")),
            ("gaps", self.tr("What would open &more…"), self.tr("The changes that would open more vacancies to the selected candidate")),
            ("dossier", self.tr("&Dossier…"), self.tr("Saves the selected candidate's dossier as PDF or HTML")),
            ("calendar", self.tr("Dead&lines to calendar…"), self.tr("Saves the deadlines of the open vacancies the selected candidate may apply to, as an .ics file")),
            ("dossiers", self.tr("Dossiers for &all shown…"), self.tr("Saves the dossier of every candidate shown, one PDF each, in a folder you choose")),
            ("csv", self.tr("Export CS&V…"), self.tr("Saves the whole table as a CSV file")),
            ("xlsx", self.tr("Export E&xcel…"), self.tr("Saves the whole table as an Excel workbook (.xlsx)")),
        ):  # fmt: skip
            button = self.buttons[key]
            button.setText(text)
            describe(button, text.replace("&", "").rstrip("…"), tip)
        self.skipped_button.setText(self.tr("Skipped &files…"))
        describe(self.skipped_button, self.tr("Skipped files"),
                 self.tr("Which profile files could not be read, and why"))  # fmt: skip
        self.model.retranslate()
        self.table.horizontalHeader().setDefaultSectionSize(
            result_column_width(self.model, self.table.fontMetrics())
        )
        self._update_counts()

    # -- filters ----------------------------------------------------------------------------

    def _open_only_changed(self, checked: bool) -> None:
        self.model.set_open_only(checked)
        self._update_counts()

    def _verdict_changed(self, _index: int) -> None:
        self.model.set_verdict(self.verdict_combo.currentData())
        self._update_counts()

    def _update_counts(self, *_args: object) -> None:
        text = self.tr("Candidates shown: {shown} of {total}. Vacancies shown: {columns} of {all}.").format(
            shown=self.model.rowCount(), total=len(self.batch.candidates),
            columns=self.model.columnCount(), all=len(self.batch.vacancies),
        )  # fmt: skip
        if self.batch.errors:
            text += " " + self.tr("Files skipped: {count}.").format(count=len(self.batch.errors))
        self.counts.setText(text)

    def show_skipped(self) -> None:
        lines = [problem_text(problem) for problem in self.batch.problems]
        prompts.inform(self, self.tr("Skipped files"), "\n".join(lines))

    # -- one cell, one candidate ------------------------------------------------------------

    def _current(self) -> tuple[int, int] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.row(), index.column()

    def open_current(self) -> None:
        self.open_summary(self.table.currentIndex())

    def open_summary(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        profile = self._profile(row)
        if profile is None:
            return
        assessment = self.model.assessment(row, column)
        assert assessment is not None
        dialog = views.CandidateSummaryDialog(
            self.model.name(row), self.model.vacancy(column), assessment, profile, self
        )
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._child_finished)
        self.child = dialog
        dialog.open()

    def _child_finished(self, _result: int) -> None:
        self.child = None
        self.table.setFocus()

    def _profile(self, row: int) -> Profile | None:
        title = self.tr("Candidate")
        try:
            profile = self.model.profile(row)
        except FileProblemError as exc:
            prompts.warn(self, title, error_text(exc))
            return None
        if profile is None:
            prompts.warn(self, title, self.tr("This candidate's profile file is not known."))
        return profile

    def _selected_candidate(self) -> tuple[str, Profile] | None:
        current = self._current()
        if current is None:
            prompts.inform(self, self.tr("Candidate"), self.tr("Select a candidate first."))
            return None
        profile = self._profile(current[0])
        return None if profile is None else (self.model.name(current[0]), profile)

    def show_gaps(self) -> None:
        chosen = self._selected_candidate()
        if chosen is not None:
            name, profile = chosen
            self._show(GapPlanDialog(name, profile, self.batch.vacancies, self.batch.on, self))

    def save_dossier(self) -> None:
        chosen = self._selected_candidate()
        if chosen is not None:
            said = self.tr("Dossier saved.")
            views.save_dossier(self, chosen[1], self.batch.vacancies, self.batch.on,
                               lambda _path: self._say(said))  # fmt: skip

    def save_all_dossiers(self) -> None:
        batch = self.batch
        save_all_dossiers(self, self._shown_candidates, batch.vacancies, batch.on, self._say)

    def _say(self, text: str) -> None:
        """Under the table, and to a screen reader: the focus is in the table, not here."""
        self.counts.setText(text)
        announce(self.counts, text)

    def _shown_candidates(self) -> list[tuple[str, Profile | None]]:
        shown: list[tuple[str, Profile | None]] = []
        for row in range(self.model.rowCount()):
            try:
                profile = self.model.profile(row)
            except FileProblemError:
                profile = None
            shown.append((self.model.name(row), profile))
        return shown

    def save_calendar(self) -> None:
        chosen = self._selected_candidate()
        if chosen is not None and views.save_calendar(
            self, chosen[1], self.batch.vacancies, self.batch.on
        ):
            self._say(self.tr("Calendar saved."))

    # -- the whole table --------------------------------------------------------------------

    def export_csv(self) -> None:
        self._export(self.tr("Export CSV"), ".csv", self.tr("CSV files (*.csv)"), write_csv)

    def export_xlsx(self) -> None:
        self._export(
            self.tr("Export Excel"), ".xlsx", self.tr("Excel workbooks (*.xlsx)"), write_xlsx
        )

    def _export(
        self,
        title: str,
        suffix: str,
        file_filter: str,
        writer: Callable[[BatchResult, Path, str], None],
    ) -> None:
        first = messages.text("file.screening", current_language())
        suggested = f"{first}-{self.batch.on.isoformat()}{suffix}"
        chosen = prompts.ask_save_file(self, title, suggested, file_filter)
        path = prompts.save_target(self, title, chosen, (suffix,)) if chosen else None
        if path is None:
            return
        try:
            writer(self.batch, path, current_language())
        except MissingExtraError:
            prompts.warn(self, title, self.tr(
                "Saving Excel workbooks needs the openpyxl package, which is not installed. "
                "Install Screener's 'xlsx' extra (pip install 'screener[xlsx]'), or export CSV."))  # fmt: skip
            return
        except OSError as exc:
            prompts.warn(self, title, self.tr("{file} could not be written: {error}").format(
                file=path, error=exc.strerror or exc))  # fmt: skip
            return
        self._say(self.tr("Saved as {file}.").format(file=path))
