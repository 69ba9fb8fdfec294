"""Degrees named by their abbreviations, and schools named as accredited: neither is a
certificate the candidate holds.

"Bachelor's degree in Nursing (BSN) from an accredited school of nursing" asks for a degree:
its "BSN" is the degree's short name and "accredited" says what the school is. Read by
certifications.py, which would otherwise take the acronym for a certificate's name.
"""

from __future__ import annotations

import re

# Abbreviations of degrees, as notices write them (case kept: "MS" alone is Microsoft, "BA4"
# is an electrical authorisation, neither is listed here).
_DEGREE_ABBREVIATIONS = frozenset(
    {
        "BA",
        "BS",
        "BSc",
        "BSN",
        "BScN",
        "BEng",
        "BBA",
        "BCom",
        "BEd",
        "LLB",
        "MA",
        "MSc",
        "MSN",
        "MEng",
        "MBA",
        "MPH",
        "MPA",
        "MPhil",
        "LLM",
        "PhD",
        "DPhil",
        "EdD",
        "DipHE",
        # France's degrees by their years: "Licence (L3)", "Master 2 (M2)".
        "L3",
        "M1",
        "M2",
    }
)

# The words that name a degree just before its abbreviation in brackets: "Bachelor of Science
# in Nursing (BSN)", "Master's degree (MSc or MEng)", "Doctor of Philosophy (PhD)". (Not
# "licence" nor "diploma": "Airline Transport Pilot Licence (ATPL)" is a licence; nor a
# "Certified Scrum Master (CSM)".)
_DEGREE_WORD = re.compile(
    r"\b(?:degree|bachelor(?:'?s)?|master(?:'?s\b| of\b| degree\b)|doctor(?:ate\b| of\b))",
    re.IGNORECASE,
)
_HEAD_WORD = re.compile(
    r"\b(?:certifi\w*|certificat\w*|licen[cs]e[ds]?|qualifications?|accreditations?|course)\b",
    re.IGNORECASE,
)

# "from an accredited school", "a CCNE-accredited programme", "université accréditée": the
# school is accredited, the candidate holds a degree from it (on folded text).
ACCREDITED_SCHOOL = re.compile(
    r"\b(?:[a-z-]+-)?accredited (?:\w+ ){0,2}?(?:schools?|universit(?:y|ies)|institutions?"
    r"|institutes?|colleges?|programmes?|programs?|courses?|bod(?:y|ies)|providers?|centres?)\b"
    r"|\b(?:schools?|universit(?:y|ies)|institutions?|programmes?|programs?)"
    r" (?:\w+ ){0,2}?accredited\b"
    r"|\b(?:ecoles?|universites?|etablissements?|institutions?) (?:\w+ )?accredite(?:e|s|es)?\b"
)


def is_degree_abbreviation(text: str, name: str) -> bool:
    """The name is a degree's short name: a known abbreviation, or one in brackets right after
    the words naming a degree ("Bachelor's degree in Nursing (BSN)")."""
    if name in _DEGREE_ABBREVIATIONS:
        return True
    at = text.find(name)
    if at < 0:
        return False
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", 0, at) > opened:
        return False
    before = text[max(0, opened - 80) : opened]
    before = re.split(r"[.;:]\s", before)[-1]
    degrees = list(_DEGREE_WORD.finditer(before))
    # The degree's words are the last before the bracket: "a degree and a certification
    # (CISSP)" names a certificate.
    return bool(degrees) and not _HEAD_WORD.search(before, degrees[-1].end())
