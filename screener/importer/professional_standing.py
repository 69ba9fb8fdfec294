"""A standing with a professional body that the candidate holds: a registration ("registered
as a nurse with the competent national nursing regulator", "inscrit à l'Ordre des
infirmiers"), admission to the bar ("Admission to the bar, or qualification as a solicitor or
Rechtsanwalt", "inscription au barreau"), membership of a professional body ("Full membership
of a professional accountancy body (ACCA, CIMA, ICAEW)"), a licence to practise ("licensed to
practise law"). Like a certificate, the candidate holds it or not: a certification, named by
the bodies the notice names or by its own words, as a registration with a named council
already is (named_certificates.HELD_AS). One the candidate may still be working towards
("or progress towards it") is a statement the candidate declares, as for a certificate to
obtain later.
"""

from __future__ import annotations

import re

from screener.importer.bullet_typing import Lang, Typing, note
from screener.importer.wording import fold

_BODY = (
    r"(?:regulator|regulatory (?:body|authority)|licensing (?:body|authority)|professional body"
    r"|council|board|ordre|order|chamber|kammer|register|college|association|institute"
    r"|institution|society|bar|barreau)"
)
_STANDING = re.compile(
    # Admission to the bar, a lawyer's or a doctor's licence to practise.
    r"\b(?:admission|admitted|admis(?:e|\(e\))?) (?:to|au) (?:the |a )?(?:bar|barreau)\b"
    r"|\bbar admission\b|\bmember of (?:the|a|a national) bar\b"
    r"|\b(?:inscription|inscrite?(?:\(e\))?|enregistre(?:e|\(e\))?) (?:au|a un) barreau\b"
    r"|\b(?:licensed|licence|license|authori[sz]ed|authori[sz]ation|admitted|admission)"
    r" to practi[cs]e\b"
    r"|\bqualifi(?:ed|cation) as an? (?:solicitor|barrister|attorney|lawyer|advocate)\b"
    # A registration with a regulator or a professional body, its name in lower case.
    rf"|\b(?:registered|registration|inscrite?(?:\(e\))?|inscription|enregistre\w*)"
    rf"(?: as an? [a-z' -]{{2,30}}?)? (?:with |aupres d[eu'] ?|a l'|au |a la |in )(?:the |l'|la |le |an? )?"
    rf"[a-z' -]{{0,40}}?\b{_BODY}\b"
    # Membership of a professional body.
    rf"|\b(?:full |chartered |associate |corporate )?membership (?:of|in) (?:an? |the )?"
    rf"[a-z' -]{{0,40}}?\b(?:body|institute|institution|association|society|council|chamber)\b"
    rf"|\b(?:a )?(?:full |chartered )?member of (?:an? |the )?(?:recogni[sz]ed |relevant )?"
    rf"(?:professional|accountancy|accounting|engineering|chartered) [a-z' -]{{0,30}}?"
    rf"\b(?:body|institute|institution|association|society)\b"
)
# "Member of the Institution of Engineering and Technology (IET)", "Fellow of the Chartered
# Institute of Personnel and Development": a body named in capitals.
_NAMED_MEMBERSHIP = re.compile(
    r"\b(?:[Mm]ember(?:ship)?|[Ff]ellow(?:ship)?) (?:of|in) (?:the )?(?=[A-Z])[A-Za-z' &-]{0,60}?"
    r"\b(?:Institute|Institution|Association|Society|Council|Chamber|College|Order|Bar)\b"
)
# "... or progress towards it", "or working towards chartered status", "or eligible for
# registration", "en cours d'obtention": not held yet.
_IN_PROGRESS = re.compile(
    r"\b(?:or|ou)\b[^.;]{0,20}?\b(?:progress(?:ing)? towards|working towards|studying for"
    r"|in the process of|eligible (?:for|to)|en cours d'obtention|en voie d'obtention)\b"
)
_EQUIVALENT = re.compile(r"\b(?:or|ou)\b[^.;]{0,20}?\bequivalente?\b")
# Where the standing's own words stop: who or where it is held, and what else is asked.
_WORDS_END = re.compile(
    r",? (?:in|within|from|without|with no|valid|under|issued|of a nato|in one of|dans|d'un"
    r"|d'une|de l'(?!ordre)|sans)\b|[;:]|\((?!e\))|,(?! or\b| ou\b)",
    re.IGNORECASE,
)
_OPTIONS = re.compile(r",? (?:or|ou) ", re.IGNORECASE)
_LEAD = re.compile(r"^(?:be |being |hold |have |possess |[eê]tre |a |an )+", re.IGNORECASE)
# "Experience as a member of a professional association", "knowledge of the bar's rules": a
# topic, not a standing held.
_ABOUT = re.compile(
    r"^\W*(?:(?:proven|demonstrated|sound|good|thorough|practical|previous) )?(?:experience"
    r"|knowledge|familiarity|understanding|connaissance|experience)\b"
)
_ACRONYMS = re.compile(r"\b[A-Z][A-Z&]{2,7}\b")
_NOT_NAMES = frozenset({"NATO", "OTAN", "EU", "UK", "USA", "IS"})


def _names(text: str, start: int) -> list[str]:
    """The bodies in brackets ("(ACCA, CIMA, ICAEW)"), else the notice's words for the
    standing and the others it accepts ("Admission to the bar", "qualification as a
    solicitor", "Rechtsanwalt")."""
    bracket = re.search(r"\(([^()]{2,120})\)", text[start:])
    if bracket:
        acronyms = [a for a in _ACRONYMS.findall(bracket[1]) if a not in _NOT_NAMES]
        if acronyms:
            return list(dict.fromkeys(acronyms))
    rest = text[start:]
    end = _WORDS_END.search(rest, 12)
    words = rest[: end.start()] if end else rest
    if re.search(r"\sas an?\s", words):
        # "registered as a nurse with the ... regulator": what the candidate is registered as.
        words = re.split(r"\s(?:with|aupres)\s", words, maxsplit=1)[0]
    options = [_LEAD.sub("", part.strip(" ,.")) for part in _OPTIONS.split(words)]
    # ("or have an equivalent professional qualification": the standing's equivalent.)
    options = [o for o in options if not fold(o).startswith(("equivalent", "equivalente"))]
    options = [o[:1].upper() + o[1:] for o in options if len(o) >= 3]
    return options[:4] or [" ".join(text.split())[:80]]


def recognize_professional_standing(text: str, lang: Lang) -> Typing | None:
    """A registration, admission or membership the candidate holds; None for anything else."""
    folded = fold(text)
    found = _STANDING.search(folded) or _NAMED_MEMBERSHIP.search(text)
    if found is None or _ABOUT.match(folded) or "staff association" in folded:
        return None  # (the staff's own association is no professional body)
    if _IN_PROGRESS.search(folded):
        return Typing("statement", {}, 0.6, (note("certificate_to_obtain"),))
    # The standing's words from the start of its clause ("be registered as a nurse ...").
    start = max(folded.rfind(";", 0, found.start()) + 1, 0)
    names = _names(text, start)
    equivalent = bool(_EQUIVALENT.search(folded))
    return Typing("certification", {"any_of": names, "or_equivalent": equivalent}, 0.75)
