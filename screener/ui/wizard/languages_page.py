"""Languages: English and French on NATO's I-VI scale, any other language the notice asks for,
and the candidate's STANAG 6001 profile (SLP) in a language asked at one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from screener.domain import criteria as c
from screener.domain.scales import OFFICIAL_LANGUAGES, LanguageLevel
from screener.report import messages
from screener.ui.common.accessibility import describe, scaled_font
from screener.ui.common.language import at_line_start, current_language
from screener.ui.common.nested_layout import nested
from screener.ui.common.slp_fields import SlpFields
from screener.ui.wizard import language_level_helper
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.known_facts import language_answered
from screener.ui.wizard.language_level_picker import LanguageLevelPicker
from screener.ui.wizard.page_plan import Topic


class LanguagesPage(CriterionPage):
    topic = Topic.LANGUAGES

    def build(self) -> None:
        lang = current_language()
        official = [k for k in self.criteria if isinstance(k, c.OfficialLanguagesCriterion)]
        others: dict[str, list[c.LanguageCriterion]] = {}
        for criterion in self.criteria:
            if isinstance(criterion, c.LanguageCriterion):
                others.setdefault(criterion.language, []).append(criterion)
        self.pickers: dict[str, LanguageLevelPicker] = {}
        self._last_code: str | None = None  # the language whose level was last in focus
        self.official_heading = self._heading()
        self.other_heading = self._heading()

        if official or any(code in OFFICIAL_LANGUAGES for code in others):
            self.body.addWidget(self.official_heading)
            for criterion in official:
                self.add_notice_text(criterion)
            for code in OFFICIAL_LANGUAGES:
                for criterion in others.get(code, []):
                    self.add_notice_text(criterion)
                self._add_picker(code, lang)
        other_codes = [code for code in others if code not in OFFICIAL_LANGUAGES]
        if other_codes:
            self.body.addWidget(self.other_heading)
        for code in other_codes:
            for criterion in others[code]:
                self.add_notice_text(criterion)
            self._add_picker(code, lang)
        self._build_slp(lang)

        self.helper_button = QPushButton()
        self.helper_button.clicked.connect(self._ask_helper)
        row = QHBoxLayout()
        row.addWidget(self.helper_button)
        row.addStretch(1)
        self.body.addWidget(nested(row))
        # The helper finds a NATO I-VI level: no use for an SLP asked alone.
        self.helper_button.setHidden(not self.pickers)

    def _build_slp(self, lang: str) -> None:
        """A STANAG 6001 profile asked: the candidate's SLP in that language, skill by skill.

        Asked apart from the NATO levels above: the two scales have no table between them.
        """
        profiles: dict[str, list[c.LanguageProfileCriterion]] = {}
        for criterion in self.criteria:
            if isinstance(criterion, c.LanguageProfileCriterion):
                profiles.setdefault(criterion.language, []).append(criterion)
        self.slp_fields: dict[str, SlpFields] = {}
        self.slp_labels: dict[str, QLabel] = {}
        self.slp_heading = self._heading()
        self.slp_intro = QLabel()
        self.slp_intro.setWordWrap(True)
        if not profiles:
            return
        self.body.addWidget(self.slp_heading)
        self.body.addWidget(self.slp_intro)
        for code, asked in profiles.items():
            for criterion in asked:
                self.add_notice_text(criterion)
            fields = SlpFields(messages.language_name(code, lang))
            fields.changed.connect(self.edited)
            label = QLabel()
            label.setBuddy(fields.first_input())
            self.slp_labels[code] = label
            self.slp_fields[code] = fields
            self.body.addWidget(label)
            self.body.addWidget(fields)

    def retranslate(self) -> None:
        super().retranslate()
        lang = current_language()
        self.slp_heading.setText(self.tr("STANAG 6001 language profiles (SLP)"))
        self.slp_intro.setText(
            self.tr(
                "Give the SLP on your STANAG 6001 certificate: Listening, Speaking, Reading and"
                " Writing, 0 to 5 (a plus level is above its level). It is not NATO's I-VI scale."
            )
        )
        for code, fields in self.slp_fields.items():
            name = messages.language_name(code, lang)
            self.slp_labels[code].setText(self.tr("Your SLP in {language}:").format(language=name))
            fields.set_language_name(name)
        if self.pickers:
            self.setSubTitle(
                self.tr("Give your level in each language; a mother tongue counts as the highest.")
            )
        else:  # only STANAG profiles asked: no NATO level, no mother tongue rule
            self.setSubTitle(self.tr("Give the SLP you hold in each language asked."))
        self.official_heading.setText(self.tr("NATO's official languages"))
        self.other_heading.setText(self.tr("Other languages"))
        for code, picker in self.pickers.items():
            name = messages.language_name(code, lang)
            # "anglais" within a sentence, "Anglais :" at the start of a label.
            label = self.tr("&{language}:").format(language=at_line_start(name))
            picker.set_language_name(name, label)
        # Line the pickers up: each sits in its own grid.
        for picker in self.pickers.values():
            picker.label.setMinimumWidth(0)
        width = max((p.label.sizeHint().width() for p in self.pickers.values()), default=0)
        for picker in self.pickers.values():
            picker.label.setMinimumWidth(width)
        self.helper_button.setText(self.tr("Not sure of your &level?"))
        describe(
            self.helper_button,
            self.tr("Not sure of your level?"),
            self.tr("Find an approximate NATO level from a CEFR level or a test result"),
        )

    def _heading(self) -> QLabel:
        label = QLabel()
        label.setFont(scaled_font(self, 1.15, bold=True))
        return label

    def _add_picker(self, code: str, lang: str) -> None:
        name = messages.language_name(code, lang)
        picker = LanguageLevelPicker(name, "", lang)
        picker.changed.connect(self.edited)
        picker.combo.installEventFilter(self)
        picker.mother_tongue.installEventFilter(self)
        self.pickers[code] = picker
        self.body.addWidget(picker)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._last_code = next(
                (code for code, p in self.pickers.items() if watched in (p.combo, p.mother_tongue)),
                self._last_code,
            )
        return super().eventFilter(watched, event)

    def _ask_helper(self) -> None:
        lang = current_language()
        # The language last answered first, so "Apply to" starts on it: Alt+L from the
        # French level offered to set the English one.
        codes = sorted(self.pickers, key=lambda code: code != self._last_code)
        languages = [(code, messages.language_name(code, lang)) for code in codes]
        chosen = language_level_helper.ask_level_from_evidence(self, languages)
        if chosen is None:
            return
        code, level = chosen
        if code in self.pickers:
            self.pickers[code].set_level(level)
            self.pickers[code].combo.setFocus()

    def load(self) -> None:
        profile = self.session.profile
        for code, picker in self.pickers.items():
            picker.set_value(
                profile.languages.get(code),
                code in profile.mother_tongues,
                answered=language_answered(profile, code),
            )
        for code, fields in self.slp_fields.items():
            fields.set_value(profile.slp.get(code))

    def save(self) -> None:
        profile = self.session.profile
        levels: dict[str, LanguageLevel] = dict(profile.languages)
        mother_tongues = [code for code in profile.mother_tongues if code not in self.pickers]
        # Absent from `languages` means "none" in a profile file: a box left at "Not
        # answered" is recorded as such, so that the requirement stays open.
        unanswered = [code for code in profile.unanswered_languages if code not in self.pickers]
        for code, picker in self.pickers.items():
            level = picker.level()
            if level is None:
                levels.pop(code, None)
            else:
                levels[code] = level
            if picker.is_mother_tongue():
                mother_tongues.append(code)
            if not picker.is_answered():
                unanswered.append(code)
        slp = dict(profile.slp)
        for code, fields in self.slp_fields.items():
            held = fields.value()
            if held is None:
                slp.pop(code, None)
            else:
                slp[code] = held
        update = {
            "languages": levels,
            "mother_tongues": mother_tongues,
            "unanswered_languages": unanswered,
            "slp": slp,
        }
        self.session.set_profile(profile.model_copy(update=update))

    def first_input(self) -> QWidget | None:
        picker = next(iter(self.pickers.values()), None)
        if picker is not None:
            return picker.combo
        fields = next(iter(self.slp_fields.values()), None)
        return None if fields is None else fields.first_input()

    def input_for(self, criterion_id: str) -> QWidget | None:
        """A language asked for its own (Russian, an SLP in English) by its level; NATO's
        two official languages together by the English one."""
        criterion = next((k for k in self.criteria if k.id == criterion_id), None)
        code = getattr(criterion, "language", None)
        if isinstance(criterion, c.LanguageProfileCriterion) and code in self.slp_fields:
            return self.slp_fields[code].first_input()
        if isinstance(criterion, c.LanguageCriterion) and code in self.pickers:
            return self.pickers[code].combo
        return self.first_input()
