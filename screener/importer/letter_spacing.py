"""Headings set with spaced-out letters ("E S S E N T I A L   Q U A L I F I C A T I O N S"),
as a PDF or a styled web page gives them when copied: joined back into words, so that a list's
heading is read as the heading it is."""

from __future__ import annotations

import re

# Single characters one space apart; words two or more spaces apart.
_SPACED = re.compile(r"^[ \t]*\S(?: \S){2,}(?:[ \t]{2,}\S(?: \S)*)*[ \t]*$")


def join_spaced_letters(line: str) -> str:
    """The line with its spaced-out words joined ("P O S T   C O N T E X T" -> "POST CONTEXT");
    any other line unchanged. Only capitals are joined: "1 2 3", "- a b" or "a b c" stay."""
    if not _SPACED.match(line):
        return line
    words = [word.replace(" ", "") for word in re.split(r"[ \t]{2,}", line.strip())]
    joined = "".join(words)
    letters = [ch for ch in joined if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    if len(letters) < 0.8 * len(joined) or capitals < 0.8 * len(letters) or len(letters) < 3:
        return line
    if len(words) == 1:
        # The gaps between words were squeezed too (a web page): the headings' own words
        # still show where they were ("ESSENTIALQUALIFICATIONS").
        return _HEADING_WORD.sub(r" \1", words[0]).strip()
    return " ".join(words)


# Words of the headings that matter, found inside a run of capitals with no spaces left.
_HEADING_WORD = re.compile(
    r"(?<=[A-Z])(QUALIFICATIONS|REQUIREMENTS|EXPERIENCE|CRITERIA|SKILLS|DUTIES|CONTEXT"
    r"|SUMMARY|RESPONSIBILITIES|CONDITIONS|SOUHAITABLES|ESSENTIELS"
    # "AND" only before another heading word: "STANDARD" stays one word.
    r"|AND(?=EXPERIENCE|QUALIFICATIONS|SKILLS|REQUIREMENTS|CONDITIONS|RESPONSIBILITIES))"
)
