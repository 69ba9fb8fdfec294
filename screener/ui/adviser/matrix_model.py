"""Candidates x vacancies: one row a candidate, one column a vacancy, a verdict in each cell.

The cells come from a BatchResult (the engine's fast verdicts). A cell's tooltip gives its
first reasons from a full assessment, made only when asked for, from the candidate's
profile file. Thin on purpose: tested without widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics

from screener.adviser.selection import is_open
from screener.batch import BatchResult, Cell, row_names
from screener.batch_profiles import read_candidate
from screener.domain.assessment import Assessment, Status, Verdict
from screener.domain.deadline import deadline_status
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.report import messages
from screener.report.requirement_names import names_on_screen
from screener.ui.common.language import current_language
from screener.ui.common.plain_text_label import plain_tooltip
from screener.ui.common.search_text import fold
from screener.ui.common.status_style import verdict_colour_on_screen, verdict_text
from screener.ui.profiles.keeper_start import shown_profile_name

Index = QModelIndex | QPersistentModelIndex
_VERDICT_ORDER = {Verdict.ELIGIBLE: 0, Verdict.INCOMPLETE: 1, Verdict.NOT_ELIGIBLE: 2}
TOOLTIP_REASONS = 3


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole + 2,
    }
)


class MatrixModel(QAbstractTableModel):
    VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2  # a cell's Verdict

    def __init__(
        self,
        result: BatchResult,
        profiles_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.result = result
        self.profiles_folder = profiles_folder
        self.names = row_names(result)
        self.folded_names = [fold(name) for name in self.names]
        # Indexes in result.vacancies of the vacancies still open.
        self.open_vacancies = frozenset(
            index for index, vacancy in enumerate(result.vacancies) if is_open(vacancy, result.on)
        )
        # Per candidate, the verdicts in all columns and in open ones only: the filter's lookups.
        self._verdicts_all: list[frozenset[Verdict]] = []
        self._verdicts_open: list[frozenset[Verdict]] = []
        for row in result.candidates:
            self._verdicts_all.append(frozenset(cell.verdict for cell in row.cells))
            self._verdicts_open.append(
                frozenset(c.verdict for i, c in enumerate(row.cells) if i in self.open_vacancies)
            )
        # Filters and sorting are the model's own, not a proxy's (see set_name_query): the
        # candidates shown (indexes in result.candidates) and the vacancies shown (indexes
        # in result.vacancies), in the order shown.
        # Without a sort, candidates in the order of their names.
        self._by_name = sorted(range(len(result.candidates)), key=self.folded_names.__getitem__)
        self.shown: list[int] = list(self._by_name)
        self.columns: list[int] = list(range(len(result.vacancies)))
        self._words: list[str] = []
        self._verdict: Verdict | None = None
        self._open_only = False
        self._sort_column = -1
        self._descending = False
        self._texts: dict[tuple[int, int, str], str] = {}
        self._colours: dict[Verdict, Any] = {}
        self._labels: dict[tuple[int, str], dict[str, str]] = {}
        self._profile = lru_cache(maxsize=8)(self._read_profile)

    # -- access -----------------------------------------------------------------------------

    def vacancy(self, column: int) -> Vacancy:
        return self.result.vacancies[self.columns[column]]

    def name(self, row: int) -> str:
        # A profile saved under the default name of the other language ("My profile") is
        # shown in this one ("Mon profil"), as the main window's title shows it.
        return shown_profile_name(self.names[self.shown[row]])

    def cell(self, row: int, column: int) -> Cell:
        return self.result.candidates[self.shown[row]].cells[self.columns[column]]

    # -- filters and order -------------------------------------------------------------------

    def set_name_query(self, text: str) -> bool:
        """Show only the candidates whose name holds every word typed (accents ignored).
        False if the rows shown did not change."""
        words = fold(text).split()
        if words == self._words:
            return False
        self._words = words
        return self._show_rows(self._rows())

    def set_verdict(self, verdict: Verdict | None) -> bool:
        """Only the candidates with this verdict for at least one vacancy shown (None: all)."""
        if verdict == self._verdict:
            return False
        self._verdict = verdict
        return self._show_rows(self._rows())

    def set_open_only(self, open_only: bool) -> None:
        """Only the columns of vacancies still open (a new table: columns and rows change)."""
        if open_only == self._open_only:
            return
        self.beginResetModel()
        self._open_only = open_only
        everything = range(len(self.result.vacancies))
        self.columns = [i for i in everything if not open_only or i in self.open_vacancies]
        self.shown = self._rows()
        self.endResetModel()

    def _rows(self) -> list[int]:
        names, words, verdict = self.folded_names, self._words, self._verdict
        verdicts = self._verdicts_open if self._open_only else self._verdicts_all
        rows = [
            i
            for i in self._by_name
            if all(word in names[i] for word in words)
            and (verdict is None or verdict in verdicts[i])
        ]
        if 0 <= self._sort_column < len(self.columns):
            rows.sort(key=self._sort_key(self._sort_column), reverse=self._descending)
        return rows

    def _show_rows(self, shown: list[int]) -> bool:
        # The rows go and come back as two blocks (all removed, the matches inserted): a
        # proxy's filter removes hidden rows one run at a time, and a view handling hundreds
        # of runs took ~50 ms a keystroke over 1,000 candidates.
        if shown == self.shown:
            return False
        if self.shown:
            self.beginRemoveRows(QModelIndex(), 0, len(self.shown) - 1)
            self.shown = []
            self.endRemoveRows()
        if shown:
            self.beginInsertRows(QModelIndex(), 0, len(shown) - 1)
            self.shown = shown
            self.endInsertRows()
        return True

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        vacancy = self.columns[column]
        candidates = self.result.candidates

        def key(candidate: int) -> tuple[int, int]:
            cell = candidates[candidate].cells[vacancy]
            return _VERDICT_ORDER[cell.verdict], len(cell.failing) + cell.open

        return key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort: by a vacancy's result (eligible first, then fewest problems; names in
        order among equals); -1 for the names' order."""
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column if 0 <= column < self.columnCount() else -1
        self._descending = order == Qt.SortOrder.DescendingOrder
        before = self.persistentIndexList()
        where = [(self.shown[index.row()], index.column()) for index in before]
        self.shown = self._rows()
        row_of = {candidate: row for row, candidate in enumerate(self.shown)}
        after = [
            self.index(row_of[candidate], column) if candidate in row_of else QModelIndex()
            for candidate, column in where
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _read_profile(self, candidate: int) -> Profile | None:
        file = self.result.candidates[candidate].file
        if self.profiles_folder is None or not file:
            return None
        return read_candidate(self.result, self.profiles_folder, file)

    def profile(self, row: int) -> Profile | None:
        """The candidate's profile, read again from its file (FileProblemError if it went bad)."""
        return self._profile(self.shown[row])

    def assessment(self, row: int, column: int) -> Assessment | None:
        profile = self.profile(row)
        if profile is None:
            return None
        return assess(self.vacancy(column), profile, self.result.on)

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # The names are the rows' headers: they stay in view as the table scrolls sideways.
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.name(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(self.result.candidates[self.shown[section]].file)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.vacancy(section).reference
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Said as the arrows move to another column: the reference alone meant little.
            vacancy = self.vacancy(section)
            return f"{vacancy.reference} — {vacancy.title.get(current_language())}"
        if role == Qt.ItemDataRole.ToolTipRole:
            vacancy = self.vacancy(section)
            lang = current_language()
            deadline = messages.deadline_text(
                deadline_status(vacancy.deadline, self.result.on), lang
            )
            return plain_tooltip(f"{vacancy.title.get(lang)}\n{deadline}")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for a dozen roles per cell as it paints: most get None at once.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        cell = self.cell(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colours.get(cell.verdict)
            if colour is None:
                colour = self._colours[cell.verdict] = verdict_colour_on_screen(cell.verdict)
            return colour
        if role == self.VERDICT_ROLE:
            return cell.verdict
        return None

    def _labels_for(self, column: int, lang: str) -> dict[str, str]:
        key = (self.columns[column], lang)
        labels = self._labels.get(key)
        if labels is None:
            labels = self._labels[key] = names_on_screen(self.vacancy(column), lang)
        return labels

    def text(self, row: int, column: int) -> str:
        """The verdict as symbol and word, then the failing requirement or the open count."""
        cell = self.cell(row, column)
        lang = current_language()
        key = (id(cell), self.columns[column], lang)  # cells are shared between outcomes
        shown = self._texts.get(key)
        if shown is None:
            shown = self._texts[key] = self._cell_text(cell, column, lang)
        return shown

    def _cell_text(self, cell: Cell, column: int, lang: str) -> str:
        verdict = verdict_text(cell.verdict, lang)
        if cell.verdict is Verdict.NOT_ELIGIBLE:
            first = self._labels_for(column, lang).get(cell.failing[0], cell.failing[0])
            if len(cell.failing) == 1:
                return self.tr("{verdict}: {requirement}").format(
                    verdict=verdict, requirement=first
                )
            return self.tr("{verdict}: {requirement} (+{count})").format(
                verdict=verdict, requirement=first, count=len(cell.failing) - 1
            )
        if cell.verdict is Verdict.INCOMPLETE and not cell.open:
            # Nothing to answer: a draft without the notice's requirements ("0 open").
            return self.tr("{verdict}: requirements not listed yet").format(verdict=verdict)
        if cell.verdict is Verdict.INCOMPLETE:
            return self.tr("{verdict}: {count} open").format(verdict=verdict, count=cell.open)
        return verdict

    def tooltip(self, row: int, column: int) -> str:
        """The first reasons of a cell, from the full assessment; plain text."""
        lang = current_language()
        vacancy = self.vacancy(column)
        lines = [f"{self.name(row)} · {vacancy.reference} {vacancy.title.get(lang)}"]
        try:
            assessment = self.assessment(row, column)
        except Exception:
            assessment = None
        if assessment is None:
            lines.append(self.text(row, column))
            return "\n".join(lines)
        wanted = Status.NOT_MET if assessment.failing else Status.UNKNOWN
        results = [r for r in assessment.essentials if r.status is wanted]
        # Each reason under its requirement's name: "You said no." alone did not say to what.
        names = self._labels_for(column, lang)
        for result in results[:TOOLTIP_REASONS]:
            reason = messages.render_reason(result.reason, lang)
            named = self.tr("{requirement}: {reason}").format(
                requirement=names.get(result.id, result.id), reason=reason
            )
            lines.append(f"• {named}")
        if len(results) > TOOLTIP_REASONS:
            lines.append(self.tr("… and {count} more").format(count=len(results) - TOOLTIP_REASONS))
        if not results:
            lines.append(verdict_text(assessment.verdict, lang))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self._colours.clear()  # a new palette may come with it
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)


def result_column_width(model: MatrixModel, metrics: QFontMetrics) -> int:
    """Room for the longest result among the first rows, within bounds: at 190 pixels
    French cells read "? Impossible de conclure po…", their count cut off."""
    rows, columns = min(model.rowCount(), 30), model.columnCount()
    texts = (model.text(row, column) for row in range(rows) for column in range(columns))
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    return max(190, min(380, widest + 24))
