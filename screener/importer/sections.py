"""The shapes of section 2, where a notice's requirement lists are.

Where a section ends (after its ESSENTIAL / DESIRABLE headings, which are in
section_headings), and the items of a list: bullets, numbered or lettered items, labelled
parts, wrapped lines. The lists under their headings are in
heading_lists, the sentences on who may apply and on appointment in notice_sentences.
"""

from __future__ import annotations

import re

from screener.importer.compound_breaks import join_lines
from screener.importer.item_halves import joined_halves
from screener.importer.list_continuation import placed_after_items
from screener.importer.list_notes import list_goes_on_after_note
from screener.importer.page_furniture import FOOTER
from screener.importer.part_labels import (
    after_the_list,
    board_footer,
    label_over_items,
    numbered_under_labels,
    without_group_labels,
)
from screener.importer.section_headings import (
    EN_DESIRABLE,
    EN_ESSENTIAL,
    FR_DESIRABLE,
    FR_ESSENTIAL,
)
from screener.importer.text_cleanup import bullet_body, is_bullet, tidy_item
from screener.importer.wording import fold

_NUMBERED_HEADING = re.compile(r"^\d{1,2}\s?\.\s?[^\d\s]")
_INTRO = re.compile(
    r"(?:must|should|shall|advantage|asset|doit|doivent|atouts?|avantage|suivants?)\s?:?$"
)


def folded_line(line: str) -> str:
    # "ESSENTIAL ," (a heading glued to its lead-in, then split) is still the heading.
    return fold(line).strip().rstrip(" ,;-–")


# Lines inside a list that are not part of it: running footers and page furniture that a
# page break leaves between two bullets.
_FOOTER = FOOTER
# What ends a list without being a heading: notes appended by whoever copied the text, an
# aggregator's buttons and captions.
_LIST_END = re.compile(
    r"^(?:notes?|nb|n\.b|source|remarques?|remarks?|general information|additional information"
    r"|other information|how to apply|contract|copied from|printed|posted|retrieved|apply (?:now|here)"
    r"|share (?:this|on)|click here|similar (?:jobs|vacancies)|job alert|more jobs like this"
    # A section's name alone on its line: "Conditions", "What we offer".
    r"|(?:conditions|conditions of (?:employment|service)|eligibility|what we offer|benefits"
    r"|selection process|application process"
    # The same sections in French: "Conditions d'emploi", "Éligibilité", "Ce que nous offrons".
    r"|conditions d'(?:emploi|engagement)|conditions generales|eligibilite|ce que nous offrons"
    r"|comment postuler|procedure de (?:selection|recrutement|candidature))\s?:?$"
    # The competencies that follow the requirements on an agency's page ("Attributes /
    # Competencies"), its "Why NCIA?" pitch and its "Share | Print" buttons.
    r"|(?:personal )?(?:attributes|competencies)(?:\s?(?:/|and|&)\s?(?:attributes|competencies))?"
    r"\s?:?$|why [\w&-]{2,30}\s?\?$|share\s?\|)\b"
)


_SECTION_HEADINGS = (EN_ESSENTIAL, EN_DESIRABLE, FR_ESSENTIAL, FR_DESIRABLE)


def names_a_section(line: str) -> bool:
    """An ESSENTIAL or DESIRABLE heading, in English or French, alone on its line."""
    folded = folded_line(line)
    return any(pattern.match(folded) for pattern in _SECTION_HEADINGS)


def ends_a_list(line: str) -> bool:
    """A line that ends a list without being a heading ("How to apply", "Notes")."""
    return bool(_LIST_END.match(folded_line(line)))


def is_heading(line: str) -> bool:
    """A numbered section heading ("3. MAIN ACCOUNTABILITIES") or an all-capitals title line."""
    if not line or is_bullet(line) or len(line) > 120:
        return False
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < 4 or _is_sentence_like(line):
        return False
    upper_share = sum(ch.isupper() for ch in letters) / len(letters)
    if _NUMBERED_HEADING.match(line):
        return upper_share >= 0.6
    return upper_share >= 0.9 and " " in line.strip()


def _is_sentence_like(line: str) -> bool:
    """A lead-in ("THE INCUMBENT MUST:") or an item's end (";") in a notice typed in capitals:
    upper case there says nothing about being a heading."""
    folded = folded_line(line)
    return line.rstrip().endswith(";") or (
        line.rstrip().endswith(":") and bool(_INTRO.search(folded.rstrip(":").rstrip() + ":"))
    )


def find_line(
    lines: list[str], pattern: re.Pattern[str], start: int = 0, stop: int | None = None
) -> int:
    stop = len(lines) if stop is None else stop
    for index in range(start, stop):
        line = lines[index]
        if line and len(line) <= 120 and pattern.match(folded_line(line)):
            return index
    return -1


_BULLET_STARTS = frozenset("-•*–—▪●·◦")


def section_end(
    lines: list[str], start: int, also: tuple[re.Pattern[str], ...], limit: int | None = None
) -> int:
    """Where the section starting at `start` ends; at most `limit` lines on (bounded work when
    many candidate starts are tried)."""
    stop = len(lines) if limit is None else min(len(lines), start + limit)
    for index in range(start, stop):
        line = lines[index]
        # Bullets are never headings: a cheap test first, since lists can be long.
        if not line or line[0] in _BULLET_STARTS or len(line) > 120:
            continue
        folded = folded_line(line)
        if _FOOTER.match(folded):
            continue
        if any(pattern.match(folded) for pattern in also):
            return index
        if (
            is_heading(line)
            and not _wraps_on(lines[index - 1] if index else "")
            and not _group_over_items(lines, index, folded)
        ):
            return index
    return stop


def _group_over_items(lines: list[str], at: int, folded: str) -> bool:
    """ "EDUCATION AND EXPERIENCE" over bullets, inside a list: a group's name in capitals,
    not the next section ("3. MAIN ACCOUNTABILITIES" is numbered)."""
    if _NUMBERED_HEADING.match(lines[at]) or not QUALIFICATION_LABEL.match(
        folded.rstrip(":") + ":"
    ):
        return False
    following = next((x for x in lines[at + 1 : at + 4] if x), "")
    return is_bullet(following)


def _wraps_on(previous: str) -> bool:
    """The line before ends open (a comma, a bracket not closed): the next line is its end,
    even in capitals ("standards (IEC," then "EN, VDE)."), never a heading."""
    return previous.rstrip().endswith(",") or previous.count("(") > previous.count(")")


# Items numbered or lettered instead of bulleted: "a) Education: ...", "1. University degree".
# "a." and "e." as well as "a)" and "(1)": a lone letter and a dot, then a space (not "e.g.").
_ENUMERATOR = re.compile(
    r"^(?:\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,4}\)|[ivx]{1,4}\.|\(?\d{1,2}[.)])\s{1,4}(?=\S)"
)
# "a. Professional/Experience:", "b. Education/Training:": a sub-list's label, not an item.
# Without a colon, only a sub-list's usual names: "(1) Professional/Experience", "(3) Language".
# The French names of the same parts: "(a) Expérience professionnelle", "(d) Aptitude physique".
_FR_PARTS = (
    r"experience(?: professionnelle)?|formation(?:s| professionnelle)?|etudes|diplomes?"
    r"|permis(?: de conduire)?|aptitudes? physiques?|condition physique|langues?"
    r"|connaissances linguistiques|competences(?: informatiques| techniques| linguistiques)?"
    r"|autres?"
    r"|habilitations?"
)
_SUB_HEADING = re.compile(
    r"^(?:[a-z]\s?[.)]\s?)?[a-z][a-z/ &,-]{2,40}:$"
    r"|^(?:\(?\d{1,2}\)|\(?[a-z]\)|[a-z]\.|\d{1,2}\.)\s?(?:professional(?: experience)?|experience"
    r"|education"
    r"|training|languages?|language skills|computer skills|it skills|others?|personal attributes"
    r"|skills|knowledge|driving|driving licen[cs]es?|licen[cs]es?|certifications?|medical"
    r"|security|physical(?: fitness)?|fitness|health|medical fitness|physical requirements"
    r"|other requirements|special requirements|" + _FR_PARTS + r")"
    r"(?:\s?[/&,]\s?(?:and )?[a-z ]{3,20}| and [a-z ]{3,20}| et [a-z ]{3,20})?\s?[:.]?$"
)


# The usual names of the parts of a qualifications section, alone on their line, with or
# without a colon: "Education and Training:", "Education & Experience", "Language", "Other".
# They label a sub-list and never end the list, even after a blank line.
QUALIFICATION_LABEL = re.compile(
    r"^(?:\(?[a-z][.)]\s?|\(?\d{1,2}[.)]\s?|\d{1,2}\.\d{1,2}\.?\s)?(?:professional |work |relevant )?"
    r"(?:experience"
    r"|education(?:al background)?|training|languages?|language (?:proficiency|skills|requirements)"
    # "(c) Licences", "(d) Physical", "e) Medical": a trade's parts of the same list.
    r"|driving licen[cs]es?|licen[cs]es?|physical(?: fitness| requirements)?|medical(?: fitness)?"
    r"|others?|other (?:requirements|skills|qualifications)"
    r"|(?:(?:computer|it|technical|professional|personal|language) )?skills(?: and abilities)?"
    r"|certifications?|professional qualifications|"
    + _FR_PARTS
    # "Skills and Knowledge", "Personal qualities", "Security": the groups of an agency's
    # qualifications section, each over its own items. (Not "Special requirements": after a
    # desirable list it opens required items again; requirement_groups reads it.)
    + r"|knowledge|personal qualities|qualites personnelles|security(?: clearance)?|securite)"
    r"(?:\s?(?:and|&|/|,|et)\s?(?:training|experience|qualifications|education|certifications?"
    r"|formation|experience professionnelle|knowledge|skills|competenc(?:ies|es)|abilities"
    r"|connaissances|competences"
    # "Langues / Languages": a bilingual copy's part named in both languages.
    r"|languages?|langues?))?"
    r"\s?:?$"
)


def is_item_start(line: str) -> bool:
    if is_bullet(line):
        return True
    if not _ENUMERATOR.match(line) or is_heading(line):
        return False
    return not _SUB_HEADING.match(fold(line).strip())


_LABEL_NUMBER = re.compile(r"^(?:\(?[a-z][.)]|\d{1,2}\.\d{1,2}\.?|\(?\d{1,2}[.)])\s?")


def _labels_sub_list(
    block: list[str], at: int, folded: str, has_markers: bool, parts: bool = False
) -> bool:
    """'Education and Training:' inside a qualifications list: a part's label, which the list
    goes on after. In a bulleted list only when bullets follow it (a 'LANGUAGE' paragraph
    after the list is another section)."""
    line = block[at].strip()
    # "experience;" ending an item's wrapped line is not a label: a label is capitalised
    # (after its letter or number: "b. Education/Training").
    first = _LABEL_NUMBER.sub("", line, count=1)[:1]
    if not first.isupper() or not QUALIFICATION_LABEL.match(folded.rstrip(":").strip() + ":"):
        return False
    if not has_markers:
        return True
    following = next((x for x in block[at + 1 : at + 4] if x), "")
    # "Other" alone above bullets is as often a page's sidebar as a part of the list: with
    # its colon only.
    # its colon only, or among other parts' labels ("Education and experience" ... "Other").
    vague = re.match(r"^others?$", folded.rstrip(":").strip()) and not line.endswith(":")
    # "c. Language" lettered as the list's other parts, then "English - SLP 3333" unnumbered:
    # the line under it is that part's item, not the end of the list.
    lettered = bool(_LABEL_NUMBER.match(line)) and following[:1].isupper()
    return (is_bullet(following) or lettered) and (parts or not vague)


def _sub_bullet(item: list[str], line: str, markers: str) -> bool:
    """A bullet of another marker under an item that opens a sub-list ("data analysis tools:"
    then "o Power BI;"): part of that item, so the sub-list is not read as requirements apart."""
    marker = line.lstrip()[:1]
    if not markers or marker == markers or not item:
        return False
    return any(part.rstrip().endswith(":") for part in item)


_LETTERED = re.compile(r"^(?:\(?[a-z]\)|[a-z]\.)\s{1,4}(?=\S)")


def _lettered_item(line: str) -> bool:
    """A lettered line ("e. Language: ..."), not a numbered section ("5. Eligibility")."""
    return (
        bool(_LETTERED.match(line))
        and not is_heading(line)
        and not _SUB_HEADING.match(fold(line).strip())
    )


def _style(line: str) -> tuple[bool, bool, str] | None:
    """How an item is numbered: '(1)' / '1)' / '1.' / '(a)' / 'a)' / 'a.' told apart."""
    match = _ENUMERATOR.match(line)
    if match is None:
        return None
    token = match[0].strip()
    return token.startswith("("), token[-2:-1].isdigit(), token[-1]


def _next_item(line: str) -> bool:
    return is_bullet(line) or bool(_SUB_HEADING.match(fold(line).strip())) or _lettered_item(line)


def list_items(block: list[str]) -> list[str]:
    """The requirements in a block of lines: bullets, or one per line when nothing is bulleted."""
    block = _enumerated_as_bullets(numbered_under_labels(block))
    has_markers = any(is_bullet(line) for line in block)
    # Each item is a list of parts, joined at the end (no quadratic concatenation).
    items: list[list[str]] = []
    started = False
    blank_before = False
    labelled = False  # a part's label was read: the list is in labelled parts
    markers = ""  # the marker of the list's own bullets; another one marks sub-bullets
    skip_to = 0
    for at, line in enumerate(block):
        if at < skip_to:
            continue
        if not line:
            blank_before = True
            continue
        folded = folded_line(line)
        if started and _after_the_list(line, folded, has_markers, blank_before):
            break
        if len(line) <= 160 and not is_bullet(line):
            if _FOOTER.match(folded):
                continue
            if _labels_sub_list(block, at, folded, has_markers, labelled):
                if started:
                    items.append([])  # the line after a sub-list's label starts an item
                blank_before = False
                labelled = True
                continue
            if started and (_LIST_END.match(folded) or _lettered_end(folded)):
                resume = list_goes_on_after_note(block, at, _next_item)
                if resume is None:
                    break
                skip_to = resume  # "NOTE: ..." under an item, more of the list after it
                continue
            # A label inside the list ("b. Education/Training:"), not a section heading after a
            # blank line ("Main Responsibilities:" in a careers-site copy).
            sub_heading = not (has_markers and blank_before)
            if started and sub_heading and has_markers and label_over_items(block, at):
                items.append([])  # "Standard ADP Knowledge:" right under an item, over more
                continue
            if started and sub_heading and _SUB_HEADING.match(fold(line).strip()):
                # The line after a sub-list's label starts an item of its own.
                items.append([])
                blank_before = False
                continue
        if is_bullet(line) and items and _sub_bullet(items[-1], line, markers):
            items[-1].append(bullet_body(line))  # "tools:" / "o Power BI;" / "o SQL."
        elif is_bullet(line):
            items.append([bullet_body(line)])
            markers = markers or line.lstrip()[:1]
            started = True
        elif started and has_markers and not blank_before and _lettered_item(line):
            # "e. Language: English - SLP 3333" among "a. Professional experience:" groups
            # of bullets: an item of its own, not the end of the bullet before it.
            items.append([_ENUMERATOR.sub("", line, count=1)])
        elif not started:
            # The list's lead-in ("The incumbent must:") is not a requirement.
            if not has_markers and not _INTRO.search(folded):
                items.append([line])
                started = True
        elif not placed_after_items(items, line, folded, has_markers, blank_before):
            break
        blank_before = False
    texts = (tidy_item(join_lines(parts)) for parts in without_group_labels(items) if parts)
    return joined_halves(_without_outline_numbers([text for text in texts if text]))


def _lettered_end(folded: str) -> bool:
    """ "c) Remarks: none.", "8. contract: three years": a lettered or numbered part of the
    notice, by its label (not an item "(3) Contract management experience")."""
    label = _ENUMERATOR.sub("", folded, count=1)
    return label != folded and bool(_PART_LABEL.match(label)) and bool(_LIST_END.match(label))


_PART_LABEL = re.compile(r"^[a-z][a-z ]{2,40}\s?:")


def _enumerated_as_bullets(block: list[str]) -> list[str]:
    """Enumerated items read as bullets: "a) Education: a degree" -> "- a degree". Only those
    numbered as the first item is: "4. ELIGIBILITY: ..." after "(1)" ... "(3)" is the notice's
    next section. (Bullets further down, a page's "Similar jobs" after "a." ... "d.", are not
    the list's.)"""
    first = next((x for x in block if is_item_start(x)), "")
    if not first or is_bullet(first):
        return block
    style = next((_style(x) for x in block if is_item_start(x)), None)
    return [
        f"- {_ENUMERATOR.sub('', x, count=1)}" if is_item_start(x) and _style(x) == style else x
        for x in block
    ]


def _after_the_list(line: str, folded: str, has_markers: bool, blank_before: bool) -> bool:
    """A line that ends a list already started."""
    if not has_markers and blank_before and after_the_list(folded):
        return True  # "Eligibility: Applicants must ...", a job board's "Seniority level"
    # A job board's "Salary: ..." or "More jobs like this", bulleted or not.
    return board_footer(folded_line(bullet_body(line)))


# "5.1.1 At least 5 years ...", "4.2 Deploys ...": a decimal outline's numbers before items.
_OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[A-Z])")


def _without_outline_numbers(items: list[str]) -> list[str]:
    """The items without their outline numbers, when at least two are numbered so (one
    "2.5 Years ..." alone is a figure of the text)."""
    if sum(bool(_OUTLINE_NUMBER.match(item)) for item in items) < 2:
        return items
    return [_OUTLINE_NUMBER.sub("", item, count=1) for item in items]
