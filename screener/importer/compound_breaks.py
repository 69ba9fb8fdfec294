"""Compounds broken after their hyphen at a line end (a PDF's wrapping): "Turkish-" /
"English" is "Turkish-English", "anglais-" / "turc" is "anglais-turc"; the hyphen is the
compound's, not a word's split."""

from __future__ import annotations

import re

from screener.importer.language_names import find_languages

# "Turkish-" / "English", "Anglo-" / "French": a compound of capitalised words broken after
# its hyphen; the hyphen is the compound's, so the halves join with no space between.
_COMPOUND_BREAK = re.compile(r"[^\W\d_]-$")


def join_lines(parts: list[str]) -> str:
    """A wrapped text's lines as one: a space between them, none after a compound's hyphen
    that ends a line before a capitalised word ("Turkish-" + "English")."""
    if len(parts) < 2:
        return "".join(parts)
    joined = [parts[0]]
    for part in parts[1:]:
        previous = joined[-1]
        glued = bool(_COMPOUND_BREAK.search(previous.rstrip())) and part.lstrip()[:1].isupper()
        joined.append(part.lstrip() if glued else f" {part}")
        if glued:
            joined[-2] = previous.rstrip()
    return "".join(joined)


def names_a_language(word: str) -> bool:
    """The word is a language's name ("anglais", "english")."""
    found = find_languages(word)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(word)
