"""The vacancy tables' shared set-up, and sorting them from the keyboard.

Clicking a header sorts with the mouse only. The same choice is offered as a "Sort by"
menu: in the table's context menu (the Menu key or Shift+F10) and in View > Sort by.
Choosing the column already sorted on reverses the order, as a second click does.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QHelpEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QToolTip,
)

from screener.ui.common.plain_text_label import plain_tooltip
from screener.ui.common.scrolled import own_viewport
from screener.ui.common.title_room import TitleRoom


def configure_table(table: QTableView, stretch_column: int, title_room: bool = False) -> None:
    """Rows selected whole, one at a time, sortable by their headers, sized by content;
    `title_room`: in a narrow window the other columns are narrowed for the stretched one
    (title_room.py; the overview's cells carry tooltips of their own, and scroll instead)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    # Unsorted (the files' order) until the user chooses: set before sorting is enabled,
    # which otherwise sorts on the first column at once, and again when that is undone.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    # Column widths from at most 50 rows (the visible ones first), not from every row
    # each time the rows change: with 1,000 vacancies, measuring all took seconds.
    header.setResizeContentsPrecision(50)
    offer_sort_menu(table)
    own_viewport(table).installEventFilter(ElidedTextTips(table))
    if title_room:
        TitleRoom(table, stretch_column)


class ElidedTextTips(QObject):
    """A cell cut short ("Close Protectio…", a narrow window, French) shows its whole text
    as a tooltip, as plain text; cells shown whole, or with a tooltip of their own, keep
    theirs."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        table = self._table
        index = table.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not is_elided(table, index, text):
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), plain_tooltip(text), table.viewport())
        return True


def is_elided(table: QTableView, index: QModelIndex, text: str) -> bool:
    """Whether the cell is too narrow for its text (its icon and margins allowed for)."""
    rect = table.visualRect(index)
    wanted = table.sizeHintForIndex(index).width() if text else 0
    return wanted > rect.width()


def sort_by(table: QTableView, column: int) -> None:
    """Sort on this column; on the column already sorted on, reverse the order."""
    header = table.horizontalHeader()
    ascending = Qt.SortOrder.AscendingOrder
    again = header.sortIndicatorSection() == column and header.sortIndicatorOrder() == ascending
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder if again else ascending)
    _say_sorted(table, column, descending=again)


def _say_sorted(table: QTableView, column: int, descending: bool) -> None:
    """Chosen from a menu, the new order was shown only by the header's small arrow: a
    screen reader said nothing, and the focus went back to where it was."""
    from PySide6.QtWidgets import QMainWindow

    from screener.ui.common.accessibility import say, status_news

    name = str(table.model().headerData(column, Qt.Orientation.Horizontal))
    text = (
        QCoreApplication.translate("SortableTable", "Sorted by {column}, descending.")
        if descending
        else QCoreApplication.translate("SortableTable", "Sorted by {column}, ascending.")
    ).format(column=name)
    window = table.window()
    if isinstance(window, QMainWindow):
        status_news(window, text)
    else:
        say(table, text)


def fill_sort_menu(menu: QMenu, table: QTableView) -> None:
    """One checkable action per column, the column sorted on checked, with its order."""
    menu.clear()
    model = table.model()
    header = table.horizontalHeader()
    group = QActionGroup(menu)
    taken: set[str] = set()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        name = with_access_key(str(model.headerData(column, Qt.Orientation.Horizontal)), taken)
        action = QAction(name, menu)
        action.setCheckable(True)
        if header.sortIndicatorSection() == column:
            action.setChecked(True)
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            action.setText(
                QCoreApplication.translate("SortableTable", "{column} (descending)")
                if descending
                else QCoreApplication.translate("SortableTable", "{column} (ascending)")
            )
            action.setText(action.text().format(column=name))
        action.triggered.connect(partial(sort_by, table, column))
        group.addAction(action)
        menu.addAction(action)


def with_access_key(name: str, taken: set[str]) -> str:
    """`name` for a menu item, with the access key of its first letter or digit that no
    earlier item took ("&Reference", "&Title", "&Grade", "&Deadline", "&Status"; "Dat&e"
    after "&Deadline"); an "&" in the name itself is shown as it is."""
    for index, char in enumerate(name):
        key = char.casefold()
        if char.isalnum() and key not in taken:
            taken.add(key)
            return name[:index].replace("&", "&&") + "&" + name[index:].replace("&", "&&")
    return name.replace("&", "&&")


def sort_menu_title() -> str:
    return QCoreApplication.translate("SortableTable", "&Sort by")


def offer_sort_menu(table: QTableView) -> None:
    """The table's context menu (the Menu key, Shift+F10, a right-click) offers "Sort by":
    a header sorts with a click only."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(partial(_context_menu, table))
    # Windows turns Shift+F10 into a context menu request; Qt on Linux and macOS does not.
    shortcut = QShortcut(QKeySequence("Shift+F10"), table)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(partial(_menu_at_current_cell, table))


def _menu_at_current_cell(table: QTableView) -> None:
    current = table.currentIndex()
    position = table.visualRect(current).center() if current.isValid() else QPoint(0, 0)
    table.customContextMenuRequested.emit(position)


def _context_menu(table: QTableView, position: QPoint) -> None:
    menu = QMenu(table)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sort = menu.addMenu(sort_menu_title())
    fill_sort_menu(sort, table)
    menu.popup(table.viewport().mapToGlobal(position))
