"""Certification bullets: which certificates a bullet names, whatever body awards them.

No fixed list of certificate names: a bullet is a certification when its wording says so
("certified", "certification", "certificate", "certificat", "brevet", "accredited") or when it
asks for a qualification, licence or accreditation named by its awarding body ("CIPD Level 5
qualification", "EASA Part-66 B2 licence"), and the certificates are what it names (found by
certificate_names.py):

- acronyms ("CISSP, GCIH or GCIA", "CCNA"), preferring those after "such as";
- a vendor's "X Certified[:] Name" ("AWS Certified Solutions Architect", "Microsoft
  Certified: Azure Solutions Architect Expert");
- with a level or part number, the words just before the certificate word ("CIPD Level 5");
- else brand names ("CompTIA A+ or Network+") or the words before "certificate"
  ("first-aid certificate", "certificat de secourisme"), flagged for review.

A certification that names nothing ("certification in advanced driving skills") stays a
statement: the certification kind needs the names a candidate can say they hold.
"""

from __future__ import annotations

import re

from screener.importer.bullet_typing import Lang, Note, Typing, note
from screener.importer.certificate_names import DRIVING, OR_EQUIVALENT, certificate_names
from screener.importer.degree_names import ACCREDITED_SCHOOL, is_degree_abbreviation
from screener.importer.fitness_and_firearms import opens_with_fitness, recognize_firearms
from screener.importer.named_certificates import (
    HELD_AS,
    bare_certificate,
    named_otherwise,
    regulation_licence,
)
from screener.importer.vocational import is_vocational
from screener.importer.wording import EDUCATION_CUES, fold

_CERTIFICATION = re.compile(
    r"\bcertif|\bcertificat|\bbrevet|\baccredited\b"
    # France's "carte professionnelle" (a security guard's licence) and "CACES" (a certificate
    # to drive plant: "CACES R489"), named without the word certificate.
    r"|\bcarte professionnelle\b|\bcaces\b"
)
# A named award that is not called a certificate: "CIPD Level 5 qualification".
_AWARD = re.compile(
    r"\b(?:qualification|licen[cs]e|accreditation|chartered|professional registration)\b"
)
# French names for the same (never "licence", a French bachelor's degree): "qualification
# professionnelle d'expert-comptable (ACCA, CPA ou équivalent)".
_AWARD_FR = re.compile(r"\bqualifications? professionnelles?\b|\baccreditation\b|\bagrement\b")

# "Higher secondary education certificate", "high school diploma": the school level it proves.
_SCHOOL_CERTIFICATE = re.compile(
    r"\b(?:(?:higher |upper |lower )?secondary (?:school |education )*|high school |school[- ]leaving )"
    r"(?:certificate|diploma)\b"
    # "Certificat d'études secondaires inférieures", "diplôme d'études secondaires" (Belgium's
    # CESI/CESS, Canada's DES).
    r"|\b(?:certificat|diplome) d'(?:etudes|enseignement) (?:secondaires?|primaires?)\b"
)


_ABOUT_A_TOPIC = re.compile(
    r"^(?:(?:proven|demonstrated|sound|good|thorough|practical) )?(?:experience|knowledge"
    r"|familiarity|understanding) (?:of|in|with)\b"
)


_CERTIFICATION_AS_TOPIC = re.compile(
    r"\bcertification (?:requirements|process(?:es)?|standards|procedures|regulations|rules"
    r"|activities|basis|authorit(?:y|ies))\b"
)


_OBTAIN_LATER = re.compile(
    r"\b(?:or|ou)\b (?:the |a |be |to be |etre |s'|l')?(?:willing\w*|prepared|ready|commit\w*"
    r"|undertak\w*|agree\w*|engag\w*|volont\w*|pret\w*|dispos\w*|able|ability|capacite)\b"
    r"[^.;]{0,40}?\b(?:obtain|acquire|gain|get|obtenir|acquerir|passer)"
)


# "CompTIA Security+ or equivalent DoD 8570 IAT Level II certification": what comes after
# "or equivalent" says which certificates are equivalent; it names none the candidate needs.
# (Only as the bullet's end: "(CFM or equivalent) or in project management (PMP, PRINCE2)"
# goes on to other certificates.)
_EQUIVALENT_TAIL = re.compile(
    r"\b(?:or|ou) (?:an? |any |other |une? )?(?:equivalent|équivalent)\s(?![^()]*\b(?:or|ou)\b)"
    r"[^()]*$"
)


def _before_the_equivalent(text: str, names: list[str]) -> list[str]:
    """The names the bullet asks for: those before its "or equivalent ..." when any are."""
    tail = _EQUIVALENT_TAIL.search(text)
    if tail is None:
        return names
    before = [name for name in names if 0 <= text.find(name) < tail.start()]
    return before or names


_TOGETHER = re.compile(r"\b(?:and|et)\b")
_EITHER = re.compile(r"\b(?:or|ou|such as|e\.g|for example|like|tels? que)\b|/|\bone of\b")


def recognize_certification(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if opens_with_fitness(folded):
        return None  # a medical certificate proving fitness: the fitness is the requirement
    if is_vocational(text, folded) or _SCHOOL_CERTIFICATE.search(folded):
        # A trade or school certificate proves a level of education (vocational.py).
        return None
    worded = bool(_CERTIFICATION.search(folded) or _AWARD.search(folded))
    equivalent = bool(OR_EQUIVALENT.search(folded))
    if (licence := regulation_licence(text, folded, worded, equivalent)) is not None:
        return licence
    if (named := bare_certificate(text)) is not None:
        return named
    # "from an accredited school of nursing": the school is accredited, not the candidate.
    unschooled = ACCREDITED_SCHOOL.sub(" ", folded)
    certificate = (
        bool(_CERTIFICATION.search(unschooled))
        or named_otherwise(text, folded)
        # ("A degree in pharmacy, with registration as a pharmacist": the degree first.)
        or bool(HELD_AS.search(text) and not EDUCATION_CUES.search(folded))
    )
    # (The "European Computer Driving Licence" is an office-software certificate, no driving.)
    drives = DRIVING.search(folded.replace("computer driving", "computer"))
    award = bool((_AWARD if lang == "en" else _AWARD_FR).search(folded)) and not drives
    if award and not certificate and recognize_firearms(text, lang) is not None:
        return None  # "the pistol shooting qualification": a shooting test (firearms)
    if award and not certificate and _ABOUT_A_TOPIC.match(folded):
        # "Experience of the qualification of airborne software to DO-178C": a topic the
        # candidate knows, not an award they hold.
        return None
    if not certificate and not (award and not EDUCATION_CUES.search(folded)):
        return None
    if _ABOUT_A_TOPIC.match(folded) and _CERTIFICATION_AS_TOPIC.search(folded):
        # "Knowledge of airworthiness and certification requirements (EMAR 21)": the rules
        # the candidate knows, not a certificate they hold.
        return None
    if _OBTAIN_LATER.search(folded):
        # "Forklift licence or the willingness to obtain it within 6 months": a candidate
        # without it may still apply, which a certification criterion would not let them.
        return Typing("statement", {}, 0.6, (note("certificate_to_obtain"),))
    names, worded = certificate_names(text, lang)
    names = list(dict.fromkeys(names))  # "Licence (ECDL/ICDL)": a name found twice is one
    # "Bachelor's degree in Nursing (BSN)": the degree's short name, read as education.
    names = [name for name in names if not is_degree_abbreviation(text, name)]
    names = _before_the_equivalent(text, names)
    if not names:
        return None
    confidence = 0.8 if certificate else 0.65
    notes: tuple[Note, ...] = () if certificate else (note("award_named"),)
    if worded:
        confidence, notes = 0.6, (note("named_in_words"),)
    if EDUCATION_CUES.search(folded):
        # "certifications such as CISSP ... or equivalent post-graduate degree": both at once.
        confidence, notes = 0.65, (note("also_degree"),)
    elif len(names) > 1 and _TOGETHER.search(folded) and not _EITHER.search(folded):
        # "EWIS and Fuel Tank Safety (FTS) certificates": all of them, which a criterion
        # holding alternatives cannot say; a person checks it.
        confidence, notes = 0.55, (note("certificates_together"),)
    return Typing(
        "certification",
        {"any_of": names, "or_equivalent": bool(OR_EQUIVALENT.search(folded))},
        confidence,
        notes,
    )
