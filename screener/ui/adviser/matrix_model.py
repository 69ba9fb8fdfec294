"""Candidates x vacancies: one row a candidate, one column a vacancy, a verdict in each cell.

The cells come from a BatchResult (the engine's fast verdicts). A cell's tooltip gives its
first reasons from a full assessment, made only when asked for, from the candidate's
profile file. Thin on purpose: tested without widgets.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from screener.adviser.selection import is_open
from screener.batch import BatchResult, Cell, requirement_labels, row_names
from screener.domain.assessment import Assessment, Status, Verdict
from screener.domain.deadline import deadline_status
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.profile_store import read_profile
from screener.report import messages
from screener.ui.language import current_language
from screener.ui.search_text import fold
from screener.ui.status_style import verdict_colour, verdict_text

Index = QModelIndex | QPersistentModelIndex
_VERDICT_ORDER = {Verdict.ELIGIBLE: 0, Verdict.INCOMPLETE: 1, Verdict.NOT_ELIGIBLE: 2}
TOOLTIP_REASONS = 3


def plain_tooltip(text: str) -> str:
    """A tooltip that shows text exactly as written: Qt would read a tooltip that looks like
    markup as rich text, so the text is escaped and its line breaks kept."""
    escaped = html.escape(text, quote=False)
    return f'<p style="white-space:pre-wrap">{escaped}</p>'


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole + 1,
        Qt.ItemDataRole.UserRole + 2,
    }
)


class MatrixModel(QAbstractTableModel):
    COL_NAME = 0
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
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
        self.open_columns = frozenset(
            column
            for column, vacancy in enumerate(result.vacancies, start=1)
            if is_open(vacancy, result.on)
        )
        # Per row, the verdicts in all columns and in open columns only: the filter's lookups.
        self._verdicts_all: list[frozenset[Verdict]] = []
        self._verdicts_open: list[frozenset[Verdict]] = []
        for row in result.candidates:
            self._verdicts_all.append(frozenset(cell.verdict for cell in row.cells))
            self._verdicts_open.append(
                frozenset(c.verdict for i, c in enumerate(row.cells, 1) if i in self.open_columns)
            )
        # The candidates shown, by index in result.candidates: the name filter works here,
        # not in a proxy (see set_name_query).
        self.shown: list[int] = list(range(len(result.candidates)))
        self._words: list[str] = []
        self._texts: dict[tuple[int, int, str], str] = {}
        self._colours: dict[Verdict, Any] = {}
        self._labels: dict[tuple[int, str], dict[str, str]] = {}
        self._profile = lru_cache(maxsize=8)(self._read_profile)

    # -- access -----------------------------------------------------------------------------

    def vacancy(self, column: int) -> Vacancy:
        return self.result.vacancies[column - 1]

    def name(self, row: int) -> str:
        return self.names[self.shown[row]]

    def cell(self, row: int, column: int) -> Cell:
        return self.result.candidates[self.shown[row]].cells[column - 1]

    def verdicts(self, row: int, open_only: bool) -> frozenset[Verdict]:
        return (self._verdicts_open if open_only else self._verdicts_all)[self.shown[row]]

    def set_name_query(self, text: str) -> bool:
        """Show only the candidates whose name holds every word typed (accents ignored).

        The rows go and come back as two blocks (all removed, the matches inserted): a
        proxy's filter removes hidden rows one run at a time, and a view handling hundreds
        of runs took ~50 ms a keystroke over 1,000 candidates. False if nothing changed.
        """
        words = fold(text).split()
        if words == self._words:
            return False
        names = self.folded_names
        # A longer query only narrows: search the rows shown, not all of them.
        narrowing = self._words and all(any(o in w for w in words) for o in self._words)
        pool = self.shown if narrowing else range(len(names))
        shown = [i for i in pool if all(word in names[i] for word in words)]
        self._words = words
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

    def _read_profile(self, candidate: int) -> Profile | None:
        file = self.result.candidates[candidate].file
        if self.profiles_folder is None or not file:
            return None
        return read_profile(self.profiles_folder / file)

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
        return 0 if parent.isValid() else len(self.result.vacancies) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                self.tr("Candidate")
                if section == self.COL_NAME
                else self.vacancy(section).reference
            )
        if role == Qt.ItemDataRole.ToolTipRole and section != self.COL_NAME:
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
        if column == self.COL_NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.name(row)
            if role == self.SORT_ROLE:
                return self.folded_names[self.shown[row]]
            return None
        cell = self.cell(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colours.get(cell.verdict)
            if colour is None:
                colour = self._colours[cell.verdict] = verdict_colour(cell.verdict)
            return colour
        if role == self.VERDICT_ROLE:
            return cell.verdict
        if role == self.SORT_ROLE:
            return f"{_VERDICT_ORDER[cell.verdict]}{len(cell.failing) + cell.open:04d}"
        return None

    def _labels_for(self, column: int, lang: str) -> dict[str, str]:
        key = (column, lang)
        labels = self._labels.get(key)
        if labels is None:
            labels = self._labels[key] = requirement_labels(self.vacancy(column), lang)
        return labels

    def text(self, row: int, column: int) -> str:
        """The verdict as symbol and word, then the failing requirement or the open count."""
        cell = self.cell(row, column)
        lang = current_language()
        key = (id(cell), column, lang)  # cells are shared between equal outcomes
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
        for result in results[:TOOLTIP_REASONS]:
            lines.append(f"• {messages.render_reason(result.reason, lang)}")
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
