"""All vacancies at a glance: the current profile's verdict for each, filtered and sorted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from screener.domain.assessment import Verdict
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.catalogue.overview_filter import OverviewFilter, Show
from screener.ui.catalogue.overview_model import OverviewModel
from screener.ui.common.accessibility import describe
from screener.ui.common.count_said import CountSaid
from screener.ui.common.down_into_list import DownIntoList
from screener.ui.common.escape_clears import EscapeClears
from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.nested_layout import nested
from screener.ui.common.sortable_table import configure_table

SHOW_CHOICES: list[tuple[Show, str]] = [
    (Show.ALL, QT_TRANSLATE_NOOP("OverviewView", "All")),
    (Show.ELIGIBLE, QT_TRANSLATE_NOOP("OverviewView", "Eligible")),
    (Show.OPEN_ELIGIBLE, QT_TRANSLATE_NOOP("OverviewView", "Open and eligible")),
    (Show.INCOMPLETE, QT_TRANSLATE_NOOP("OverviewView", "Can't tell")),
    (Show.NOT_ELIGIBLE, QT_TRANSLATE_NOOP("OverviewView", "Not eligible")),
]


class OverviewView(RetranslatesOnLanguageChange, QWidget):
    vacancyActivated = Signal(str)  # reference

    def __init__(self, model: OverviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = OverviewFilter(self)
        self.proxy.setSourceModel(model)

        self.show_combo = QComboBox()
        for show, _text in SHOW_CHOICES:
            self.show_combo.addItem("", int(show))
        self.show_label = show_label = QLabel()
        show_label.setBuddy(self.show_combo)

        self.find_edit = QLineEdit()
        self.find_edit.setClearButtonEnabled(True)
        EscapeClears(self.find_edit)  # the box's clear button is for the mouse only
        self.find_label = find_label = QLabel()
        find_label.setBuddy(self.find_edit)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        configure_table(self.table, OverviewModel.COL_TITLE)
        self.table.sortByColumn(OverviewModel.COL_VERDICT, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OverviewModel.COL_DETAIL, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OverviewModel.COL_DETAIL, 260)
        self.counts = QLabel()
        CountSaid(self.find_edit, self.counts)

        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.find_edit, 1)
        row.addSpacing(12)
        row.addWidget(show_label)
        row.addWidget(self.show_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(nested(row))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)

        self.show_combo.currentIndexChanged.connect(self._show_changed)
        self.find_edit.textChanged.connect(self._find_changed)
        # Down from the filter box goes into the table it filters.
        self.find_edit.installEventFilter(DownIntoList(self.find_edit, self.table))
        self.table.activated.connect(self._activated)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved, model.dataChanged):  # fmt: skip
            signal.connect(self._update_counts)
        self.retranslate()

    def retranslate(self) -> None:
        for row, (_show, text) in enumerate(SHOW_CHOICES):
            self.show_combo.setItemText(row, QCoreApplication.translate("OverviewView", text))
        describe(
            self.show_combo,
            self.tr("Show"),
            self.tr("Shows all vacancies, or only those with the chosen result"),
        )
        self.show_label.setText(self.tr("&Show:"))
        self.find_label.setText(self.tr("Fi&nd:"))
        self.find_edit.setPlaceholderText(self.tr("Reference, title or words of a result"))
        describe(
            self.find_edit,
            self.tr("Find vacancies"),
            self.tr("Shows only the vacancies whose reference, title, result or reason "
                    "contain every word typed here"),
        )  # fmt: skip
        describe(
            self.table,
            self.tr("Your result for every vacancy"),
            self.tr("For each vacancy: your result, the first requirement not met or the "
                    "number of open questions, desirable qualifications met, and the deadline; "
                    "press Enter to see the summary or answer the open questions"),
        )  # fmt: skip
        self.model.retranslate()
        self._update_counts()

    def set_show(self, show: Show) -> None:
        self.show_combo.setCurrentIndex(self.show_combo.findData(int(show)))

    def _show_changed(self, _index: int) -> None:
        self.proxy.set_show(Show(self.show_combo.currentData()))
        self._update_counts()

    def _find_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_counts()

    def _activated(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.vacancyActivated.emit(self.model.vacancy(source.row()).reference)

    def shown_references(self) -> list[str]:
        column = OverviewModel.COL_REFERENCE
        return [
            str(self.proxy.data(self.proxy.index(row, column)))
            for row in range(self.proxy.rowCount())
        ]

    def _update_counts(self, *_args: object) -> None:
        eligible = sum(
            1 for row in range(self.model.rowCount()) if self.model.verdict(row) is Verdict.ELIGIBLE
        )
        self.counts.setText(
            self.tr("Shown: {shown} of {total}. Eligible: {eligible}.").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount(), eligible=eligible
            )
        )
