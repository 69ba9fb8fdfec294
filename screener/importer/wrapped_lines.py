"""Lines broken inside a sentence (a PDF's line wrap, a pasted page's narrow column) joined
again, within blocks separated by blank lines: the one place that decides whether a line
goes on with the one above it. text_cleanup makes the lines; this joins what a wrap split.
"""

from __future__ import annotations

import re

from screener.importer.compound_breaks import join_lines, names_a_language
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import ENDS_OPEN

# "a. Professional/Experience:", "b) ...", "(i) ...": a lettered item starts a line of its own.
_LETTERED = re.compile(r"^(?:\(?[a-z]\)|[a-z]\.|\([ivx]{1,4}\))\s")
# A careers platform's facts in lower case, each label alone on its line over its value
# ("time left to apply" / "End Date: ..." / "job requisition id" / "R-270033"): a label of its
# own, not the wrapped end of the value above it.
_PLATFORM_LABEL = re.compile(
    r"^(?:locations?|time type|posted on|time left to apply|(?:job )?requisition id"
    r"|job (?:id|number)|posting (?:end|start) date|end date)$"
)


# First halves of hyphenated compounds, whose hyphen stays when a line break follows it.
HYPHEN_PREFIXES = frozenset(
    [
        "self",
        "well",
        "non",
        "co",
        "post",
        "pre",
        "full",
        "part",
        "long",
        "short",
        "high",
        "low",
        "follow",
        "first",
        "second",
        "third",
        "multi",
        "cross",
        "up",
        "real",
        "in",
        "on",
        "off",
        "out",
        "over",
        "under",
        "anti",
        "counter",
        "ex",
        "semi",
        "sub",
        "super",
        "inter",
        "intra",
        "decision",
        "problem",
        "time",
        "team",
        "results",
        "client",
        "service",
        "customer",
    ]
)


# Short prefixes that also begin plain words ("in-" / "ternational", "out-" / "side", "sub-" /
# "ject" in a text hyphenated by a PDF's typesetter): a compound only with a second half of
# these ("in-house", "out-of-area", "on-call", "up-to-date", "sub-unit").
_SECOND_HALVES = {
    "in": frozenset({
        "house", "depth", "service", "person", "country", "theatre", "theater", "flight",
        "line", "kind", "year", "situ", "post", "processing", "residence", "station", "place",
        "built", "patient", "court", "field",
    }),
    "out": frozenset({"of", "reach", "patient", "source", "sourced", "sourcing"}),
    "on": frozenset({"call", "site", "the", "line", "board", "going", "job", "scene", "air", "duty"}),
    "up": frozenset({"to", "front"}),
    "sub": frozenset({
        "unit", "units", "contractor", "contractors", "group", "groups", "committee",
        "committees", "section", "sections", "branch", "task", "tasks", "system", "systems",
        "set", "area", "areas",
    }),
}  # fmt: skip


def keeps_hyphen(head: str, tail: str) -> bool:
    """Whether "head-" at a line's end, then `tail` on the next, is a compound keeping its
    hyphen ("self-" / "defence") rather than a word broken in two ("in-" / "ternational")."""
    head = head.lower()
    if head not in HYPHEN_PREFIXES:
        return names_a_language(head)
    if (halves := _SECOND_HALVES.get(head)) is None:
        return True
    second = re.match(r"[a-z]*", tail.lower())
    return second is not None and second[0] in halves


# A line that opens with an aside or a quotation ('("Advanced") in the other;'), not with an
# item's mark ("(a)", "(ii)", "(E)", "(1)").
_ASIDE_START = re.compile(r"^(?:\((?![ivx]{1,4}\)|\w\))[\"“«']?\w{2}|[\"“«]\w)", re.IGNORECASE)


def _aside_goes_on(parts: list[str], line: str) -> bool:
    """A bullet's wrapped line that starts with a bracket or a quote, under a line broken
    mid-phrase ("- ... in one and level V" / '("Advanced") in the other;'). Only in a
    bullet: prose paragraphs are read sentence by sentence wherever their lines break."""
    return is_bullet(parts[0]) and parts[-1][-1:].isalnum() and bool(_ASIDE_START.match(line))


def _inside_brackets(line: str) -> bool:
    """A line broken inside brackets ("NATO fuel standards (STANAG" / "3747, AFLP-3747) and
    ..."): the next line goes on with it whatever it starts with."""
    return line.count("(") > line.count(")")


# "1.", "2)", "3.1 ", "4 -": a number that opens an item or a heading, not a wrapped sentence.
_NUMBER_OPENING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s?[.):\-–]|^\d{1,2}\s*$")


def _number_goes_on(previous: str, line: str) -> bool:
    """'... spend up to' / '60 days per year at sea': a sentence wrapped before a number goes
    on with it when the line before stops on a word no sentence ends with (an unbulleted
    list's items, "A university degree" / "5 years of experience", stay apart). So does a
    long line wrapped before a capital ("... au sein d'un" / "SOC ou d'un CERT."), which a
    heading in capitals alone never is."""
    if not ENDS_OPEN.search(previous):
        return False
    if line[0].isdigit():
        return not _NUMBER_OPENING.match(line)
    # ("... equivalent to" / "NATO SLP 3333.": capitals ending a sentence go on with it.)
    heading = line.isupper() and not line.endswith(".")
    return line[0].isupper() and not heading and len(previous) >= 40


def _names_a_section(line: str) -> bool:
    """'Desirable' or 'Essential qualifications' alone on a line, without a colon: a heading,
    so the lower-case line under it is the list's first item, not the heading wrapped."""
    if len(line) > 60:
        return False
    # Imported here: the section finder reads lines this module has cleaned.
    from screener.importer.sections import names_a_section

    return names_a_section(line)


def join_wrapped(lines: list[str]) -> list[str]:
    """Join lines broken inside a sentence (PDF line wrap) within blocks separated by blanks.

    A line is glued to the previous one when the previous one does not end a sentence or a
    heading and the next one starts in lower case, which is how wrapped lines look.
    """
    # Parts are joined once at the end: repeated string concatenation would be quadratic.
    out: list[list[str]] = []
    for line in lines:
        if (
            out
            and line
            and out[-1][-1]
            and not is_bullet(line)
            and (
                line[0].islower()
                or (_inside_brackets(out[-1][-1]) and not line.isupper())
                or _number_goes_on(out[-1][-1], line)
                or _aside_goes_on(out[-1], line)
            )
            and not _LETTERED.match(line)
            and not _PLATFORM_LABEL.match(line)
            and out[-1][-1][-1] not in ".;:!?"
            and not _names_a_section(out[-1][-1])
        ):
            previous = out[-1][-1]
            if len(previous) > 1 and previous[-1] == "-" and previous[-2].isalpha():
                # A word hyphenated across the break ("aero-" + "nautical"): one word again,
                # keeping the hyphen of compounds ("self-" + "defence").
                last_word = previous[:-1].rsplit(" ", 1)[-1]
                # ("anglais-" + "turc": a pair of languages keeps its hyphen too.)
                joined = previous if keeps_hyphen(last_word, line) else previous[:-1]
                out[-1][-1] = joined + line
            else:
                out[-1].append(line)
        else:
            out.append([line])
    return [join_lines(parts) for parts in out]
