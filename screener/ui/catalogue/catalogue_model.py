"""The vacancy catalogue as a table: loaded vacancies and files that could not be loaded."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QStyle

from screener.domain.assessment import DeadlineState, DeadlineStatus
from screener.domain.deadline import deadline_status
from screener.domain.terms import brussels_now
from screener.persistence.errors import FileProblemError, safe_text
from screener.persistence.vacancy_catalogue import Catalogue, LoadedVacancy, load_paths
from screener.persistence.vacancy_rows import VacancyRow
from screener.report import messages
from screener.ui.common.language import current_language
from screener.ui.common.search_text import fold
from screener.ui.common.table_model import FlatTableModel, Index, standard_icon

# Rows whose search text is folded per pass of the event loop: a few milliseconds.
_FOLDED_PER_IDLE_MOMENT = 25
_GRADE_PARTS = re.compile(r"^([A-Z]+)(\d+)$")

if TYPE_CHECKING:
    from screener.domain.vacancy import Vacancy


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One row: a vacancy, or a file that could not be loaded (then `error` is set)."""

    path: Path
    loaded: LoadedVacancy | None
    error: FileProblemError | None
    deadline: DeadlineStatus | None

    def haystack(self) -> str:
        """The folded text a search looks in (see screener.ui.common.search_text)."""
        if self.loaded is not None:
            return self.loaded.haystack()
        assert self.error is not None
        return fold("\n".join([self.error.path.name, *(p.message for p in self.error.problems)]))

    @property
    def is_error(self) -> bool:
        return self.error is not None


class CatalogueModel(FlatTableModel):
    COL_REFERENCE = 0
    COL_TITLE = 1
    COL_GRADE = 2
    COL_DEADLINE = 3
    COL_STATUS = 4
    COLUMN_COUNT = 5
    NAME_COLUMNS = (COL_REFERENCE, COL_TITLE)

    def __init__(
        self,
        catalogue: Catalogue | None = None,
        now: dt.datetime | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now or brussels_now()
        self._entries: list[CatalogueEntry] = []
        # The search texts are folded after the window is up, a few rows per idle moment
        # (_fold_some), not before the first paint: with 1,000 vacancies they take 0.1-0.3 s.
        # A search before they are all done folds the rows it needs itself.
        self._haystacks: list[str | None] = []
        self._folded_upto = 0
        if catalogue is not None:
            self.set_catalogue(catalogue)

    # -- building ---------------------------------------------------------------------------

    def _vacancy_entry(self, loaded: LoadedVacancy) -> CatalogueEntry:
        # From the row: no vacancy model is built for the list (see LoadedVacancy).
        status = deadline_status(loaded.row.deadline, self._now)  # type: ignore[arg-type]
        return CatalogueEntry(loaded.path, loaded, None, status)

    @staticmethod
    def _error_entry(error: FileProblemError) -> CatalogueEntry:
        return CatalogueEntry(error.path, None, error, None)

    def _entries_of(self, catalogue: Catalogue) -> list[CatalogueEntry]:
        # One row per vacancy: the user's copy of a bundled vacancy replaces it.
        entries = [self._vacancy_entry(loaded) for loaded in catalogue.current()]
        return entries + [self._error_entry(error) for error in catalogue.errors]

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.beginResetModel()
        self._entries = self._entries_of(catalogue)
        self._reset_haystacks()
        self.endResetModel()

    def add_paths(self, paths: Iterable[Path]) -> list[int]:
        """Load more files for this session; a file already shown is replaced. Returns rows."""
        new = self._entries_of(load_paths(list(paths)))
        if not new:
            return []
        # realpath, not Path.resolve, which raises RuntimeError on a symlink loop.
        replaced = {os.path.realpath(entry.path) for entry in new}
        references = {e.loaded.reference for e in new if e.loaded is not None}
        kept = [
            e
            for e in self._entries
            if os.path.realpath(e.path) not in replaced
            # A file the user opens replaces the bundled vacancy it is a copy of.
            and not (e.loaded is not None and e.loaded.bundled
                     and e.loaded.reference in references)
        ]  # fmt: skip
        self.beginResetModel()
        self._entries = kept + new
        self._reset_haystacks()
        self.endResetModel()
        return list(range(len(kept), len(self._entries)))

    def broken(self, row: int, error: FileProblemError) -> CatalogueEntry:
        """The row becomes its file's problem, as at start: the file was deleted or broken
        while the app ran, and the cache no longer holds the vacancy (another window, or
        `screener list`, loaded the folder again since)."""
        self._entries[row] = entry = self._error_entry(error)
        self._haystacks[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
        return entry

    def built(self, row: int) -> LoadedVacancy | None:
        """The row's vacancy with its model built, or None (a file's problem; see broken)."""
        loaded = self._entries[row].loaded
        if loaded is None:
            return None
        try:
            loaded.vacancy  # noqa: B018 (built now, so that a file gone is found here)
        except FileProblemError as exc:
            self.broken(row, exc)
            return None
        return loaded

    def _reset_haystacks(self) -> None:
        idle = self._folded_upto >= len(self._haystacks)  # no fold_some pending
        self._haystacks = [None] * len(self._entries)
        self._folded_upto = 0
        if idle:
            QTimer.singleShot(0, self, self._fold_some)

    def _fold_some(self) -> None:
        end = min(self._folded_upto + _FOLDED_PER_IDLE_MOMENT, len(self._haystacks))
        for row in range(self._folded_upto, end):
            self.haystack(row)
        self._folded_upto = end
        if end < len(self._haystacks):
            QTimer.singleShot(0, self, self._fold_some)

    # -- access -----------------------------------------------------------------------------

    def entry(self, row: int) -> CatalogueEntry:
        return self._entries[row]

    def haystack(self, row: int) -> str:
        found = self._haystacks[row]
        if found is None:
            found = self._haystacks[row] = self._entries[row].haystack()
        return found

    def row_of_reference(self, reference: str) -> int | None:
        found = None
        for row, entry in enumerate(self._entries):
            if entry.loaded is not None and entry.loaded.reference == reference:
                found = row  # the last one wins, as in Catalogue.find: the user's copy
        return found

    def badge(self, status: DeadlineStatus) -> str:
        if status.state is DeadlineState.CLOSED:
            return self.tr("Closed")
        if status.state is DeadlineState.CLOSING_SOON:
            if status.days_left == 0:
                return self.tr("Closes today")
            if status.days_left == 1:
                return self.tr("Closes tomorrow")
            return self.tr("Closes in %n days", "", status.days_left)
        return self.tr("Open")

    def status_badge(self, vacancy: Vacancy | VacancyRow, status: DeadlineStatus) -> str:
        """The deadline badge, after "Draft" for an imported notice not yet checked in full."""
        if vacancy.draft:
            return self.tr("Draft · {status}").format(status=self.badge(status))
        return self.badge(status)

    # -- Qt model ---------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._entries)

    def header_texts(self) -> dict[int, str]:
        return {
            self.COL_REFERENCE: self.tr("Reference"),
            self.COL_TITLE: self.tr("Title"),
            self.COL_GRADE: self.tr("Grade"),
            self.COL_DEADLINE: self.tr("Deadline"),
            self.COL_STATUS: self.tr("Status"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if entry.error is not None:
                return self._error_text(entry.error, column)
            return self._vacancy_text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_STATUS:
            return self._status_icon(entry)
        if role == self.SORT_ROLE:
            return self._sort_key(entry, column)
        return None

    def _error_text(self, error: FileProblemError, column: int) -> str:
        if column == self.COL_REFERENCE:  # a name from elsewhere: its controls escaped
            return safe_text(error.path.name)
        if column == self.COL_TITLE:
            first = error.problems[0] if error.problems else None
            if first is None:
                return self.tr("This file could not be loaded.")
            # Imported here, not with the module: the main window's first paint needs no error.
            from screener.ui.common.problem_words import problem_line

            more = len(error.problems) - 1
            if more:
                return self.tr("{problem} (+{count} more)").format(
                    problem=problem_line(first), count=more
                )
            return problem_line(first)
        if column == self.COL_STATUS:
            return self.tr("Error")
        return ""

    def _vacancy_text(self, entry: CatalogueEntry, column: int) -> str:
        assert entry.loaded is not None and entry.deadline is not None
        vacancy = entry.loaded.row
        lang = current_language()
        if column == self.COL_REFERENCE:
            return vacancy.reference
        if column == self.COL_TITLE:
            return vacancy.title(lang)
        if column == self.COL_GRADE:
            return vacancy.grade
        if column == self.COL_DEADLINE:
            return messages.format_date(vacancy.deadline.date, lang)
        if column == self.COL_STATUS:
            return self.status_badge(vacancy, entry.deadline)
        return ""

    def _status_icon(self, entry: CatalogueEntry) -> Any:
        if entry.is_error:
            return standard_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        if entry.deadline is not None and entry.deadline.state is DeadlineState.CLOSED:
            return standard_icon(QStyle.StandardPixmap.SP_DialogCancelButton)
        return standard_icon(QStyle.StandardPixmap.SP_DialogApplyButton)

    def _sort_key(self, entry: CatalogueEntry, column: int) -> Any:
        if entry.loaded is None:
            # Errors sort after every vacancy, by file name.
            return f"\uffff{entry.path.name}"
        vacancy = entry.loaded.row
        if column == self.COL_GRADE:
            letters, digits = _GRADE_PARTS.match(vacancy.grade_min).groups()  # type: ignore[union-attr]
            return f"{letters}{int(digits):03d}"
        if column in (self.COL_DEADLINE, self.COL_STATUS):
            return vacancy.deadline.closes_at().isoformat()
        if column == self.COL_TITLE:
            return fold(vacancy.title(current_language()))
        return vacancy.reference
