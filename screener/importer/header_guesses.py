"""Header facts outside the NATO IS label/value layout, each marked as a guess.

Other NATO bodies and other copies of a notice write the header differently: a title alone on
its line or after "TITLE /", "Job Description - <title> (<reference>)", references as
"VACANCY N: 24/123" or "240123 Requisition #" (or only in the file name), the NATO body named
in the text, a clearance stated in a sentence, a deadline in a sentence. These readers run only
for what the labelled header did not give, and every value they return is reported as a guess
so a person checks it. Nothing is made up: a field nobody states stays missing.
"""

from __future__ import annotations

import re
from pathlib import Path

from screener.importer.bodies import BODIES
from screener.importer.header import (
    FRENCH_HINT,
    Header,
    parse_clearance,
    parse_deadline,
)
from screener.importer.header_titles import REFERENCE_TOKEN, strip_title_prefix
from screener.importer.nationality import countries_in
from screener.importer.sections import is_heading
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

_MAX_LINE = 300
# "VACANCY N: 240123", "Vacancy No. NCIA 24/123", "Requisition #: 240123", "Job ID 12345".
_REFERENCE_LABEL = re.compile(
    r"^(?:[a-z&' -]{2,40}\s)?(?:vacancy|vacance(?: de poste)?|requisition|req\.?|job|position"
    r"|post|reference|ref\.?)"
    r"(?:\s(?:notice|announcement|notification|avis))?"
    # "N°", "No.", "N." (a lone "n" is a reference's first letter: "NSPA-SOC-27-014").
    r"\s?(?:n\s?[°o]\.?(?![a-z])|n\.|n(?=\s?[:#])|no\.?|number|num\.?|id|#|ref(?:erence)?\.?"
    r"|reference number)?"
    r"\s?[:;#|-]?\s{0,16}"
    # "SHAPE 27/LEG/002", "NSPA-SOC-27-014", "27/C/005": a body's prefix, then parts.
    rf"({REFERENCE_TOKEN.lower()}|\d{{4,8}}(?:[/-]\d{{1,4}})?"
    # "E3A 27/06": a unit's prefix with a figure in it, after a label only.
    r"|[a-z][a-z0-9&]{1,6}[ -]\d{2}[/-]\d{2,4}"
    # "011/ACT/DCDI/SDA-0215": ACT's post number, a figure then the branch's letters.
    r"|\d{2,3}(?:[/-][a-z0-9]{1,6}){1,4}"
    # "PASP 0412": a division's letters and a number, after a label only.
    r"|[a-z]{2,6} \d{3,6})(?![\w/])"
)
# "JFCNP 27/008" alone on a line near the top: a body's reference without a label.
_BARE_REFERENCE = re.compile(r"^([a-z]{2,6}[ -]\d{2}/\d{2,4})$")
# A label alone on its line, its value on the next (a web page's <dt>/<dd>).
_LABEL_ALONE = re.compile(
    r"^(?:reference(?: number)?|ref\.?|vacancy (?:number|no\.?|reference)|post number"
    r"|job (?:id|number)|requisition (?:id|number)|numero de (?:poste|l'avis))\s?:?$"
)
# "240123 Requisition #" (a careers site's export puts the number first).
_BRACKETED_REFERENCE = re.compile(
    r"\s?\((?:post|vacancy|job|position|requisition|ref)[^()]{0,40}\d[^()]{0,20}\)\s?$",
    re.IGNORECASE,
)
_NUMBER_THEN_LABEL = re.compile(r"^(\d{4,8})\s?(?:requisition|req\.?|job id)\s?#?$")
_FILE_NUMBER = re.compile(r"(?<!\d)(\d{5,7})(?!\d)")
_TITLE_LABEL = re.compile(
    r"^(?:title|job title|post title|position title|position|post|intitule du poste|titre|vacancy"
    r"|job vacancy|job opening|assignment"
    r"|title of (?:the )?(?:post|position|vacancy)|vacancy title|titre du poste"
    r"|(?:consultancy|assignment|internship|contract) title)"
    r"\s?[:/|-]\s?(.{3,150})$"
)
# Lines at the top of a notice that are not its title.
_BANNER = re.compile(
    r"north atlantic treaty|organisation du traite|vacancy notification|notification de (?:la )?"
    r"vacance|^nato$|^otan$|^nato/otan|international staff$|secretariat international$"
    r"|^job description$|^vacancy$|^vacancy notice$|^description$|unclassified|non classifie"
    r"|^page \d|^home\b|sign in|log ?in\b|^menu$"
    r"|^about the (?:job|role|position|post|programme|program|vacancy|organi[sz]ation)$"
    r"|^show (?:more|less)$|applicants$|^(?:re)?posted\b|^apply(?: now)?$|^skip to\b"
    # A site's page name: "Job Details", "NATO DIANA - Careers", "NIF | Join the team".
    r"|^(?:job|vacancy|position|post) (?:details|information)$|\s[-–|]\s?careers?$|^careers?$"
    r"|\bjoin (?:the|our) team\b"
    r"|cookie|privacy|accept all|javascript"
    # A job board's own name: "UNIVERSITY CAREER SERVICE – Opportunities board".
    r"|\b(?:opportunities|jobs?|careers?|vacancy) (?:board|portal)\b|\bcareers? service\b"
    # Section headings of notices and job sites are never titles.
    r"|^(?:role|job|position) (?:overview|summary|description)$|^(?:overview|summary"
    r"|responsibilities|requirements|qualifications|skills|duties|who we are looking for"
    r"|about (?:us|the (?:job|role|position|company)))$"
    r"|^(?:essential|desirable) (?:qualifications|requirements|criteria)\b"
    r"|^(?:essential|desirable|required|advantageous|acquis essentiels|acquis souhaitables)$"
)
_LABEL_LIKE = re.compile(r"^[a-z' ()]{2,40}\s?[:;]")
# An address ("Rimburgerweg 30, 6445 PA Brunssum"): a comma and a post code or house number;
# a grade or a date on its own ("Grade G16", "Posted 2 days ago").
_NOT_A_TITLE = re.compile(
    # (A post code is followed by a name, "1110 Brussels", not by a word: "2027 session".)
    r",.{0,40}\b\d{4,5}\b|\b\d{4,5}(?!\s(?-i:[a-z]))\s?[A-Z]{0,2}\b.{0,40},|^(?:nato )?grade\b"
    r"|\bdays? ago\b",
    re.IGNORECASE,
)


# "Job Reference: ACT-2027-0019" under "Post Number: TSC FCX 0310": the vacancy's own
# reference names the notice; a post number names the post, which outlives it.
_REFERENCE_WORD = re.compile(r"^(?:job |vacancy |our )?(?:reference|ref\.?)\b")


def labelled_reference(lines: list[str]) -> str | None:
    """A reference on a line labelled as one ("Reference: NSPA-LOG-27-012", "Job Reference:
    ACT-2027-0019"), in a form the Taleo labels do not take: read, not guessed."""
    for line in lines[:40]:
        folded = re.sub(r"\s+", " ", fold(line)).strip() if line and len(line) <= _MAX_LINE else ""
        match = _REFERENCE_LABEL.match(folded) if _REFERENCE_WORD.match(folded) else None
        if match and any(ch.isdigit() for ch in match[1]):
            return clean_reference(match[1].upper())
    return None


def _first_reference(lines: list[str]) -> str | None:
    for index, line in enumerate(lines[:200]):
        if not line or len(line) > _MAX_LINE:
            continue
        # Tabs and runs of spaces (a Word table's cells) count as one space.
        folded = re.sub(r"\s+", " ", fold(line)).strip()
        if match := _NUMBER_THEN_LABEL.match(folded):
            return match[1]
        if index < 15 and (match := _BARE_REFERENCE.match(folded)):
            return clean_reference(match[1].upper())
        if _LABEL_ALONE.match(folded):
            value = next((x for x in lines[index + 1 : index + 3] if x), "")
            if match := re.fullmatch(rf"({REFERENCE_TOKEN}|\d{{4,8}})", value.strip()):
                return clean_reference(match[1].upper())
        for part in (folded, *re.findall(r"\(([^()]{3,60})\)", folded)):
            # "Exercise Planner (Post number JWC 25/12)": the reference is in the brackets.
            if (match := _REFERENCE_LABEL.match(part.strip())) and any(
                ch.isdigit() for ch in match[1]
            ):
                return clean_reference(match[1].upper())
    return None


# "NSPA is looking for a Budget Analyst (G14) - Vacancy NSPA 27-0301.": a labelled reference
# inside a sentence (a body's prefix, or six figures).
_REFERENCE_IN_TEXT = re.compile(
    rf"\b(?:vacancy|reference|ref\.|requisition)(?: no\.?| number| #)?:?\s"
    rf"({REFERENCE_TOKEN.lower()}|\d{{6}})(?![\w/-])"
)


def _reference_in_sentence(lines: list[str]) -> str | None:
    for line in lines[:80]:
        if line and len(line) <= 2000 and (match := _REFERENCE_IN_TEXT.search(fold(line))):
            return clean_reference(match[1].upper())
    return None


def clean_reference(raw: str) -> str | None:
    """'NCIA 24/123' -> 'NCIA-24-123': the vacancy file's reference allows no spaces or '/'."""
    text = re.sub(r"[\s/]+", "-", raw.strip(" .-_"))
    text = re.sub(r"[^A-Za-z0-9_.-]", "", text)[:32]
    return text if text and text[0].isalnum() else None


def reference_from_file_name(source_name: str) -> str | None:
    match = _FILE_NUMBER.search(Path(source_name).stem)
    return match[1] if match else None


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
    r"|grade (?:nato grade|[a-c]?-?\d|g\d))\b"
)


# A site's menu: "ATLAS Defence Recruitment  |  Candidates  |  Clients  |  Contact".
_MENU_WORD = (
    r"(?:home|jobs|candidates|clients|employers|contact(?: us)?|about(?: us)?|search|sign (?:in|up)"
    r"|log ?in|register|my account|menu|organi[sz]ations|career guides|my network|messaging"
    r"|notifications|post a job)"
)
_NAVIGATION = re.compile(rf"\|\s*{_MENU_WORD}\s*(?:\||$)", re.IGNORECASE)
_MENU_ITEMS = re.compile(rf"\b{_MENU_WORD}\b", re.IGNORECASE)


def _is_menu(line: str) -> bool:
    """'Home  My Network  Jobs  Messaging': a site's menu, nothing but its items."""
    if len(line) > 150:
        return False
    items, rest = len(_MENU_ITEMS.findall(line)), _MENU_ITEMS.sub(" ", line)
    return items >= 3 and not re.sub(r"[\s|·•/-]+", "", rest)


def _site_name(lines: list[str], index: int) -> bool:
    """A line right above a site's menu is the site's name ('LinkedIn'), not a title."""
    below = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
    return _is_menu(below) or bool(_NAVIGATION.search(below))


def _title_candidate(line: str) -> bool:
    folded = fold(line).strip()
    if (
        not line
        or is_bullet(line)
        or len(line) > 120
        # ("Translator, NATO International Staff": the body a board appends is no banner.)
        or _BANNER.search(fold(strip_title_prefix(line)).strip())
        or _LABEL_LIKE.match(folded)
        or _REFERENCE_LABEL.match(folded)
        or _NUMBER_THEN_LABEL.match(folded)
        or _HEADER_LABEL_LINE.match(folded)
        or re.match(r"^\d{1,2}\s?\.", folded)
        or line.rstrip().endswith((".", ":", ";"))
        or _NOT_A_TITLE.search(line)
        or _is_place(strip_title_prefix(line))
        or _NAVIGATION.search(line)
        or _is_menu(line)
        or _BREADCRUMB_STEP.search(line)
        or is_heading(line)
        or (body_from_text([strip_title_prefix(line)]) is not None and len(line.split()) <= 8)
    ):
        return False
    return 1 <= len(line.split()) <= 14 and sum(ch.isalpha() for ch in line) >= 4


def labelled_title(lines: list[str]) -> str | None:
    """A labelled title: "TITLE / x", "Job title: x", "Position: x"."""
    for line in lines[:60]:
        if line and len(line) <= _MAX_LINE and (match := _TITLE_LABEL.match(fold(line).strip())):
            start = len(line.strip()) - len(match[1])
            # An aggregator's line goes on with "| location | body | Apply now"; a reference
            # in brackets is not part of the title.
            title = line.strip()[start:].split(" | ")[0]
            title = _BRACKETED_REFERENCE.sub("", title).strip(" :/|-")
            if fold(line).strip().startswith("vacancy") and any(ch.isdigit() for ch in title):
                # "Vacancy: CMRE 27/ENG/04 - Ocean Engineer": the reference, then the title.
                parts = re.split(r"\s[-–—]\s", title, maxsplit=1)
                if len(parts) == 2 and not any(ch.isdigit() for ch in parts[1]):
                    return parts[1].strip() or None
                continue  # "Vacancy: STO CSO 2026-03" is the reference, not the title
            return title or None
    return None


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
        labelled = _REFERENCE_LABEL.match(folded)
        if labelled or _NUMBER_THEN_LABEL.match(folded):
            rest = strip_title_prefix(lines[i].strip())
            words = rest.split()
            if (
                rest != lines[i].strip()
                # "Vacancy: STO CSO 2026-03": what is left is the reference itself.
                and not (labelled and fold(rest).startswith(labelled[1]))
                and not _REFERENCE_LABEL.match(fold(rest).strip())
                and len(words) >= 2
                and sum(ch.isalpha() for ch in rest) >= 4
            ):
                return rest  # "NSPA vacancy 240789 - Financial Assistant", not "NSPA-24-130"
            after = next((j for j in opening if j > i), None)
            before = next((j for j in reversed(opening) if j < i), None)
            for j in (after, before, *_block_above(lines, i)):
                if j is not None and _title_candidate(lines[j]):
                    return strip_title_prefix(lines[j].strip())
    for i in opening:
        if _title_candidate(lines[i]) and not _site_name(lines, i):
            return strip_title_prefix(lines[i].strip())
    return _breadcrumb_title([lines[i] for i in opening]) or _capitals_title(
        [lines[i] for i in opening]
    )


# Words of a section heading in capitals, never of a post's title.
_SECTION_WORDS = re.compile(
    r"\b(?:qualifications?|requirements?|essential|desirable|duties|summary|responsibilities"
    r"|accountabilities|competencies|conditions|remarks|notes?|vacancy|notice|announcement"
    r"|description|eligibility|contract|background|experience|education|acquis|resume)\b"
)


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
        if _BANNER.search(folded) or body_from_text([text]) or _is_place(text):
            continue
        if sum(ch.isalpha() for ch in text) >= 6:
            return text
    return None


# A job site's trail "Jobs > International Organisations > NATO > HR Business Partner (NATO CI
# Agency, The Hague) Posted 3 days ago | ...": its last step names the post.
_BREADCRUMB_END = re.compile(
    r"\s(?:\(|\||[-–—]\s|posted\b|\d+ (?:days?|hours?) ago)", re.IGNORECASE
)


def _breadcrumb_title(lines: list[str]) -> str | None:
    for line in lines:
        steps = line.split(" > ")
        if len(steps) < 3 or len(line) > _MAX_LINE:
            continue
        last = steps[-1]
        end = _BREADCRUMB_END.search(last)
        title = (last[: end.start()] if end else last).strip()
        if _title_candidate(title):
            return title
    return None


def canonical_body(value: str) -> str:
    """A labelled body written without its acronym gets the name the corpus of files uses."""
    if "(" in value and "otan" not in fold(value):
        return value
    # Unbracketed, or in French ("Secrétariat international de l'OTAN"): the name files use.
    return body_from_text([value]) or value


def body_from_text(lines: list[str]) -> str | None:
    """The NATO body named first in the notice's opening lines."""
    head = " ".join(fold(line) for line in lines[:120] if line and len(line) <= 2000)[:40000]
    best: tuple[int, str] | None = None
    for fragment, name in BODIES:
        pattern = rf"(?<![a-z]){re.escape(fragment)}(?![a-z])"
        if (match := re.search(pattern, head)) and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else None


_CLEARANCE_SENTENCE = re.compile(
    r"(?:cosmic top secret|nato secret|nato confidential|nato confidentiel|secret otan"
    r"|cosmic tres secret)[^.]{0,40}(?:clearance|habilitation)"
    r"|(?:clearance|habilitation)[^.]{0,60}(?:cosmic top secret|nato secret|nato confidential"
    r"|secret otan|cosmic tres secret|\bcts\b|\bns\b)"
)


def clearance_from_text(lines: list[str]) -> tuple[object, str] | None:
    for line in lines[:600]:
        if not line or len(line) > 3000:
            continue
        folded = fold(line)
        if "clearance" not in folded and "habilitation" not in folded:
            continue
        if match := _CLEARANCE_SENTENCE.search(folded):
            clearance = parse_clearance(match[0])
            if clearance is not None:
                return clearance, line.strip()[:120]
    return None


_DEADLINE_SENTENCE = re.compile(
    r"(?:closing date|closing\s?:|deadline|applications? close[sd]?\b|applications? (?:must|should) be (?:received|submitted)|apply (?:by|before)"
    r"|(?:applications?|expressions? of interest|cvs?) (?:are )?to be (?:sent|submitted|received) by"
    r"|\bclos(?:es|ing) on\b|\bopen until\b"
    r"|date limite|date de cloture|au plus tard le)"
)


def deadline_from_text(lines: list[str]) -> tuple[object, str] | None:
    # A job site's own date ("(job site) Deadline: ...", header_line) only when the notice
    # states none.
    site = [line for line in lines[:800] if line.startswith("(job site)")]
    for line in [line for line in lines[:800] if not line.startswith("(job site)")] + site:
        if not line or len(line) > 3000:
            continue
        folded = fold(line)
        if match := _DEADLINE_SENTENCE.search(folded):
            deadline = parse_deadline(folded[match.start() : match.start() + 160])
            if deadline is not None:
                return deadline, line.strip()[:120]
    return None


def split_bilingual_title(title: str) -> tuple[str, str | None]:
    """'Ammunition Engineer / Ingénieur(e) munitions' -> both titles, in either order (a
    French-first notice writes the French title first); 'Driver / Messenger' stays."""
    parts = title.split(" / ")
    if len(parts) == 2:
        first, second = (_french_title(part) for part in parts)
        if second and not first:
            return parts[0].strip(), parts[1].strip()
        if first and not second:
            return parts[1].strip(), parts[0].strip()
    return title, None


# French titles name both genders ("Assistante/Assistant", "Ingénieur(e)") and use words
# that English titles do not.
_FRENCH_TITLE = re.compile(
    r"\b(\w{3,})e/\1\b|\w\(e\)|\b(?:ressources humaines|gestionnaire|responsable|chef de)\b",
    re.IGNORECASE,
)


def _french_title(title: str) -> bool:
    return bool(FRENCH_HINT.search(title) or _FRENCH_TITLE.search(title))


# "Warehouse Assistant, Grade G5", "Clerk (NATO Grade B.3)", "Officer - A2": the grade has a
# field of its own.
_GRADE_IN_TITLE = re.compile(
    r"\s*(?:,|[-–—]{1,2}|\(|\|)\s*(?:(?:NATO )?(?:grade|grad[eé])\s?:?\s?)?"
    r"(?:[ABCG]\.?\s?\d{1,2}|OF-?\d)(?:\s?[-–/]\s?(?:[ABCG]\.?\s?\d{1,2}))?\)?\s*$",
    re.IGNORECASE,
)
_BANNER_TITLE = re.compile(r"^(?:vacancy|civilian vacancy|vacancy (?:notice|announcement))$")


def _without_grade(title: str | None) -> str | None:
    if title is None:
        return None
    stripped = _GRADE_IN_TITLE.sub("", title).strip()
    return stripped if len(stripped) >= 3 else title


def _title_guess(header: Header, lines: list[str], guessed: dict[str, str]) -> None:
    """A title from the text when none was read, or when what was read is a banner
    ("VACANCY NOTICE - CMRE 26/07" read as title and reference)."""
    banner = header.title_en is not None and _BANNER_TITLE.match(fold(header.title_en).strip())
    missing = header.title_en is None and header.title_fr is None
    if (missing or banner) and (title := labelled_title(lines)):
        header.title_en = title  # labelled: as sure as the header's own labels
    elif (missing or banner) and (title := title_from_text(lines)):
        header.title_en, guessed["title"] = title, "first_lines"
    if header.title_en is not None and header.title_fr is None:
        header.title_en, header.title_fr = split_bilingual_title(header.title_en)
    if (
        header.title_fr is None
        and header.title_en
        and (english := _english_below(lines, header.title_en))
    ):
        # A French-first notice: its French title, then the English one on the next line.
        header.title_en, header.title_fr = english, header.title_en
    header.title_en = _without_grade(header.title_en)
    header.title_fr = _without_grade(header.title_fr)


def _english_below(lines: list[str], title: str) -> str | None:
    if not _french_title(title):
        return None
    at = next((i for i, line in enumerate(lines[:80]) if line.strip() == title), None)
    if at is None:
        return None
    below = next((line for line in lines[at + 1 : at + 3] if line), "")
    if _title_candidate(below) and not _french_title(below):
        return below.strip()
    return None


def _around_title(lines: list[str], header: Header) -> list[str]:
    """The block of lines holding the notice's title (or its reference): a newsletter or a job
    board lists other bodies' vacancies above the notice, whose own body is named beside its
    title."""
    marks = [m for m in (header.title_en, header.title_fr, header.reference) if m and len(m) >= 4]
    at = next(
        (i for i, line in enumerate(lines[:400]) if line and any(m in line for m in marks)), None
    )
    if at is None:
        return []
    start, end = at, at + 1
    while start > max(0, at - 8) and lines[start - 1].strip():
        start -= 1
    while end < min(len(lines), at + 8) and lines[end].strip():
        end += 1
    return lines[start:end]


def fill_guesses(header: Header, lines: list[str], source_name: str) -> dict[str, str]:
    """Fill the fields the labelled header lacked; field -> where the guess came from: "text",
    "file_name", "first_lines", "body_name" or "sentence:<the sentence>" (review_text)."""
    guessed: dict[str, str] = {}
    if header.reference is None:
        if found := labelled_reference(lines):
            header.reference = found
        elif found := _first_reference(lines) or _reference_in_sentence(lines):
            header.reference, guessed["reference"] = found, "text"
        elif found := reference_from_file_name(source_name):
            header.reference, guessed["reference"] = found, "file_name"
    _title_guess(header, lines, guessed)
    if header.nato_body is not None:
        header.nato_body = canonical_body(header.nato_body)
    elif body := body_from_text(_around_title(lines, header)) or body_from_text(lines):
        header.nato_body, guessed["nato_body"] = body, "body_name"
    if header.clearance is None and (found_clearance := clearance_from_text(lines)):
        header.clearance = found_clearance[0]  # type: ignore[assignment]
        guessed["clearance"] = f"sentence:{found_clearance[1]}"
    if header.deadline is None and (found_deadline := deadline_from_text(lines)):
        header.deadline = found_deadline[0]  # type: ignore[assignment]
        guessed["deadline"] = f"sentence:{found_deadline[1]}"
    return guessed
