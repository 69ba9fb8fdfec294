"""The View menu: find in the table shown, sort it by any column, and give the vacancy list
or the details more of the width, from the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QTableView

from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.sortable_table import fill_sort_menu, sort_menu_title
from screener.ui.window.pane_widths import widen

if TYPE_CHECKING:
    from screener.ui.window.host import MainWindowHost

# A table and the box that filters it (the catalogue's search, the overview's filter).
TableAndSearch = tuple[QTableView, QLineEdit]


class ViewMenu(RetranslatesOnLanguageChange, QMenu):
    def __init__(self, window: MainWindowHost) -> None:
        super().__init__(window)
        self.setObjectName("view-menu")
        self.window_ = window
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        if self.find_action.shortcut().isEmpty():
            self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.find_in_table)
        self.addAction(self.find_action)
        self.sort_menu = self.addMenu("")
        # Filled again each time it opens: for the table shown, with its current order.
        self.sort_menu.aboutToShow.connect(self._fill_sort_menu)
        self.addSeparator()
        self.widen_list_action = self.addAction("")
        self.widen_list_action.triggered.connect(lambda: widen(window.splitter, 0))
        self.widen_details_action = self.addAction("")
        self.widen_details_action.triggered.connect(lambda: widen(window.splitter, 1))
        # The two panes are the vacancies tab's: offered while it is the one shown.
        self.aboutToShow.connect(self._offer_widths)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Vie&w"))
        self.find_action.setText(self.tr("&Find…"))
        self.find_action.setStatusTip(self.tr("Type words to show only the matching vacancies"))
        self.sort_menu.setTitle(sort_menu_title())
        self.widen_list_action.setText(self.tr("Widen the &list"))
        self.widen_list_action.setStatusTip(
            self.tr("Give the list of vacancies more of the window's width")
        )
        self.widen_details_action.setText(self.tr("Widen the &details"))
        self.widen_details_action.setStatusTip(
            self.tr("Give the vacancy's details more of the window's width")
        )
        self._fill_sort_menu()  # the columns' names, in the new language

    def shown(self) -> TableAndSearch:
        """The table on screen and its search box: the overview's when its tab is shown
        (asked each time: the overview is built only when first shown)."""
        window = self.window_
        if window.profiles.overview_page.isVisible():
            return window.profiles.overview.table, window.profiles.overview.find_edit
        return window.table, window.search

    def _offer_widths(self) -> None:
        on_vacancies = not self.window_.profiles.overview_page.isVisible()
        self.widen_list_action.setEnabled(on_vacancies)
        self.widen_details_action.setEnabled(on_vacancies)

    def _fill_sort_menu(self) -> None:
        fill_sort_menu(self.sort_menu, self.shown()[0])

    def find_in_table(self) -> None:
        search = self.shown()[1]
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
