"""Choose a country: a search box over a list of every country, NATO members marked in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from screener.domain.countries import Country, is_nato_member, nationalities, territories_of
from screener.ui.common.accessibility import announce, describe, label_name
from screener.ui.common.language import current_language
from screener.ui.common.search_text import fold

CODE_ROLE = Qt.ItemDataRole.UserRole
# The item's text without a territory's name added by a search (see filter_countries).
_BASE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
# The territories whose people hold the item's nationality (found by their names too).
_TERRITORIES_ROLE = Qt.ItemDataRole.UserRole + 2
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


def say_choice(search: QWidget, chosen: QListWidgetItem | None) -> None:
    """The country that typing or an arrow in the search box made current, said from the
    search box: it is shown in the list, where the focus is not, and a screen reader said
    nothing as "belg" and Down chose Belgium."""
    if chosen is not None and search.hasFocus():
        announce(search, chosen.text())


def country_item(code: str) -> QListWidgetItem:
    """A nationality's row: its code, and the territories whose people hold it."""
    item = QListWidgetItem()
    item.setData(CODE_ROLE, code)
    item.setData(_TERRITORIES_ROLE, territories_of(code))
    return item


def select_country(countries: QListWidget, code: str | None) -> bool:
    """Make the row of `code` current and scroll to it; False if no row has it."""
    for row in range(countries.count()):
        item = countries.item(row)
        if item.data(CODE_ROLE) == code:
            countries.setCurrentItem(item)
            countries.scrollToItem(item)
            return True
    return False


def set_country_text(item: QListWidgetItem, text: str) -> None:
    item.setData(_BASE_TEXT_ROLE, text)
    item.setText(text)


def _territory_named(item: QListWidgetItem, needle: str) -> str | None:
    """The name of the item's territory that holds `needle`, in the UI's language."""
    territories: tuple[Country, ...] = item.data(_TERRITORIES_ROLE) or ()
    lang = current_language()
    for territory in territories:
        if any(needle in fold(name) for name in (territory.en, territory.fr)):
            return territory.name(lang)
    return None


def filter_countries(countries: QListWidget, text: str) -> None:
    """Hide the countries whose name or code does not hold `text`, accents aside. A country
    found by a territory's name ("Guiana": France) says so: "France — for French Guiana".

    If the current country is hidden, the first country still shown becomes current (a row
    without a code, such as "Not given", never does).
    """
    needle = fold(text.strip())
    first_visible: QListWidgetItem | None = None
    for row in range(countries.count()):
        item = countries.item(row)
        code = item.data(CODE_ROLE)
        base = item.data(_BASE_TEXT_ROLE) or item.text()
        found = not needle or needle in fold(base) or needle == fold(code or "")
        territory = None if found else _territory_named(item, needle)
        item.setText(
            base
            if territory is None
            else QCoreApplication.translate("CountryPicker", "{country} — for {territory}").format(
                country=base, territory=territory
            )
        )
        hidden = not found and territory is None
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
            label_name(label_text),
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
            nationalities().items(), key=lambda item: fold(item[1].name(lang))
        ):
            name = country.name(lang)
            text = self.tr("{country} — NATO member").format(country=name)
            item = country_item(code)
            set_country_text(item, text if is_nato_member(code) else name)
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
        say_choice(self.search, current)
        self.changed.emit()

    def code(self) -> str | None:
        item = self.countries.currentItem()
        return None if item is None else item.data(CODE_ROLE)

    def set_code(self, code: str | None) -> None:
        if not select_country(self.countries, code):
            self.countries.setCurrentRow(0)
