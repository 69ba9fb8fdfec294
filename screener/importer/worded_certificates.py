"""Certificates named in words rather than by an acronym: the capitalised words just before
the certificate word ("CompTIA A+ or Network+ certification", "CIPD Level 5 qualification"),
brand names, else the words of a phrase ("First aid certificate", "certificat de secourisme").
Apart from certificate_names.py, which reads the acronyms and vendors' "X Certified Name" first
and falls back on these words, because this is the less sure reading: its names are flagged.
"""

from __future__ import annotations

import re

from screener.importer.brand_names import brand_names, listed_with
from screener.importer.bullet_typing import Lang
from screener.importer.certificate_words import NOT_A_NAME
from screener.importer.wording import fold

CERT_WORD = re.compile(
    r"\b(?:certifications?|certificates?|certificats?|certified|qualifications?|licen[cs]es?"
    r"|accreditations?)\b",
    re.IGNORECASE,
)
_JOINERS = frozenset({"or", "and", "ou", "et", "/"})

_CERTIFICATE_PHRASE = {
    # ("Forklift truck licence": a licence named by the words before it, as a certificate is.)
    "en": re.compile(
        r"\b((?:[a-z][a-z-]{1,20} ){0,2}[a-z][a-z-]{1,20}) (?:certificat(?:e|ion)|licen[cs]e)s?\b"
    ),
    "fr": re.compile(
        r"\b(?:certificat|carte professionnelle) (?:de |d'|en )((?:[a-z'][a-z'-]{1,20} ?){1,3})"
    ),
}
_VALIDITY = re.compile(r"\s(?:en cours de validite|en cours|valides?|valables?)\b")
_PHRASE_NOISE = frozenset(
    {"a", "an", "the", "valid", "recognised", "recognized", "relevant", "un", "une"}
)


def worded_names(scope: str, lang: Lang) -> list[str]:
    """Certificates named in words: brand names, else the words before 'certificate'."""
    brands = brand_names(scope)
    if brands:
        return listed_with(scope, brands)
    named = named_before(scope) if lang == "en" else []
    choice = len(named) > 1 and " or " in scope
    if named and (choice or all(sum(ch.isupper() for ch in name) >= 2 for name in named)):
        # "Microsoft Azure or VMware certification", "Databricks or Snowflake certification":
        # names, not a sentence's first word ("First-aid certificate").
        return named
    # "certificat de secourisme en cours de validité": the validity is not part of the name.
    plain = _VALIDITY.sub("", fold(scope))
    match = _CERTIFICATE_PHRASE[lang].search(plain)
    if match is None:
        return []
    words = [w for w in match[1].split() if w not in _PHRASE_NOISE]
    if lang == "en" and "or" in words[1:-1]:
        # "a welding or brazing certificate": either one (never "I or equivalent national").
        at = words.index("or")
        first, second = words[:at], words[at + 1 :]
        if not ({"equivalent", "other", "similar"} & {*first, *second} or len(first[-1]) < 3):
            # (The first one's words may start before the phrase: "a first aid or lifeguard".)
            or_at = plain.find(" or ", match.start(1))
            return [*_phrase_before_or(plain[: or_at + 4]), " ".join(second)]
    if not words or NOT_A_NAME.intersection(words[:-1] if lang == "fr" else words):
        return []
    return [*_phrase_before_or(plain[: match.start(1)]), " ".join(words)]


# "First aid or emergency medical technician certificate": the words before "or" name the
# other certificate the candidate may hold instead.
_PHRASE_OR = re.compile(r"(?:^|[\s,;(])((?:[a-z][a-z-]{1,20} ){0,2}[a-z][a-z-]{1,20}) or $")


def _phrase_before_or(before: str) -> list[str]:
    match = _PHRASE_OR.search(before)
    if match is None:
        return []
    words = [w for w in match[1].split() if w not in _PHRASE_NOISE]
    return [" ".join(words)] if words and not NOT_A_NAME.intersection(words) else []


def _topic_after_names(tokens: list[str], n: int) -> bool:
    """The last n tokens are lower-case words after a capitalised name offered with "or"."""
    words, before = tokens[-n:], tokens[: -n or None]
    return (
        len(before) >= 3
        and all(w.isalpha() and w.islower() and w not in _JOINERS for w in words)
        and before[-1][:1].isupper()
        and before[-2] in ("or", "ou")
        and before[-3][:1].isupper()
    )


def named_before(text: str) -> list[str]:
    """The capitalised words just before the certificate word: 'CompTIA A+ or Network+
    certification' -> ['CompTIA A+', 'Network+']."""
    match = CERT_WORD.search(text)
    if match is None:
        return []
    tokens = text[: match.start()].split()
    # "a Crestron or Extron programming certification": the topic's words between the names
    # and the certificate word are not part of the names.
    topic = len(tokens) - next((n for n in (1, 2) if _topic_after_names(tokens, n)), 0)
    tokens = tokens[:topic]
    taken: list[str] = []
    for token in reversed(tokens[-8:]):
        word = token.strip(",;")
        # ("ITIL v3 Expert": a version is part of the name.)
        named = (
            any(ch.isupper() or ch.isdigit() for ch in word[:1])
            or word.endswith("+")
            or bool(re.fullmatch(r"v\d{1,2}(?:\.\d)?", word))
        )
        if named or (word.lower() in _JOINERS and taken):
            taken.insert(0, word)
        else:
            break
    while taken and taken[0].lower() in _JOINERS:
        taken.pop(0)
    if not taken or not any(any(ch.isupper() for ch in word) for word in taken):
        return []
    joined = " ".join(taken)
    # "Current CISSP" / "Valid CCNA": an adjective opening the sentence is not the name.
    joined = re.sub(r"^(?:A|An|The|Current|Valid|Recognised|Recognized)\s", "", joined)
    parts = re.split(r"\s(?:or|and|ou|et)\s|\s?/\s?", joined)
    return [part for part in (p.strip() for p in parts) if part]
