"""Every language of a profile: English and French always, others added as needed; for each,
the NATO I-VI level and, apart from it, the STANAG 6001 profile (SLP) held, if any."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from screener.domain.profile import MAX_LANGUAGES
from screener.domain.scales import OFFICIAL_LANGUAGES, LanguageLevel
from screener.report import messages
from screener.ui.common.accessibility import describe
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import at_line_start, current_language
from screener.ui.common.nested_layout import nested
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.slp_fields import SlpFields
from screener.ui.common.tab_order import keep_tab_order, tab_in_order
from screener.ui.wizard.language_level_picker import LanguageLevelPicker


class LanguagesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pickers: dict[str, LanguageLevelPicker] = {}
        self.slp_fields: dict[str, SlpFields] = {}
        self.slp_labels: dict[str, QLabel] = {}
        self._pickers_layout = QVBoxLayout()
        self.add_combo = QComboBox()
        describe(
            self.add_combo,
            self.tr("Another language"),
            self.tr("Choose a language to give your level in it"),
        )
        add_label = QLabel(self.tr("Another lang&uage:"))
        add_label.setBuddy(self.add_combo)
        self.add_button = QPushButton(self.tr("&Add"))
        not_default(self.add_button)
        describe(
            self.add_button,
            self.tr("Add language"),
            self.tr("Adds the chosen language to the list above"),
        )
        self.add_button.clicked.connect(self._add_chosen)
        row = QHBoxLayout()
        row.addWidget(add_label)
        row.addWidget(self.add_combo)
        row.addWidget(self.add_button)
        row.addStretch(1)
        # Said where Add is, once it is greyed out for it.
        self.full_note = PlainTextLabel(
            self.tr("A profile holds at most {limit} languages.").format(limit=MAX_LANGUAGES)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._pickers_layout)
        layout.addWidget(nested(row))
        layout.addWidget(self.full_note)
        for code in OFFICIAL_LANGUAGES:
            self._add_picker(code)
        self._fill_add_combo()
        keep_tab_order(self, self._tab_stops)

    def _add_picker(self, code: str, order: bool = True) -> LanguageLevelPicker:
        lang = current_language()
        name = messages.language_name(code, lang)
        caption = self.tr("{language}:").format(language=at_line_start(name))
        picker = LanguageLevelPicker(name, caption, lang)
        picker.changed.connect(self.changed)
        self.pickers[code] = picker
        self._pickers_layout.addWidget(picker)
        # Its own fields, never derived from the level: no table joins the two scales.
        fields = SlpFields(name)
        fields.changed.connect(self.changed)
        label = QLabel(self.tr("STANAG 6001 profile (SLP) in {language}:").format(language=name))
        label.setContentsMargins(12, 0, 0, 0)
        label.setBuddy(fields.first_input())
        self.slp_fields[code] = fields
        self.slp_labels[code] = label
        self._pickers_layout.addWidget(label)
        self._pickers_layout.addWidget(fields)
        if order:  # once per batch of languages (set_languages, set_slp): it is per widget
            tab_in_order(self._tab_stops())
        return picker

    def _tab_stops(self) -> list[QWidget]:
        """The languages, then Another language and Add, as they are shown: the pickers,
        made after that row, came after it (and an added language after Add)."""
        order: list[QWidget] = []
        for code, picker in self.pickers.items():
            order += [picker.combo, picker.mother_tongue, *self.slp_fields[code].fields]
            none_box = self.slp_fields[code].none_box
            order += [none_box] if none_box is not None else []
        return [*order, self.add_combo, self.add_button]

    def _fill_add_combo(self) -> None:
        lang = current_language()
        self.add_combo.clear()
        others = [code for code in messages.LANGUAGE_NAMES["en"] if code not in self.pickers]
        for code in sorted(others, key=lambda code: messages.language_name(code, lang)):
            self.add_combo.addItem(messages.language_name(code, lang), code)
        # No more than a profile file may hold (the reader refuses more, and saving too).
        full = len(self.pickers) >= MAX_LANGUAGES
        self.add_combo.setEnabled(bool(others) and not full)
        self.add_button.setEnabled(bool(others) and not full)
        self.full_note.setVisible(full)

    def _add_chosen(self) -> None:
        code = self.add_combo.currentData()
        if not code or code in self.pickers:
            return
        picker = self._add_picker(str(code))
        self._fill_add_combo()
        picker.combo.setFocus()
        self.changed.emit()

    def set_languages(
        self,
        levels: dict[str, LanguageLevel],
        mother_tongues: list[str],
        answered: Callable[[str], bool] = lambda _code: True,
    ) -> None:
        """`answered(code)`: False for a language asked about and not answered yet, which
        then reads "Not answered" rather than "None"."""
        for code in [*levels, *mother_tongues]:
            if code not in self.pickers:
                self._add_picker(code, order=False)
        tab_in_order(self._tab_stops())
        for code, picker in self.pickers.items():
            picker.set_value(levels.get(code), code in mother_tongues, answered(code))
        self._fill_add_combo()

    def set_slp(self, held: dict[str, str]) -> None:
        """The SLPs held ("3332", or "none"), per language; others not given."""
        for code in held:
            if code not in self.pickers:
                self._add_picker(code, order=False)
        tab_in_order(self._tab_stops())
        for code, fields in self.slp_fields.items():
            fields.set_value(held.get(code))
        self._fill_add_combo()

    def slp(self) -> dict[str, str]:
        """The SLPs given, as the wizard's languages page stores them; incomplete ones left out."""
        given = {code: fields.value() for code, fields in self.slp_fields.items()}
        return {code: value for code, value in given.items() if value is not None}

    def unanswered(self) -> list[str]:
        """The languages whose box is left at "Not answered"."""
        return [code for code, picker in self.pickers.items() if not picker.is_answered()]

    def languages(self) -> tuple[dict[str, LanguageLevel], list[str]]:
        """(levels, mother tongues), stored as the wizard's languages page stores them."""
        levels: dict[str, LanguageLevel] = {}
        mother_tongues: list[str] = []
        for code, picker in self.pickers.items():
            level = picker.level()
            if level is not None:
                levels[code] = level
            if picker.is_mother_tongue():
                mother_tongues.append(code)
        return levels, mother_tongues
