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

from PySide6.QtCore import QEvent, QObject
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
        table.viewport().installEventFilter(self)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

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
        others = self._others()
        # What each column's contents want, and the least it keeps.
        natural = {
            c: max(header.sectionSizeHint(c), self._table.sizeHintForColumn(c)) for c in others
        }
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
