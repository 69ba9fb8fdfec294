"""The `widgets` window of benchmarks.first_paint: Screener's first screen without Screener.

The start-up target compares the app with a bare PySide6 + pydantic window, which is empty:
it draws no text (no font is ever loaded) and names three Qt classes. Any window that shows a
catalogue pays for more than that before Screener runs a line of its own: PySide6 builds a
class's Python enums when the class is first named (the Qt namespace alone has 93 enums and
1,195 members), and the first text drawn loads the font database and shapes glyphs.

This window is built from the same kinds of widgets as Screener's first screen, with text like
its, and no Screener code: a proxy style, a menu bar of six menus whose actions have
shortcuts, a tab widget, a search box with its label, a sorted table of five rows from a
Python model, a details pane of wrapped labels in a scroll area, a default button and a
status bar. Its ratio to the bare window is the floor under the app's own; the difference
between them is what Screener's own start costs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

_HEADERS = ("Reference", "Title", "Grade", "Deadline", "Status")
_ROWS = (
    ("250939", "Head, Digital Policy and Capabilities", "A4", "12 January 2025", "Closed"),
    ("250717", "Senior Policy Officer (Defence Investment)", "A3", "3 March 2025", "Closed"),
    ("250411", "Assistant (Finance and Budget)", "B4", "2 June 2025", "Closed"),
    ("241436", "Legal Adviser", "A2", "5 November 2024", "Closed"),
    ("241600", "Programme Officer (Partnerships)", "A2", "9 December 2024", "Closed"),
)
_DETAILS = (
    "Head, Digital Policy and Capabilities",
    "NATO International Staff · grade A4 · closed on 12 January 2025 at 23:59 Brussels time",
    "Essential",
    "A university degree in a relevant field, or equivalent experience.",
    "At least 8 years of experience in digital policy, including 3 in a leadership role.",
    "Proficiency in one of NATO's official languages (English/French) and some knowledge of "
    "the other.",
    "Desirable",
    "Experience of working in an international organisation.",
)
Index = QModelIndex | QPersistentModelIndex
_MENUS = ("&File", "&Profile", "&View", "&Adviser", "&Language", "&Help")


class _Rows(QAbstractTableModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: Index, role: int = 0) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _ROWS[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None


def build_window(window: QMainWindow) -> None:
    """Fill the bare window with the first screen's kinds of widgets."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle(QProxyStyle())
    app.setWindowIcon(QIcon())
    for number, title in enumerate(_MENUS):
        menu = window.menuBar().addMenu(title)
        for item in range(5):
            action = QAction(f"Action {item + 1}…", window)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1},{item + 1}"))
            menu.addAction(action)
    tabs = QTabWidget()
    tabs.addTab(_catalogue_page(window), "&Vacancies")
    tabs.addTab(QWidget(), "All vacancies for this profile")
    window.setCentralWidget(tabs)
    window.statusBar()


def _catalogue_page(window: QMainWindow) -> QWidget:
    search = QLineEdit()
    search.setPlaceholderText("Title, reference or words from a requirement")
    search.setClearButtonEnabled(True)
    label = QLabel("&Search:")
    label.setBuddy(search)
    proxy = QSortFilterProxyModel(window)
    proxy.setSourceModel(_Rows(window))
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    left = QWidget()
    left_layout = QVBoxLayout(left)
    for widget in (label, search, table, QLabel("5 vacancies")):
        left_layout.addWidget(widget)
    details = QWidget()
    details_layout = QVBoxLayout(details)
    for text in _DETAILS:
        line = QLabel(text)
        line.setWordWrap(True)
        line.setTextFormat(Qt.TextFormat.PlainText)
        details_layout.addWidget(line)
    details_layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(details)
    stack = QStackedWidget()
    stack.addWidget(scroll)
    check = QPushButton("Check my &eligibility")
    check.setDefault(True)
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.addWidget(stack, 1)
    right_layout.addWidget(check)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    search.setFocus()
    return splitter
