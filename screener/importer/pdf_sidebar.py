"""A web page's sidebar ("Other vacancies", "Share", "Contact") beside the notice, as a browser
prints it: drawn after the notice's column on each page, so it came between the page's last
line and the next page's first ("Desirable Qualifications", then the sidebar's links, then
the desirable items). Told by where it is drawn: after the page's text, back up the page, in
the right part of it (a second column of a document's text starts near the page's middle). It
is read after the notice instead, as a page of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

_SIDE_START = 0.6  # of the page's width: where a sidebar starts, right of a text column's start
_JUMP_LINES = 5  # how far back up the page it starts, in lines


class Chunk(Protocol):
    text: str
    x: float
    y: float
    size: float


def sidebar(chunks: Sequence[Chunk], width: float) -> tuple[int, int] | None:
    """The first and last index of the page's sidebar chunks, or None."""
    lowest: float | None = None
    for index, chunk in enumerate(chunks):
        if not chunk.text.strip():
            continue
        up = lowest is not None and chunk.y - lowest > _JUMP_LINES * chunk.size
        if up and chunk.x >= _SIDE_START * width:
            last = index
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
        lowest = chunk.y if lowest is None else min(lowest, chunk.y)
    return None
