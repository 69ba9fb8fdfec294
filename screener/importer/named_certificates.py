"""Certificates and licences named without the usual words around them.

- A licence named by the rule that defines it ("EASA Part-66 category B1") is a licence whether
  or not the bullet says "licence"; its categories are alternatives.
- A bullet that is only a certificate's name ("ITIL v4 Foundation", "PRINCE2 Practitioner or
  higher", "CompTIA Security+") asks for that certificate.
- A certificate named by a phrase: "Esri Technical Certification (ArcGIS Pro Professional)",
  "Certification Azure Solutions Architect Expert", "Chartered engineer (CEng or PE)".

Called by screener.importer.certifications, which says whether the bullet is worded as a
certificate ("certified", "licence") and whether it accepts an equivalent.
"""

from __future__ import annotations

import re

from screener.importer.brand_names import brands_and_acronyms, with_vendor
from screener.importer.bullet_typing import Typing, note
from screener.importer.wording import EDUCATION_CUES, fold

# A licence named by the rule that defines it: "EASA Part-66 B1", "Part-145", "FAA Part 107".
# Such a name is a licence whether or not the bullet says "licence".
_REGULATION_PART = re.compile(r"\b(?:([A-Z]{2,6})\s)?(Part[- ]?\d{2,3}[A-Z]?)\b")
_PART_CATEGORIES = re.compile(
    r"\b(?:[Cc]ategor(?:y|ies)|[Cc]at\.)\s?([A-C]\d?(?:\.\d)?(?:\s?(?:,|or|and|/|&)\s?[A-C]\d?(?:\.\d)?)*)\b"
    r"|(?<![\w-])([AB][1-3](?:\.\d)?)(?![\w-])"
)

# Where the bullet turns from the licence to what it is endorsed with or what else it asks.
_QUALIFIED = re.compile(
    r"\s(?:with|including|incl\.|endorsed|holding|avec|comprenant|incluant)\b"
    r"|\b(?:type|aircraft)[- ]ratings?\b|\bqualifications? de type\b|;"
)
_ABOUT_THE_RULE = re.compile(r"\b(?:experience|knowledge|familiarity|understanding|working)\b")


# Another licence offered instead: "..., or FAA Airframe & Powerplant (A&P)", "or FAA A&P".
_OR_ANOTHER = re.compile(r"(?:,\s?|\s)(?:or|ou)\s(?:an?\s|the\s|une?\s|la\s|le\s)?")
_BRACKETED_NAME = re.compile(r"\(([A-Z][A-Z0-9&+/.-]{1,9})\)")
_NAME_WORDS = re.compile(r"^((?:[A-Z][\w&+/.-]*\s?){1,5})")
_GENERIC_WORD = re.compile(r"^(?:[Ll]icen[cs]e|[Cc]ertificat\w*|[Bb]revet)\s")
_NOT_A_NAME = re.compile(r"(?i)\bequivalent|^(?:categor|cat\.|[A-C]\d\b)")


def _other_licences(after: str) -> list[str]:
    """The other licences a bullet accepts after a regulation's licence, by their names."""
    names = []
    for part in _OR_ANOTHER.split(after)[1:]:
        part = _GENERIC_WORD.sub("", part.strip(" .;,"))
        if not part or _NOT_A_NAME.search(part):
            continue
        if bracketed := _BRACKETED_NAME.search(part):
            words = part[: bracketed.start()].split()
            names.append(
                f"{words[0]} {bracketed[1]}" if words and words[0].isupper() else bracketed[1]
            )
        elif named := _NAME_WORDS.match(part):
            names.append(re.sub(r"\s(?:[Ll]icen[cs]e|[Cc]ertificat\w*)$", "", named[1].strip()))
    return names


def regulation_licence(text: str, folded: str, worded: bool, equivalent: bool) -> Typing | None:
    """'EASA Part-66 category B1 or B2' -> 'EASA Part-66 B1', 'EASA Part-66 B2'."""
    match = _REGULATION_PART.search(text)
    if match is None:
        return None
    name = " ".join(part for part in (match[1], match[2]) if part)
    # What the licence must be endorsed with ("with type ratings on the C-130 or the A400M")
    # names aircraft, not other licences.
    qualified = _QUALIFIED.search(text, match.end())
    licence_part = text[: qualified.start()] if qualified else text
    categories: list[str] = []
    for found in _PART_CATEGORIES.finditer(licence_part, match.end()):
        for category in re.findall(r"[A-C]\d?(?:\.\d)?", found[1] or found[2]):
            if category not in categories:
                categories.append(category)
    # "category B1 (B1.1)": the subcategory says which B1; one licence, not two.
    categories = [
        one for one in categories if not any(other.startswith(f"{one}.") for other in categories)
    ]
    names = [f"{name} {category}" for category in categories] or [name]
    others = _other_licences(licence_part[match.end() :])
    names += [other for other in others if other not in names]
    if not worded and (not categories or _ABOUT_THE_RULE.search(folded)):
        return None  # "experience with EASA Part-145 organisations" asks for no licence
    return Typing(
        "certification",
        {"any_of": names, "or_equivalent": equivalent},
        0.8 if worded else 0.7,
        () if worded else (note("regulation_licence"),),
    )


# A certificate named and nothing else: "ITIL v4 Foundation", "PRINCE2 Practitioner or higher",
# "CompTIA Security+". Its level word or "+" says it is a certificate.
CERT_LEVEL = (
    r"(?:Foundation|Practitioner|Associate|Professional|Expert|Specialist|Fundamentals"
    r"|(?:Yellow|Green|Black) Belt)"
)
# "ITIL v4 Foundation", "ITIL v4 Managing Professional": a version, a word, then the level.
_NAME_PART = rf"(?:[A-Z][\w.-]*\+|v?\d+(?:\.\d+)?\s(?:[A-Z][a-z]+\s)?{CERT_LEVEL}|{CERT_LEVEL})"
_BARE_CERTIFICATE = re.compile(
    rf"^(?:(?:a|an|valid|current)\s)?((?:[A-Z][\w+.-]*\s){{0,3}}{_NAME_PART}"
    rf"(?:\s?(?:\sor\s|\sand\s|/|,)\s?(?:[A-Z][\w+.-]*\s){{0,3}}{_NAME_PART})*)"
    r"(?:,?\s(?:or|and)\s(?:higher|above|equivalent))?\s?[.;]?$"
)


# Certificates so widely asked for that their acronym alone names one ("GIAC GSEC or CISSP."):
# a bullet of acronyms only, one of them among these, asks for a certificate.
WELL_KNOWN = frozenset(
    [
        "CISSP",
        "CISM",
        "CISA",
        "CCSP",
        "CRISC",
        "CEH",
        "OSCP",
        "GSEC",
        "GCIH",
        "GCIA",
        "CCNA",
        "CCNP",
        "CCIE",
        "PMP",
        "ITIL",
        "PRINCE2",
        "TOGAF",
        "ACCA",
        "CPA",
        "CIMA",
        "CFA",
        "NEBOSH",
        "IOSH",
        "ISTQB",
        "SSCP",
        "CCSK",
        "CKA",
        "CSM",
        "PSM",
        "MCSA",
        "MCSE",
        "RHCSA",
        "RHCE",
    ]
)
# Life support and trauma care courses, certified and renewed every two years or so; often
# spelt out ("Advanced Cardiac Life Support (ACLS)") with no word saying it is a certificate.
_LIFE_SUPPORT = frozenset({"BLS", "ACLS", "PALS", "ATLS", "PHTLS", "TCCC", "ITLS"})
WELL_KNOWN = WELL_KNOWN | _LIFE_SUPPORT
_ACRONYMS_ONLY = re.compile(
    r"^((?:[A-Z][A-Z0-9+]{1,9}\s){0,1}[A-Z][A-Z0-9+]{1,9}"
    r"(?:(?:\s(?:or|and)\s|\s?[,/]\s?)(?:[A-Z][A-Z0-9+]{1,9}\s){0,1}[A-Z][A-Z0-9+]{1,9})+)\s?[.;]?$"
)


def _known_acronyms(text: str) -> Typing | None:
    match = _ACRONYMS_ONLY.match(text.strip())
    if match is None:
        return None
    names = [n.strip() for n in re.split(r"\s(?:or|and)\s|\s?[,/]\s?", match[1]) if n.strip()]
    if not any(word in WELL_KNOWN for name in names for word in name.split()):
        return None
    return _certificates(names, False, 0.65, match[1])


# A bullet that is one well-known certificate, with its vendor before it and its track or
# level after it: "Cisco CCNP", "ISTQB Advanced Level Test Automation Engineer", "a valid
# CISSP", "PMP or equivalent", "CCNA Security".
_LED_BY_KNOWN = re.compile(
    r"^(?:(?:[Aa]n?|[Vv]alid|[Cc]urrent)\s){0,2}(?:[A-Z][a-z]+\s){0,2}([A-Z][A-Z0-9+]{1,9})"
    r"((?:\s(?:[A-Z0-9][\w+.-]*|v\d[\w.]*|\(.{1,30}?\))){0,6})"
    r"(?:,?\s(?:or|and)\s(?:higher|above|equivalent))?\s?[.;]?$"
)


def _one_known(text: str) -> Typing | None:
    match = _LED_BY_KNOWN.match(text.strip())
    # Worded as a certificate ("NEBOSH International General Certificate"): certifications.py
    # reads its names the usual way.
    if match is None or match[1] not in WELL_KNOWN or re.search(r"(?i)\bcertif", text):
        return None
    name = " ".join(text.strip().rstrip(".;").split())
    name = re.sub(
        r"^(?:(?:[Aa]n?|[Vv]alid|[Cc]urrent)\s)+|,?\s(?:or|and)\s(?:higher|above|equivalent)$",
        "",
        name,
    )
    equivalent = bool(re.search(r"\bequivalent\b", text))
    return _certificates([name], equivalent, 0.65, name)


# A life support course spelt out with its acronym: "Advanced Cardiac Life Support (ACLS)".
# (Another course may follow by its acronym: "Pediatric Advanced Life Support (PALS) or ACLS".)
_SPELT_OUT_KNOWN = re.compile(
    r"^(?:(?:[Aa]n?|[Vv]alid|[Cc]urrent)\s)?((?:[A-Z][\w-]*\s){1,6}\(([A-Z][A-Z0-9+]{1,9})\)"
    r"((?:,?\s(?:or|and)\s|\s?/\s?)[A-Z]{3,5})?)"
    r"(?:,?\s(?:or|and)\s(?:higher|above|equivalent))?\s?[.;]?$"
)


def _spelt_out(text: str) -> Typing | None:
    match = _SPELT_OUT_KNOWN.match(text.strip())
    if match is None or match[2] not in _LIFE_SUPPORT:
        return None
    other = (match[3] or "").split()[-1:] if match[3] else []
    other = [name.strip("/ ") for name in other if name.strip("/ ") in _LIFE_SUPPORT]
    if match[3] and not other:
        return None
    equivalent = bool(re.search(r"\bequivalent\b", text))
    return _certificates([match[2], *other], equivalent, 0.65, match[1])


def bare_certificate(text: str) -> Typing | None:
    match = _BARE_CERTIFICATE.match(text.strip())
    if match is None:
        if names := brands_and_acronyms(text, WELL_KNOWN):
            equivalent = bool(re.search(r"\bequivalent\b", text))
            return _certificates(with_vendor(names), equivalent, 0.65, text)
        return _known_acronyms(text) or _one_known(text) or _spelt_out(text)
    # "CompTIA A+ and Network+": each named (a criterion holds its certificates as a list).
    parts = re.split(r"\s?(?:\sor\s|\sand\s|/|,)\s?", _GENERIC_WORD.sub("", match[1]))
    names = with_vendor([name.strip() for name in parts if name.strip()])
    # A name has capitals inside it ("ITIL", "CompTIA") or a "+": never plain words.
    if not all(sum(ch.isupper() for ch in name) >= 2 or "+" in name for name in names):
        return None
    equivalent = bool(re.search(r"\bequivalent\b", text))
    return _certificates(names, equivalent, 0.7, match[1])


def _certificates(names: list[str], equivalent: bool, confidence: float, named: str) -> Typing:
    """A certification criterion for the names; flagged when the notice asks for them all."""
    params = {"any_of": names, "or_equivalent": equivalent}
    if len(names) > 1 and " and " in named and " or " not in named:
        return Typing("certification", params, 0.55, (note("certificates_together"),))
    return Typing("certification", params, confidence)


_NAMED_CERTIFICATION = re.compile(
    r"\b(?:[A-Z][\w+.-]*\s){1,4}(?:Certification|Certificate)\s?\([^()]{2,60}\)"
)
_NAMED_AFTER = re.compile(
    r"\b(?:[Cc]ertification|[Cc]ertificat)\s((?:[A-Z][\w+.-]*)(?:\s[A-Z0-9][\w+.-]*){1,5})"
)
_TITLE = r"[A-Z][A-Za-z]{0,5}[A-Z][A-Za-z]{0,5}"
_BRACKETED_NAMES = re.compile(
    rf"\(({_TITLE}(?:(?:\s(?:or|and|ou|et)\s|\s?[,/]\s?){_TITLE}){{0,4}})\)"
)


def named_in_a_phrase(text: str) -> list[str]:
    """Certificates named by a phrase rather than by acronyms: "Esri Technical Certification
    (ArcGIS Pro Professional)" (the whole phrase), "Certification Azure Solutions Architect
    Expert" (the name after the word, in French order), "Chartered engineer (CEng or PE)" (the
    titles in brackets); [] when none."""
    if match := _NAMED_CERTIFICATION.search(text):
        return [" ".join(match[0].split())]
    if match := _NAMED_AFTER.search(text):
        return [match[1]]
    if (bracketed := _BRACKETED_NAMES.search(text)) is not None:
        return re.split(r"\s(?:or|and|ou|et)\s|\s?[,/]\s?", bracketed[1])
    return []


# "Certificate as authorised low-voltage installer issued by ...", "licensed as a gas
# engineer", "habilitation en tant que ...": what the certificate, licence or authorisation
# makes its holder. The name runs to where the bullet says who issues it, or what else counts.
HELD_AS = re.compile(
    r"\b(?:certificat(?:e|ion)|licen[cs]e|authori[sz]ation|accreditation|registration"
    r"|certified|licensed|authori[sz]ed|accredited"
    r"|attestation|habilitation|agrement|certifie|agree)(?:\s(?:of|de)\s(?:competence|competency))?"
    r"\s(?:as\s|en tant que\s|en tant qu')(?:an?\s|the\s|une?\s)?"
    # "Current registration with the Nursing and Midwifery Council": a licence to practise.
    # (A professional body, named: "registered with the national employment office" or "with
    # the Belgian social security" is none.)
    r"|\b(?:registration|registered|inscription|inscrite?)\s(?:with|aupr[eè]s d[eu']|a l'|à l')"
    r"\s?(?=(?:the\s|l')?(?=(?-i:[A-Z]))[^.;,()]{0,60}?\b(?:[Cc]ouncil|[Bb]oard|[Oo]rdre|[Oo]rder"
    r"|[Rr]egister|[Aa]ssociation|[Ii]nstitute|[Cc]hamber|[Kk]ammer|[Cc]olegio|[Cc]ollege"
    r"|[Ss]ociety)\b)",
    re.IGNORECASE,
)
_HELD_AS_END = re.compile(
    r"\s(?:issued|awarded|granted|delivered|by|from|with|valid|recogni[sz]ed|under"
    r"|according|in accordance|for|delivre|par|valable|selon)\b|[,;.:()]"
    # ("or"/"and" inside a body's capitalised name go on: "the Nursing and Midwifery Council".)
    r"|\s(?:or|and|ou|et)\b(?!\s(?-i:[A-Z]))",
    re.IGNORECASE,
)


def held_as(text: str) -> list[str]:
    """'Certificate as authorised low-voltage installer issued by ...' -> ['Certificate as
    authorised low-voltage installer'] (the words that say what it is: "nurse" alone would not
    say it is a registration); [] when the bullet names nothing that way."""
    match = HELD_AS.search(text)
    if match is None:
        return []
    rest = text[match.end() :]
    end = _HELD_AS_END.search(rest)
    named = rest[: end.start()] if end else rest
    if not 1 <= len(named.split()) <= 8:
        return []
    return [" ".join(f"{text[match.start() : match.end()]}{named}".split())]


def quoted_names(text: str) -> list[str]:
    """A national qualification quoted in its own language: 'Fire fighter qualification
    (Belgian "brevet de sapeur-pompier" or equivalent)', '« brevet de secouriste »'."""
    return [" ".join(m[1].split()) for m in _QUOTED_NAME.finditer(text)][:4]


_QUOTED_NAME = re.compile(r"[\"“«]\s?([^\"“”«»]{3,60}?)\s?[\"”»]")


# Certificates not called one: Belgium's electrical authorisations ("BA4 or BA5 electrical
# habilitation"; never a security clearance, "habilitation de sécurité"), on folded text; a
# professional body's award at a level ("CIPS Level 4 Diploma", "ILM Level 5 Certificate").
_HABILITATION = re.compile(r"\belectrical habilitations?\b|\bhabilitations? electriques?\b")
_LEVELLED_AWARD = re.compile(r"\b[A-Z]{2,6}\s(?:Level|Niveau)\s\d\s(?:Diploma|Award|Certificate)\b")


# A diploma named by its acronym, not by a level of education: "le diplôme SSIAP 2 (chef
# d'équipe de sécurité incendie)", "the SSIAP 2 diploma". (Degrees by their abbreviations,
# "MSc", "MBA", and trade diplomas, "BTS", are education: see _is_degree and vocational.py.)
_ACRONYM_DIPLOMA = re.compile(
    r"\bdipl[oô]me\s(?:du |de la |de |d')?([A-Z][A-Z0-9]{2,7})(?:\s\d{1,2})?\b"
    r"|\b([A-Z][A-Z0-9]{2,7})(?:\s\d{1,2})?\s(?:diploma|dipl[oô]me)\b"
)


# Diplomas of a level of education that notices name by their acronyms.
_SCHOOL_ACRONYMS = frozenset(
    {"HND", "HNC", "BTEC", "DUT", "DEUG", "DEA", "DESS", "GCE", "GCSE", "BTS", "CAP", "BEP", "BAC"}
)


def _named_diploma(text: str) -> bool:
    match = _ACRONYM_DIPLOMA.search(text)
    if match is None:
        return False
    acronym = match[1] or match[2]
    return acronym not in _SCHOOL_ACRONYMS and not EDUCATION_CUES.search(fold(acronym))


def named_otherwise(text: str, folded: str) -> bool:
    """The bullet names a certificate without the word certificate."""
    return bool(
        _HABILITATION.search(folded) or _LEVELLED_AWARD.search(text) or _named_diploma(text)
    )


# "(STCW Regulation II/1)": a regulation's or a part's number is no certificate of its own.
_BARE_NUMBER = re.compile(r"^[IVX]{1,4}(?:[/.-]\d{1,3})+$|^\d{1,3}(?:[/.-]\d{1,3})+$")


def without_numbers(names: list[str]) -> list[str]:
    """The names without bare regulation numbers; all of them if nothing else is left."""
    kept = [name for name in names if not _BARE_NUMBER.match(name.strip())]
    return kept or names


_SMALL_WORDS = frozenset({"of", "and", "in", "for", "the", "&", "de", "du", "des", "et", "en"})


def spelled_out(text: str, name: str) -> str:
    """'RN' -> 'Registered Nurse (RN)' when the notice spells the acronym out just before it in
    brackets: a wizard's question on "RN" alone may not be understood. Else the name."""
    # (Two letters only: a longer acronym names a certificate well enough, "BLS", "CISSP".)
    if not re.fullmatch(r"[A-Z]{2}", name):
        return name
    match = re.search(rf"((?:[\w&'-]+\s){{{len(name)},{2 * len(name) + 1}}})\(\s?{name}\s?\)", text)
    if match is None:
        return name
    words = match[1].split()
    letters = list(name)
    taken: list[str] = []
    for word in reversed(words):
        if not letters:
            break
        if word.lower() in _SMALL_WORDS and taken:
            taken.insert(0, word)
        elif word[:1].upper() == letters[-1] and word[:1].isupper():
            taken.insert(0, word)
            letters.pop()
        else:
            return name
    if letters:
        return name
    return f"{' '.join(taken)} ({name})"
