"""One requirement numbered or bulleted as two items, joined again: the first half ends on its
conjunction or comma, the second starts in lower case."""

from __future__ import annotations

import re

from screener.importer.wording import fold

# "1) Completed higher secondary education ... and" / "2) a vocational qualification ...": one
# requirement numbered as two, the first ending on its conjunction.
_OPEN_END = re.compile(r"(?:\s(?:and|or|et|ou)|,)$")


# "(e) ... in French; and" / "(f) be willing to travel": the list's own last "and" after its
# item's semicolon, not one requirement numbered as two.
# ("...; or" stays joined to what follows: the two items are alternatives of one requirement.)
_LIST_AND = re.compile(r"\s?;\s?(?:and|et)$")


# "Education: University degree in law ..." / "A higher secondary education combined with 3
# further years of contracting experience may be accepted in lieu of a degree.": the second
# item is another path to the first's degree, not a requirement of its own.
_IN_LIEU_OF_DEGREE = re.compile(
    r"\b(?:in lieu of|instead of|in place of|may replace|can replace|may substitute for"
    r"|en lieu et place d|a la place d|au lieu d|peut remplacer)(?:'|\s)(?:(?:a|an|the|un|une|le|la"
    r"|du|de la)\s)?(?:university\s|universitaire\s)?(?:degree|diploma|diplome|licence|master)",
    re.IGNORECASE,
)
_EDUCATION = re.compile(r"\b(?:degree|diploma|education|diplome|licence|master)\b", re.IGNORECASE)


def _other_path(before: str, text: str) -> bool:
    return bool(_IN_LIEU_OF_DEGREE.search(fold(text)) and _EDUCATION.search(fold(before)))


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
        elif joined and _other_path(joined[-1], text):
            joined[-1] = f"{joined[-1].rstrip(' .;')}; {text}"
        else:
            joined.append(text)
    return joined
