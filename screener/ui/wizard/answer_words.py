"""Each answer the wizard collected for one requirement, in words. No widgets.

The check-your-answers page lists these. Facts about the person (nationality, education,
languages, licences) come from known_facts, as in the wizard's side panel; answers given
for this vacancy alone (yes / no / not sure, years) from the report's wording, so a "Yes"
reads the same here as in the summary.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from screener.domain import criteria as c
from screener.domain.criteria import Criterion
from screener.domain.profile import UNSURE, Profile
from screener.report import messages
from screener.ui.wizard.known_facts import fact_text
from screener.ui.wizard.page_plan import Topic


def not_answered() -> str:
    return QCoreApplication.translate("AnswerWords", "Not answered")


def _own_answer(profile: Profile, reference: str, criterion: Criterion, lang: str) -> str:
    answer = profile.answer(reference, criterion.id)
    if answer is None:
        return not_answered()
    return messages.answer_text(answer, lang)


def answer_words(criterion: Criterion, profile: Profile, reference: str, lang: str) -> str:
    """What the candidate answered for this requirement, as they would say it."""
    if profile.answer(reference, criterion.id) == UNSURE:
        return messages.answer_text(UNSURE, lang)
    if isinstance(criterion, c.NationalityCriterion):
        if profile.nationality is None:
            return not_answered()
        return fact_text(Topic.NATIONALITY, [criterion], profile, lang)
    if isinstance(criterion, c.EducationCriterion):
        level = (
            not_answered()
            if profile.education is None
            else fact_text(Topic.EDUCATION, [criterion], profile, lang)
        )
        if criterion.field is None:
            return level
        return QCoreApplication.translate(
            "AnswerWords", "{level}; in the field named: {answer}"
        ).format(level=level, answer=_own_answer(profile, reference, criterion, lang))
    if isinstance(
        criterion, c.OfficialLanguagesCriterion | c.LanguageCriterion | c.LanguageProfileCriterion
    ):
        return fact_text(Topic.LANGUAGES, [criterion], profile, lang)
    if isinstance(criterion, c.DrivingLicenceCriterion):
        if profile.driving_licences is None:
            return not_answered()
        return fact_text(Topic.LICENCE, [criterion], profile, lang)
    return _own_answer(profile, reference, criterion, lang)
