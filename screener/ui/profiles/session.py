"""The screening session: one vacancy, one Profile holding every answer, one signal.

Pages never keep answers of their own: they read the profile in load() and hand a new one
to set_profile() in save(). Anything that wants to follow the answers (autosave, several
profiles) connects to profileChanged and needs no change to the pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from screener.domain.assessment import Assessment, CriterionResult
from screener.domain.criteria import Criterion
from screener.domain.engine import assess, assess_criterion
from screener.domain.profile import Answer, Profile
from screener.domain.terms import brussels_now
from screener.domain.vacancy import Vacancy


class ScreeningSession(QObject):
    profileChanged = Signal(object)  # the new Profile

    def __init__(
        self,
        vacancy: Vacancy,
        profile: Profile | None = None,
        clock: Callable[[], dt.datetime] = brussels_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vacancy = vacancy
        self._profile = profile if profile is not None else Profile()
        self._clock = clock

    @property
    def vacancy(self) -> Vacancy:
        return self._vacancy

    @property
    def reference(self) -> str:
        return self._vacancy.reference

    @property
    def profile(self) -> Profile:
        return self._profile

    def set_profile(self, profile: Profile) -> None:
        if profile == self._profile:
            return
        self._profile = profile
        self.profileChanged.emit(profile)

    def answer(self, criterion_id: str) -> Answer | None:
        return self._profile.answer(self.reference, criterion_id)

    def set_answer(self, criterion_id: str, value: Answer | None) -> None:
        self.set_profile(self._profile.with_answer(self.reference, criterion_id, value))

    def now(self) -> dt.datetime:
        return self._clock()

    def assess_one(self, criterion: Criterion) -> CriterionResult:
        essential = self._vacancy.is_essential(criterion.id)
        return assess_criterion(criterion, self._profile, self.reference, essential)

    def assessment(self) -> Assessment:
        return assess(self._vacancy, self._profile, self.now())
