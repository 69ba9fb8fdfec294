"""A web page's sidebar ("Other vacancies", "Share", "Contact") beside the notice, as a browser
prints it: drawn after the notice's column on each page, so it came between the page's last
line and the next page's first ("Desirable Qualifications", then the sidebar's links, then
the desirable items). Told by where it is drawn: after the page's text, back up the page, in
the right part of it (a second column of a document's text starts near the page's middle),
or left of the column the page's text is drawn in (a site's navigation: "Careers at NSPA",
"Current vacancies", "How to apply"), in short lines. It is read after the notice instead,
as a page of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from screener.importer.site_menus import NAVIGATION_WORD

_SIDE_START = 0.6  # of the page's width: where a sidebar starts, right of a text column's start
_JUMP_LINES = 5  # how far back up the page it starts, in lines
_LINK_CHARS = 45  # a navigation link's longest line
_GAP_LINES = 3  # a gap that ends a navigation list (the page's footer is further down)


class Chunk(Protocol):
    text: str
    x: float
    y: float
    size: float


def sidebar(chunks: Sequence[Chunk], width: float) -> tuple[int, int] | None:
    """The first and last index of the page's sidebar chunks, or None."""
    lowest: float | None = None
    starts: Counter[int] = Counter()
    for index, chunk in enumerate(chunks):
        if not chunk.text.strip():
            continue
        rise = chunk.y - lowest if lowest is not None else 0.0
        up = rise > _JUMP_LINES * chunk.size
        if up and chunk.x >= _SIDE_START * width:
            return _right_side(chunks, index)
        # (Left of the column, a short page's navigation starts only a few lines up.)
        if rise > 2 * chunk.size and starts:
            column = starts.most_common(1)[0][0]
            if chunk.x < column - 3 * chunk.size:
                return _left_side(chunks, index, column)
            return None
        lowest = chunk.y if lowest is None else min(lowest, chunk.y)
        starts[round(chunk.x)] += 1
    return None


def _right_side(chunks: Sequence[Chunk], index: int) -> tuple[int, int] | None:
    chunk, last = chunks[index], index
    for after in range(index + 1, len(chunks)):
        if chunks[after].text.strip():
            if chunks[after].x < chunk.x - 1 or chunks[after].y > chunk.y + chunk.size:
                break
            last = after
    lines = {round(c.y) for c in chunks[index : last + 1] if c.text.strip()}
    # A sidebar has words on lines of its own (not a hyphen left at a line's end).
    if len(lines) >= 2 and sum(ch.isalpha() for ch in chunk.text) >= 2:
        return index, last
    return None


def _left_side(chunks: Sequence[Chunk], index: int, column: int) -> tuple[int, int] | None:
    """Short lines left of the text's column, going down the page without a wide gap."""
    last, bottom = index, chunks[index].y
    lines: dict[int, str] = {}
    for at in range(index, len(chunks)):
        chunk = chunks[at]
        if not chunk.text.strip():
            continue
        if chunk.x >= column - chunk.size or chunk.y > bottom + chunk.size:
            break
        if chunk.y < bottom - _GAP_LINES * chunk.size:
            break
        bottom, last = chunk.y, at
        lines[round(chunk.y)] = lines.get(round(chunk.y), "") + chunk.text
    words = [text.strip() for text in lines.values()]
    if len(words) >= 2 and all(len(text) <= _LINK_CHARS for text in words):
        return index, last
    return None


def navigation_column(chunks: Sequence[Chunk]) -> list[int]:
    """The chunks of a site's navigation printed beside the notice, left of its column and
    drawn line by line with it ("Careers at NSPA" beside the notice's first line): short
    lines, most of them a link's words, none a label or an item. [] when there is none."""
    filled = [index for index, chunk in enumerate(chunks) if chunk.text.strip()]
    if len(filled) < 6:
        return []
    # The notice's column: the rightmost where lines start (the navigation may have more
    # lines than a short last page's text).
    starts = Counter(round(chunks[i].x) for i in filled)
    column = max((x for x, count in starts.items() if count >= 2), default=None)
    if column is None:
        return []
    body = [chunks[i].y for i in filled if round(chunks[i].x) == column]
    size = max(chunks[filled[0]].size, 1.0)
    beside = [
        i for i in filled if chunks[i].x < column - 3 * size and chunks[i].y <= max(body) + size
    ]
    left: list[int] = []
    bottom = min(body) - size
    # Beside the notice's lines, and on down the page while the links go on (a short last
    # page's text ends above its navigation's end; the page's footer is further down).
    for index in sorted(beside, key=lambda i: -chunks[i].y):
        if chunks[index].y < bottom - _GAP_LINES * size:
            break
        left.append(index)
        bottom = min(bottom, chunks[index].y)
    lines: dict[int, str] = {}
    for index in left:
        lines[round(chunks[index].y)] = lines.get(round(chunks[index].y), "") + chunks[index].text
    texts = [" ".join(text.split()) for text in lines.values()]
    links = sum(bool(NAVIGATION_WORD.search(text)) for text in texts)
    if (
        len(texts) >= 3
        and 2 * links >= len(texts)
        and all(len(text) <= _LINK_CHARS and not _NOT_A_LINK.search(text) for text in texts)
    ):
        return left
    return []


# A label ("Grade:"), an item's mark or a figure: a table's left column, not links.
_NOT_A_LINK = re.compile(r":\s*$|^\W|\d")
