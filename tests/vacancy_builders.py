"""Builders for tests: small vacancies, and profiles derived from a vacancy's own criteria.

`meeting_profile(vacancy)` answers every criterion so that it is met, using only each
criterion's kind and parameters; `failing_profile` and `unknown_profile` then change the
facts behind one criterion. A new vacancy file, or a new criterion in one, needs no new test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from screener.domain import criteria as c
from screener.domain.profile import UNSURE, Profile
from screener.domain.scales import EducationLevel, LanguageLevel, level_from_rank
from screener.domain.vacancy import Vacancy

MEMBER = "BE"
NON_MEMBERS = ("CH", "AT", "IE", "JP", "BR")


def crit(kind: str, id: str | None = None, **params: Any) -> dict[str, Any]:
    """One criterion as it would appear in a vacancy file."""
    ident = id or kind.replace("_", "-")
    return {
        "kind": kind,
        "id": ident,
        "text": {"en": f"requirement {ident}", "fr": f"exigence {ident}"},
        **params,
    }


def make_vacancy(
    *essential: dict[str, Any],
    desirable: tuple[dict[str, Any], ...] | list[dict[str, Any]] = (),
    **header: Any,
) -> Vacancy:
    data: dict[str, Any] = {
        "reference": "T1",
        "title": {"en": "Test post", "fr": "Poste d'essai"},
        "nato_body": "NATO International Staff",
        "location": "Belgium-Brussels",
        "schedule": "Full-time",
        "grade": {"min": "G10"},
        "deadline": {"date": "2030-01-31"},
        "essential": list(essential) or [crit("nationality")],
        "desirable": list(desirable),
    }
    data.update(header)
    return Vacancy.model_validate(data)


def open_day(vacancy: Vacancy) -> dt.date:
    """A day on which the vacancy is still open, so the deadline plays no part."""
    return vacancy.deadline.date - dt.timedelta(days=30)


def _below(level: LanguageLevel | None) -> LanguageLevel | None:
    if level is None or level.rank == 1:
        return None
    return level_from_rank(level.rank - 1)


def _official_levels(criterion: c.OfficialLanguagesCriterion) -> dict[str, LanguageLevel]:
    if criterion.mode == "one_and_other":
        assert criterion.one is not None and criterion.other is not None
        top = max(criterion.one, criterion.other)
        return {"en": top, "fr": top}
    if criterion.mode == "both":
        assert criterion.level is not None
        return {"en": criterion.level, "fr": criterion.level}
    return {k: v for k, v in (("en", criterion.en), ("fr", criterion.fr)) if v is not None}


def _raise_level(levels: dict[str, LanguageLevel], lang: str, level: LanguageLevel) -> None:
    if lang not in levels or levels[lang] < level:
        levels[lang] = level


def meeting_profile(vacancy: Vacancy) -> Profile:
    """A candidate who meets every essential and desirable criterion of the vacancy."""
    ref = vacancy.reference
    nationality = MEMBER
    education: EducationLevel | None = None
    languages: dict[str, LanguageLevel] = {}
    mother_tongues: list[str] = []
    licences: list[str] = []
    answers: dict[str, Any] = {}
    for criterion in vacancy.criteria:
        if isinstance(criterion, c.NationalityCriterion):
            if criterion.scope == "listed":
                nationality = criterion.countries[0]
        elif isinstance(criterion, c.EducationCriterion):
            if education is None or education < criterion.min_level:
                education = criterion.min_level
            if criterion.field is not None:
                answers[criterion.id] = True
        elif isinstance(criterion, c.ExperienceCriterion):
            answers[criterion.id] = criterion.min_years  # exactly the minimum
        elif isinstance(criterion, c.OfficialLanguagesCriterion):
            for lang, level in _official_levels(criterion).items():
                _raise_level(languages, lang, level)
        elif isinstance(criterion, c.LanguageCriterion):
            if criterion.mother_tongue:
                mother_tongues.append(criterion.language)
            else:
                _raise_level(languages, criterion.language, criterion.min_level or LanguageLevel.I)
        elif isinstance(criterion, c.DrivingLicenceCriterion):
            licences += [cat for cat in criterion.categories if cat not in licences]
        else:  # fitness, firearms, availability, certification, statement: self-declared
            answers[criterion.id] = True
    return Profile(
        name="Meets everything",
        nationality=nationality,
        education=education,
        languages=languages,
        mother_tongues=mother_tongues,
        driving_licences=licences,
        answers={ref: answers} if answers else {},
    )


def _with_level(profile: Profile, lang: str, level: LanguageLevel | None) -> Profile:
    """The profile with one language at `level` (None: not spoken) and not a mother tongue."""
    languages = dict(profile.languages)
    if level is None:
        languages.pop(lang, None)
    else:
        languages[lang] = level
    tongues = [t for t in profile.mother_tongues if t != lang]
    return profile.model_copy(update={"languages": languages, "mother_tongues": tongues})


def failing_profile(vacancy: Vacancy, criterion_id: str) -> Profile | None:
    """The meeting profile with the facts behind one criterion made to fall short.

    None when the criterion cannot fail (an education minimum at the lowest level).
    """
    base = meeting_profile(vacancy)
    criterion = vacancy.criterion(criterion_id)
    assert criterion is not None, criterion_id
    ref = vacancy.reference
    if isinstance(criterion, c.NationalityCriterion):
        listed = criterion.countries if criterion.scope == "listed" else []
        outsider = next(code for code in NON_MEMBERS if code not in listed)
        return base.model_copy(update={"nationality": outsider})
    if isinstance(criterion, c.EducationCriterion):
        if criterion.min_level.rank > 1:
            lower = list(EducationLevel)[criterion.min_level.rank - 2]
            return base.model_copy(update={"education": lower})
        if criterion.field is not None:
            return base.with_answer(ref, criterion.id, False)
        return None
    if isinstance(criterion, c.ExperienceCriterion):
        short = criterion.min_years - 0.5 if criterion.min_years > 0.5 else 0.0
        return base.with_answer(ref, criterion.id, short)
    if isinstance(criterion, c.OfficialLanguagesCriterion):
        # Lower one language below what the criterion asks of it; the other stays high.
        if criterion.mode == "one_and_other":
            assert criterion.one is not None and criterion.other is not None
            lang, needed = "fr", min(criterion.one, criterion.other)
        elif criterion.mode == "both":
            lang, needed = "fr", criterion.level
        else:
            lang, needed = (
                ("en", criterion.en) if criterion.en is not None else ("fr", criterion.fr)
            )
        return _with_level(base, lang, _below(needed))
    if isinstance(criterion, c.LanguageCriterion):
        if criterion.mother_tongue:
            # Fluent, but not native.
            return _with_level(base, criterion.language, LanguageLevel.VI)
        return _with_level(base, criterion.language, _below(criterion.min_level or LanguageLevel.I))
    if isinstance(criterion, c.DrivingLicenceCriterion):
        held = [cat for cat in base.driving_licences or [] if cat not in criterion.categories]
        return base.model_copy(update={"driving_licences": held})
    return base.with_answer(ref, criterion.id, False)


def unknown_profile(vacancy: Vacancy, criterion_id: str) -> Profile:
    """The meeting profile with the candidate unsure about one criterion (or the fact absent)."""
    base = meeting_profile(vacancy)
    criterion = vacancy.criterion(criterion_id)
    assert criterion is not None, criterion_id
    if isinstance(criterion, c.EducationCriterion) and criterion.field is None:
        # The level is a profile fact: without it, the engine cannot tell.
        return base.model_copy(update={"education": None})
    return base.with_answer(vacancy.reference, criterion.id, UNSURE)
