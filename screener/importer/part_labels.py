"""Requirement lists in two levels, as ACO/ACT job descriptions write them: a lettered part's
label ("a. Professional experience.", "b. Education/Training.") over its numbered items
("(1) At least 10 years ...", "(2) A professional accountancy qualification ..."). Each
numbered item is a requirement of its own; the label is none. Read as one item per letter, a
part's later items (a CPA/ACCA qualification under the degree) would vanish into the first.
"""

from __future__ import annotations

import re

from screener.importer.text_cleanup import is_bullet

_LETTERED = re.compile(r"^\(?[a-z][.)]\s{1,4}(?=\S)")
_NUMBERED = re.compile(r"^\(?\d{1,2}\)\s{1,4}(?=\S)")
_FIRST_NUMBER = re.compile(r"^\(?1\)\s{1,4}(?=\S)")
# A part's label: a few words, no figures, nothing after its final '.' or ':'
# ("Professional/Experience.", "Education and training:", "Expérience professionnelle.").
_LABEL = re.compile(r"^[^\W\d][^\d.:;]{1,48}[.:]?$")


def _looks_like_label(line: str) -> bool:
    match = _LETTERED.match(line)
    words = line[match.end() :].strip() if match else ""
    return bool(match) and bool(_LABEL.match(words)) and len(words.split()) <= 5


def _is_label(block: list[str], at: int) -> bool:
    if not _looks_like_label(block[at]):
        return False
    # Its items start again at one; "(a) University degree." over "(3) Language" is an item
    # of the other way round ("(2) Education/Training" over "(a) ...").
    following = next((x for x in block[at + 1 :] if x.strip()), "")
    return bool(_FIRST_NUMBER.match(following))


def numbered_under_labels(block: list[str]) -> list[str]:
    """The block with lettered parts' labels left out and their numbered items (and any lettered
    line that is an item itself, "c. Language. English - SLP 3333") written as bullets; the
    block unchanged when its letters do not label numbered items."""
    labels = {at for at in range(len(block)) if _is_label(block, at)}
    if not labels:
        return block
    out = []
    for at, line in enumerate(block):
        if at in labels:
            continue
        # A label over unnumbered lines ("c. Language:" / "English - SLP 3333") stays a
        # label, for the list reader to take as one.
        match = _NUMBERED.match(line)
        if match is None and not _looks_like_label(line):
            match = _LETTERED.match(line)
        out.append(f"- {line[match.end() :]}" if match else line)
    return out


# What follows a list written without markers, one item a line, after a blank line: the
# notice's next paragraph under its own label ("Eligibility: Applicants must be nationals
# ...", "How to apply: ..."), the procedure ("Applications must be made through ..."), or a
# job board's own fields ("Seniority level", "Employment type"). None is a requirement.
_AFTER_THE_LIST = re.compile(
    r"^(?:(?:eligibility|nationality|citizenship|who (?:may|can) apply|how to apply|application"
    r"|applications|remarks?|notes?|closing date|deadline|contract|conditions)\s?:"
    r"|applications? (?:must|should|are to|will) be (?:made|sent|submitted|received)"
    r"|(?:seniority level|employment type|job function|industries)$)"
)
# A job board's facts and links under the notice, blank line or not: "Salary: tax-free ...",
# "More jobs like this: ...", "Start date: ...", "Salaire : ...".
_BOARD_FOOTER = re.compile(
    r"^(?:(?:salary|remuneration|pay|benefits|start date|starting date|job type|contract type"
    r"|salaire|date de debut|type de contrat)\s?:"
    r"|(?:more |other |similar |related )?(?:jobs|vacancies|offers|offres|emplois) (?:like this"
    r"|similaires|you may like|for you)|similar (?:jobs|vacancies)|related (?:jobs|vacancies))"
)


def after_the_list(folded: str) -> bool:
    """The line (folded) starts what follows an unmarked list, not another item."""
    return bool(_AFTER_THE_LIST.match(folded.strip())) or board_footer(folded)


def board_footer(folded: str) -> bool:
    """A job board's line under an unmarked list (folded): the list's end even with no blank
    line before it."""
    return bool(_BOARD_FOOTER.match(folded.strip()))


def label_over_items(block: list[str], at: int) -> bool:
    """A part's label of any name ("Standard Automated Data Processing (ADP) Knowledge:",
    "Security and Other Requirements:") right under an item and right over the part's own
    items: the list goes on under it. A lead-in ending in ':' is no requirement either."""
    line = block[at].strip()
    following = block[at + 1] if at + 1 < len(block) else ""
    return (
        line.endswith(":")
        and len(line) <= 90
        and line[:1].isupper()
        and ": " not in line
        and is_bullet(following)
    )


# "(2) Civilian candidates:" over its lettered items "(a) a university degree ...": the label of
# the items below it, which asks nothing itself (a few words, no figures, its colon last).
_GROUP_LABEL = re.compile(r"^[^\W\d][^\d.:;()]{1,40}:$")


def without_group_labels(items: list[list[str]]) -> list[list[str]]:
    """A list's items less those that only label the items after them."""
    return [
        parts
        for at, parts in enumerate(items)
        if not (
            at + 1 < len(items)
            and len(parts) == 1
            and len(parts[0].split()) <= 4
            and _GROUP_LABEL.match(parts[0].strip())
        )
    ]
