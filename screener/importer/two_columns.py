"""Notices whose PDF text came out in two columns side by side: English on the left, French
on the right, glued on the same lines ("have at least 6 years ...      - avoir au moins ...").

Read as they are, every requirement would mix both languages. When most lines have a wide gap
at the same position, and the text left of it reads as English and right of it as French, the
two columns are separated: the English column first, then the French one, as the notices
print their halves. The draft then says so, for the reader to check the texts.
"""

from __future__ import annotations

import re
from collections import Counter

from screener.importer.review_text import review_item
from screener.importer.wording import fold

_GAP = re.compile(r"\S( {3,}|\t+)(?=\S)")
_EN = frozenset(["the", "and", "of", "in", "with", "to", "for", "have", "has", "be", "must", "or"])
_FR = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "une",
        "un",
        "au",
        "aux",
        "dans",
        "pour",
        "avoir",
        "etre",
        "doit",
        "ou",
    ]
)
_MIN_LINES = 8
_MAX_LINES = 5000

TWO_COLUMNS = review_item("two_columns")


def _column(lines: list[str]) -> int | None:
    """The position where the right column starts on most lines, or None."""
    starts = Counter(m.end() for line in lines for m in _GAP.finditer(line))
    if not starts:
        return None
    column, count = starts.most_common(1)[0]
    texts = sum(1 for line in lines if line.strip())
    return column if count >= _MIN_LINES and count >= 0.4 * texts else None


def _reads(text: str, words: frozenset[str]) -> int:
    return sum(word in words for word in re.findall(r"[a-z]+", fold(text)))


def split_two_columns(text: str) -> tuple[str, bool]:
    """The text with side-by-side columns placed one after the other, and whether it had them."""
    lines = text.splitlines()
    if len(lines) > _MAX_LINES or (column := _column(lines)) is None:
        return text, False
    left = [line[:column].rstrip() for line in lines]
    right = [line[column:].strip() if line[column - 1 : column] == " " else "" for line in lines]
    left = [
        line if right[i] or len(line) <= column else lines[i].rstrip()
        for i, line in enumerate(left)
    ]
    left_text, right_text = "\n".join(left), "\n".join(right)
    if not (
        _reads(left_text, _EN) > _reads(left_text, _FR)
        and _reads(right_text, _FR) > _reads(right_text, _EN)
    ):
        return text, False
    return left_text + "\n\n" + right_text, True
