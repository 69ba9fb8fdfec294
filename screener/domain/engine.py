"""The rules engine: a vacancy and a profile in, an explained assessment out. No Qt here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from screener.domain import criteria as c
from screener.domain.assessment import (
    Assessment,
    CriterionResult,
    DeadlineState,
    DeadlineStatus,
    Reason,
    Status,
    Verdict,
)
from screener.domain.countries import is_nato_member
from screener.domain.profile import UNSURE, Answer, Profile
from screener.domain.scales import OFFICIAL_LANGUAGES, LanguageLevel
from screener.domain.vacancy import BRUSSELS, Condition, Deadline, Vacancy

# Within this many days a deadline is "closing soon" rather than simply "open".
CLOSING_SOON_DAYS = 14

# (status, reason, remedy, answer shown to the user)
Outcome = tuple[Status, Reason, Reason | None, Any]


def _unknown(code: str, **values: Any) -> Outcome:
    return Status.UNKNOWN, Reason(code, values), None, None


def _nationality(crit: c.NationalityCriterion, profile: Profile, answer: Answer | None) -> Outcome:
    country = profile.nationality
    if country is None or answer == UNSURE:
        return _unknown("nationality.missing")
    if crit.scope == "listed":
        if country in crit.countries:
            return Status.MET, Reason("nationality.listed", {"country": country}), None, country
        values = {"country": country, "countries": list(crit.countries)}
        return Status.NOT_MET, Reason("nationality.not_listed", values), None, country
    if is_nato_member(country):
        return Status.MET, Reason("nationality.member", {"country": country}), None, country
    return Status.NOT_MET, Reason("nationality.not_member", {"country": country}), None, country


def _education(crit: c.EducationCriterion, profile: Profile, answer: Answer | None) -> Outcome:
    has = profile.education
    needs = crit.min_level
    if has is None:
        return _unknown("education.missing", needs=needs.value)
    if answer == UNSURE and crit.field is None:
        # "Or equivalent" leaves room for doubt the level alone does not settle.
        return Status.UNKNOWN, Reason("education.unsure", {"needs": needs.value}), None, UNSURE
    if has < needs:
        values = {"has": has.value, "needs": needs.value}
        return (
            Status.NOT_MET,
            Reason("education.below", values),
            Reason("remedy.education", {"needs": needs.value}),
            has.value,
        )
    if crit.field is not None:
        # The level is a profile fact; whether the degree is in the named field is per vacancy.
        if answer is None or answer == UNSURE:
            return (
                Status.UNKNOWN,
                Reason("education.field_unconfirmed", {"has": has.value}),
                None,
                has.value,
            )
        if answer is False:
            return (
                Status.NOT_MET,
                Reason("education.field_other", {"has": has.value}),
                None,
                has.value,
            )
    return (
        Status.MET,
        Reason("education.meets", {"has": has.value, "needs": needs.value}),
        None,
        has.value,
    )


def _experience(crit: c.ExperienceCriterion, profile: Profile, answer: Answer | None) -> Outcome:
    needs = crit.min_years
    if answer is None or answer == UNSURE or isinstance(answer, bool):
        return _unknown("experience.missing", needs=needs)
    has = float(answer)
    if has >= needs:
        return Status.MET, Reason("experience.meets", {"has": has, "needs": needs}), None, has
    short = needs - has
    remedy = Reason("remedy.more_years", {"years": short})
    return (
        Status.NOT_MET,
        Reason("experience.short", {"has": has, "needs": needs, "short": short}),
        remedy,
        has,
    )


def _level(profile: Profile, language: str) -> LanguageLevel | None:
    if language in profile.mother_tongues:
        return LanguageLevel.VI
    return profile.languages.get(language)


def _rank(level: LanguageLevel | None) -> int:
    return 0 if level is None else level.rank


def _shortfall(
    required: dict[str, LanguageLevel], has: dict[str, LanguageLevel | None]
) -> dict[str, str]:
    return {lang: lvl.value for lang, lvl in required.items() if _rank(has[lang]) < lvl.rank}


def _official_languages(
    crit: c.OfficialLanguagesCriterion, profile: Profile, answer: Answer | None
) -> Outcome:
    has = {lang: _level(profile, lang) for lang in OFFICIAL_LANGUAGES}
    shown = {lang: (lvl.value if lvl else None) for lang, lvl in has.items()}
    if answer == UNSURE or all(lvl is None for lvl in has.values()):
        return _unknown("languages.missing")
    if crit.mode == "one_and_other":
        assert crit.one is not None and crit.other is not None
        # Either way round: pick the assignment that needs the fewest steps to reach.
        options = [{"en": crit.one, "fr": crit.other}, {"en": crit.other, "fr": crit.one}]
        gaps = [_shortfall(opt, has) for opt in options]
        missing = min(
            gaps, key=lambda gap: sum(LanguageLevel(v).rank - _rank(has[k]) for k, v in gap.items())
        )
        values = {
            "one": crit.one.value,
            "other": crit.other.value,
            **{f"has_{k}": v for k, v in shown.items()},
        }
        code = "languages.one_and_other"
    else:
        if crit.mode == "both":
            assert crit.level is not None
            required = {"en": crit.level, "fr": crit.level}
            values = {"level": crit.level.value}
            code = "languages.both"
        else:
            required = {
                lang: lvl for lang, lvl in (("en", crit.en), ("fr", crit.fr)) if lvl is not None
            }
            values = {"required": {k: v.value for k, v in required.items()}}
            code = "languages.per_language"
        values |= {f"has_{k}": v for k, v in shown.items()}
        missing = _shortfall(required, has)
    if not missing:
        return Status.MET, Reason(f"{code}.met", values), None, shown
    return (
        Status.NOT_MET,
        Reason(f"{code}.not_met", values),
        Reason("remedy.languages", {"levels": missing}),
        shown,
    )


def _language(crit: c.LanguageCriterion, profile: Profile, answer: Answer | None) -> Outcome:
    lang = crit.language
    # No language given at all means the question was not asked yet, not "speaks none".
    if answer == UNSURE or not (profile.languages or profile.mother_tongues):
        return _unknown("language.missing", language=lang)
    native = lang in profile.mother_tongues
    level = _level(profile, lang)
    shown = "mother_tongue" if native else (level.value if level else None)
    if crit.mother_tongue:
        if native:
            return Status.MET, Reason("language.mother_tongue", {"language": lang}), None, shown
        return Status.NOT_MET, Reason("language.not_mother_tongue", {"language": lang}), None, shown
    needs = crit.min_level or LanguageLevel.I
    values = {"language": lang, "needs": needs.value, "has": level.value if level else None}
    if level is not None and level >= needs:
        return Status.MET, Reason("language.meets", values), None, shown
    remedy = Reason("remedy.languages", {"levels": {lang: needs.value}})
    return Status.NOT_MET, Reason("language.below", values), remedy, shown


def _driving_licence(
    crit: c.DrivingLicenceCriterion, profile: Profile, answer: Answer | None
) -> Outcome:
    if answer == UNSURE or profile.driving_licences is None:
        return _unknown("licence.missing", categories=list(crit.categories))
    held = {cat.upper() for cat in profile.driving_licences}
    missing = [cat for cat in crit.categories if cat.upper() not in held]
    shown = sorted(held)
    if not missing:
        return (
            Status.MET,
            Reason("licence.held", {"categories": list(crit.categories)}),
            None,
            shown,
        )
    remedy = Reason("remedy.licence", {"categories": missing})
    return Status.NOT_MET, Reason("licence.missing_categories", {"missing": missing}), remedy, shown


def _declared(crit: c.CriterionBase, profile: Profile, answer: Answer | None) -> Outcome:
    # Tests, firearms, availability, certifications and statements: only the candidate knows.
    kind = getattr(crit, "kind", "statement")
    if answer is True:
        return Status.MET, Reason("declared.yes", {"kind": kind}), None, True
    if answer is False:
        return Status.NOT_MET, Reason("declared.no", {"kind": kind}), None, False
    if answer == UNSURE:
        return Status.UNKNOWN, Reason("declared.unsure", {"kind": kind}), None, UNSURE
    return _unknown("declared.unanswered", kind=kind)


_RULES: dict[str, Callable[[Any, Profile, Answer | None], Outcome]] = {
    "nationality": _nationality,
    "education": _education,
    "experience": _experience,
    "official_languages": _official_languages,
    "language": _language,
    "driving_licence": _driving_licence,
    "fitness_test": _declared,
    "firearms": _declared,
    "availability": _declared,
    "certification": _declared,
    "statement": _declared,
}


def assess_criterion(
    criterion: c.Criterion, profile: Profile, reference: str, essential: bool
) -> CriterionResult:
    answer = profile.answers.get(reference, {}).get(criterion.id)
    status, reason, remedy, shown = _RULES[criterion.kind](criterion, profile, answer)
    return CriterionResult(
        criterion.id, criterion.kind, essential, status, reason, criterion.text, remedy, shown
    )


def deadline_status(deadline: Deadline, on: dt.date | dt.datetime) -> DeadlineStatus:
    """Open, closing soon or closed, in Brussels time.

    A plain date asks about that whole day: the vacancy counts as open on its deadline day.
    """
    closes_at = deadline.closes_at()
    if isinstance(on, dt.datetime):
        moment = on.astimezone(BRUSSELS) if on.tzinfo else on.replace(tzinfo=BRUSSELS)
        day = moment.date()
        closed = moment > closes_at
    else:
        day = on
        closed = day > closes_at.date()
    days_left = (closes_at.date() - day).days
    if closed:
        state = DeadlineState.CLOSED
    elif days_left <= CLOSING_SOON_DAYS:
        state = DeadlineState.CLOSING_SOON
    else:
        state = DeadlineState.OPEN
    return DeadlineStatus(state, closes_at, day, days_left)


def verdict_of(results: list[CriterionResult]) -> Verdict:
    essentials = [r.status for r in results if r.essential]
    if Status.NOT_MET in essentials:
        return Verdict.NOT_ELIGIBLE
    if Status.UNKNOWN in essentials:
        return Verdict.INCOMPLETE
    return Verdict.ELIGIBLE


def assess(
    vacancy: Vacancy, profile: Profile, on: dt.date | dt.datetime | None = None
) -> Assessment:
    """Assess one profile against one vacancy, on a date (default: now, in Brussels)."""
    when = on if on is not None else dt.datetime.now(BRUSSELS)
    ref = vacancy.reference
    results = [assess_criterion(crit, profile, ref, True) for crit in vacancy.essential]
    results += [assess_criterion(crit, profile, ref, False) for crit in vacancy.desirable]
    desirable = results[len(vacancy.essential) :]
    deadline = deadline_status(vacancy.deadline, when)
    lower_grade = (
        vacancy.grade.min if Condition.LOWER_GRADE_APPOINTMENT in vacancy.conditions else None
    )
    return Assessment(
        reference=ref,
        title=vacancy.title,
        draft=vacancy.draft,
        on=deadline.on,
        verdict=verdict_of(results),
        criteria=results,
        desirable_met=sum(1 for r in desirable if r.status is Status.MET),
        desirable_total=len(desirable),
        deadline=deadline,
        warnings=list(vacancy.warnings),
        conditions=list(vacancy.conditions),
        clearance=vacancy.clearance,
        lower_grade=lower_grade,
    )
