"""Sorting and the verdict filter for the all-vacancies overview."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from screener.domain.assessment import Verdict
from screener.ui.catalogue.overview_model import OverviewModel
from screener.ui.common.search_text import fold, query_terms


class Show(IntEnum):
    ALL = 0
    ELIGIBLE = 1
    OPEN_ELIGIBLE = 2  # eligible, and the deadline has not passed
    INCOMPLETE = 3
    NOT_ELIGIBLE = 4


_VERDICTS = {
    Show.ELIGIBLE: Verdict.ELIGIBLE,
    Show.OPEN_ELIGIBLE: Verdict.ELIGIBLE,
    Show.INCOMPLETE: Verdict.INCOMPLETE,
    Show.NOT_ELIGIBLE: Verdict.NOT_ELIGIBLE,
}


class OverviewFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = Show.ALL
        self._terms: list[str] = []
        self.setSortRole(OverviewModel.SORT_ROLE)
        # Verdicts change as answers change: keep the filter and the order up to date.
        self.setDynamicSortFilter(True)

    @property
    def show(self) -> Show:
        return self._show

    def set_show(self, show: Show) -> None:
        if show == self._show:
            return
        self.beginFilterChange()
        self._show = Show(show)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_query(self, query: str) -> None:
        """Keep only the rows whose words shown (reference, title, result, why) hold every
        word typed, accents and case aside."""
        terms = query_terms(query)
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _matches_query(self, source_row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        shown = " ".join(
            str(model.data(model.index(source_row, column, parent), Qt.ItemDataRole.DisplayRole))
            for column in range(model.columnCount(parent))
        )
        haystack = fold(shown)
        return all(term in haystack for term in self._terms)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._terms and not self._matches_query(source_row, source_parent):
            return False
        if self._show is Show.ALL:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, OverviewModel.VERDICT_ROLE) != _VERDICTS[self._show]:
            return False
        return self._show is not Show.OPEN_ELIGIBLE or not model.data(
            index, OverviewModel.CLOSED_ROLE
        )
