"""Type one requirement bullet: its criterion kind, the kind's parameters and a confidence.

Each recognizer reads one language ("en" or "fr"); the draft builder compares the two halves.
Recognizers are tried in order, the first that claims a bullet wins, and a bullet nobody claims
is a `statement` (something the candidate can only declare). The confidence says how sure the
typing is: below `bullet_typing.REVIEW_BELOW` a person should check it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from screener.domain.scales import EducationLevel
from screener.importer.availability import recognize_availability
from screener.importer.bullet_typing import Lang, Note, Typing, note
from screener.importer.certifications import recognize_certification
from screener.importer.driving_licences import DRIVING_LICENCE, recognize_driving_licence
from screener.importer.experience_limits import upper_limit
from screener.importer.fitness_and_firearms import recognize_firearms, recognize_fitness
from screener.importer.joined_levels import joined_level
from screener.importer.joined_requirements import split_joined
from screener.importer.language_requirements import recognize_language_bullet
from screener.importer.vocational import VOCATIONAL, is_vocational
from screener.importer.wording import EDUCATION_CUES, all_years, find_years, fold
from screener.report.catalogue import EDUCATION_NAMES

# Long enough for any real bullet; a recognizer never looks further (bounded work on noise).
_MAX_BULLET = 2000


def _has(text: str, *words: str) -> bool:
    return any(word in text for word in words)


# --- education -------------------------------------------------------------------------------

_PREFERABLY = re.compile(r",?\s?\b(?:preferably|ideally|de preference|idealement)\b")
_BAC_PLUS_LEVELS = (
    (EducationLevel.DOCTORATE, "78"),
    (EducationLevel.MASTER, "56"),
    (EducationLevel.BACHELOR, "34"),
    (EducationLevel.HIGHER_SECONDARY, "12"),
)


def _bac_plus(years: str) -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?:diplome|titre|niveau)\b[^;]{{0,60}}?)?\bbac ?\+ ?[{years}]\b\)?")


# Most specific first: a matched phrase is blanked out before the next pattern looks, so the
# "degree" of "post-graduate degree" does not also count as a first degree.
_LEVEL_CUES: tuple[tuple[EducationLevel, re.Pattern[str]], ...] = (
    # Vocational training first: "master craftsman" is no master's degree (see vocational.py).
    (EducationLevel.HIGHER_SECONDARY, VOCATIONAL),
    # "bac+5": France's years of study after the baccalauréat say the level; the diploma named
    # with them ("diplôme d'études supérieures (bac+5)") is blanked with them.
    *((level, _bac_plus(years)) for level, years in _BAC_PLUS_LEVELS),
    (
        EducationLevel.DOCTORATE,
        re.compile(r"\b(?:doctorate|doctoral(?: degree)?|ph\.?d|d\.?phil|doctorat)\b"),
    ),
    (
        EducationLevel.MASTER,
        re.compile(
            r"\b(?:master'?s?(?: degree)?|post-?graduate(?: university)?(?: degree| diploma)?"
            r"|advanced (?:university )?degree|(?:diplome|etudes) de (?:troisieme|deuxieme) cycle"
            r"|(?:diplome |etudes )?(?:universitaires? )?de (?:troisieme|deuxieme) cycle"
            r"|troisieme cycle|deuxieme cycle|mastere|master"
            # France's "diplôme d'ingénieur" confers the master's degree ("grade de master").
            r"|diplome d'ingenieur|titre d'ingenieur diplome)\b"
            # "An LL.M. in international law": the Master of Laws; "MSc", "MBA", "M.A.".
            r"|\bll\.\s?m\b|\b(?:msc|m\.sc|meng|m\.eng|mba|mphil|m\.a\.)(?![a-z])"
        ),
    ),
    (
        EducationLevel.HIGHER_SECONDARY,
        # "études secondaires du second degré / du second cycle": the French for upper secondary.
        re.compile(
            # Secondary school that qualifies for university: its upper cycle. Blanked whole,
            # so neither its "university" nor its "secondary" counts as a level of its own.
            # ("Completed secondary education" alone stays secondary: testers disagree.)
            r"\b(?:secondary (?:school )?(?:education )?(?:leading|giving access|qualifying)"
            r" (?:to|for) (?:an? )?university(?: entrance| admission| studies)?(?: qualification)?"
            r"|university entrance (?:qualification|certificate|examination|exam))"
            r"|\b(?:higher secondary|upper secondary|high school|secondaires? superieure?s?"
            # France's "baccalauréat" (a "baccalauréat en comptabilité" is Canada's or
            # Belgium's first university degree: bachelor, below).
            r"|baccalaureat(?! (?:\((?:bachelier|bachelor)|(?:en|universitaire|specialise"
            r"|de premier cycle)\b))"
            r"|secondaires? du second (?:degre|cycle)|second cycle (?:du|de l'enseignement) secondaire)"
        ),
    ),
    (
        EducationLevel.BACHELOR,
        re.compile(
            r"\b(?:degree(?! of )|bachelor'?s?|university|universitaire|universite|licence|diplome"
            r"|bachelier|baccalaureat"
            r"|first[- ]level)"
            r"|\b(?:bsc|b\.sc|beng|b\.eng|bba|llb|ll\.b|b\.a\.)(?![a-z])"
        ),
    ),
    (EducationLevel.SECONDARY, re.compile(r"\bsecondary|secondaires?\b")),
)
_INSTITUTION = re.compile(
    r"\b(?:from|at|by|of) (?:a|an|the|any)\b[a-z ,'-]{0,40}?"
    r"\b(?:universit(?:y|ies)|institutions?|institutes?|colleges?)\b"
    r"|\b(?:d'une|dans une|par une|aupres d'une) (?:[a-z'-]+ ){0,3}?(?:universite|institution|ecole)"
)
# "... or higher secondary education with at least ten (10) years of relevant experience".
_LOWER_WITH_YEARS = re.compile(
    r"\b(?:or|ou)\b[^;]{0,80}?\b(?:with|plus|and|combined with|avec|et)\b[^;]{0,40}?"
    r"\b(?:years?|ans|annees)\b"
)
_EQUIVALENT_DEGREE = re.compile(
    r"\b(?:or |and/or )?(?:an? |any )?equivalent (?:university |academic |higher )?"
    r"(?:degree|qualification|diploma)s?\b"
)
_EQUIVALENT_TO = re.compile(r"\b(?:equivalent to|equivalente? (?:au|a un)) (?:an? |the |niveau )?")
_EQUIVALENT = re.compile(r"\bequivalent|\bequivalente?\b|\bou (?:une )?formation equivalente")
_FIELD_EN = re.compile(
    r"\bin (?:a|an|the)? ?(?:relevant|related|pertinent|appropriate) "
    r"(?:field|discipline|area|subject)(?: of study)?"
    r"|(?:(?<=degree )|(?<=diploma )|(?<=training )|(?<=qualification ))in [a-z][a-z &/-]{2,80}"
)
# A level the bullet states itself, besides naming vocational training.
_STATED_LEVEL = re.compile(r"\b(?:secondary|secondaire|university|universit\w*|degree|bachelor)")
_FIELD_FR = re.compile(
    r"\bdans (?:un|le) domaine (?:en lien avec le poste|pertinent|approprie|connexe|lie au poste)"
    r"|\bdans (?:un|le) domaine [a-z' -]{2,80}"
)


def _lower_note(lower: EducationLevel) -> dict[str, str]:
    en, fr = (EDUCATION_NAMES[lang][lower.value] for lang in ("en", "fr"))
    return {
        "en": f"The notice also accepts {en} together with years of experience.",
        "fr": f"L'avis accepte aussi : {fr}, avec des années d'expérience.",
    }


def recognize_education(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    vocational = is_vocational(text, folded)
    if not EDUCATION_CUES.search(folded) and not vocational:
        return None
    required = _PREFERABLY.split(folded, maxsplit=1)[0]
    # "a Master's degree in law from a university of recognised standing": where the degree is
    # from says nothing about its level.
    required = _INSTITUTION.sub(lambda m: " " * len(m[0]), required)
    # "a Master's degree in law or equivalent university degree in law": the equivalent of the
    # level named, not a lower level of its own.
    required = _EQUIVALENT_DEGREE.sub(lambda m: " " * len(m[0]), required)
    levels: list[EducationLevel] = []
    remaining = required
    for level, pattern in _LEVEL_CUES:
        if pattern.search(remaining):
            if level not in levels:
                levels.append(level)
            remaining = pattern.sub(lambda m: " " * len(m[0]), remaining)
    if not levels and vocational:
        levels.append(EducationLevel.HIGHER_SECONDARY)  # "CAP/BEP", named without a cue word
    if not levels:
        return None
    # Several levels in one bullet ("higher secondary, or a university degree") are
    # alternatives: the minimum is the lowest, unless the bullet says which level counts
    # ("secondary education, equivalent to higher secondary level").
    level = min(levels, key=lambda lvl: lvl.rank)
    with_years = len(levels) > 1 and bool(_LOWER_WITH_YEARS.search(required))
    if with_years:
        # "a degree; or higher secondary education with ten years of experience": the lower
        # level counts only with experience, so it is an equivalent of the higher one. Taking
        # the lower level alone would pass a candidate without those years.
        level = max(levels, key=lambda lvl: lvl.rank)
    if (joined := joined_level(required, levels, _LEVEL_CUES)) is not None and not with_years:
        level = joined  # "a degree in physics, with a PhD in acoustics": both are asked for
    elif (stated := _EQUIVALENT_TO.search(required)) is not None:
        level = next((lvl for lvl, p in _LEVEL_CUES if p.match(required, stated.end())), level)
    elif (stated := _AT_LEVEL.search(required)) is not None:
        # "a law degree at master's level": the degree's level is the one stated.
        level = next((lvl for lvl, p in _LEVEL_CUES[1:] if p.search(stated[1] or stated[2])), level)
    params: dict[str, object] = {
        "min_level": level,
        "or_equivalent": with_years or bool(_EQUIVALENT.search(folded)),
    }
    pattern = _FIELD_EN if lang == "en" else _FIELD_FR
    if match := pattern.search(required):
        # The field ends where a blanked-out institution starts ("in law  ...").
        end = match.start() + len(match[0].split("  ")[0])
        params["field"] = text[match.start() : end].strip(" ,;")
    confidence = 0.85 if len(levels) == 1 else 0.65
    notes: tuple[Note, ...] = () if len(levels) == 1 else (note("several_education_levels"),)
    if vocational and len(levels) == 1 and not _STATED_LEVEL.search(required):
        # The scale has no vocational level: the nearest one is taken, and a person checks it.
        confidence, notes = 0.65, (note("vocational_level"),)
        params["or_equivalent"] = True
    if with_years:
        lower = min(levels, key=lambda lvl: lvl.rank)
        # Met at the higher level: met; at the lower one only: can't tell (the years decide).
        params["alternative"] = {"params": {"min_level": lower.value}, "note": _lower_note(lower)}
        notes = (note("lower_level_with_years"),)
    if len(all_years(required)) > 1 and _OR.search(required):
        # "a degree and 2 years, or a diploma and 6 years": no criterion holds a choice of
        # education-and-experience paths, so a person must check them (criteria_builder).
        notes = (*notes, ALTERNATIVE_PATHS_NOTE)
    return Typing("education", params, confidence, notes)


_OR = re.compile(r"\b(?:or|ou)\b")
# "a degree at master's level", "a master's-level degree", "at the level of a master's".
_AT_LEVEL = re.compile(
    r"\b((?:master|bachelor|doctoral|post-?graduate)(?:'?s)?)[- ]level\b"
    r"|\bat (?:the )?level of an? ((?:master|bachelor)(?:'?s)?)\b"
)
ALTERNATIVE_PATHS_NOTE = note("alternative_paths")


# --- experience ------------------------------------------------------------------------------

_EXPERIENCE_CUES = re.compile(
    r"\b(?:experience|experienced|worked|working|travaille|exerce|expérience|track record"
    # "fifteen years of clinical practice", "6 years' post-qualification practice as a lawyer".
    r"|practi[cs]e|practi[cs]ing|post-qualification"
    # "three years of post-doctoral research in underwater acoustics".
    r"|post-?doctoral|(?:years?|months?) of (?:\w+\s){0,2}(?:research|service))\b"
    # A bullet that opens with its years: "5+ years in cyber defence", "3 years as a driver".
    r"|^\W{0,3}(?:(?:at least|minimum(?: of)?|over|more than)\s)?(?:\d{1,2}|[a-z]{3,9})\+?"
    r"\s?(?:\(\d{1,2}\)\s?)?(?:years?|yrs?)'?\s(?:in|as|with|at)\b"
    # "8 years, of which 3 at management level": years in a kind of post are experience.
    r"|\b(?:at|in an?) (?:management|managerial|supervisory|senior|similar|comparable)"
    r" (?:level|position|post|role|function|capacity)"
)
# "... of which 3 at management level" names no domain: the whole bullet is the requirement.
_PART_CLAUSE = re.compile(
    r"^(?:of which|of whom|including|incl\.|with (?:a minimum of|at least)|dont)\b"
)
_DOMAIN_LEAD_EN = re.compile(
    r"^\s?(?:'s?|’s?)?\s?(?:or (?:more|longer)\s|and (?:more|above)\s)?(?:of\s)?"
    r"(?:relevant\s|proven\s|professional\s|work\s|working\s|"
    r"progressively responsible\s)*(?:experience|work)?\s?"
)
_DOMAIN_LEAD_FR = re.compile(
    r"^\s?(?:au (?:minimum|moins)\s)?(?:d'|de\s)?(?:une\s)?(?:experience|travail)?\s?"
    r"(?:professionnelle\s|pertinente\s)*(?:au (?:minimum|moins)\s)?"
)
_DOMAIN_CUT = re.compile(
    r",?\s(?:preferably|ideally|acquise de preference|de preference|idealement)\b"
)


def _domain(text: str, after: int, lang: Lang) -> str:
    rest = text[after:]
    folded = fold(rest)
    lead = (_DOMAIN_LEAD_EN if lang == "en" else _DOMAIN_LEAD_FR).match(folded)
    start = lead.end() if lead else 0
    cut = _DOMAIN_CUT.search(folded, start)
    end = cut.start() if cut else len(rest)
    return rest[start:end].strip(" ,;:.")


_BEFORE_YEARS = re.compile(
    r"(?:[\s(,:-]*(?:minimum|at least|min\.|of|not less than|d'au moins|au moins|de))*[\s(,:-]*$"
)
_EXPERIENCE_WORD = re.compile(r"\bexp[eé]rience\b", re.IGNORECASE)


def _domain_before(text: str, years_start: int) -> str:
    before = _BEFORE_YEARS.sub("", text[:years_start])
    word = _EXPERIENCE_WORD.search(before)
    return before[word.end() :].strip(" ,;:.(") if word else ""


# An age limit: "over 21 years at the time of appointment", "at least 18 years of age".
_AGE = re.compile(
    r"\b(?:age|aged|old|older|younger|birth|ans revolus)\b"
    r"|\bat the (?:time of (?:appointment|application)|closing date)\b"
)


def recognize_experience(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    years = find_years(text)
    if years is None:
        return None
    if not _EXPERIENCE_CUES.search(folded):
        return None
    if _AGE.search(folded) and not _EXPERIENCE_WORD.search(text):
        return None  # years of age, not of experience
    if DRIVING_LICENCE.search(folded):
        # "a licence for B and D, with 3 years of driving experience" is a licence criterion.
        return None
    limit = upper_limit(folded, years)  # "a maximum of 3 years" (experience_limits.py)
    if limit is not None and limit[0] is None:
        return Typing("statement", {}, 0.5, (limit[1],))
    if limit is not None and limit[0] is not None:
        years = replace(years, years=limit[0])
    domain = _domain(text, years.end, lang).lstrip(") ").strip()
    if _PART_CLAUSE.match(fold(domain)):
        domain = text
    if len(domain) < 3:
        # "Experience in project management (minimum 5 years)": the domain comes first.
        domain = _domain_before(text, years.start)
    if not domain:
        # "5 years of experience" and nothing else: the domain is the whole requirement.
        return Typing(
            "experience", {"min_years": years.years, "domain": text}, 0.6, (note("no_domain"),)
        )
    if limit is not None:
        return Typing("experience", {"min_years": years.years, "domain": domain}, 0.6, (limit[1],))
    return Typing("experience", {"min_years": years.years, "domain": domain}, 0.85)


# --- nationality -----------------------------------------------------------------------------

_NATIONALITY = re.compile(
    r"\bnational(?:s|ity)? of\b|\bcitizen(?:ship)?\b|\bressortissante?s?\b|\bnationalite\b"
    r"|^\W{0,3}nationality\s?:"
)


def recognize_nationality(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if _NATIONALITY.search(folded) and _has(folded, "nato", "otan", "member", "membre"):
        return Typing("nationality", {"scope": "nato_members"}, 0.8)
    return None


# --- statement -------------------------------------------------------------------------------

# Words that suggest a typed requirement the recognizers above did not manage to read.
_SUSPICIOUS = re.compile(
    r"\b(?:years?|ans|annees|degree|diplome|licen[cs]e|permis|certif\w*|language|langue"
    r"|test|tests|epreuves?|firearms?|armes?|shifts?|nationality|nationalite|mother tongue)\b"
)


def recognize_statement(text: str, lang: Lang) -> Typing:
    folded = fold(text)
    if match := _SUSPICIOUS.search(folded):
        word = text[match.start() : match.end()]
        return Typing("statement", {}, 0.6, (note("mentions", word=word),))
    return Typing("statement", {}, 0.9)


Recognizer = Callable[[str, Lang], Typing | None]

RECOGNIZERS: tuple[Recognizer, ...] = (
    recognize_nationality,
    recognize_language_bullet,
    recognize_certification,
    recognize_education,
    recognize_experience,
    recognize_driving_licence,
    recognize_firearms,
    recognize_fitness,
    recognize_availability,
)


_YEARS_WORD = re.compile(r"\b(?:years?|ans|annees)\b")


def _first_stated(text: str, lang: Lang, education: Typing) -> Typing:
    """A bullet naming both a degree and years of experience: "a degree and 4 years of
    experience" asks for both, one criterion each; "5 years of experience (a Master's may
    count as 2 years)" is experience, what it states first, and the degree is reported."""
    folded = fold(text)
    degree = EDUCATION_CUES.search(folded) or VOCATIONAL.search(folded)
    years = _YEARS_WORD.search(folded)
    experience = recognize_experience(text, lang)
    if degree is None or years is None or experience is None:
        return education
    if years.start() > degree.start():
        return _with_experience(education, experience, folded[degree.end() : years.start()])
    first = note("first_stated")
    return Typing(experience.kind, experience.params, min(experience.confidence, 0.65), (first,))


def _with_experience(education: Typing, experience: Typing, between: str) -> Typing:
    """The degree, and the years asked for beside it as a criterion of their own. Not when the
    years are a choice ("a degree or 4 years of experience", "a degree and 2 years, or a
    diploma and 6 years", "a degree; or secondary education with 10 years"): no single
    criterion holds that choice, and asking for both would rule out who has either."""
    alternative = "alternative" in education.params or ALTERNATIVE_PATHS_NOTE in education.notes
    if alternative or _OR.search(between):
        return education
    return replace(education, also=(*education.also, experience))


# "a medical degree ... and be licensed to practise medicine", "a law degree and admission to
# the bar": the licence is a requirement of its own, which no education criterion holds.
_LICENCE_CLAUSE = re.compile(
    r"\b(?:and|,) (?:be |being )?(?:duly )?(?:licensed|registered|admitted|authori[sz]ed|entitled)"
    r" (?:to|with|as|in)\b|\band (?:admission to the bar|registration with|a licence to)\b"
    r"|\bet (?:etre )?(?:autorise|inscrit|admis)(?:\(?e\)?)? (?:a|au|aupres)\b"
)
ALSO_LICENCE_NOTE = note("also_licence")


# "a degree in finance, or a recognised professional accountancy qualification (ACCA, CPA)":
# a qualification the notice accepts instead of the degree, which no education criterion holds.
_OR_QUALIFICATION = re.compile(
    r"\b(?:or|ou)\b (?:an? |une? )?(?:recogni[sz]ed |relevant |equivalent |full )*"
    r"(?:professional|accountancy|accounting|chartered)\b[^;]{0,40}?\b(?:qualification|certification"
    r"|designation|title)s?\b"
)
OR_QUALIFICATION_NOTE = note("or_qualification")
# "a university degree or equivalent experience", "a degree or 4 years of relevant experience":
# experience the notice accepts instead of the degree.
_OR_EXPERIENCE = re.compile(
    r"\b(?:or|ou)\b (?:an? )?(?:equivalent|relevant|comparable|\d{1,2}"
    r"|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)"
    r"(?: \(\d{1,2}\))?(?: years?(?: of)?)?(?: relevant| professional| work)* (?:experience"
    r"|expérience|experience professionnelle)\b"
)
OR_EXPERIENCE_NOTE = note("or_experience")


def _degree_beside(text: str, typing: Typing) -> Typing:
    """A degree's criterion with what the bullet asks beside it or accepts instead of it."""
    for pattern, flag in (
        (_OR_QUALIFICATION, OR_QUALIFICATION_NOTE),
        (_OR_EXPERIENCE, OR_EXPERIENCE_NOTE),
    ):
        if typing.kind == "education" and pattern.search(fold(text)):
            # Kept as the degree, flagged: a candidate with the other path alone is not met.
            notes = (*typing.notes, flag)
            typing = replace(typing, confidence=min(typing.confidence, 0.6), notes=notes)
    if typing.kind != "education" or not _LICENCE_CLAUSE.search(fold(text)):
        return typing
    # Kept as a statement the candidate declares, beside the degree's criterion.
    licence = Typing("statement", {}, 0.55, (ALSO_LICENCE_NOTE,))
    return replace(typing, also=(*typing.also, licence))


def recognize(text: str, lang: Lang) -> Typing:
    """The typing of one bullet in one language; never raises on odd text."""
    text = text[:_MAX_BULLET]
    for recognizer in RECOGNIZERS:
        typing = recognizer(text, lang)
        if typing is not None and recognizer is recognize_education:
            return _degree_beside(text, _first_stated(text, lang, typing))
        if typing is not None:
            return split_joined(text, lang, typing, _recognize_one)
    return recognize_statement(text, lang)


def _recognize_one(text: str, lang: Lang) -> Typing:
    """One side of a bullet joining two requirements, read without splitting it again."""
    for recognizer in RECOGNIZERS:
        typing = recognizer(text, lang)
        if typing is not None:
            return typing
    return recognize_statement(text, lang)
