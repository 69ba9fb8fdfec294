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

from screener.importer.availability import recognize_availability
from screener.importer.bullet_typing import Lang, Typing, note
from screener.importer.certifications import recognize_certification
from screener.importer.driving_licences import recognize_driving_licence
from screener.importer.education_alternatives import with_alternative_qualification
from screener.importer.education_bullets import ALTERNATIVE_PATHS_NOTE, OR_WORD, recognize_education
from screener.importer.experience_bullets import recognize_experience
from screener.importer.fitness_and_firearms import recognize_firearms, recognize_fitness
from screener.importer.joined_requirements import split_joined
from screener.importer.language_requirements import recognize_language_bullet
from screener.importer.professional_standing import recognize_professional_standing
from screener.importer.vocational import VOCATIONAL
from screener.importer.wording import EDUCATION_CUES, fold

# Long enough for any real bullet; a recognizer never looks further (bounded work on noise).
_MAX_BULLET = 2000


def _has(text: str, *words: str) -> bool:
    return any(word in text for word in words)


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
    recognize_professional_standing,
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
    if alternative or OR_WORD.search(between):
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


# "a Bachelor's degree in Nursing and a current Registered Nurse licence": the licence after
# "and", asked beside the degree.
_AND_HELD = re.compile(
    r",?\s(?:and|as well as|plus|et)\s(?=(?:an?|the|current|valid|une?)\s"
    # "... et inscription à l'Ordre des médecins", "and registration with the ... Council".
    r"|(?:registration|inscription|admission|membership)\s)"
)


def _licence_beside(text: str, lang: Lang) -> Typing | None:
    """The certificate or licence a degree's bullet asks for beside it, else None."""
    for join in _AND_HELD.finditer(text):
        tail = text[join.end() :]
        if EDUCATION_CUES.search(fold(tail)):
            continue
        if (held := recognize_certification(tail, lang)) is not None:
            return held
        if (held := recognize_professional_standing(tail, lang)) is not None:
            return held  # "... and admission to the bar": a standing held, as a registration
    return None


def _degree_beside(text: str, typing: Typing, lang: Lang) -> Typing:
    """A degree's criterion with what the bullet asks beside it or accepts instead of it."""
    for pattern, flag in (
        (_OR_QUALIFICATION, OR_QUALIFICATION_NOTE),
        (_OR_EXPERIENCE, OR_EXPERIENCE_NOTE),
    ):
        if typing.kind == "education" and pattern.search(fold(text)):
            # Kept as the degree, flagged: a candidate with the other path alone is not met.
            notes = (*typing.notes, flag)
            typing = replace(typing, confidence=min(typing.confidence, 0.6), notes=notes)
    typing = with_alternative_qualification(text, typing)
    if typing.kind == "education" and (held := _licence_beside(text, lang)) is not None:
        return replace(typing, also=(*typing.also, held))
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
            return _degree_beside(text, _first_stated(text, lang, typing), lang)
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
