"""Nationality: a searchable list of every country, NATO members marked in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from screener.domain import criteria as c
from screener.domain.countries import all_countries, country_name, is_nato_member, nationalities
from screener.ui.common.accessibility import describe, label_name
from screener.ui.common.country_picker import (
    CODE_ROLE,
    country_item,
    filter_countries,
    forward_list_key,
    say_choice,
    select_country,
    set_country_text,
)
from screener.ui.common.language import current_language
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.search_text import fold
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.page_plan import Topic


class NationalityPage(CriterionPage):
    topic = Topic.NATIONALITY

    def build(self) -> None:
        listed: set[str] = set()
        for criterion in self.criteria:
            self.add_notice_text(criterion)
            if isinstance(criterion, c.NationalityCriterion) and criterion.scope == "listed":
                listed |= set(criterion.countries)
        self._listed = listed
        self.listed_label = PlainTextLabel()
        if listed:
            self.body.addWidget(self.listed_label)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = search_label = QLabel()
        search_label.setBuddy(self.search)
        self.countries = QListWidget()
        for code in nationalities():
            self.countries.addItem(country_item(code))
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        for widget in (search_label, self.search, self.countries, self.chosen, hint):
            self.body.addWidget(widget)
        self.countries.setMinimumHeight(160)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.countries.currentItemChanged.connect(self._current_changed)

    def retranslate(self) -> None:
        super().retranslate()
        lang = current_language()
        self.setSubTitle(self.tr("Only nationals of certain countries may apply."))
        names = ", ".join(sorted((country_name(code, lang) for code in self._listed), key=fold))
        self.listed_label.setText(
            self.tr("This post is open to nationals of: {names}.").format(names=names)
        )
        self.search.setPlaceholderText(self.tr("Type the name of your country"))
        self.search_label.setText(self.tr("&Your nationality:"))
        describe(
            self.search,
            label_name(self.search_label.text()),
            self.tr("Filters the list of countries; use the arrow keys to choose from it"),
        )
        describe(
            self.countries,
            self.tr("Countries"),
            self.tr("Every country; NATO member states are marked as such"),
        )
        self._sort_countries(lang)
        self._filter(self.search.text())
        self._show_chosen(self.countries.currentItem())
        self.hint.setText(
            self.tr("If you have more than one nationality, choose the one that lets you apply.")
        )

    def _sort_countries(self, lang: str) -> None:
        """Names in this language, sorted accents aside; the chosen country stays chosen."""
        countries = all_countries()
        current = self.countries.currentItem()
        # Taking items out moves the current one: no edits may come of that.
        self.countries.blockSignals(True)
        try:
            items = [self.countries.takeItem(0) for _ in range(self.countries.count())]
            items.sort(key=lambda item: fold(countries[str(item.data(CODE_ROLE))].name(lang)))
            for item in items:
                code = str(item.data(CODE_ROLE))
                set_country_text(item, self._item_text(code, countries[code].name(lang)))
                self.countries.addItem(item)
            self.countries.setCurrentItem(current)
            if current is not None:
                current.setSelected(True)
                self.countries.scrollToItem(current)
        finally:
            self.countries.blockSignals(False)

    def _item_text(self, code: str, name: str) -> str:
        if code in self._listed:
            return self.tr("{country} — open to this post").format(country=name)
        if is_nato_member(code):
            return self.tr("{country} — NATO member").format(country=name)
        return name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and forward_list_key(event, self.countries):
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        current = self.countries.currentItem()  # before filtering: a new current needs no scroll
        filter_countries(self.countries, text)
        if current is not None and not current.isHidden():
            self.countries.scrollToItem(current)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            current.setSelected(True)
        say_choice(self.search, current)
        self._show_chosen(current)
        self.edited()

    def _show_chosen(self, current: QListWidgetItem | None) -> None:
        self.chosen.setText(
            self.tr("Chosen: {country}").format(country=current.text())
            if current is not None
            else self.tr("No country chosen yet.")
        )

    def selected_code(self) -> str | None:
        item = self.countries.currentItem()
        return None if item is None else str(item.data(CODE_ROLE))

    def load(self) -> None:
        self.search.clear()
        if select_country(self.countries, self.session.profile.nationality):
            return
        # No current row, set through the view: a list given the focus with no current row
        # of its own makes its first row current, and Tab on the way to Next answered
        # "Afghanistan" (not a NATO member: ruled out).
        self.countries.setCurrentIndex(QModelIndex())
        self._current_changed(None, None)

    def save(self) -> None:
        profile = self.session.profile
        self.session.set_profile(profile.model_copy(update={"nationality": self.selected_code()}))

    def first_input(self) -> QWidget | None:
        return self.search
