"""What the catalogue and overview tables share: flat rows, headers, retranslation, icons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

Index = QModelIndex | QPersistentModelIndex


class FlatTableModel(QAbstractTableModel):
    """A table without children: a subclass says how many rows and what the headers say."""

    COLUMN_COUNT = 0
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    # The columns that name a row (its reference and title): a screen reader says them as
    # the row's header when the arrows move to another row, whichever column the focus is in.
    NAME_COLUMNS: tuple[int, ...] = ()

    def row_total(self) -> int:
        raise NotImplementedError

    def header_texts(self) -> dict[int, str]:
        """Column -> header, translated in the subclass (its own translation context)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Every cell and header in the current language (the view's owner calls this)."""
        rows = self.row_total()
        if rows:
            last = self.index(rows - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # Only for assistive technology: the row numbers stay hidden.
            if role == Qt.ItemDataRole.AccessibleTextRole and 0 <= section < self.row_total():
                return self.row_name(section)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_texts().get(section)

    def row_name(self, row: int) -> str:
        """The row's name for a screen reader: "241436 — Officer, Defensive Cyberspace…"."""
        texts = (self.index(row, column).data() for column in self.NAME_COLUMNS)
        return " — ".join(str(text) for text in texts if text)


def icon_style() -> QStyle | None:
    """The application's style to draw icons from; None for a model used without widgets."""
    app = QApplication.instance()
    return app.style() if isinstance(app, QApplication) else None


# The standard icons made so far, and the style that made them: a view asks for a row's icon
# on every paint and size hint (~30 times a row before the first paint), and making one
# from the style each time took 5 ms of the catalogue's first screen.
_ICONS: dict[QStyle.StandardPixmap, QIcon] = {}
_ICONS_STYLE: list[QStyle] = []


def standard_icon(which: QStyle.StandardPixmap) -> QIcon | None:
    """The application style's icon `which`, made once per style; None without widgets."""
    style = icon_style()
    if style is None:
        return None
    if not _ICONS_STYLE or _ICONS_STYLE[0] is not style:
        _ICONS.clear()
        _ICONS_STYLE[:] = [style]
    icon = _ICONS.get(which)
    if icon is None:
        icon = _ICONS[which] = style.standardIcon(which)
    return icon
