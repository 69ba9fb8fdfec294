"""Sorting and the verdict filter for the all-vacancies overview."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from screener.domain.assessment import Verdict
from screener.ui.overview_model import OverviewModel


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

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._show is Show.ALL:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, OverviewModel.VERDICT_ROLE) != _VERDICTS[self._show]:
            return False
        return self._show is not Show.OPEN_ELIGIBLE or not model.data(
            index, OverviewModel.CLOSED_ROLE
        )
