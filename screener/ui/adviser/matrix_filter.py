"""The matrix's filters: candidate name, open vacancies only, and a verdict."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from screener.domain.assessment import Verdict
from screener.ui.adviser.matrix_model import MatrixModel

Index = QModelIndex | QPersistentModelIndex


class MatrixFilter(QSortFilterProxyModel):
    """Rows (if a verdict is chosen) that have that verdict in at least one shown column;
    columns: all vacancies or the open ones. The name filter is the model's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_only = False
        self._verdict: Verdict | None = None
        self.setSortRole(MatrixModel.SORT_ROLE)

    def matrix(self) -> MatrixModel:
        model = self.sourceModel()
        assert isinstance(model, MatrixModel)
        return model

    def set_open_only(self, open_only: bool) -> None:
        if open_only == self._open_only:
            return
        self.beginFilterChange()
        self._open_only = open_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Both)

    def set_verdict(self, verdict: Verdict | None) -> None:
        if verdict == self._verdict:
            return
        self.beginFilterChange()
        self._verdict = verdict
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.matrix()
        if self._verdict is not None:
            return self._verdict in model.verdicts(source_row, self._open_only)
        return True

    def filterAcceptsColumn(self, source_column: int, source_parent: Index) -> bool:
        if not self._open_only or source_column == MatrixModel.COL_NAME:
            return True
        return source_column in self.matrix().open_columns
