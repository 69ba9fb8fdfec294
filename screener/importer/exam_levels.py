"""Language levels asked as a test result ("IELTS 7.0 or equivalent", "DALF C1", "Cambridge
Proficiency (CPE)", "TOEFL iBT 110").

NATO IS's equivalence table places some results at its levels IV-VI (the table is kept in
screener.domain.language_equivalents and read from there): such a bullet is rewritten as the
language at that NATO level before it is read, and the reading says where the level came from.
A result the table does not place (IELTS 5.5) is left as written: no level is made up.
"""

from __future__ import annotations

import re

from screener.domain.language_equivalents import (
    EVIDENCE_LANGUAGE,
    Evidence,
    equivalent_level,
)
from screener.importer.bullet_typing import Note, note

# (evidence, pattern): the score or certificate is the pattern's first group.
_TESTS: tuple[tuple[Evidence, re.Pattern[str]], ...] = (
    (Evidence.IELTS, re.compile(r"\bIELTS\b[^.;\d]{0,25}?(\d(?:\.\d)?)(?![\d.])")),
    (Evidence.TOEFL_IBT, re.compile(r"\bTOEFL\b(?:\s?iBT)?[^.;\d]{0,20}?(\d{2,3})(?!\d)")),
    (Evidence.TOEIC, re.compile(r"\bTOEIC\b[^.;\d]{0,20}?(\d{3})(?!\d)")),
    (Evidence.DELF_DALF, re.compile(r"\b((?:DELF|DALF) [ABC][12])\b")),
)
# Cambridge's certificates by their names and acronyms, as the table keys them.
_CAMBRIDGE = (
    ("CPE", re.compile(r"\bCPE\b|\b(?:Cambridge|C2) Proficiency\b")),
    ("CAE", re.compile(r"\bCAE\b|\b(?:Cambridge|C1) Advanced\b")),
    ("FCE", re.compile(r"\bFCE\b|\b(?:Cambridge|B2) First\b")),
)
_NAMES = {"en": "English", "fr": "French"}


def _found(text: str) -> tuple[re.Match[str], Evidence, str] | None:
    for evidence, pattern in _TESTS:
        if match := pattern.search(text):
            return match, evidence, match[1]
    for key, pattern in _CAMBRIDGE:
        if match := pattern.search(text):
            return match, Evidence.CAMBRIDGE, key
    return None


def map_test_scores(text: str) -> tuple[str, tuple[Note, ...]]:
    """The bullet with a language test's result written as its NATO level ("English level V"),
    and a note saying so; unchanged when no result the table places is named."""
    found = _found(text)
    if found is None:
        return text, ()
    match, evidence, value = found
    equivalence = equivalent_level(evidence, value)
    language = EVIDENCE_LANGUAGE[evidence]
    if equivalence.level is None or language is None:
        return text, ()
    level = equivalence.level.value
    named = f"{_NAMES[language]} level {level}"
    how = "test_stated" if equivalence.stated else "test_inferred"
    tested = " ".join(match[0].split())
    rewritten = f"{text[: match.start()]}{named}{text[match.end() :]}"
    return rewritten, (note(how, test=tested, level=level),)
