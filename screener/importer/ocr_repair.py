"""Repairs for text read by OCR from a scanned notice, limited to what cannot be a real word.

OCR reads the capital I as a lower-case l inside words typed in capitals: "ESSENTlAL",
"DESlRABLE", "LlMS". A word of capitals with an 'l' between two capitals is no word of any
language a notice is written in, so the 'l' is put back as 'I'; headings are then found as
typed. Other confusions ("rn" for "m") can make real words and are left alone.
"""

from __future__ import annotations

import re

_CAPITALS_WITH_L = re.compile(r"(?<![\w'])(?=[A-Z]*l)[A-Z][A-Zl]*[A-Z](?![\w'])")


def _capital_i(match: re.Match[str]) -> str:
    word = match[0]
    return word.replace("l", "I") if sum(ch.isupper() for ch in word) >= 3 else word


def repair_ocr_capitals(line: str) -> str:
    """'ESSENTlAL' -> 'ESSENTIAL', 'DESlRABLE' -> 'DESIRABLE'; any other text unchanged."""
    return _CAPITALS_WITH_L.sub(_capital_i, line) if "l" in line else line
