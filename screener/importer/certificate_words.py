"""Words that look like certificates' names and are not: acronyms of bodies, regions and
scales, the small words of a sentence, and adjectives that open a certificate's description
(the tables certificate_names and worded_certificates read)."""

from __future__ import annotations

# Words that are acronyms but not certificates: bodies, regions, Roman level numerals, scales.
NOT_CERTIFICATES = frozenset(
    [
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
        "II",
        "III",
        "IV",
        "VI",
        "SLP",
        "STANAG",
        "HR",
        "USA",
        "US",
        "UK",
        "PC",
        "OR",
        "AND",
    ]
)


# A phrase with these is a sentence, not the name of a certificate ("knowledge of and").
NOT_A_NAME = frozenset(
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


# Capitalised words that open a certificate's description without naming it.
NOT_VENDORS = frozenset(
    [
        "a",
        "an",
        "the",
        "valid",
        "current",
        "recognised",
        "recognized",
        "relevant",
        "professional",
        "technical",
        "industry",
        "national",
        "international",
        "accredited",
        "appropriate",
        "formal",
        "official",
        "any",
        "other",
    ]
)
