"""Experience bullets: the years a bullet asks for and the domain they are in.

"At least 5 years of experience in budget management", "Experience in project management
(minimum 5 years)", "8 years, of which 3 at management level" (8), "36 months of seagoing
service" (3); years of age ("over 21 years at the time of appointment") and of a licence held
are not experience, and a maximum ("a maximum of 3 years") is never a minimum
(experience_limits.py). (Split out of recognizers.py, which had passed 400 lines.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from screener.importer.bullet_typing import Lang, Typing, note
from screener.importer.driving_licences import DRIVING_LICENCE
from screener.importer.experience_limits import upper_limit
from screener.importer.wording import find_years, fold

_EXPERIENCE_CUES = re.compile(
    r"\b(?:experience|experienced|worked|working|travaille|exerce|expérience|track record"
    # "fifteen years of clinical practice", "6 years' post-qualification practice as a lawyer".
    r"|practi[cs]e|practi[cs]ing|post-qualification"
    # "three years of post-doctoral research in underwater acoustics".
    r"|post-?doctoral|(?:years?|months?) of (?:\w+\s){0,2}(?:research|service)"
    # A seafarer's experience: "3 years' sea service as Master", "36 months of sea time".
    r"|(?:years?|months?)'?\s(?:of\s)?(?:[\w-]+\s){0,2}(?:service|sea ?time)"
    r"|(?:sea|seagoing|sea-going) (?:service|time)|service at sea|temps de navigation"
    r"|service en mer)\b"
    # A bullet that opens with its years: "5+ years in cyber defence", "3 years as a driver".
    r"|^\W{0,3}(?:(?:at least|minimum(?: of)?|over|more than)\s)?(?:\d{1,2}|[a-z]{3,9})\+?"
    r"\s?(?:\(\d{1,2}\)\s?)?(?:years?|yrs?)'?\s(?:in|as|with|at)\b"
    # The same in French: "Au moins 5 ans en audit financier", "Cinq ans dans un poste similaire".
    r"|^\W{0,3}(?:(?:au moins|au minimum|minimum|plus de)\s)?(?:\d{1,2}|[a-z]{3,9})\+?"
    r"\s(?:ans|annees)\s(?:en|dans|comme|au sein|a un poste|a des postes|a la|au)\b"
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
