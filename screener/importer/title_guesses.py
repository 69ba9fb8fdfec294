"""A notice's title outside the NATO IS label/value layout: "TITLE / <title>", "Position: x",
a title alone on its line near the reference, the last step of a site's breadcrumb trail, a
title in capitals; never a banner, a site's name or menu, a section heading, a place or a
label's row. French-first and bilingual titles are told apart, and a grade leaves the title."""

from __future__ import annotations

import re

from screener.importer.bodies import body_from_text
from screener.importer.french_first_titles import english_title, french_title, split_bilingual_title
from screener.importer.header import Header
from screener.importer.header_references import (
    BRACKETED_REFERENCE,
    MAX_LINE,
    NUMBER_THEN_LABEL,
    REFERENCE_LABEL,
)
from screener.importer.header_titles import (
    strip_title_prefix,
    title_before_body,
    without_body_after_comma,
)
from screener.importer.labelled_titles import french_labelled_title, labelled_title
from screener.importer.nationality import countries_in
from screener.importer.post_titles import post_or_first
from screener.importer.sections import is_heading
from screener.importer.site_menus import (
    NAVIGATION,
    SITE_ADDRESS,
    is_menu,
    menu_item_alone,
    only_page_chrome,
)
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

# Lines at the top of a notice that are not its title.
_BANNER = re.compile(
    r"north atlantic treaty|organisation du traite|vacancy notification|notification de (?:la )?"
    r"vacance|^nato$|^otan$|^nato/otan|international staff$|secretariat international$"
    r"|^(?:full )?job description$|^vacancy$|^vacancy notice$|^description$|unclassified|non classifie"
    r"|^page \d|^home\b|sign in|log ?in\b|^menu$"
    r"|^about the (?:job|role|position|post|programme|program|vacancy|organi[sz]ation)$"
    r"|^[<‹«←]?\s?(?:go )?back to\b"
    r"|^show (?:more|less)$|applicants$|^(?:re)?posted\b|^publie\b|^apply(?: now)?$|^skip to\b"
    # A board's own number for the job: "EuroJobs | Job #884213", "Job ID 55123".
    r"|\bjob\s?(?:#|no\.?|id:?)\s?\d{3,}\b"
    # A site's page name: "Job Details", "NATO DIANA - Careers", "NIF | Join the team".
    r"|^(?:job|vacancy|position|post) (?:details|information)$|\s[-–|]\s?careers?$|^careers?$"
    r"|\bjoin (?:the|our) team\b"
    r"|cookie|privacy|accept all|javascript"
    # A ministry's site that relays the notice: "SPF Affaires étrangères, ...", "Government of
    # Canada", "Ministère des Armées".
    r"|^(?:spf|fps|ministere|ministry|government of|gouvernement)\b|affaires etrangeres"
    r"|foreign affairs"
    # A recruiter's or a channel's banner: "We're hiring", "NEW VACANCY", "Forwarded from ...".
    r"|\bwe'?re hiring\b|\bnow hiring\b|^new vacanc(?:y|ies)\b|^forwarded (?:from|message)\b"
    r"|^fwd?:|\b(?:nationals|citizens) of\b"
    # A job board's other sections: "Recently viewed", "Similar jobs", "More jobs like this".
    r"|^(?:recently viewed|similar (?:jobs|vacancies)|related (?:jobs|vacancies)|more jobs"
    r"|other (?:jobs|vacancies)|you (?:may|might) also)\b"
    r"|^(?:person|candidate) (?:specification|profile)$"
    r"|^(?:key|quick) (?:facts|information|details)$|^at a glance$"
    # A letter's greeting and closing: "Dear all", "Best regards", "Kind regards, Anna".
    r"|^(?:dear|hi|hello|good (?:morning|afternoon))\b|^(?:best|kind|warm) (?:regards|wishes)\b"
    r"|^best,?$|^(?:regards|cheers|thanks|thank you)\b.{0,30}$"
    # A job board's own name: "UNIVERSITY CAREER SERVICE – Opportunities board".
    r"|\b(?:opportunities|jobs?|careers?|vacancy) (?:board|portal)\b|\bcareers? service\b"
    # An aggregator's banner: "Jobs in International Organisations - job listing".
    r"|^jobs? in\b|\bjob listings?$|^\S{2,12} careers?$"
    # A careers site's banner: "SHAPE Civilian Careers", "Carrières OTAN".
    r"|^(?:[\w&'-]+ ){1,3}(?:civilian |civil )careers?$|^carrieres? (?:\S{2,12}|civiles?)$"
    # Section headings of notices and job sites are never titles.
    r"|^(?:role|job|position) (?:overview|summary|description)$|^(?:overview|summary"
    r"|responsibilities|requirements|qualifications|skills|duties|who we are looking for"
    r"|about (?:us|the (?:job|role|position|company)))$"
    r"|^(?:essential|desirable) (?:qualifications|requirements|criteria)\b"
    r"|^(?:essential|desirable|required|advantageous|acquis essentiels|acquis souhaitables)$"
    # A careers platform's or a post's section names: "What you'll bring", "Nice to have".
    r"|^(?:what (?:you'?ll|you will|you) (?:bring|do|need|offer)|what we offer|nice to have"
    r"|about you|your (?:profile|role|mission)|key requirements|bonus points|ce que (?:vous"
    r" apportez|nous offrons)|votre profil)\b"
)
_LABEL_LIKE = re.compile(r"^[a-z' ()]{2,40}\s?[:;]")
# An address ("Rimburgerweg 30, 6445 PA Brunssum"): a comma and a post code or house number;
# a grade or a date on its own ("Grade G16", "Posted 2 days ago").
_NOT_A_TITLE = re.compile(
    # (A post code is followed by a name, "1110 Brussels", not by a word: "2027 session".)
    r",.{0,40}\b\d{4,5}\b|\b\d{4,5}(?!\s(?-i:[a-z]))\s?[A-Z]{0,2}\b.{0,40},|^(?:nato )?grade\b"
    r"|\bdays? ago\b"
    # "Applications must be received by 31 March 2027": the deadline's sentence.
    r"|\b(?:must|should|will|to) be (?:received|submitted|sent)\b|^(?:apply by|closing date)\b",
    re.IGNORECASE,
)


# "NCI Agency Careers › Open positions": a site's trail, whose last step is a page's name.
_BREADCRUMB_STEP = re.compile(r"\s[›»>]\s")


def _is_place(line: str) -> bool:
    """'Capellen, Luxembourg', 'Brunssum, The Netherlands': a duty station, not a title."""
    place = line.rsplit(",", 1)
    return len(place) == 2 and len(place[1].split()) <= 3 and bool(countries_in(place[1]))


# A careers site's header row written without its colon ("Primary Location Belgium-Brussels",
# "NATO Body NATO International Staff"): a label and its value, never the title.
_HEADER_LABEL_LINE = re.compile(
    r"^(?:primary location|emplacement principal|nato body|organisme otan|schedule|horaire"
    r"|application deadline|closing date|salary \(pay basis\)|clearance level|nato grade"
    r"|grade (?:nato grade|[a-c]?-?\d|g\d)"
    # A facts table's other labels ("Location  Taranto, Italy", "Job Identification  261977").
    r"|location|vacancy number|job (?:identification|category|schedule|id)|posting date"
    r"|apply before)\b"
)


def _site_name(lines: list[str], index: int) -> bool:
    """A line right above a site's menu or its breadcrumb trail ("EURAXESS - Researchers in
    Motion" over "Jobs & Funding > Job offer") is the site's name, not a title; one above a
    post's age is its author's."""
    below = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
    if _POST_AGE.match(fold(below).strip()):
        return True  # "Jana Horváth • Talent Acquisition at NATO" / "3d •": a post's author
    return is_menu(below) or bool(NAVIGATION.search(below) or _BREADCRUMB_STEP.search(below))


# A social network post's age under its author's line: "3d •", "2h • Edited", "1w".
_POST_AGE = re.compile(
    r"^\d{1,2}\s?(?:h|d|w|mo|yr|j|sem)\b(?:\s?[•·]\s?(?:edited|modifie)?)*\s?[^\w\s]{0,3}$"
)


def _body_alone(part: str) -> bool:
    return len(part.split()) <= 8 and body_from_text([part]) is not None


def _post_of_a_unit(line: str) -> bool:
    """'Secretary, Defence Investment Division', 'Electrician (12 months) - NCIA Mons': a post,
    then the unit or the body and place that name the body."""
    parts = re.split(r",|\s[-–—|]\s", line, maxsplit=1)
    return (
        len(parts) == 2
        and bool(parts[0].strip())
        and body_from_text([parts[0]]) is None
        and not _BODY_WORD.search(parts[0])
    )


# "NATO Headquarters - International Military Staff": a body's name in two parts.
_BODY_WORD = re.compile(r"\b(?:NATO|OTAN|Headquarters|HQ|Command|Agency|Force|Centre|Center)\b")


def _title_candidate(line: str) -> bool:
    folded = fold(line).strip()
    if (
        not line
        or is_bullet(line)
        or len(line) > 120
        # ("Translator, NATO International Staff": the body a board appends is no banner.)
        or _BANNER.search(fold(strip_title_prefix(line)).strip())
        or _LABEL_LIKE.match(folded)
        or REFERENCE_LABEL.match(folded)
        or NUMBER_THEN_LABEL.match(folded)
        or _HEADER_LABEL_LINE.match(folded)
        or _NUMBERED.match(folded)
        or line.rstrip().endswith((".", ":", ";", "!", ","))
        or _NOT_A_TITLE.search(line)
        or _is_place(strip_title_prefix(line))
        or NAVIGATION.search(line)
        or is_menu(line)
        or menu_item_alone(line)
        or only_page_chrome(line)  # "Share", "Save job · Share"
        or SITE_ADDRESS.match(line.strip())
        or not any(ch.isupper() for ch in line)  # "indeed": a site's logo, no title
        or _BREADCRUMB_STEP.search(line)
        or is_heading(line)
        or (
            body_from_text([strip_title_prefix(line)]) is not None
            and len(strip_title_prefix(line).split()) <= 8
            and not _post_of_a_unit(strip_title_prefix(line))
        )
        # "Bureau OTAN des ressources (NOR) / NATO Office of Resources (NOR)": a body, twice.
        or (" / " in line and all(_body_alone(part) for part in line.split(" / ")))
    ):
        return False
    return 1 <= len(line.split()) <= 14 and sum(ch.isalpha() for ch in line) >= 4


def _block_above(lines: list[str], index: int, most: int = 5) -> list[int]:
    """The lines above `index` in its block, nearest first: a job board puts the place, its own
    dates and the closing date between a title and the reference ("Logistics Officer" /
    "Capellen, Luxembourg" / "Posted: ..." / "Reference: ...")."""
    above = []
    for j in range(index - 1, max(-1, index - 1 - most), -1):
        if not lines[j].strip():
            break
        above.append(j)
    return above


def title_from_text(lines: list[str]) -> str | None:
    """The line that reads as a title: next to the reference line if there is one, else the
    first among the opening lines."""
    opening = [i for i, line in enumerate(lines[:80]) if line][:15]
    for i in opening:
        folded = fold(lines[i]).strip()
        labelled = REFERENCE_LABEL.match(folded)
        if labelled or NUMBER_THEN_LABEL.match(folded):
            rest = strip_title_prefix(lines[i].strip())
            words = rest.split()
            if (
                rest != lines[i].strip()
                # "Vacancy: STO CSO 2026-03": what is left is the reference itself.
                and not (labelled and fold(rest).startswith(labelled[1]))
                and not REFERENCE_LABEL.match(fold(rest).strip())
                and not _HEADER_LABEL_LINE.match(fold(rest).strip())  # "Job Identification"
                and len(words) >= 2
                and sum(ch.isalpha() for ch in rest) >= 4
            ):
                return rest  # "NSPA vacancy 240789 - Financial Assistant", not "NSPA-24-130"
            after = next((j for j in opening if j > i), None)
            before = next((j for j in reversed(opening) if j < i), None)
            if titled := _after_the_reference(lines[i], lines[after] if after else ""):
                return titled
            for j in (after, before, *_block_above(lines, i)):
                if j is not None and _title_candidate(lines[j]) and not _site_name(lines, j):
                    return strip_title_prefix(lines[j].strip())
            # "HEAD, CONTRACTING SECTION" in capitals above the facts: the page's title.
            if capitals := _capitals_title([lines[j] for j in opening if j < i]):
                return capitals
    for i in opening:
        if _title_candidate(lines[i]) and not _site_name(lines, i):
            return strip_title_prefix(lines[i].strip())
    return (
        _breadcrumb_title([lines[i] for i in opening])
        or _capitals_title([lines[i] for i in opening])
        or (title_before_body(lines[opening[0]]) if opening else None)
    )


def _after_the_reference(line: str, below: str) -> str | None:
    """'Vacancy IMS 27/03 - Personnel Assistant': the title after the reference on its line;
    or a title in capitals on the line below the reference ('VACANCY STO-CSO 27/04' /
    'SCIENTIFIC PROGRAMME OFFICER')."""
    parts = re.split(r"\s[-–—]\s", line.strip(), maxsplit=1)
    if (
        len(parts) == 2
        and REFERENCE_LABEL.match(fold(parts[0]).strip())
        and not any(ch.isdigit() for ch in parts[1])
        and _title_candidate(parts[1])
    ):
        return parts[1].strip()
    return _capitals_title([below]) if below else None


# Words of a section heading in capitals, never of a post's title.
_SECTION_WORDS = re.compile(
    r"\b(?:qualifications?|requirements?|essential|desirable|duties|summary|responsibilities"
    r"|accountabilities|competencies|conditions|remarks|notes?|vacancy|notice|announcement"
    r"|description|eligibility|contract|background|experience|education|acquis|resume)\b"
)


# "1. POST CONTEXT", "2) DUTIES", "1.1 ROLE", "B. BACKGROUND": a document's numbered section.
_NUMBERED = re.compile(r"^(?:\d{1,2}\s?\.|\d{1,2}(?:\.\d{1,2})+\.?\s|\d{1,2}\)\s|[a-z]\s?[.)]\s)")


def _capitals_title(lines: list[str]) -> str | None:
    """A title typed in capitals ("PROCUREMENT OFFICER"), when nothing else reads as one: the
    first line of two to eight words in capitals that names no section, body or place."""
    for line in lines:
        text = line.strip()
        words = text.split()
        if not 2 <= len(words) <= 8 or len(text) > 80 or text.endswith((".", ":", ";")):
            continue
        folded = fold(text)
        if any(ch.islower() for ch in text) or _SECTION_WORDS.search(folded):
            continue
        if _NUMBERED.match(folded):
            continue
        if _BANNER.search(folded) or body_from_text([text]) or _is_place(text):
            continue
        if sum(ch.isalpha() for ch in text) >= 6:
            # ("CIVILIAN VACANCY – DRIVER", "VACANCE CIVILE – CHAUFFEUR": what the page is
            # comes off.)
            return strip_title_prefix(text) or text
    return None


# A job site's trail "Jobs > International Organisations > NATO > HR Business Partner (NATO CI
# Agency, The Hague) Posted 3 days ago | ...": its last step names the post.
_BREADCRUMB_END = re.compile(
    r"\s(?:\(|\||[-–—]\s|posted\b|\d+ (?:days?|hours?) ago)", re.IGNORECASE
)


def _body_or_place_after(rest: str) -> bool:
    """'(NATO CI Agency, The Hague) Posted ...': the bracket names the body or the place."""
    inside = rest.strip()[1:].split(")", 1)[0]
    return body_from_text([inside]) is not None or "," in inside or bool(countries_in(inside))


def _breadcrumb_title(lines: list[str]) -> str | None:
    for line in lines:
        # (A trail's steps are joined by ">", "›" or "»".)
        steps = _BREADCRUMB_STEP.split(line)
        if len(steps) < 3 or len(line) > MAX_LINE:
            continue
        last = steps[-1]
        end = _BREADCRUMB_END.search(last)
        if end and end[0].strip() == "(" and not _body_or_place_after(last[end.start() :]):
            # "Technician (Network Operations) - NCIA": a bracket of the title's own.
            end = _BREADCRUMB_END.search(last, end.end())
        title = (last[: end.start()] if end else last).strip()
        if _title_candidate(title):
            return title
    return None


# "Warehouse Assistant, Grade G5", "Clerk (NATO Grade B.3)", "Officer - A2": the grade has a
# field of its own.
_GRADE_IN_TITLE = re.compile(
    r"\s*(?:,|[-–—]{1,2}|\(|\|)\s*(?:(?:NATO )?(?:grade|grad[eé])\s?:?\s?)?"
    r"(?:[ABCG]\.?\s?\d{1,2}|OF-?\d)(?:\s?[-–/]\s?(?:[ABCG]\.?\s?\d{1,2}))?\)?\s*$",
    re.IGNORECASE,
)
_BANNER_TITLE = re.compile(r"^(?:vacancy|civilian vacancy|vacancy (?:notice|announcement))$")


def _without_reference(title: str | None) -> str | None:
    """'Budget Assistant (ref. NSPA 27/0311)': the reference has a field of its own."""
    stripped = BRACKETED_REFERENCE.sub("", title).strip() if title else title
    return stripped if stripped and len(stripped) >= 3 else title


def _without_grade(title: str | None) -> str | None:
    if title is None:
        return None
    stripped = _GRADE_IN_TITLE.sub("", title).strip()
    return stripped if len(stripped) >= 3 else title


def guess_title(header: Header, lines: list[str], guessed: dict[str, str]) -> None:
    """A title from the text when none was read, or when what was read is a banner
    ("VACANCY NOTICE - CMRE 26/07" read as title and reference)."""
    banner = header.title_en is not None and _BANNER_TITLE.match(fold(header.title_en).strip())
    missing = header.title_en is None and header.title_fr is None
    if (missing or banner) and (title := labelled_title(lines)):
        header.title_en = title  # labelled: as sure as the header's own labels
        header.title_fr = None if french_title(title) else french_labelled_title(lines, title)
    elif (missing or banner) and (
        title := post_or_first(title_from_text(lines), lines, _title_candidate)
    ):
        header.title_en, guessed["title"] = title, "first_lines"
    if header.title_en is not None and header.title_fr is None:
        header.title_en, header.title_fr = split_bilingual_title(header.title_en)
    if (
        header.title_fr is None
        and header.title_en
        and (
            english := english_title(
                lines, header.title_en, header.reference, _title_candidate, french_title
            )
        )
    ):
        # A French-first notice: its French title, then the English one on the next line.
        header.title_en, header.title_fr = english, header.title_en
    if (
        header.title_en
        and header.title_fr
        and french_title(header.title_en)
        and not french_title(header.title_fr)
    ):
        # A French-first copy whose two titles were read the wrong way round.
        header.title_en, header.title_fr = header.title_fr, header.title_en
    header.title_en = _without_grade(_without_reference(header.title_en))
    header.title_fr = _without_grade(_without_reference(header.title_fr))
    # ("Analyst, NATO Energy Security Centre of Excellence": the body has a field of its own.)
    header.title_en = header.title_en and without_body_after_comma(header.title_en)
    header.title_fr = header.title_fr and without_body_after_comma(header.title_fr)
