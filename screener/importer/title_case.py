"""A title set in capitals ("LIBRARIAN (COLLECTIONS AND DIGITAL SERVICES)", "ASSISTANTE/
ASSISTANT (RESSOURCES HUMAINES)") is given the way the notice's words read: as the notice
writes it elsewhere in ordinary case when it does, else in title case in English ("Librarian
(Collections and Digital Services)") and in sentence case in French, the bracket lower case
as NATO's French titles write it ("Assistante/Assistant (ressources humaines)"). Acronyms stay
in capitals: the bodies' short names, words with a figure (J2, G15, C4ISR) and short words
that are not ordinary words (IT, HR, CIS).
"""

from __future__ import annotations

import re

from screener.importer.body_names import BODY_ACRONYMS

# Bodies' short names ("NSPA", "JFCBS", "LANDCOM") and acronyms of posts' fields.
_ACRONYMS = frozenset(
    BODY_ACRONYMS
    | {
        "NATO", "OTAN", "SHAPE", "CIMIC", "INFOSEC", "COMSEC", "CSIRT", "OSINT", "HUMINT",
        "SIGINT", "GEOINT", "IMINT", "JISR", "ISTAR", "ISR", "CBRN", "CIED", "AWACS", "NAEW",
        "ITIL", "LOGFAS", "NCIRC", "NATINADS", "NCSC", "UNCLASSIFIED", "STANAG", "EOD", "IED",
        "ICT", "CIS", "GIS", "HR", "IT", "PR", "PA", "HQ", "SAP", "ERP", "SOC", "NOC", "POL",
        "IKM", "KM", "QA", "QC", "COE", "CAOC", "NRDC", "JFC", "MNC", "IS", "IMS",
        "SACT", "SACEUR", "DSACEUR", "CPX", "CAX", "MSG", "LL", "DG", "DSG", "ASG", "NSO",
    }
)  # fmt: skip
# Short words that are words: lower case in a title, or capitalised, never kept in capitals.
_SHORT_WORDS = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "via",
        "air", "sea", "law", "art", "war", "aid", "key", "new", "top", "net", "web", "pay", "tax",
        "map", "oil", "gas", "fire", "car", "bus", "lab", "hub", "dog", "cook", "head", "arms",
        "de", "du", "des", "la", "le", "les", "et", "en", "au", "aux", "un", "une", "sur", "pour",
        "par", "chef", "vie", "mer", "eau", "son", "non", "sub", "pre", "co", "vice", "all",
        "one", "two", "own", "job", "bid", "gym", "ice", "bar", "arm", "ops", "pool",
    }
)  # fmt: skip
# Words a title keeps in lower case inside it.
_MINOR = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "via"}
    | {"de", "du", "des", "la", "le", "les", "et", "en", "au", "aux", "d", "l", "un", "une"}
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\w+")


def in_capitals(title: str) -> bool:
    letters = [ch for ch in title if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _kept(word: str) -> bool:
    """An acronym: kept in capitals."""
    return (
        any(ch.isdigit() for ch in word)
        or word in _ACRONYMS
        or (len(word) <= 3 and word.lower() not in _SHORT_WORDS)
    )


def _cased(word: str, first: bool, french: bool) -> str:
    if _kept(word):
        return word
    lower = word.lower()
    if first:
        return lower[:1].upper() + lower[1:]
    if french or lower in _MINOR or re.match(r"[dl]['’]", lower):
        return lower  # ("d'ÉTAT" -> "d'état" inside a title)
    return lower[:1].upper() + lower[1:]


def title_cased(title: str, french: bool) -> str:
    """The title in ordinary case; unchanged unless it is all in capitals."""
    if not in_capitals(title):
        return title
    out: list[str] = []
    at = 0
    first = True
    for match in _WORD.finditer(title):
        gap = title[at : match.start()]
        out.append(gap)
        # A new part starts the title again: after "/", " - " or "–" in English; after "/"
        # in French ("Assistante/Assistant"), the bracket staying lower case.
        if re.search(r"/|\s[-–—:]\s", gap):
            first = True
        if gap.rstrip().endswith("(") and not french:
            first = True
        if gap == "(" and out[-2:-1] and out[-2][-1:].isalpha() and len(match[0]) <= 2:
            out.append(match[0].lower())  # "ASSISTANT(E)": a feminine ending, not an acronym
        elif gap == "-" and out[-2:-1] and out[-2].lower() in ("co", "pre", "re", "e"):
            out.append(match[0].lower())  # "CO-ORDINATOR": "Co-ordinator"
        else:
            out.append(_cased(match[0], first, french))
        first = False
        at = match.end()
    out.append(title[at:])
    return "".join(out)


def as_written_elsewhere(title: str, lines: list[str]) -> str | None:
    """The title as the notice writes it in ordinary case elsewhere, if it does."""
    words = title.split()
    if not words:
        return None
    joined = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)
    for line in lines:
        if len(line) > 2000:
            continue  # bounded work: a collapsed page's long line is not a title's place
        for found in pattern.finditer(line):
            if not in_capitals(found[0]) and any(ch.isupper() for ch in found[0]):
                return found[0]
    return None


def ordinary_case(title: str | None, lines: list[str], french: bool) -> str | None:
    """A title set in capitals, in the case the notice's words read; others unchanged."""
    if title is None:
        return None
    head, bracket, rest = title.partition("(")
    if not in_capitals(title) and bracket and in_capitals(head) and not in_capitals(rest):
        # "SENIOR ANALYST (Open Source Intelligence)": the post's name alone in capitals.
        return f"{title_cased(head.rstrip(), french)} {bracket}{rest}"
    if not in_capitals(title):
        return title
    return as_written_elsewhere(title, lines) or title_cased(title, french)


_FRENCH_WORDS = re.compile(r"\b(?:de|des|du|la|le|les|et|pour|avec|une|dans|sur|aux)\b")
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|for|with|to|in|on|an|is|are)\b")


def written_in_french(lines: list[str]) -> bool:
    """More of French's small words than of English's in the text's first lines."""
    text = " ".join(lines[:200]).lower()[:50_000]
    return len(_FRENCH_WORDS.findall(text)) > len(_ENGLISH_WORDS.findall(text))
