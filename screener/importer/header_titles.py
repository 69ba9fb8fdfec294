"""The title line of a notice: "Title (250717)", "Title-250717", a title wrapped onto two lines
by a PDF, "Job Description - Title"."""

from __future__ import annotations

import re

from screener.importer.bodies import body_from_text
from screener.importer.body_names import BODIES, BODY_ACRONYMS
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

MAX_HEADER_LINE = 300
# A reference with a body's prefix: "SHAPE 25/07", "NSPA-SOC-27-014", "IS-CONS-27-004",
# "JFTC/CIV/27/03". Its letter parts stay with it: "NAEW-TP-27/09" is one reference.
# A year alone after a name ("NATO - OTAN 2026") is no reference: one part more is needed.
REFERENCE_TOKEN = (
    # ("NATO HQ 2027": a year at the end of a name is no reference either).
    r"(?:(?:[A-Z]{2,6}[ /-]){1,2}[A-Z]{2,6}[ /-]?(?!(?:19|20)\d\d(?![/-]))\d{2,4}"
    r"(?:[/-][A-Z0-9]{1,6}){0,3}"
    r"|[A-Z]{2,6}[ /-]?\d{2,4}(?:[/-][A-Z0-9]{1,6}){1,3})"
)
_TITLE_REF = re.compile(
    rf"(?:\(\s{{0,3}}(\d{{5,7}}|{REFERENCE_TOKEN})\s{{0,3}}\)"
    r"|[-–—]\s{0,3}(?:(?:Vacancy|Ref\.?|Job|Req\.?|[Rr]éf\.?)\s{1,3})?(\d{5,7})"
    # With letters, the dash must stand apart: "Engineer - NSPA-24-130", not "NAEW-TP-27/09".
    rf"|\s[-–—]\s{{1,3}}(?:(?:Vacancy|Ref\.?|Job|Req\.?)\s{{1,3}})?({REFERENCE_TOKEN})"
    # "Officer (Resilience Planning) 271187": a careers page puts the number after the title.
    r"|(?<=[A-Za-z)])\s(\d{6}))\s{0,3}$"
)
# A reference's label alone on its line, its value on the next (a web page's <dt>/<dd>, a
# careers platform's flattened facts: "Job Requisition ID" / "R-270033"). The value is no
# title line: "R" was read as a title, joined to the label above it.
REFERENCE_LABEL_ALONE = re.compile(
    r"^(?:reference(?: number)?|ref\.?|vacancy (?:number|no\.?|reference)|post number"
    r"|job (?:id|number)|(?:job )?requisition (?:id|number)|numero de (?:poste|l'avis)"
    # The French careers platform's: "Identifiant de l'offre" / "STO-2026-114".
    r"|identifiant(?: de l'offre| du poste)?|reference de l'offre)\s?:?$"
)
# "Job Number 271187": a label, not a title.
_LABEL_END = re.compile(
    r"\b(?:number|no\.?|id|identification|ref(?:erence)?|#|code|date|vacancy|notice|notification)"
    r"\s?:?$"
)
# "Executive Management Division - Support Services" between a PDF's title and its "(261702)":
# the unit's line, not the title.
_UNIT_LINE = re.compile(r"^[A-Z][\w &'-]{0,60}\b(?:Division|Directorate)\b(?:\s[-–—]\s.{0,60})?$")
# "Post Reference: NAEW-TP-27/09", "Reference: IS-CONS-27-004": a reference's label line.
_LABELLED_LINE = re.compile(
    r"^(?:post |vacancy |job |position )?(?:reference|ref\.?|number|no\.?|id)\b[^:]{0,20}:"
)
_JOB_DESCRIPTION = re.compile(
    r"^(?:job description|job posting|vacancy|position"
    # "Civilian Post – Energy Analyst", "Poste civil : Traducteur": the kind of post, no title.
    r"|(?:civilian|civil|military|international) (?:post|position|vacancy|job)|poste civil"
    r"|vacance civile"
    # ("Vacancy notice – Analyst", "Avis de vacance : Analyste": what the page is, no title.)
    r"|vacancy (?:notice|announcement)|avis de vacance(?: d'emploi)?|vacance de poste)\s?[-–:]\s?"
    r"|^(?:[a-z&]{2,8}\s)?vacancy(?: notice| notification)?\s(?:n[o°]?\.?\s?)?[a-z0-9/-]{3,20}"
    r"\s?[-–:]\s"
)
# A body's name alone: "NATO International Staff", "NATO Support and Procurement Agency (NSPA)".
_BODY_NAME = (
    r"(?:the )?(?:nato|otan)\b[^,]{0,60}\b(?:staff|agency|command|headquarters|hq|organi[sz]ation"
    r"|secretariat|school|international)(?: \([a-z&]{2,8}\))?"
)
_BODY_ALONE = re.compile(rf"^{_BODY_NAME}$")
# A job site appends the body to the title: "Procurement Officer - NATO Support ... (NSPA)".
# (or after a comma or "at": "Translator (Russian), NATO International Staff", "... at NATO HQ").
_BODY_SUFFIX = re.compile(rf"(?:\s[-–—|]|,|\sat)\s{_BODY_NAME}$")


# Bodies' short names ("NSPA", "JFCBS", "LANDCOM"), from the names files keep.
_ACRONYMS = "|".join(sorted(BODY_ACRONYMS, key=len)[::-1])
# "NATO IS - Budget Officer", "NSPA – Budget Officer": the body's short name before the title.
_BODY_PREFIX = re.compile(rf"^(?:(?:NATO|OTAN)(?:\s[A-Z&]{{2,6}})?|{_ACRONYMS})\s[-–—:|]\s(?=\S)")


# A job board's category after the title: "Plans Officer - NATO Civilian", "... | NATO Jobs".
_BOARD_SUFFIX = re.compile(
    r"\s[-–—|]\s(?:NATO|OTAN)(?:\s(?:[Cc]ivilian(?:\s(?:[Ss]taff|[Pp]osts?|[Jj]obs?))?|[Cc]areers?"
    r"|[Jj]obs?|[Vv]acanc(?:y|ies)))?\s*$"
)
# "Procurement Officer | NSPA Careers", "Logistics Assistant - JFCBS": a careers site's or a
# body's name after the title.
_SITE_SUFFIX = re.compile(
    r"\s[|–—-]\s(?:[^|\d]{0,40}\b(?:[Cc]areers?|[Jj]obs?|[Vv]acanc(?:y|ies)|[Rr]ecruitment)\b"
    # (or with the duty station after it: "Officer – NCIA – Mons", "... - SHAPE, Mons (Belgium)")
    rf"[^|\d]{{0,30}}|(?:(?:NATO|OTAN)\s)?\(?(?:{_ACRONYMS})\)?(?:\s?[,–—-]\s?[A-Z][A-Za-z .()-]{{1,40}}"
    # (or a town after it: "Temporary Electrician (12 months) - NCIA Mons")
    # (A town in any letters: "CAOC Torrejón", "JWC Jåttå".)
    r"|\s\([A-Z][^\W\d_ .-]*[\w .-]{0,30}\)|\s[A-Z][^\W\d_A-Z]{2,20})?)$"
)


def strip_title_prefix(title: str) -> str:
    """'Job Description - Senior Engineer' -> 'Senior Engineer'; a body's name appended by a
    job site ('Engineer - NATO ... Agency (NSPA)') or put first ('NATO IS - Engineer') is
    dropped too."""
    for _ in range(2):  # ("Vacancy Announcement: Civilian Post – Energy Analyst")
        match = _JOB_DESCRIPTION.match(fold(title))
        title = title[match.end() :].strip() if match else title
    if prefix := _BODY_PREFIX.match(title):
        title = title[prefix.end() :]
    if board := _BOARD_SUFFIX.search(title):
        title = title[: board.start()].strip()
    if suffix := _SITE_SUFFIX.search(title):
        title = title[: suffix.start()].rstrip()
    suffix = _BODY_SUFFIX.search(fold(title))
    if suffix and len(fold(title)) == len(title) and suffix.start() > 3:
        title = title[: suffix.start()].strip()
    return title


def is_body_name(title: str) -> bool:
    return bool(_BODY_ALONE.match(fold(title).strip()))


# A forwarded e-mail's own header ("Subject: New vacancy / Nouvelle vacance : Assistant
# (270503)"): the notice's title line follows in its body.
_MAIL_HEADER = re.compile(r"^\s*(?:>\s?)*(?:Subject|Objet|From|De|To|À|Cc|Date|Sent|Envoyé)\s?:")


_GRADE_AFTER = re.compile(
    r"\s?[,–—-]\s?(?:NATO )?[Gg]rade:?\s?[A-Z]{1,2}[-. ]?\d{1,2}(?:\s?[-/]\s?[A-Z]{1,2}[-. ]?\d{1,2})?\s*$"
)


# "JFCNP 26/041 - Electrical Power Systems Technician (G9)": the reference first, then the
# title (with no figure in it) and the grade in brackets.
_REFERENCE_FIRST = re.compile(
    rf"^({REFERENCE_TOKEN})\s[-–—]\s([A-Z][^\d|:]{{2,100}}?)"
    r"(?:\s?\((?:NATO )?(?:[Gg]rade )?[A-Z]{1,2}[-. ]?\d{1,2}\))?$"
)


def title_lines(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, title, reference) for every line shaped like 'Title (250717)' or 'Title-250717'."""
    found: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        if not line or len(line) > MAX_HEADER_LINE or is_bullet(line):
            continue
        # "Contracting Officer (NCIA-27-210), grade G15", "Engineer - NAHEMA 27/004 - Grade A-3":
        # the grade has a field of its own.
        line = _GRADE_AFTER.sub("", line)
        if (first := _REFERENCE_FIRST.match(line.strip())) and not is_body_name(first[2]):
            found.append((index, first[2].strip(), re.sub(r"[\s/]+", "-", first[1])))
            continue
        match = _TITLE_REF.search(line)
        if match is None or _LABELLED_LINE.match(fold(line).strip()) or _MAIL_HEADER.match(line):
            continue
        if index and REFERENCE_LABEL_ALONE.match(fold(lines[index - 1]).strip()):
            continue
        title = line[: match.start()].strip(" -–—:|\t")
        if match[4] and (":" in title or _LABEL_END.search(fold(title))):
            continue
        if not title and index > 0:
            # A wrapped title leaves "(250411)" alone on its line: the title is the line above.
            above_lines = [x for x in reversed(lines[max(0, index - 4) : index]) if x]
            above = next(iter(above_lines), "")
            if _UNIT_LINE.match(above) and len(above_lines) > 1:
                above = above_lines[1]
            if len(above) <= MAX_HEADER_LINE and not is_bullet(above):
                title = above.strip(" -–—:|\t")
        elif title and (start := wrapped_title_start(lines, index)):
            # A PDF wraps a long title: "Senior Associate, Conference Interpretation" /
            # "Services (+Reserve List) -260981".
            title = f"{start} {title}"
        title = strip_title_prefix(title)
        if is_body_name(title):
            # "NATO International Staff – Vacancy 261510": the title is on the next line.
            below = next((x for x in lines[index + 1 : index + 3] if x), "")
            title = below.strip() if 3 <= len(below) <= 120 and below[-1] not in ".:;" else ""
        if len(title) >= 3 and any(ch.isalpha() for ch in title) and "http" not in title:
            # "SHAPE 25/07" -> "SHAPE-25-07": a reference is a file name too.
            reference = match[1] or match[2] or match[3] or match[4]
            found.append((index, title, re.sub(r"[\s/]+", "-", reference)))
    return found


# A body's name: "... Agency (NSPA)", "NATO International Staff".
_BODY_LINE = re.compile(r"\([A-Z&]{2,8}\)\s*$|^NATO\b|International Staff|Headquarters|Command\b")


# A careers site's name for the page the notice is on, never part of its title.
_PAGE_NAME = re.compile(
    r"^(?:job|vacancy|position|post) (?:details|information|description|posting)$|^careers?$"
)


def wrapped_title_start(lines: list[str], index: int) -> str | None:
    """The first line of a title wrapped onto two lines, or None: a short line alone in its
    block just above the line that ends with the reference."""
    if index < 1 or not (above := lines[index - 1]) or (index >= 2 and lines[index - 2]):
        return None
    if len(above) > 100 or is_bullet(above) or above.rstrip()[-1] in ".:;" or ":" in above:
        return None
    if _BODY_LINE.search(above) or _PAGE_NAME.match(fold(above).strip()):
        # "NATO Support and Procurement Agency (NSPA)" or a site's "Job Details" above it
        return None
    letters = [ch for ch in above if ch.isalpha()]
    if len(letters) < 4 or sum(ch.isupper() for ch in letters) > 0.6 * len(letters):
        return None  # "VACANCY NOTIFICATION", a banner in capitals
    return above.strip(" -–—|\t")


def other_notices(lines: list[str], reference: str) -> list[str]:
    """The references of other vacancies' title lines in the text ("HR Assistant (271333)"
    below "Logistics Officer (NSPA-27-0101)" in a digest); a notice's French half repeats its
    own reference, which is not another vacancy."""
    found = dict.fromkeys(ref for _, _, ref in title_lines(lines[:2000]) if ref != reference)
    return list(found)


def title_before_body(line: str) -> str | None:
    """A page pasted as one long line ("Panel Executive, HFM Panel NATO Science and Technology
    Organization (STO) - ... Posted 3 weeks ago ..."): the words before the body's name."""
    if len(line) <= 120:
        return None
    folded = fold(line)
    starts = [
        m.start()
        for fragment, _name in BODIES
        if (m := re.search(rf"(?<![a-z]){re.escape(fragment)}(?![a-z])", folded[:200]))
    ]
    if not starts or len(folded) != len(line):
        return None
    title = line[: min(starts)].strip(" -–—|,:")
    words = title.split()
    if not 2 <= len(words) <= 14 or title.endswith(".") or not title[:1].isupper():
        return None
    return title


# "1. POST:  Driver", "(2) Grade: G4", "b) Location: Rome": a PDF numbers its header's
# labels; the number is no part of the label (nor of the title after it). A Word document's
# numbered headings number them "1.1 Post title: ..." under "1. GENERAL INFORMATION".
_NUMBERED_LABEL = re.compile(
    # (A label's letters may be accented: "2. RÉFÉRENCE :".)
    r"^\s{0,3}(?:\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2}){1,2}\.?|\([a-z]\)|[a-z][.)])\s{1,6}(?=[^\W\d_](?:[^\W\d_]|[' /-]){1,40}\s?:)"
)


def without_label_number(line: str) -> str:
    """The line without the number before its label: "1. POST: Driver" -> "POST: Driver"."""
    return _NUMBERED_LABEL.sub("", line, count=1)


# Labels a PDF numbers in its header besides the facts' own: "1. POST: Driver",
# "2. REFERENCE: NDC 26/08", "7. ELIGIBILITY: Nationals of ...".
_OTHER_FACT_LABELS = ("post", "title", "position", "reference", "vacancy", "eligibility", "poste")


def numbered_fact(line: str, labels: tuple[str, ...]) -> bool:
    """ "1. POST: Driver (Motor Pool)": a numbered header fact (its label one of `labels`, the
    header's, or a title's or reference's), not the first numbered section."""
    unnumbered = without_label_number(line)
    label, colon, value = fold(unnumbered).partition(":")
    known = (*labels, *_OTHER_FACT_LABELS)
    named = label.strip() in known or label.strip() + ":" in known
    return unnumbered != line and bool(colon) and bool(value.strip()) and named


_BODY_PART = re.compile(r"\b(?:division|office|bureau|branch|section|directorate|service)\b")


def without_body_after_comma(title: str) -> str:
    """'Energy Analyst (Civilian), NATO Energy Security Centre of Excellence': the body has a
    field of its own. Only the body's whole name or its letters go ("Director, NATO Office of
    Resources" keeps the office, a part of a body that the title names)."""
    head, comma, tail = title.rpartition(", ")
    if not comma or len(head.split()) < 2:
        return title
    name = body_from_text([tail])
    folded = fold(tail).strip(" .")
    # The body's other names ("college de defense de l'otan"), never one of its parts that the
    # list maps to it ("public diplomacy division" is the International Staff's).
    written = {f for f, named in BODIES if named == name and not _BODY_PART.search(f)}
    if name is None or folded not in _body_names(name) | written:
        return title
    return head.strip()


def _body_names(name: str) -> set[str]:
    """A body's name as files keep it, without its letters, and its letters alone."""
    full = fold(name)
    bare, _, letters = full.partition(" (")
    return {full, bare.strip(), letters.rstrip(")").strip()} - {""}
