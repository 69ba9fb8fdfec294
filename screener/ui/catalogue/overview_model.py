"""Every vacancy against the current profile, one row each: verdict, why, desirables, deadline.

Verdicts come from domain.fast_verdict (the kinds' rules, statuses only), so
the table follows every answer as it is given. Thin on purpose: tested without widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from screener.domain.assessment import DeadlineState, DeadlineStatus, Verdict
from screener.domain.deadline import deadline_status
from screener.domain.facts import facts_of
from screener.domain.fast_verdict import CompiledVacancy, VerdictSummary, compile_vacancy, evaluate
from screener.domain.profile import Profile
from screener.domain.terms import brussels_now
from screener.domain.vacancy import Vacancy
from screener.report.requirement_names import names_on_screen
from screener.ui.catalogue.catalogue_model import CatalogueModel
from screener.ui.common.language import current_language
from screener.ui.common.plain_text_label import plain_tooltip
from screener.ui.common.search_text import fold
from screener.ui.common.status_style import verdict_colour_on_screen, verdict_text
from screener.ui.common.table_model import FlatTableModel, Index

# Sorting by verdict puts the good news first.
_VERDICT_ORDER = {Verdict.ELIGIBLE: 0, Verdict.INCOMPLETE: 1, Verdict.NOT_ELIGIBLE: 2}


@dataclass(frozen=True, slots=True)
class _Row:
    vacancy: Vacancy
    compiled: CompiledVacancy
    deadline: DeadlineStatus


class OverviewModel(FlatTableModel):
    COL_REFERENCE = 0
    COL_TITLE = 1
    COL_VERDICT = 2
    COL_DETAIL = 3
    COL_DESIRABLE = 4
    COL_DEADLINE = 5
    COLUMN_COUNT = 6
    NAME_COLUMNS = (COL_REFERENCE, COL_TITLE)

    # SORT_ROLE (UserRole + 1) comes from FlatTableModel.
    VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2  # the Verdict
    CLOSED_ROLE = Qt.ItemDataRole.UserRole + 3  # True once the deadline has passed

    def __init__(
        self,
        vacancies: Sequence[Vacancy] = (),
        profile: Profile | None = None,
        now: dt.datetime | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now or brussels_now()
        self._profile = profile if profile is not None else Profile()
        self._rows: list[_Row] = []
        self._outcomes: list[VerdictSummary] = []
        self._badges = CatalogueModel(now=self._now, parent=self)
        # Requirement names by (reference, language): the matrix's and the reports' names.
        self._names: dict[tuple[str, str], dict[str, str]] = {}
        self.set_vacancies(vacancies)

    # -- input ------------------------------------------------------------------------------

    def set_vacancies(self, vacancies: Sequence[Vacancy]) -> None:
        """A new list of vacancies; a reference given twice keeps its last copy."""
        by_reference = {vacancy.reference: vacancy for vacancy in vacancies}
        self.beginResetModel()
        self._names.clear()
        self._rows = [
            _Row(v, compile_vacancy(v), deadline_status(v.deadline, self._now))
            for v in by_reference.values()
        ]
        self._outcomes = self._evaluate()
        self.endResetModel()

    def set_profile(self, profile: Profile) -> None:
        """The answers changed: recompute every verdict, keeping rows (and the selection)."""
        self._profile = profile
        outcomes = self._evaluate()
        if outcomes == self._outcomes:
            return
        self._outcomes = outcomes
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.COL_VERDICT),
                self.index(len(self._rows) - 1, self.COL_DESIRABLE),
            )

    def _evaluate(self) -> list[VerdictSummary]:
        facts = facts_of(self._profile)
        return [evaluate(row.compiled, self._profile, facts) for row in self._rows]

    # -- access -----------------------------------------------------------------------------

    def vacancy(self, row: int) -> Vacancy:
        return self._rows[row].vacancy

    def outcome(self, row: int) -> VerdictSummary:
        return self._outcomes[row]

    def verdict(self, row: int) -> Verdict:
        return self._outcomes[row][0]

    def row_of_reference(self, reference: str) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.vacancy.reference == reference:
                return row
        return None

    def first_open(self, row: int) -> str | None:
        """The first essential requirement still unanswered, in notice order; None if none."""
        unknown = self._outcomes[row][2]
        return unknown[0] if unknown else None

    # -- Qt model ---------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._rows)

    def header_texts(self) -> dict[int, str]:
        return {
            self.COL_REFERENCE: self.tr("Reference"),
            self.COL_TITLE: self.tr("Title"),
            self.COL_VERDICT: self.tr("Result"),
            self.COL_DETAIL: self.tr("Why"),
            self.COL_DESIRABLE: self.tr("Desirable"),
            self.COL_DEADLINE: self.tr("Deadline"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DETAIL:
            return self._detail_tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_VERDICT:
            return verdict_colour_on_screen(self.verdict(row))
        if role == self.VERDICT_ROLE:
            return self.verdict(row)
        if role == self.CLOSED_ROLE:
            return self._rows[row].deadline.state is DeadlineState.CLOSED
        if role == self.SORT_ROLE:
            return self._sort_key(row, column)
        return None

    def text(self, row: int, column: int) -> str:
        entry = self._rows[row]
        lang = current_language()
        if column == self.COL_REFERENCE:
            return entry.vacancy.reference
        if column == self.COL_TITLE:
            return entry.vacancy.title.get(lang)
        if column == self.COL_VERDICT:
            return verdict_text(self.verdict(row), lang)
        if column == self.COL_DETAIL:
            return self._detail(row, lang)
        if column == self.COL_DESIRABLE:
            _, _, _, met, total = self._outcomes[row]
            return self.tr("{met}/{total}").format(met=met, total=total) if total else "—"
        if column == self.COL_DEADLINE:
            return self._badges.status_badge(entry.vacancy, entry.deadline)
        return ""

    def _detail(self, row: int, lang: str) -> str:
        verdict, failing, unknown, _, _ = self._outcomes[row]
        if verdict is Verdict.NOT_ELIGIBLE:
            words = self.requirement_name(row, failing[0], lang)
            if len(failing) == 1:
                return self.tr("Not met: {requirement}").format(requirement=words)
            return self.tr("Not met: {requirement} (+{count} more)").format(
                requirement=words, count=len(failing) - 1
            )
        if verdict is Verdict.INCOMPLETE and not unknown:
            # Nothing to answer ("Open questions: 0"): the draft's requirements are missing.
            return self.tr("The draft does not list the notice's requirements yet")
        if verdict is Verdict.INCOMPLETE:
            return self.tr("Open questions: {count}").format(count=len(unknown))
        return self.tr("Every essential requirement met")

    def _detail_tooltip(self, row: int) -> str:
        verdict, failing, unknown, _, _ = self._outcomes[row]
        ids = failing if verdict is Verdict.NOT_ELIGIBLE else unknown
        lang = current_language()
        # Requirement words quote the vacancy file: shown as written, never as markup.
        names = (self.requirement_name(row, cid, lang) for cid in ids)
        return plain_tooltip("\n".join(f"• {name}" for name in names))

    def requirement_name(self, row: int, criterion_id: str, lang: str) -> str:
        """An essential requirement's short name, as the matrix and the reports name it."""
        vacancy = self._rows[row].vacancy
        key = (vacancy.reference, lang)
        names = self._names.get(key)
        if names is None:
            names = self._names[key] = names_on_screen(vacancy, lang)
        return names.get(criterion_id, criterion_id)

    def badge(self, status: DeadlineStatus) -> str:
        # The catalogue's own words: one translation, and the same badge in both tables.
        return self._badges.badge(status)

    def _sort_key(self, row: int, column: int) -> Any:
        entry = self._rows[row]
        verdict, failing, unknown, met, total = self._outcomes[row]
        if column == self.COL_TITLE:
            return fold(entry.vacancy.title.get(current_language()))
        if column == self.COL_VERDICT:
            return f"{_VERDICT_ORDER[verdict]}{len(failing) + len(unknown):04d}"
        if column == self.COL_DETAIL:
            return fold(self.text(row, column))
        if column == self.COL_DESIRABLE:
            return f"{(met / total if total else 0):.4f}{met:04d}"
        if column == self.COL_DEADLINE:
            return entry.deadline.closes_at.isoformat()
        return entry.vacancy.reference
