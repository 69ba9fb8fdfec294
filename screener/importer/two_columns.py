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

from screener.domain.vacancy import ReviewItem
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
_GUTTER = re.compile(r"\s{2,}|\t+|[|│]\s?")


_WIDE_GAP = re.compile(r"(?<=\S) {6,}(?=\S)")


def _gutter(line: str, column: int) -> int:
    """Where the line's right column starts: the end of a gap (or a table's border) within two
    characters of the column; 0 for a line that runs across it (a header line, a sentence)."""
    for match in _GUTTER.finditer(line, max(column - 12, 0), column + 3):
        if abs(match.end() - column) <= 2 and match.end() < len(line):
            return match.end()
    # A header line whose right half starts a little left of the column ("Head, Budget ...
    # Section          Chef(fe), Section Budget ..."): a wide gap there is the gutter too.
    for match in _WIDE_GAP.finditer(line, max(column - 30, 1), column + 3):
        if column - 14 <= match.end() <= column + 2 and match.end() < len(line):
            return match.end()
    return 0


_MAX_LINES = 5000

TWO_COLUMNS = review_item("two_columns")
SIDE_BY_SIDE = review_item("side_by_side")


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


def split_two_columns(text: str) -> tuple[str, ReviewItem | None]:
    """The text with side-by-side columns placed one after the other, and the review item
    saying which columns were separated (None when it had none)."""
    lines = text.splitlines()
    if len(lines) > _MAX_LINES:
        return text, None
    if (column := _column(lines)) is None:
        parted, review = _side_by_side(lines, text)
        return parted, review or _joined_columns(lines)
    # Only a line with a gap (or a table's border) just before the column is cut there: a
    # header line running across it is one line of text.
    cut = [_gutter(line, column) for line in lines]
    left = [line[: cut[i]].rstrip() if cut[i] else line.rstrip() for i, line in enumerate(lines)]
    right = [line[cut[i] :].strip() if cut[i] else "" for i, line in enumerate(lines)]
    left_text, right_text = "\n".join(left), "\n".join(right)
    if not (
        _reads(left_text, _EN) > _reads(left_text, _FR)
        and _reads(right_text, _FR) > _reads(right_text, _EN)
    ):
        return _side_by_side(lines, text)
    return left_text + "\n\n" + right_text, TWO_COLUMNS


# A requirements heading that starts the right-hand column ("1. DUTIES      2. QUALIFICATIONS",
# "groups with industry.      ESSENTIAL"): a PDF laid out as a page of two columns.
_RIGHT_HEADING = re.compile(
    r"(?:^|\S)( {3,}|\t+)((?:\d{1,2}\.\s*)?(?:ESSENTIAL|DESIRABLE|QUALIFICATIONS|REQUIREMENTS)\b)"
)


# "2. QUALIFICATIONS        1. DUTIES": the requirements in the left column, other text beside.
_LEFT_HEADING = re.compile(
    r"^\s{0,3}(?:\d{1,2}\.\s*)?(?:ESSENTIAL|DESIRABLE|QUALIFICATIONS|REQUIREMENTS)\b"
    r"(?:[^\t]{0,40}?\S)?( {3,}|\t+)(?=\S)"
)


def _heading_column(lines: list[str]) -> tuple[int, int] | None:
    """The first line with a requirements heading beside another column, and where the right
    column starts on it."""
    for index, line in enumerate(lines):
        if match := _RIGHT_HEADING.search(line):
            return index, match.start(2)
        if match := _LEFT_HEADING.match(line):
            return index, match.end()
    return None


def _fits(line: str, column: int) -> bool:
    """The line is blank, ends left of the gutter, or has a gap just before it."""
    body = line.rstrip()
    return len(body) < column - 1 or body[column - 2 : column] == "  " or not body[:column].strip()


def _side_by_side(lines: list[str], text: str) -> tuple[str, ReviewItem | None]:
    """Two columns of one language (duties beside qualifications) placed one after the other:
    the block of lines around the requirements heading, down to the first line that crosses
    the gutter, is read left column first."""
    heading = _heading_column(lines)
    if heading is None:
        return text, None
    first, column = heading
    while first > 0 and lines[first - 1].strip() and _fits(lines[first - 1], column):
        first -= 1
    last = first
    while last < len(lines) and _fits(lines[last], column):
        last += 1
    block = lines[first:last]
    if sum(1 for line in block if line[:column].strip() and line[column:].strip()) < 2:
        return text, None
    left = [line[:column].rstrip() for line in block]
    right = [line[column:].rstrip() for line in block]
    out = [*lines[:first], *left, "", *right, "", *lines[last:]]
    return "\n".join(out), SIDE_BY_SIDE


_WORDS = re.compile(r"[a-z]+")
_JOINED_LINES = 4


def _joined_line(line: str) -> bool:
    """A line that reads as English, then as French with no gap between the two: "- Three
    years of experience in - Trois ans d'expérience en"."""
    words = _WORDS.findall(fold(line)) if len(line) <= 400 else []
    if len(words) < 8:
        return False
    for cut in range(3, len(words) - 2):
        left, right = words[:cut], words[cut:]
        if (
            sum(w in _EN for w in left) >= 1
            and not any(w in _FR for w in left)
            and sum(w in _FR for w in right) >= 1
            and not any(w in _EN for w in right)
        ):
            return True
    return False


def _joined_columns(lines: list[str]) -> ReviewItem | None:
    """The review item saying the text holds English and French columns joined on the same
    lines by a single space (a PDF's text copied as pypdf or a viewer gives it), which cannot
    be parted without where each piece was drawn; None for any other text."""
    texts = [line for line in lines if line.strip()]
    joined = sum(1 for line in texts if _joined_line(line))
    return JOINED_COLUMNS if joined >= _JOINED_LINES and joined >= 0.25 * len(texts) else None


JOINED_COLUMNS = review_item("joined_columns")
