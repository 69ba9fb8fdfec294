"""Certificates named by brand-style names without an acronym ("CompTIA Server+ or A+",
"Network+"), and a brand listed among plain vendors' names ("e.g. CompTIA, Microsoft or
Cisco"). Split from certificate_names.py."""

from __future__ import annotations

import re

from screener.importer.certificate_words import NOT_CERTIFICATES

# Brand-style names without an acronym: "CompTIA", "Network+", "A+".
BRAND = re.compile(
    r"(?<![\w-])([A-Z][a-z]{1,12}[A-Z][A-Za-z0-9]{0,12}\+?|[A-Z][a-z]{2,15}\+|[A-Z]\+)(?![\w+])"
)


def brand_names(scope: str) -> list[str]:
    """Brand-style names; a vendor's name just before its product's is one name ("CompTIA
    Server+ or A+" -> "CompTIA Server+", "CompTIA A+": see with_vendor)."""
    names: list[str] = []
    last_end = -2
    for match in BRAND.finditer(scope):
        if names and scope[last_end : match.start()] == " ":
            names[-1] = f"{names[-1]} {match[1]}"
        else:
            names.append(match[1])
        last_end = match.end()
    return with_vendor(list(dict.fromkeys(names)))


def with_vendor(names: list[str]) -> list[str]:
    """A bare '+' product listed after a vendor's ("CompTIA A+ or Network+") is that vendor's
    too: "CompTIA Network+", which is how the candidate knows their certificate."""
    shared: list[str] = []
    for name in names:
        before = shared[-1].split() if shared else []
        bare = " " not in name and name.endswith("+")
        if bare and len(before) == 2 and before[1].endswith("+") and not before[0].endswith("+"):
            name = f"{before[0]} {name}"
        shared.append(name)
    return list(dict.fromkeys(shared))


_LISTED_LEAD = re.compile(r"\b(?:such as|e\.g\.|for example|including|like|tels? que|p\. ?ex\.)\s")
_LIST_SPLIT = re.compile(r"\s?,\s?|\s(?:or|and|ou|et)\s|\s?/\s?")


def listed_with(scope: str, brands: list[str]) -> list[str]:
    """A brand listed with plain vendors' names ("e.g. CompTIA, Microsoft or Cisco"): every
    name of that list, in its order, so no alternative is lost; else the brands."""
    lead = _LISTED_LEAD.search(scope)
    if lead is None:
        return brands
    listed = re.split(r"[);.]", scope[lead.end() :], maxsplit=1)[0]
    parts = [part.strip() for part in _LIST_SPLIT.split(listed) if part.strip()]
    named = all(
        1 <= len(part.split()) <= 3
        and all(w[:1].isupper() or w[:1].isdigit() for w in part.split())
        for part in parts
    )
    if len(parts) < 2 or not named or not any(b in parts for b in brands):
        return brands
    return [part for part in parts if part.upper() not in NOT_CERTIFICATES]


# "CompTIA Linux+ or RHCSA", "Cisco CCNA or CompTIA Network+": a brand's "+" name beside
# acronyms, and nothing else.
_BRAND_OR_ACRONYM = r"(?:[A-Z][\w.-]*\s){0,2}(?:[A-Z][\w.-]*\+|[A-Z][A-Z0-9]{1,9})"
_BRANDS_AND_ACRONYMS = re.compile(
    rf"^(?:(?:a|an|valid|current)\s)?({_BRAND_OR_ACRONYM}"
    rf"(?:\s?(?:\sor\s|\sand\s|/|,)\s?{_BRAND_OR_ACRONYM})+)"
    r"(?:,?\s(?:or|and)\s(?:higher|above|equivalent))?\s?[.;]?$"
)


def brands_and_acronyms(text: str, known: frozenset[str]) -> list[str]:
    """The names of a bullet that is only a '+' name and well-known acronyms ("CompTIA Linux+
    or RHCSA"); [] otherwise, since an acronym alone may be a system, not a certificate."""
    match = _BRANDS_AND_ACRONYMS.match(text.strip())
    if match is None:
        return []
    names = [n.strip() for n in re.split(r"\s(?:or|and)\s|\s?[,/]\s?", match[1]) if n.strip()]
    others = [name for name in names if not name.endswith("+")]
    if len(others) == len(names) or not all(name.split()[-1] in known for name in others):
        return []
    return names
