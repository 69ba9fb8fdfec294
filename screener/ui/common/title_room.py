"""Room for the title in a vacancy table: the one column a reader needs whole.

The other columns are sized to their contents. In a narrow window (800 x 600, French status
words such as "Brouillon · Ouvert", a long reference such as "NSPA-LOG-27-012") they took
every pixel and the stretched title column showed "…" alone. When the title would get less
than a quarter of the width, the other columns give up the same share of what they have
beyond a few letters (their cut text shows whole as a tooltip, see
sortable_table.ElidedTextTips) until it has it; when the window is wide enough again, they
go back to fitting their contents.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

# The title's share of the table's width when the window is too narrow for every column.
TITLE_SHARE = 0.25
# The least another column keeps: a few letters and the ellipsis.
MIN_OTHER = 56


class TitleRoom(QObject):
    def __init__(self, table: QTableView, title_column: int) -> None:
        super().__init__(table)
        self._table = table
        self._title = title_column
        # What each other column's contents want: measuring them reads every row, so it is
        # kept until the rows, their texts or the table's font change, not redone on every
        # resize (a window dragged wider resizes the table dozens of times a second).
        self._natural: dict[int, int] | None = None
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        model = table.model()
        for change in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            change.connect(self._contents_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._table:
            if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
                self._contents_changed()
        elif kind == QEvent.Type.Resize:
            self.fit()
        return False

    def _contents_changed(self) -> None:
        # Measured again once, after the change is done (a language change sends the new
        # texts and then the new headers; a profile's answers change every row's status).
        if self._natural is not None:
            self._natural = None
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        if self._natural is None:
            self.fit()

    def _natural_widths(self) -> dict[int, int]:
        if self._natural is None:
            header = self._table.horizontalHeader()
            self._natural = {
                c: max(header.sectionSizeHint(c), self._table.sizeHintForColumn(c))
                for c in self._others()
            }
        return self._natural

    def _others(self) -> list[int]:
        header = self._table.horizontalHeader()
        return [
            column
            for column in range(header.count())
            if column != self._title and not header.isSectionHidden(column)
        ]

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        width = self._table.viewport().width()
        natural = self._natural_widths()
        others = list(natural)
        # The least each column keeps.
        floor = {c: min(natural[c], MIN_OTHER) for c in others}
        short = int(width * TITLE_SHARE) - (width - sum(natural.values()))
        if short <= 0:
            for column in others:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            return
        # Each column gives up the same share of what it has beyond a few letters.
        spare = sum(natural[c] - floor[c] for c in others)
        share = min(1.0, short / spare) if spare else 0.0
        for column in others:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(
                column, natural[column] - int((natural[column] - floor[column]) * share)
            )
