"""A site's navigation printed in a column left of the notice, in the text of a page printed to
PDF and read line by line (pdftotext's layout, a PDF reader's copy): each line holds a link,
a run of spaces, then the notice's own line ("Research         Post title: Librarian").

Read as they are, the links became part of the header's lines and of the title. When several
lines have short text at their start and the notice's text after a run of spaces at the same
column, and those short texts are mostly links' words, they are taken out: the notice's lines
keep their column, a line that held only a link is left blank.
"""

from __future__ import annotations

import re
from collections import Counter

from screener.importer.site_menus import NAVIGATION_WORD

# A link, a gap of three spaces or more, then the notice's text at its column.
_LINK_THEN_TEXT = re.compile(r"^(\S(?:\S| (?! ))*)( {3,})(?=\S)")
_LINK_CHARS = 30
# A label ("Grade:"), a figure or an item's mark: a table's or a form's left column, not links.
_NOT_A_LINK = re.compile(r":$|\d|^[-•*–]")


def _column(lines: list[str]) -> int | None:
    """The column of the notice's text beside a left column of links, or None."""
    starts: Counter[int] = Counter()
    for line in lines:
        if (match := _LINK_THEN_TEXT.match(line)) is not None:
            starts[match.end()] += 1
    if not starts:
        return None
    column, count = starts.most_common(1)[0]
    return column if count >= 3 and column <= _LINK_CHARS + 6 else None


def without_side_menu(text: str) -> str:
    """The text without a site's navigation printed left of the notice, line by line."""
    lines = text.split("\n")
    column = _column(lines)
    if column is None:
        return text
    beside = [
        index
        for index, line in enumerate(lines)
        if (match := _LINK_THEN_TEXT.match(line)) is not None and match.end() == column
    ]
    links: dict[int, str] = {}
    # The links run from the first line with one beside the text to the last; between them,
    # a link alone on its line or indented under another ("  Civilian posts").
    for index in range(beside[0], beside[-1] + 1):
        line = lines[index]
        if not line[:column].strip():
            continue
        if len(line) > column and (line[column - 1] != " " or line[column] == " "):
            return text  # text running across the column: no column of links
        links[index] = line[:column].strip()
    texts = list(links.values())
    if 2 * sum(bool(NAVIGATION_WORD.search(t)) for t in texts) < len(texts) or any(
        len(t) > _LINK_CHARS or _NOT_A_LINK.search(t) for t in texts
    ):
        return text
    for index in links:
        rest = lines[index][column:]
        lines[index] = " " * column + rest if rest.strip() else ""
    return "\n".join(lines)
