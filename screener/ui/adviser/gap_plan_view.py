"""What would open more vacancies to one candidate: a plain-text view and its dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.ui.common.accessibility import describe
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.window import window_placement


class GapPlanView(RetranslatesOnLanguageChange, QWidget):
    """What would open more vacancies to one candidate, as plain text that can be copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("gap-plan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self._profile: Profile | None = None
        self._vacancies: list[Vacancy] = []
        self._on = dt.date.today()
        self.retranslate()

    def show_plan(self, profile: Profile, vacancies: Sequence[Vacancy], on: dt.date) -> None:
        self._profile, self._vacancies, self._on = profile, list(vacancies), on
        self._render()

    def _render(self) -> None:
        if self._profile is None:
            self.text.setPlainText("")
            return
        # Imported when first needed: this module is light, for the app's start-up.
        from screener.adviser.gaps import gap_plan
        from screener.adviser.wording import plan_text

        plan = gap_plan(self._profile, self._vacancies, self._on)
        by_ref = {v.reference: v for v in self._vacancies}
        self.text.setPlainText(plan_text(plan, current_language(), by_ref))

    def retranslate(self) -> None:
        describe(
            self.text,
            self.tr("What would open more vacancies"),
            self.tr("The changes to the candidate's facts that would open the most vacancies, "
                    "best first, each with the vacancies it opens and what stays missing"),
        )  # fmt: skip
        self._render()


class GapPlanDialog(RetranslatesOnLanguageChange, QDialog):
    def __init__(
        self, name: str, profile: Profile, vacancies: Sequence[Vacancy], on: dt.date,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._name = name
        self.view = GapPlanView()
        self.view.show_plan(profile, vacancies, on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        window_placement.resize_within_screen(self, 640, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("What would open more vacancies: {name}").format(name=self._name)
        )
