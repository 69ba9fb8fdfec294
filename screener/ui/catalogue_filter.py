"""Search-as-you-type over the catalogue, on each row's precomputed folded text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from screener.ui.catalogue_model import CatalogueModel
from screener.ui.search_text import query_terms


class CatalogueFilter(QSortFilterProxyModel):
    """Keeps the rows whose title, reference or requirement text contains every query word.

    The haystack is built once per row when the catalogue loads, so a keystroke costs one
    substring test per row and word: fast enough for thousands of vacancies.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.setSortRole(CatalogueModel.SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_query(self, query: str) -> None:
        terms = query_terms(query)
        if terms == self._terms:
            return
        if hasattr(self, "beginFilterChange"):
            # Qt 6.9+ replaces the deprecated invalidateFilter() with this pair.
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._terms = terms
            self.invalidateFilter()

    def query_terms(self) -> list[str]:
        return list(self._terms)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        if not isinstance(model, CatalogueModel):
            return True
        haystack = model.haystack(source_row)
        return all(term in haystack for term in self._terms)
