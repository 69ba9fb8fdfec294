"""Search-as-you-type over the catalogue, on each row's precomputed folded text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from screener.ui.catalogue.catalogue_model import CatalogueModel
from screener.ui.common.search_text import query_terms


class CatalogueFilter(QSortFilterProxyModel):
    """Keeps the rows whose title, reference or requirement text contains every query word.

    The haystack is built once per row, in idle moments after the catalogue loads. A query is matched against
    all rows at once when it is set, so filterAcceptsRow (which Qt calls once per row, from
    C++) is a set lookup; as the query grows a keystroke at a time, only the rows that
    matched the previous query are searched again.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        # Source rows matching _terms, or None: every row (no query) or not computed.
        self._matches: frozenset[int] | None = None
        self._matched_rows = -1  # the source's row count when _matches was computed
        self.setSortRole(CatalogueModel.SORT_ROLE)
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        previous = self.sourceModel()
        if previous is not None:
            for signal in self._structure_signals(previous):
                signal.disconnect(self._forget_matches)
        super().setSourceModel(model)  # type: ignore[arg-type]  # None detaches, as in Qt
        self._forget_matches()
        if model is not None:
            for signal in self._structure_signals(model):
                signal.connect(self._forget_matches)

    @staticmethod
    def _structure_signals(model: QAbstractItemModel) -> list[Any]:
        # Any change of the source's rows makes the matches stale (row numbers move); then
        # filterAcceptsRow searches row by row until the next query. The "about to" signals,
        # because the proxy's own handlers (connected first) filter again on the others.
        return [
            model.modelAboutToBeReset,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.rowsAboutToBeMoved,
            model.layoutAboutToBeChanged,
            model.dataChanged,
        ]

    def _forget_matches(self, *_args: object) -> None:
        self._matches = None
        self._matched_rows = -1

    def set_query(self, query: str) -> None:
        terms = query_terms(query)
        if terms == self._terms:
            return
        matches = self._match(terms)
        if hasattr(self, "beginFilterChange"):
            # Qt 6.9+ replaces the deprecated invalidateFilter() with this pair.
            self.beginFilterChange()
            self._set_terms(terms, matches)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._set_terms(terms, matches)
            self.invalidateFilter()

    def _set_terms(self, terms: list[str], matches: frozenset[int] | None) -> None:
        self._terms = terms
        self._matches = matches
        model = self.sourceModel()
        self._matched_rows = -1 if matches is None or model is None else model.rowCount()

    def _match(self, terms: list[str]) -> frozenset[int] | None:
        model = self.sourceModel()
        if not terms or not isinstance(model, CatalogueModel):
            return None
        count = model.rowCount()
        rows: Iterable[int] = range(count)
        # A query that only grew ("sec" -> "secu", or one more word) matches a subset of
        # what it matched before: every old word is inside some new word.
        if (
            self._matches is not None
            and self._matched_rows == count
            and all(any(old in new for new in terms) for old in self._terms)
        ):
            rows = sorted(self._matches)
        haystacks = [model.haystack(row) for row in rows] if count else []
        found = list(rows)
        for term in terms:
            kept = [(row, text) for row, text in zip(found, haystacks, strict=True) if term in text]
            found = [row for row, _ in kept]
            haystacks = [text for _, text in kept]
        return frozenset(found)

    def query_terms(self) -> list[str]:
        return list(self._terms)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._terms:
            return True
        matches = self._matches
        if matches is not None:
            return source_row in matches
        model = self.sourceModel()
        if not isinstance(model, CatalogueModel):
            return True
        haystack = model.haystack(source_row)
        return all(term in haystack for term in self._terms)
