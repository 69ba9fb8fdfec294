"""Type one requirement bullet: its criterion kind, the kind's parameters and a confidence.

Each recognizer reads one language ("en" or "fr"); the draft builder compares the two halves.
Recognizers are tried in order, the first that claims a bullet wins, and a bullet nobody claims
is a `statement` (something the candidate can only declare). The confidence says how sure the
typing is: below `bullet_typing.REVIEW_BELOW` a person should check it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from screener.domain.scales import EducationLevel
from screener.importer.availability import recognize_availability
from screener.importer.bullet_typing import Lang, Typing
from screener.importer.language_requirements import recognize_language_bullet
from screener.importer.wording import deaccent, find_years, fold

# Long enough for any real bullet; a recognizer never looks further (bounded work on noise).
_MAX_BULLET = 2000


def _has(text: str, *words: str) -> bool:
    return any(word in text for word in words)


# --- education -------------------------------------------------------------------------------

_PREFERABLY = re.compile(r",?\s?\b(?:preferably|ideally|de preference|idealement)\b")
_EDUCATION_CUES = re.compile(
    r"\b(?:degree(?! of )|university|diploma|education|educational|bachelor|master|doctorate|phd|"
    r"secondary|graduate|post-graduate|postgraduate|diplome|diplomee?\(?e?\)?|universit|"
    r"instruction|formation equivalente|licence universitaire|niveau secondaire|enseignement"
    r"|etudes secondaires)"
)
# Most specific first: a matched phrase is blanked out before the next pattern looks, so the
# "degree" of "post-graduate degree" does not also count as a first degree.
_LEVEL_CUES: tuple[tuple[EducationLevel, re.Pattern[str]], ...] = (
    (
        EducationLevel.DOCTORATE,
        re.compile(r"\b(?:doctorate|doctoral(?: degree)?|ph\.?d|doctorat)\b"),
    ),
    (
        EducationLevel.MASTER,
        re.compile(
            r"\b(?:master'?s?(?: degree)?|post-?graduate(?: university)?(?: degree| diploma)?"
            r"|advanced (?:university )?degree|(?:diplome|etudes) de (?:troisieme|deuxieme) cycle"
            r"|troisieme cycle|deuxieme cycle|mastere|master)\b"
        ),
    ),
    (
        EducationLevel.HIGHER_SECONDARY,
        re.compile(r"\b(?:higher secondary|upper secondary|high school|secondaire superieur)"),
    ),
    (
        EducationLevel.BACHELOR,
        re.compile(
            r"\b(?:degree(?! of )|bachelor'?s?|university|universitaire|universite|licence|diplome"
            r"|first[- ]level)"
        ),
    ),
    (EducationLevel.SECONDARY, re.compile(r"\bsecondary|secondaires?\b")),
)
_EQUIVALENT = re.compile(r"\bequivalent|\bequivalente?\b|\bou (?:une )?formation equivalente")
_FIELD_EN = re.compile(
    r"\bin (?:a|an|the)? ?(?:relevant|related|pertinent|appropriate) "
    r"(?:field|discipline|area|subject)(?: of study)?"
    r"|(?:(?<=degree )|(?<=diploma ))in [a-z][a-z &/-]{2,80}"
)
_FIELD_FR = re.compile(
    r"\bdans (?:un|le) domaine (?:en lien avec le poste|pertinent|approprie|connexe|lie au poste)"
    r"|\bdans (?:un|le) domaine [a-z' -]{2,80}"
)


def recognize_education(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if not _EDUCATION_CUES.search(folded):
        return None
    required = _PREFERABLY.split(folded, maxsplit=1)[0]
    levels: list[EducationLevel] = []
    remaining = required
    for level, pattern in _LEVEL_CUES:
        if pattern.search(remaining):
            levels.append(level)
            remaining = pattern.sub(lambda m: " " * len(m[0]), remaining)
    if not levels:
        return None
    # Several levels in one bullet ("higher secondary, or a university degree") are
    # alternatives: the minimum is the lowest.
    level = min(levels, key=lambda lvl: lvl.rank)
    params: dict[str, object] = {
        "min_level": level,
        "or_equivalent": bool(_EQUIVALENT.search(folded)),
    }
    pattern = _FIELD_EN if lang == "en" else _FIELD_FR
    if match := pattern.search(required):
        params["field"] = text[match.start() : match.end()].strip(" ,;")
    confidence = 0.85 if len(levels) == 1 else 0.65
    notes = () if len(levels) == 1 else ("several education levels are named",)
    return Typing("education", params, confidence, notes)


# --- experience ------------------------------------------------------------------------------

_EXPERIENCE_CUES = re.compile(
    r"\b(?:experience|experienced|worked|working|travaille|exerce|expérience)\b"
)
_DOMAIN_LEAD_EN = re.compile(
    r"^\s?(?:'s?|’s?)?\s?(?:of\s)?(?:relevant\s|proven\s|professional\s|work\s|working\s|"
    r"progressively responsible\s)*(?:experience|work)?\s?"
)
_DOMAIN_LEAD_FR = re.compile(
    r"^\s?(?:d'|de\s)?(?:une\s)?(?:experience|travail)?\s?(?:professionnelle\s|pertinente\s)*"
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


def recognize_experience(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    years = find_years(text)
    if years is None:
        return None
    if not _EXPERIENCE_CUES.search(folded):
        return None
    if _LICENCE.search(folded):
        # "a licence for B and D, with 3 years of driving experience" is a licence criterion.
        return None
    domain = _domain(text, years.end, lang)
    if not domain:
        # "5 years of experience" and nothing else: the domain is the whole requirement.
        return Typing(
            "experience", {"min_years": years.years, "domain": text}, 0.6, ("no domain found",)
        )
    return Typing("experience", {"min_years": years.years, "domain": domain}, 0.85)


# --- driving licence -------------------------------------------------------------------------

_LICENCE = re.compile(r"driving licen[cs]e|driver'?s licen[cs]e|permis de conduire|driving permit")
# Case matters: "a category" is not category A. Applied to `deaccent`ed text ("catégorie B").
_CAT_LIST = r"([A-E]E?1?(?:\s?(?:,|and|et|&|/|\+)\s?[A-E]E?1?){0,6})"
_CATEGORIES = re.compile(
    rf"\b(?:[Cc]ategor(?:y|ies|ie|ies)|[Cc]at\.)\s?{_CAT_LIST}\b"
    rf"|\b{_CAT_LIST}\s(?:[Cc]ategor|[Ll]icen|[Dd]riving)"
)


def recognize_driving_licence(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if not _LICENCE.search(folded):
        return None
    categories: list[str] = []
    for match in _CATEGORIES.finditer(deaccent(text)):
        group = match[1] or match[2] or ""
        for cat in re.findall(r"\b[A-E]E?1?\b", group):
            if cat not in categories:
                categories.append(cat)
    or_equivalent = bool(re.search(r"\bequivalent", folded))
    if not categories:
        return Typing(
            "driving_licence",
            {"categories": ["B"], "or_equivalent": or_equivalent},
            0.5,
            ("no licence category found; B assumed",),
        )
    return Typing("driving_licence", {"categories": categories, "or_equivalent": or_equivalent})


# --- firearms, fitness -----------------------------------------------------------------------

_FIREARMS = re.compile(r"\bfirearms?\b|\bweapons?\b|armes? a feu|\barmes?\b")
_SHOOTING_TEST = re.compile(
    r"shooting (?:test|qualification|exam)|firing (?:test|range qualification)|epreuves? de tir"
    r"|tests? de tir|qualifications? de tir"
)
_FIREARMS_EXPERIENCE = re.compile(
    r"experienced in|experience (?:in|with) the (?:use|handling)|use of firearms|handling of"
    r"|experience de l'(?:emploi|utilisation|usage|maniement)"
)


def recognize_firearms(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if not _FIREARMS.search(folded):
        return None
    test = bool(_SHOOTING_TEST.search(folded))
    experience = bool(_FIREARMS_EXPERIENCE.search(folded))
    if not (test or experience):
        return None  # "knowledge of ... firearms" or a certification: a statement
    return Typing("firearms", {"experience": experience, "shooting_test": test}, 0.85)


_FITNESS = re.compile(
    r"physical (?:fitness )?tests?|fitness tests?|physical (?:condition|fitness)|physically fit"
    r"|aptitude physique|epreuves? physiques?|condition physique|tests? physiques?"
)
_TEST = re.compile(r"\b(?:test|tests|pass|exam|examination|epreuves?|reussir|examens?)\b")
_RECURRING = re.compile(
    r"\b(?:annual|annually|yearly|every year|regular|regularly|periodic|annuel|annuels|annuelles?"
    r"|chaque annee|par an|reguliers?|periodiques?)\b"
)


def recognize_fitness(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if not _FITNESS.search(folded):
        return None
    if not _TEST.search(folded):
        return Typing("fitness_test", {"recurring": False}, 0.5, ("no test is mentioned",))
    return Typing("fitness_test", {"recurring": bool(_RECURRING.search(folded))}, 0.85)


# --- certification ---------------------------------------------------------------------------

_CERTIFICATION = re.compile(r"\bcertif|\bcertificat|\bbrevet|\baccredited\b")
_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,9}(?:[-+/][A-Z0-9]{1,9}){0,3}\+?)(?![\w-])")
_NOT_CERTIFICATES = frozenset(
    {
        "NATO",
        "OTAN",
        "IT",
        "MS",
        "CIS",
        "ICT",
        "TIC",
        "HQ",
        "EU",
        "UN",
        "UE",
        "ONU",
        "ETC",
        "IS",
        "SI",
    }
)
_SUCH_AS = re.compile(
    r"\b(?:such as|e\.g\.|for example|including|like|tels? que|telles? que|p\. ?ex\.)|[(:]"
)
_OR_EQUIVALENT = re.compile(r"\bequivalent|\betc\b|or similar|ou similaire|ou autre")


# Brand-style names without an acronym: "CompTIA", "Network+", "A+".
_BRAND = re.compile(
    r"(?<![\w-])([A-Z][a-z]{1,12}[A-Z][A-Za-z0-9]{0,12}\+?|[A-Z][a-z]{2,15}\+|[A-Z]\+)(?![\w+])"
)
_CERTIFICATE_PHRASE = {
    "en": re.compile(r"\b((?:[a-z][a-z-]{1,20} ){0,2}[a-z][a-z-]{1,20}) certificat(?:e|ion)s?\b"),
    "fr": re.compile(r"\bcertificat (?:de |d'|en )((?:[a-z'][a-z'-]{1,20} ?){1,3})"),
}
_PHRASE_NOISE = frozenset(
    {"a", "an", "the", "valid", "recognised", "recognized", "relevant", "un", "une"}
)
# A phrase with these is a sentence, not the name of a certificate ("knowledge of and").
_NOT_A_NAME = frozenset(
    [
        "of",
        "and",
        "or",
        "in",
        "with",
        "to",
        "for",
        "on",
        "by",
        "as",
        "at",
        "from",
        "any",
        "other",
        "such",
        "his",
        "her",
        "their",
        "de",
        "et",
        "ou",
        "du",
        "des",
    ]
)


def _named_certificates(scope: str, lang: Lang) -> list[str]:
    """Certificates named in words: brand names, else the words before 'certificate'."""
    brands = [m[1] for m in _BRAND.finditer(scope)]
    if brands:
        return list(dict.fromkeys(brands))
    match = _CERTIFICATE_PHRASE[lang].search(fold(scope))
    if match is None:
        return []
    words = [w for w in match[1].split() if w not in _PHRASE_NOISE]
    if not words or _NOT_A_NAME.intersection(words[:-1] if lang == "fr" else words):
        return []
    return [" ".join(words)]


def recognize_certification(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if not _CERTIFICATION.search(folded):
        return None
    lead = _SUCH_AS.search(folded)
    scope = text[lead.start() :] if lead else text
    names: list[str] = []
    for match in _ACRONYM.finditer(scope):
        name = match[1]
        if name not in _NOT_CERTIFICATES and name not in names:
            names.append(name)
    confidence = 0.8
    notes: tuple[str, ...] = ()
    if not names and not _LICENCE.search(folded):
        # (A medical certificate inside a driving-licence bullet belongs to the licence.)
        names = _named_certificates(scope, lang)
        confidence, notes = 0.6, ("the certificate is named in words; check its name",)
    if not names:
        return None
    if _EDUCATION_CUES.search(folded):
        # "certifications such as CISSP ... or equivalent post-graduate degree": both at once.
        confidence, notes = 0.65, ("the bullet also names a degree",)
    return Typing(
        "certification",
        {"any_of": names, "or_equivalent": bool(_OR_EQUIVALENT.search(folded))},
        confidence,
        notes,
    )


# --- nationality -----------------------------------------------------------------------------

_NATIONALITY = re.compile(
    r"\bnational(?:s|ity)? of\b|\bcitizen(?:ship)?\b|\bressortissante?s?\b|\bnationalite\b"
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
        return Typing("statement", {}, 0.6, (f"mentions '{text[match.start() : match.end()]}'",))
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


def recognize(text: str, lang: Lang) -> Typing:
    """The typing of one bullet in one language; never raises on odd text."""
    text = text[:_MAX_BULLET]
    for recognizer in RECOGNIZERS:
        typing = recognizer(text, lang)
        if typing is not None:
            return typing
    return recognize_statement(text, lang)
