"""Which wizard pages the profile already answers, and those answers in words. No widgets.

Nationality, education, languages and driving licences belong to the person, not to a
vacancy: once given, the wizard takes them from the profile instead of asking again. A page
counts as answered only if every fact it asks for is known and nothing on it was answered
"Not sure" for this vacancy; a page with a per-vacancy question (a field of study named in
the notice) is always asked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from screener.domain import criteria as c
from screener.domain.countries import country_name
from screener.domain.criteria import Criterion
from screener.domain.profile import UNSURE, Profile
from screener.domain.scales import OFFICIAL_LANGUAGES
from screener.domain.slp import NO_SLP
from screener.report import messages
from screener.ui.wizard.page_plan import Topic


def _has_language(profile: Profile, code: str) -> bool:
    return code in profile.languages or code in profile.mother_tongues


def language_answered(profile: Profile, code: str) -> bool:
    """A level, a mother tongue, or "none": not a language asked about and left unanswered.

    In a profile, a language without a level means "none" once some language is given
    (files keep that meaning); none given at all means not asked yet, as for the engine.
    """
    if _has_language(profile, code):
        return True
    if code in profile.unanswered_languages:
        return False
    return bool(profile.languages or profile.mother_tongues)


def _languages_known(profile: Profile, criteria: list[Criterion]) -> bool:
    for criterion in criteria:
        if isinstance(criterion, c.OfficialLanguagesCriterion):
            # As for the engine: once English or French is given, the other is "none",
            # unless it was asked about and left unanswered.
            if not any(_has_language(profile, code) for code in OFFICIAL_LANGUAGES):
                return False
            if not all(language_answered(profile, code) for code in OFFICIAL_LANGUAGES):
                return False
        elif isinstance(criterion, c.LanguageCriterion) and not _has_language(
            profile, criterion.language
        ):
            # Any other language is asked until it has a level: it may never have come up.
            return False
        elif isinstance(criterion, c.LanguageProfileCriterion) and (
            criterion.language not in profile.slp
        ):
            # An SLP is asked until given (or "none"): a NATO level never stands for one.
            return False
    return True


def is_known(topic: Topic, criteria: list[Criterion], profile: Profile, reference: str) -> bool:
    """True when the profile answers every question of this page for this vacancy."""
    if any(profile.answer(reference, criterion.id) == UNSURE for criterion in criteria):
        return False
    if topic is Topic.NATIONALITY:
        return profile.nationality is not None
    if topic is Topic.EDUCATION:
        named_field = any(
            isinstance(k, c.EducationCriterion) and k.field is not None for k in criteria
        )
        return profile.education is not None and not named_field
    if topic is Topic.LANGUAGES:
        return _languages_known(profile, criteria)
    if topic is Topic.LICENCE:
        return profile.driving_licences is not None
    return False


def languages_asked(criteria: list[Criterion]) -> list[str]:
    """The languages a page asks about, English and French first."""
    codes: list[str] = []
    for criterion in criteria:
        if isinstance(criterion, c.OfficialLanguagesCriterion):
            codes += [code for code in OFFICIAL_LANGUAGES if code not in codes]
        elif isinstance(criterion, c.LanguageCriterion) and criterion.language not in codes:
            codes.append(criterion.language)
    official = [code for code in OFFICIAL_LANGUAGES if code in codes]
    return official + [code for code in codes if code not in OFFICIAL_LANGUAGES]


def slp_asked(criteria: list[Criterion]) -> list[str]:
    """The languages a page asks a STANAG 6001 profile in, in the notice's order."""
    codes = [k.language for k in criteria if isinstance(k, c.LanguageProfileCriterion)]
    return list(dict.fromkeys(codes))


def slp_text(profile: Profile, codes: list[str], lang: str) -> str:
    """The SLPs held in these languages: "English SLP 3332, French no SLP"."""
    parts = []
    for code in codes:
        held = profile.slp.get(code)
        if held is None:
            shown = QCoreApplication.translate("KnownFacts", "SLP not given")
        elif held == NO_SLP:
            shown = QCoreApplication.translate("KnownFacts", "no SLP")
        else:
            shown = QCoreApplication.translate("KnownFacts", "SLP {profile}").format(profile=held)
        parts.append(
            QCoreApplication.translate("KnownFacts", "{language} {level}").format(
                language=messages.language_name(code, lang), level=shown
            )
        )
    return ", ".join(parts)


def language_levels_text(profile: Profile, codes: list[str], lang: str) -> str:
    parts = []
    for code in codes:
        name = messages.language_name(code, lang)
        if code in profile.mother_tongues:
            level = QCoreApplication.translate("KnownFacts", "mother tongue")
        elif code in profile.languages:
            level = profile.languages[code].value
        elif not language_answered(profile, code):
            level = QCoreApplication.translate("KnownFacts", "not answered")
        else:
            level = QCoreApplication.translate("KnownFacts", "none")
        parts.append(
            QCoreApplication.translate("KnownFacts", "{language} {level}").format(
                language=name, level=level
            )
        )
    return ", ".join(parts)


def licences_text(profile: Profile) -> str:
    if profile.driving_licences is None:
        return QCoreApplication.translate("KnownFacts", "not given")
    if not profile.driving_licences:
        return QCoreApplication.translate("KnownFacts", "no driving licence")
    return ", ".join(profile.driving_licences)


def fact_text(topic: Topic, criteria: list[Criterion], profile: Profile, lang: str) -> str:
    """The profile's answer to this page, in a few words ("Belgium", "English V, French I")."""
    if topic is Topic.NATIONALITY:
        code = profile.nationality
        return (
            country_name(code, lang)
            if code is not None
            else QCoreApplication.translate("KnownFacts", "not given")
        )
    if topic is Topic.EDUCATION:
        if profile.education is None:
            return QCoreApplication.translate("KnownFacts", "not given")
        name = messages.education_name(profile.education.value, lang)
        return name[:1].upper() + name[1:]
    if topic is Topic.LANGUAGES:
        levels = language_levels_text(profile, languages_asked(criteria), lang)
        slps = slp_text(profile, slp_asked(criteria), lang)
        return ", ".join(part for part in (levels, slps) if part)
    if topic is Topic.LICENCE:
        return licences_text(profile)
    return ""


def page_answered(
    topic: Topic, criteria: list[Criterion], profile: Profile, reference: str
) -> bool:
    """True when the profile holds an answer to every question of this page for this
    vacancy, "Not sure" included: the page would open filled in."""
    if topic is Topic.NATIONALITY:
        return profile.nationality is not None
    if topic is Topic.EDUCATION:
        # A field of study named in the notice is asked per vacancy, the level once.
        fields = [k for k in criteria if isinstance(k, c.EducationCriterion) and k.field]
        named = all(profile.answer(reference, k.id) is not None for k in fields)
        return profile.education is not None and named
    if topic is Topic.LANGUAGES:
        return _languages_known(profile, criteria)
    if topic is Topic.LICENCE:
        return profile.driving_licences is not None
    # Years and yes/no questions: answered for each vacancy.
    return all(profile.answer(reference, k.id) is not None for k in criteria)
