"""My profile: the facts that belong to the person, given once and used for every vacancy."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screener.domain.profile import Profile
from screener.domain.scales import EducationLevel
from screener.report import messages
from screener.ui.common.accessibility import describe
from screener.ui.common.country_picker import CountryPicker
from screener.ui.common.discard_guard import may_close
from screener.ui.common.language import current_language
from screener.ui.common.licence_picker import LicencePicker
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.scrolled import scrolled, width_to_show
from screener.ui.profiles.keeper_start import shown_profile_name
from screener.ui.profiles.languages_editor import LanguagesEditor
from screener.ui.window import window_placement
from screener.ui.wizard.known_facts import language_answered


class MyProfileDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = profile
        self.setWindowTitle(
            self.tr("My profile: {name}").format(name=shown_profile_name(profile.name))
        )
        lang = current_language()
        intro = PlainTextLabel(
            self.tr("These answers are about you, not about one vacancy: every screening "
                    "uses them, and the questions they answer are not asked again.")
        )  # fmt: skip

        education_label = self._build_fields(lang)
        scroll = self._build_content(intro, education_label)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.country.set_code(profile.nationality)
        education = profile.education.value if profile.education is not None else None
        self.education.setCurrentIndex(max(0, self.education.findData(education)))
        self.languages.set_languages(
            profile.languages,
            profile.mother_tongues,
            partial(language_answered, profile),
        )
        self.languages.set_slp(profile.slp)
        self.licences.set_value(profile.driving_licences)
        self.licences.changed.connect(self._refresh)
        self._refresh()
        self._as_opened = self._facts()
        self._scroll = scroll
        window_placement.resize_within_screen(self, 640, 620)
        self.country.search.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        # Wider with large text, so that its rows are not cut at the right (within the
        # screen); measured once shown, when the widgets have their style's sizes.
        super().showEvent(event)
        wanted = width_to_show(self._scroll, self.width())
        if wanted > self.width():
            window_placement.resize_within_screen(self, wanted, self.height())

    def _build_fields(self, lang: str) -> QLabel:
        """The editors, one per fact; returns the education box's label (its buddy set)."""
        self.country = CountryPicker(self.tr("&Nationality:"))
        self.education = QComboBox()
        self.education.addItem(self.tr("Not given"), None)
        for level in EducationLevel:
            name = messages.education_name(level.value, lang)
            self.education.addItem(name[:1].upper() + name[1:], level.value)
        describe(
            self.education,
            self.tr("Highest completed education"),
            self.tr("The highest level of education you have completed"),
        )
        education_label = QLabel(self.tr("Highest completed &education:"))
        education_label.setBuddy(self.education)
        self.languages = LanguagesEditor()
        self.licences = LicencePicker()
        self.problem = PlainTextLabel()
        self.problem.setObjectName("problem")

        return education_label

    def _build_content(self, intro: QWidget, education_label: QLabel) -> QScrollArea:
        """The facts in titled groups, scrolled when the screen is small."""
        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(intro)
        body.addWidget(self._group(self.tr("Nationality"), self.country))
        education_box = self._group(self.tr("Education"), education_label)
        education_layout = education_box.layout()
        assert education_layout is not None  # _group gives every box a layout
        education_layout.addWidget(self.education)
        body.addWidget(education_box)
        body.addWidget(self._group(self.tr("Languages"), self.languages))
        body.addWidget(self._group(self.tr("Driving licence"), self.licences))
        body.addStretch(1)
        scroll = scrolled(content)

        return scroll

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        describe(ok, self.tr("OK"), self.tr("Keeps these answers for every vacancy"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        describe(cancel, self.tr("Cancel"), self.tr("Closes without changing your profile"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _refresh(self) -> None:
        problem = self.licences.validation_error()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def _facts(self) -> dict[str, object]:
        return self.profile().model_dump()

    def reject(self) -> None:
        if may_close(self, self._facts() != self._as_opened):
            super().reject()

    def profile(self) -> Profile:
        """The profile as it was, with the facts from this dialog; answers are untouched."""
        levels, mother_tongues = self.languages.languages()
        education = self.education.currentData()
        return self._original.model_copy(
            update={
                "nationality": self.country.code(),
                "education": EducationLevel(education) if education else None,
                "languages": levels,
                "mother_tongues": mother_tongues,
                "unanswered_languages": self.languages.unanswered(),
                "slp": self.languages.slp(),
                "driving_licences": self.licences.value(),
            }
        )
