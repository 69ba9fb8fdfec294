"""A job board's items marked with '+' ("+ French: SLP 2222."), as its "Nice-to-haves" often
are beside the ticks of its "Must-haves"."""

from __future__ import annotations

import re

# "+ " before a word: an item; "+----+" (a grid's border) and "+30 days" (a figure) are not.
_PLUS_ITEM = re.compile(r"^[ \t]*\+[ \t]+(?=[^\W\d_])")


def plus_items_as_bullets(text: str) -> str:
    """Runs of two or more consecutive '+ ' lines become '- ' bullets; a lone '+ ' line is
    left as it is, since one line alone may be an addition written out ("+ allowances")."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _PLUS_ITEM.match(lines[end]):
            end += 1
        if end - index >= 2:
            for at in range(index, end):
                lines[at] = _PLUS_ITEM.sub("- ", lines[at], count=1)
        index = max(end, index + 1)
    return "\n".join(lines)
