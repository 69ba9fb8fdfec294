"""Vocational training: trade certificates, apprenticeships, vocational qualifications.

The education scale (screener.domain.scales.EducationLevel) has no vocational level of its
own, and NATO's notices define none. Such training normally completes upper secondary
education (an apprenticeship, a City & Guilds Level 3, a French CAP, BEP or bac pro: ISCED
levels 3-4), so a bullet asking for it is an education criterion at the nearest level the
scale defines, higher secondary, "or equivalent", unless the bullet states its level. A review
note says so, since a person may read the notice otherwise. It is not a certification: that
kind asks for named certificates, and a trade certificate is the proof of a level of training.
"""

from __future__ import annotations

import re

# Folded text (screener.importer.wording.fold). "master craftsman" comes first so that its
# "master" is never read as a master's degree.
VOCATIONAL = re.compile(
    r"\b(?:master craftsm[ae]n(?:'s)?(?: certificate| diploma| qualification)?"
    r"|craftsm[ae]n(?:'s)? (?:certificate|diploma|qualification|papers)"
    r"|vocational(?: and technical| or technical|/technical)?(?: training| education"
    r"| qualifications?| school| diploma| certificate)?"
    r"|apprenticeships?|apprentice|journeym[ae]n(?:'s)?(?: certificate| papers)?"
    r"|trade (?:certificate|qualification|school|diploma|test|papers|training)s?"
    r"|technical school(?: diploma| certificate)?"
    r"|meisterbrief|gesellenbrief|facharbeiterbrief"
    r"|formation (?:professionnelle|technique)|apprentissage|lycee professionnel"
    r"|certificat d'aptitude professionnelle|brevet d'etudes professionnelles"
    r"|bac(?:calaureat)? pro(?:fessionnel)?|brevet de technicien(?: superieur)?"
    # Luxembourg's and Belgium's upper-secondary trade diplomas: the DAP ("diplôme d'aptitude
    # professionnelle"), the technician's diploma, the CCP; the Netherlands' MBO.
    r"|diplome d'aptitude professionnelle|diplome de technicien|certificat de capacite"
    r" professionnelle|certificat de qualification|middelbaar beroepsonderwijs)\b"
)
# Names of vocational diplomas, matched on the text as written (capitals matter: "cap").
# ("CAP-CD-41211", a course's code, is no CAP: not inside a hyphenated code.)
VOCATIONAL_NAMES = re.compile(
    # France's two-year technical diplomas after the baccalauréat (BTS, DUT) as well.
    r"(?<![-/])\b(?:CAP|BEP|NVQ|BTEC|BTS|DUT|DAP|MBO|City (?:&|and) Guilds)\b(?![-/][A-Z0-9])"
)


# A professional driver's certificate (the EU's Driver CPC: Spain's "CAP", "certificado de
# aptitud profesional"): a licence to carry passengers or goods, held and renewed, not a level of
# training, whatever its acronym shares with France's trade diploma.
_DRIVER_COMPETENCE = re.compile(
    r"\b(?:professional competence|aptitud profesional|driver cpc|cpc)\b"
    r"[^.;]{0,60}\b(?:transport|drivers?|driving|haulage|passengers?|goods|conductores)\b"
    r"|\b(?:transport|drivers?|driving|haulage|passengers?|goods|conductores)\b"
    r"[^.;]{0,60}\b(?:professional competence|aptitud profesional|cpc)\b"
)


def is_vocational(text: str, folded: str) -> bool:
    """The bullet asks for vocational training or a trade qualification."""
    if _DRIVER_COMPETENCE.search(folded):
        return False
    return bool(VOCATIONAL.search(folded) or VOCATIONAL_NAMES.search(text))


def vocational_start(text: str, folded: str) -> int | None:
    """Where the bullet first names vocational training, or None."""
    found = [m.start() for m in (VOCATIONAL.search(folded), VOCATIONAL_NAMES.search(text)) if m]
    return min(found) if found else None
