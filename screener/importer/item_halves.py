"""One requirement numbered or bulleted as two items, joined again: the first half ends on its
conjunction or comma, the second starts in lower case."""

from __future__ import annotations

import re

# "1) Completed higher secondary education ... and" / "2) a vocational qualification ...": one
# requirement numbered as two, the first ending on its conjunction.
_OPEN_END = re.compile(r"(?:\s(?:and|or|et|ou)|,)$")


# "(e) ... in French; and" / "(f) be willing to travel": the list's own last "and" after its
# item's semicolon, not one requirement numbered as two.
# ("...; or" stays joined to what follows: the two items are alternatives of one requirement.)
_LIST_AND = re.compile(r"\s?;\s?(?:and|et)$")


def joined_halves(texts: list[str]) -> list[str]:
    """The items with each half-item joined to the one it continues."""
    joined: list[str] = []
    for text in texts:
        if joined and _LIST_AND.search(joined[-1]):
            joined[-1] = _LIST_AND.sub("", joined[-1])
            joined.append(text)
        # ("... in logistics, or" / "(i) 2 additional years ... in lieu thereof": a figure
        # goes on with it as a lower-case word does.)
        elif joined and _OPEN_END.search(joined[-1]) and (text[:1].islower() or text[:1].isdigit()):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined
