"""Which certificates a certification bullet names (split from certifications.py, which
decides whether a bullet is a certification at all): acronyms, preferring those after "such as"
or in brackets; a vendor's "X Certified Name"; the words before the certificate word when they
name it better ("CIPD Level 5"); brand names; else the certificate named in words
(screener.importer.worded_certificates), flagged.
"""

from __future__ import annotations

import re

from screener.importer.brand_names import BRAND, brand_names
from screener.importer.bullet_typing import Lang
from screener.importer.certificate_words import NOT_CERTIFICATES, NOT_VENDORS
from screener.importer.named_certificates import (
    CERT_LEVEL,
    held_as,
    named_in_a_phrase,
    quoted_names,
    spelled_out,
    without_numbers,
)
from screener.importer.worded_certificates import CERT_WORD, named_before, worded_names
from screener.importer.wording import fold

DRIVING = re.compile(r"driv|permis de conduire|conduite|\b(?:hgv|lgv|pcv)\b|heavy goods vehicle")
# "CISSP", "PRINCE2", "A+" after a name, "J-STD-001" (one letter, then its parts), and a
# standard with its number: "ISO 9001" is not any ISO certificate.
_ACRONYM = re.compile(
    r"(?<![\w-])([A-Z](?:[A-Z0-9]{1,9}|(?=-[A-Z0-9]))(?:[-+/][A-Z0-9]{1,9}){0,3}\+?"
    r"(?:\s\d{3,5}(?![\w-]))?)(?![\w-])"
)
# "AWS Certified Solutions Architect", and its acronym when it follows in brackets ("GIAC
# Certified Incident Handler (GCIH)"): one certificate.
_VENDOR_CERTIFIED = re.compile(
    # (A vendor of two words: "Red Hat Certified Engineer (RHCE)"; "Identity and Access
    # Administrator Associate": "and" inside the name, not before another vendor's certificate.)
    r"\b((?:(?!(?:The|A|An|Valid|Current|Hold|Be)\s)[A-Z][\w+.-]{1,20}\s)?[A-Z][\w+.-]{1,20})"
    r"\s[Cc]ertified:?\s((?:[A-Z0-9][\w+.-]*)"
    r"(?:\s(?:and\s|&\s)?(?!\S+\s[Cc]ertified)(?!\S+\s\S+\s[Cc]ertified)[A-Z0-9][\w+.-]*){0,6})"
    # ... and its exam code in brackets: "Microsoft Certified: Azure Administrator Associate
    # (AZ-104)" is one certificate.
    rf"(?:\s[-–]\s{CERT_LEVEL})?(?:\s?\([A-Z][A-Z0-9]{{1,9}}(?:-[A-Z0-9]{{1,6}})?\))?"
)
# After a vendor's certificate, "or <Name in capitals>" is another certificate the candidate
# may hold instead ("AWS Certified ... or Microsoft Azure Solutions Architect Expert"), and so
# is one listed after a comma ("AWS Certified ..., Azure Solutions Architect Expert or ...").
_OR_NAMED = re.compile(
    r"(?:(?:^|\s)(?:or|ou)|,)\s((?:[A-Z][\w+.-]*)(?:\s[A-Z0-9][\w+.-]*){0,6}(?:\s?\([A-Z][A-Z0-9]{1,9}\))?)"
)
_SUCH_AS = re.compile(
    r"\b(?:such as|e\.g\.|for example|including|like|tels? que|telles? que|p\. ?ex\.)|[(:]"
)
_EQUIVALENT_BEFORE = re.compile(
    r"\b(?:or|ou) (?:an? |une? )?(?:other |autre )?(?:[ée]quivalent|[ée]quivalente?)\b[^()]{0,50}$"
    r"|\b(?:or|ou) (?:an? |une? )?(?:other |autre )?[\w -]{0,30}(?:certification|qualification"
    r"|certificate|certificat|titre)s? [ée]quivalente?s?\b[^()]{0,20}$",
    re.IGNORECASE,
)
OR_EQUIVALENT = re.compile(r"\bequivalent|\betc\b|or similar|ou similaire|ou autre")


_LINK_WORDS = frozenset(
    {"OR", "AND", "OF", "THE", "IN", "ON", "AN", "TO", "WITH", "FOR", "OU", "ET"}
)


def _acronyms(text: str) -> list[str]:
    # In a bullet typed in capitals every word looks like an acronym: only names in brackets
    # or with a figure in them ("(CPP OR PSP)", "ISO27001") are taken there.
    capitals = not any(ch.islower() for ch in text)
    names: list[str] = []
    last_end = -2
    for match in _ACRONYM.finditer(text):
        name = match[1]
        if capitals and (name in _LINK_WORDS or not _bracketed_or_numbered(text, match)):
            continue
        glued = names and match.start() == last_end + 1 and text[last_end] == " "
        last_end = match.end()
        if glued and names[-1] not in NOT_CERTIFICATES:
            # "GIAC GCIH": a vendor's acronym then its certificate's, one name.
            names[-1] = f"{names[-1]} {name}"
        elif name not in NOT_CERTIFICATES and name not in names:
            names.append(name)
    return names


def _bracketed_or_numbered(text: str, match: re.Match[str]) -> bool:
    """In brackets, after "such as" / ":", or with a figure in it."""
    opened = text.rfind("(", 0, match.start())
    listed = _SUCH_AS.search(text.lower(), 0, match.start()) is not None
    return (
        listed or any(ch.isdigit() for ch in match[1]) or opened > text.rfind(")", 0, match.start())
    )


def _vendor_names(text: str) -> tuple[list[str], str]:
    """'AWS Certified Solutions Architect' phrases, and the text with them blanked out."""
    names = [f"{m[1]} {m[0][len(m[1]) :].strip()}" for m in _VENDOR_CERTIFIED.finditer(text)]
    rest = _VENDOR_CERTIFIED.sub(lambda m: " " * len(m[0]), text)
    if names:
        for match in _OR_NAMED.finditer(rest):
            if match[1].upper() not in NOT_CERTIFICATES and not CERT_WORD.fullmatch(match[1]):
                names.append(match[1])
                rest = rest[: match.start(1)] + " " * len(match[1]) + rest[match.end(1) :]
    return names, rest


# A capitalised name offered as the alternative to an acronym: "Azure or AWS", "AWS or Azure".
_PAIRED_NAME = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z0-9+]{2,20})\s?(?:\sor\s|\sou\s|/)\s?"
    # ... or an acronym, or words with theirs in brackets ("CASP+ or Certified Ethical Hacker
    # (CEH)").
    r"(?=[A-Z][A-Z0-9]{1,9}(?![\w-])|(?:[A-Z][a-z]{1,15}\s){1,4}\([A-Z][A-Z0-9]{1,9}\))"
    r"|(?<=[A-Z0-9+])\s?(?:\sor\s|\sou\s|/)\s?([A-Z][A-Za-z0-9+]{2,20})(?![\w-])"
)


# "Certified Technical Communicator (tekom) or CPTC": a certificate named in words, its
# awarding body in brackets, as the alternative to an acronym.
_WORDED_BEFORE_OR = re.compile(
    r"((?:[A-Z][\w+-]*\s){1,5}\([^()]{2,20}\))\s(?:or|ou)\s(?=[A-Z][A-Z0-9]{1,9}(?![\w-]))"
)


# A vendor's name, then its product's right before the certificate word: "Microsoft Azure".
_PRODUCT_AFTER = re.compile(r"\s([A-Z][A-Za-z0-9+]{1,20})(?=\s(?:certif|qualif|licen|accredit))")


def _with_paired_names(text: str, acronyms: list[str]) -> list[str]:
    """The acronyms, with each capitalised name an 'or' pairs with one, in notice order: an
    alternative the candidate may hold is never dropped."""
    found: list[tuple[int, str]] = [(text.find(name), name) for name in acronyms]
    for match in _WORDED_BEFORE_OR.finditer(text):
        if not any(name in match[1] for name in acronyms):
            found.append((match.start(1), match[1]))
    for match in _PAIRED_NAME.finditer(text):
        name = match[1] or match[2]
        before = text[: match.start()].split()[-1:] if match[1] else []
        if before and before[0][:1].isupper() and not BRAND.fullmatch(before[0]):
            continue  # "PRINCE2 Practitioner or PMP": part of the name before it
        if name in acronyms or CERT_WORD.fullmatch(name) or name.upper() in NOT_CERTIFICATES:
            continue
        if match[2] and any(text.startswith(f"{name} {a}", match.start(2)) for a in acronyms):
            continue  # "... or Cisco CCNA": the vendor's name before its certificate's
        if match[2] and (product := _PRODUCT_AFTER.match(text, match.end(2))):
            name = f"{name} {product[1]}"  # "AWS or Microsoft Azure certification"

        if name not in (n for _, n in found):
            found.append((match.start(), name))
    return [name for _, name in sorted(found)]


def _phrase_says_more(acronyms: list[str], phrases: list[str]) -> bool:
    """The phrases hold every acronym and a level or part number besides ('Level 5')."""
    inside = all(any(a in phrase for phrase in phrases) for a in acronyms)
    rest = " ".join(phrases)
    for acronym in acronyms:
        # (Only its letters: "ISO 9001 Lead Auditor" says more than "ISO 9001".)
        rest = rest.replace(acronym.split()[0], " ")
    # ("ITIL 4 Managing Professional or ITIL v3 Expert": one acronym in each phrase.)
    each = all(sum(phrase.count(a) for a in acronyms) == 1 for phrase in phrases)
    fewer = len(phrases) <= len(acronyms) or each
    return inside and fewer and any(ch.isdigit() for ch in rest)


def _distinct(names: list[str]) -> list[str]:
    """Without a name that is part of another ("DGR" beside "IATA DGR"), nor a full stop."""
    names = [name.rstrip(".,;:") for name in names]
    return [
        name
        for name in names
        if not any(
            other != name and re.search(rf"(?<![\w+]){re.escape(name)}(?![\w+])", other)
            for other in names
        )
    ]


def certificate_names(text: str, lang: Lang) -> tuple[list[str], bool]:
    """The certificates named, and whether they were named in words only (less sure)."""
    names, worded = _found_names(text, lang)
    names = [name for name in names if not _membership_grade(text, name, names)]
    names = _distinct([part for name in without_numbers(names) for part in _pair(name)])
    return [spelled_out(text, name) for name in names], worded


def _membership_grade(text: str, name: str, names: list[str]) -> bool:
    """'CIPS (MCIPS)': the grade of the membership named before it, in brackets; not an
    option of its own."""
    match = re.search(rf"\b([A-Z]{{2,8}})\s?\(\s?{re.escape(name)}\s?\)", text)
    return match is not None and match[1] != name and match[1] in name and match[1] in names


# "PES/PAV", "BA4/BA5": two certificates of one kind, either of which counts (not "TCP/IP").
_PAIR = re.compile(r"^([A-Z]{2,5}\d{0,2})/([A-Z]{2,5}\d{0,2})$")


def _pair(name: str) -> list[str]:
    match = _PAIR.match(name)
    if match is None or [c.isdigit() for c in match[1]] != [c.isdigit() for c in match[2]]:
        return [name]
    return [match[1], match[2]]


# A standard's number in brackets after the qualification it governs: "PES/PAV qualification
# for electrical work (CEI 11-27)" names PES/PAV, not a "CEI" certificate.
_STANDARD_REF = re.compile(r"\(\s?[A-Z]{2,5}\s\d{1,5}(?:[-.]\d{1,5})+\s?\)")


def _found_names(text: str, lang: Lang) -> tuple[list[str], bool]:
    vendor, rest = _vendor_names(text)
    unreferenced = _STANDARD_REF.sub(lambda m: " " * len(m[0]), rest)
    if unreferenced != rest and _acronyms(unreferenced):
        rest = unreferenced
    lead = _SUCH_AS.search(rest)
    # The names after "such as" / "(" when there are any, else anywhere in the bullet.
    found = _acronyms(rest[lead.start() :]) if lead else []
    if lead and found and _EQUIVALENT_BEFORE.search(rest[: lead.start()]):
        # "CIPS Level 5 or equivalent certification (e.g. CPSM)": the example is of the
        # equivalent; the certificate named first is asked for too.
        found = [*(n for n in _acronyms(rest[: lead.start()]) if n not in found), *found]
    if lead and found == [_spelt(rest, lead.start())]:
        # "EWIS and Fuel Tank Safety (FTS) training": the bracket spells out one name of the
        # bullet's, not where its names start.
        found = _acronyms(rest)
    if lead and found and (glossed := _glossed_names(rest, lead.start())):
        found = glossed  # "BA4/BA5 (RGIE)": the names, not the regulation in brackets
    found = found or _acronyms(rest)
    if found:
        found = _with_paired_names(rest, found)
        found = _vendor_before_or(rest, found) + found
    if vendor or found:
        # "CompTIA Security+ or Cisco CCNA", "CompTIA Linux+ or Red Hat Certified System
        # Administrator (RHCSA)": a name ending in '+' is a certificate as well.
        found += [b for b in brand_names(rest) if b.endswith("+") and b not in found]
        before = [] if vendor else named_before(rest)
        if before and _phrase_says_more(found, before):
            # "CIPD Level 5", "EASA Part-66 B2": the words before the certificate word name
            # it better than its acronyms.
            found = before
        names = vendor + [name for name in found if not any(name in v for v in vendor)]
        # In the notice's order: the candidate reads them as the notice lists them.
        return sorted(names, key=lambda name: _position(text, name)), False
    if DRIVING.search(fold(text)):
        return [], False  # a medical certificate inside a driving-licence bullet is the licence's
    # "Certification CompTIA A+ ou Network+": products with a '+' are names of their own, not
    # the start of a phrase naming one.
    plus = any(name.endswith("+") for name in brand_names(rest))
    if not plus and (phrased := named_in_a_phrase(rest) or held_as(rest)):
        return phrased, True
    # The names after "such as" or a bracket, else anywhere ("First aid certificate (valid)").
    named = worded_names(rest[lead.start() :], lang) if lead else []
    named = named or worded_names(rest, lang) or quoted_names(rest)
    return (_vendor_before_or(rest, named) + named if named else named), True


def _spelt(text: str, at: int) -> str | None:
    """'Fuel Tank Safety (FTS)': the acronym in the bracket at `at` when the words before it
    spell it out; else None."""
    match = re.match(r"\(\s?([A-Z]{2,6})\s?\)", text[at:])
    if match is None:
        return None
    words = text[:at].split()[-len(match[1]) :]
    initials = "".join(word[:1] for word in words)
    return match[1] if initials == match[1] else None


# One acronym alone in brackets right after names in capitals: the regulation, awarding body
# or short name they come under ("BA4/BA5 (RGIE)", "CISSP (ISC2)"), not another certificate.
_GLOSS = re.compile(r"\(\s?[A-Z][A-Za-z0-9&-]{1,9}\s?\)")


def _glossed_names(rest: str, at: int) -> list[str]:
    """The names before a bracket that only glosses them, else []."""
    if not _GLOSS.match(rest, at):
        return []
    before = rest[:at].rstrip()
    last = before.split()[-1:] if before else []
    names = [m[1] for m in _ACRONYM.finditer(before) if m[1] not in NOT_CERTIFICATES]
    return names if last and names and any(last[0].endswith(name) for name in names) else []


def _vendor_before_or(rest: str, found: list[str]) -> list[str]:
    """'Microsoft certification (e.g. ...) or CompTIA Network+': the vendor named before the
    certificate word is the first of the alternatives, when every other name comes after an
    'or' past that word; never dropped for the names that follow."""
    cert = CERT_WORD.search(rest)
    if cert is None:
        return []
    alternative = re.search(r"\s(?:or|ou)\s", rest[cert.end() :])
    if alternative is None:
        return []
    after_or = cert.end() + alternative.end()
    if any(0 <= rest.find(name) < after_or for name in found):
        return []
    named = named_before(rest)
    return [
        name
        for name in named
        if name.lower() not in NOT_VENDORS
        and name.upper() not in NOT_CERTIFICATES
        and name not in found
    ]


def _position(text: str, name: str) -> int:
    # "CompTIA Network+" from "CompTIA A+ or Network+" is where its product is named.
    for part in (name, name.split()[-1], name.split()[0]):
        if (found := text.find(part)) >= 0:
            return found
    return len(text)
