"""Choose a country: a search box over a list of every country, NATO members marked in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from screener.domain.countries import all_countries, is_nato_member
from screener.ui.common.accessibility import describe
from screener.ui.common.language import current_language
from screener.ui.common.search_text import fold

CODE_ROLE = Qt.ItemDataRole.UserRole
_LIST_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def forward_list_key(event: QEvent, countries: QListWidget) -> bool:
    """Send an arrow or page key typed in a search box on to the country list; True if sent.

    So typing and choosing flow: the list moves while the cursor stays in the search box.
    """
    if event.type() != QEvent.Type.KeyPress:
        return False
    assert isinstance(event, QKeyEvent)
    if event.key() not in _LIST_KEYS:
        return False
    forwarded = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
    QCoreApplication.sendEvent(countries, forwarded)
    return True


def filter_countries(countries: QListWidget, text: str) -> None:
    """Hide the countries whose name or code does not hold `text`, accents aside.

    If the current country is hidden, the first country still shown becomes current (a row
    without a code, such as "Not given", never does).
    """
    needle = fold(text.strip())
    first_visible: QListWidgetItem | None = None
    for row in range(countries.count()):
        item = countries.item(row)
        code = item.data(CODE_ROLE)
        hidden = bool(needle) and needle not in fold(item.text()) and needle != fold(code or "")
        item.setHidden(hidden)
        if not hidden and first_visible is None and code is not None:
            first_visible = item
    current = countries.currentItem()
    if needle and (current is None or current.isHidden()) and first_visible is not None:
        countries.setCurrentItem(first_visible)


class CountryPicker(QWidget):
    changed = Signal()

    def __init__(self, label_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type the name of your country"))
        self.search.setClearButtonEnabled(True)
        describe(
            self.search,
            self.tr("Search countries"),
            self.tr("Filters the list of countries; use the arrow keys to choose from it"),
        )
        self.label = QLabel(label_text)
        self.label.setBuddy(self.search)
        self.countries = QListWidget()
        describe(
            self.countries,
            self.tr("Countries"),
            self.tr("Every country; NATO member states are marked as such"),
        )
        unset = QListWidgetItem(self.tr("Not given"))
        unset.setData(CODE_ROLE, None)
        self.countries.addItem(unset)
        for code, country in sorted(
            all_countries().items(), key=lambda item: fold(item[1].name(lang))
        ):
            name = country.name(lang)
            text = self.tr("{country} — NATO member").format(country=name)
            item = QListWidgetItem(text if is_nato_member(code) else name)
            item.setData(CODE_ROLE, code)
            self.countries.addItem(item)
        self.countries.setMinimumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.search)
        layout.addWidget(self.countries)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.countries.currentItemChanged.connect(self._current_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and forward_list_key(event, self.countries):
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        filter_countries(self.countries, text)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            current.setSelected(True)
        self.changed.emit()

    def code(self) -> str | None:
        item = self.countries.currentItem()
        return None if item is None else item.data(CODE_ROLE)

    def set_code(self, code: str | None) -> None:
        for row in range(self.countries.count()):
            item = self.countries.item(row)
            if item.data(CODE_ROLE) == code:
                self.countries.setCurrentItem(item)
                self.countries.scrollToItem(item)
                return
        self.countries.setCurrentRow(0)
