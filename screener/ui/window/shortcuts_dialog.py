"""Help > Keyboard shortcuts: every shortcut of the menus, read from the actions themselves."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screener.ui.common.accessibility import describe
from screener.ui.common.command_keys import command_key_rows
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.window import window_placement
from screener.ui.window.welcome_panel import plain


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def _collect(actions: list[QAction], path: str, rows: list[tuple[str, str]]) -> None:
    for action in actions:
        if action.isSeparator():
            continue
        menu = action.menu()
        if isinstance(menu, QMenu):
            inner = f"{path} > {plain(action.text())}" if path else plain(action.text())
            _collect(menu.actions(), inner, rows)
            continue
        keys = action.shortcuts()
        if keys:
            native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((f"{path} > {plain(action.text())}", native))


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(menu path, keys) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []
    _collect(menu_bar.actions(), "", rows)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = PlainTextLabel(
            self.tr("Everything in Screener works from the keyboard. Tab moves between "
                    "controls, Enter does a window's main action, Escape closes it (in a "
                    "search box, it first clears what was typed), and an underlined letter "
                    "with Alt reaches a control or a menu.")
        )  # fmt: skip
        rows = menu_shortcuts(menu_bar) + command_key_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # The rows' headers (hidden) are their commands: moving down the Keys column, a
        # screen reader says which command the keys are for, not "row 2".
        self.table.setVerticalHeaderLabels([command for command, _keys in rows])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        describe(
            self.table,
            self.tr("Keyboard shortcuts"),
            self.tr("Each command that has a shortcut, and its keys"),
        )
        if rows:
            self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        describe(close, self.tr("Close"), self.tr("Closes this window"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        window_placement.resize_within_screen(self, 520, 420)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return "" if item is None else item.text()

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]
