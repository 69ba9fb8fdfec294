"""The notice header: title and reference, location, NATO body, schedule, deadline, salary,
grade and clearance, in the English half (and the French title in the French half).

Labels vary between notices ("Grade:", "**Grade**", "NATO Body;") and so do values
("27-Jul-2025, 11:59:00 PM", "13-mai-2025", "3,778.93Euro (EUR) Monthly", "3 778,93Euro").
Every field is optional here; the draft builder decides what a missing one means.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from screener.domain.terms import Clearance
from screener.domain.vacancy import Deadline, Grade, Salary
from screener.importer.header_dates import month_first_page
from screener.importer.header_dates import parse_deadline as parse_deadline  # also read here
from screener.importer.header_titles import (
    MAX_HEADER_LINE,
    numbered_fact,
    title_lines,
    without_label_number,
    wrapped_title_start,
)
from screener.importer.text_cleanup import bullet_body, is_bullet
from screener.importer.wording import fold

_REFERENCE_LABEL = re.compile(
    r"^(?:(?:reference|ref\.?|vacancy|requisition|job|post|position|numero|n°)"
    r"(?:\s(?:number|no\.?|n°|id|identification|ref(?:erence)?|notice|#))?(?:\s?/\s?(?:reference|ref\.?))?"
    # "Identifiant de l'offre : 261850": the French careers site's label.
    r"|job id|requisition id|identifiant(?: de l'offre| du poste)?)"
    r"\s{0,3}[:;#]?\s{0,3}(\d{5,7})\b"
)

# Folded label -> field name. English first: the vacancy file takes its facts from the English.
_LABELS: tuple[tuple[str, str], ...] = (
    ("primary location", "location"),
    # "Duty location", "Place of work", "Work location": a careers page's or a board's label.
    ("duty location", "location"),
    ("place of work", "location"),
    ("work location", "location"),
    ("emplacement principal", "location"),
    ("location", "location"),
    ("lieu principal", "location"),
    ("lieu d'affectation", "location"),
    ("lieu de travail", "location"),
    # A national circular's: German "Dienstort", Spanish "Lugar de destino", Dutch "Standplaats".
    ("dienstort", "location"),
    ("lugar de destino", "location"),
    ("standplaats", "location"),
    ("lieu", "location"),
    ("organisme otan / nato body", "nato_body"),
    ("nato body", "nato_body"),
    ("organisme otan", "nato_body"),
    ("organisation", "nato_body"),
    ("organization", "nato_body"),
    ("nato entity", "nato_body"),
    ("duty station", "location"),
    ("schedule", "schedule"),
    ("horaire", "schedule"),
    ("application deadline", "deadline"),
    ("closing date for applications", "deadline"),
    ("deadline for applications", "deadline"),
    ("closing date", "deadline"),
    # A careers platform's (Workday's) "Posting end date" / "End Date: January 19, 2027".
    ("posting end date", "deadline"),
    ("end date", "deadline"),
    ("applications close", "deadline"),
    ("application closes", "deadline"),
    ("applications closing", "deadline"),
    ("apply by", "deadline"),
    ("applications by", "deadline"),
    ("apply before", "deadline"),
    ("closes", "deadline"),
    ("closing", "deadline"),
    ("date de cloture", "deadline"),
    # The French careers platform's "Date de fin de publication" / "15 janvier 2027".
    ("date de fin de publication", "deadline"),
    ("fin de publication", "deadline"),
    # "Réf. NSPA-27-0311 · Grade G8 · Clôture 18/01/2027": a French board's closing date.
    ("cloture", "deadline"),
    ("deadline", "deadline"),
    ("date de retrait", "deadline"),
    ("date limite", "deadline"),
    # "Salary grade: NATO G12", "Pay grade: G8": a grade, not a salary.
    ("salary grade", "grade"),
    ("pay grade", "grade"),
    ("salary (pay basis)", "salary"),
    ("salary", "salary"),
    ("basic monthly salary", "salary"),
    ("monthly salary", "salary"),
    ("remuneration", "salary"),
    ("salaire (base de paie)", "salary"),
    ("salaire", "salary"),
    # "Traitement mensuel de base", as French notices name the salary.
    ("traitement", "salary"),
    ("grade", "grade"),
    ("nato grade", "grade"),
    ("clearance level", "clearance"),
    ("security clearance", "clearance"),
    ("clearance", "clearance"),
    # "Security: NATO SECRET"; only with its colon, so "Security issues ..." is no label.
    ("security:", "clearance"),
    ("security :", "clearance"),
    # "Security            NATO SECRET" in a space-aligned header: only with a level after it.
    ("security", "clearance"),
    # "Level: G15 (Professional)", as an aggregator labels the grade; only with a grade after
    # it (see _labelled), so "Level: Advanced" is no grade.
    ("level:", "grade"),
    ("niveau de l'habilitation de securite", "clearance"),
    ("habilitation de securite", "clearance"),
    # "Cote de sécurité" (Canada's word), "Habilitation requise", "Habilitation / Clearance".
    ("cote de securite", "clearance"),
    ("niveau d'habilitation", "clearance"),
    ("habilitation", "clearance"),
)
_LABEL_NAMES = tuple(label for label, _name in _LABELS)
# "Deadline for national endorsement", "Closing date for nominations": a date a forwarding
# ministry or office sets, not the notice's own.
# "Organisation du Traité ...", "Organization for Security ...": the word opens a name.
_NAME_GOES_ON = re.compile(r"^ (?:du|de|des|d'|of|for|the)\b")
_SOMEONE_ELSES = re.compile(r"^\s?for (?!(?:the )?(?:applications?|submissions?|applying|receipt))")
HEADER_FIELDS = ("location", "nato_body", "schedule", "deadline", "salary", "grade", "clearance")


@dataclass(slots=True)
class Header:
    reference: str | None = None
    title_en: str | None = None
    title_fr: str | None = None
    location: str | None = None
    nato_body: str | None = None
    schedule: str | None = None
    deadline: Deadline | None = None
    salary: Salary | None = None
    grade: Grade | None = None
    clearance: Clearance | None = None
    # The English title was joined from two lines (a PDF wrapped it).
    title_joined: bool = False
    # Raw label values that were present but could not be read, for the review list.
    unreadable: dict[str, str] = field(default_factory=dict)


FRENCH_HINT = re.compile(r"[éèêàçôû]|\b(?:de|des|du|la|le|les|et|charge|adjoint)\b", re.IGNORECASE)


_LABEL_SECOND_NAME = re.compile(r"^\s?/\s?(?:[A-Z]{2,}\b|[A-Za-z]+(?=\s?:|\s{2}|\t))\s?:?")


_GRADE_VALUE = re.compile(r"^(?:NATO )?(?:grade )?[GA]\s?-?\d{1,2}\b", re.IGNORECASE)


def _wrapped_label(line: str, lines: list[str], index: int) -> str:
    """A facts column too narrow for its label wraps it under the value ("Application
    07-Jan-2027, 11:59:00 PM" / "Deadline"): the label put back together before the value."""
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    head, _, value = line.partition(" ")
    if not following or " " in following or not value or not head.isalpha():
        return line
    joined = fold(f"{head} {following}")
    if any(label == joined for label, _name in _LABELS):
        return f"{head} {following} {value.strip()}"
    return line


def _labelled(lines: list[str], start: int, stop: int) -> dict[str, str]:
    """Header label -> raw value in lines[start:stop]; the first occurrence of a field wins."""
    values: dict[str, str] = {}
    for index in range(start, stop):
        # A web page lists its header as "<li>Grade: G15</li>", which reads as a bullet.
        line = _wrapped_label(without_label_number(bullet_body(lines[index])), lines, index)
        if not line or len(line) > MAX_HEADER_LINE:
            continue
        folded = fold(line)
        for label, name in _LABELS:
            if not folded.startswith(label) or name in values:
                continue
            rest = line[len(label) :]
            if rest[:1].isalpha():
                continue  # "Locations of ..." is not the "Location" label
            if name == "nato_body" and _NAME_GOES_ON.match(fold(rest)):
                break  # "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD": a name, no label
            # "Organisation/Company: NATO STO - CMRE": the label's second name is no value.
            rest = _LABEL_SECOND_NAME.sub("", rest, count=1)
            if label == "level:" and not _GRADE_VALUE.match(rest.strip()):
                break
            if label == "security" and parse_clearance(rest.strip(" :;|\t")) is None:
                break
            if name == "deadline" and _SOMEONE_ELSES.match(fold(rest)):
                break  # "Deadline for national endorsement: ...": not the notice's deadline
            # ("Grade | G16": a page's two-cell table row.)
            value = rest.strip(" :;|\t")
            if not value:
                # "**Primary Location**" with the value on the next line; never a site
                # menu's items ("- Organization" / "- Careers").
                following = next((x for x in lines[index + 1 : index + 3] if x), "")
                if is_bullet(lines[index]) or is_bullet(following):
                    break
                value = following.strip(" :;\t") if len(following) <= 120 else ""
            if value:
                values[name] = value
            break
    return values


AMOUNT = re.compile(
    r"\d{1,3}(?:[ ,.'\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?(?!\d)|\d{1,9}(?:[.,]\d{1,2})?"
)
_CURRENCY_CODE = re.compile(r"\b(EUR|USD|GBP|CAD|CHF|NOK|SEK|DKK|PLN|CZK|HUF|RON|BGN|TRY)\b")
_CURRENCY_WORDS = (("euro", "EUR"), ("€", "EUR"), ("dollar", "USD"), ("$", "USD"), ("£", "GBP"))


def _amount(token: str) -> float | None:
    # The last separator followed by one or two digits is the decimal mark ("3,778.93",
    # "3 778,93"); every other separator groups thousands.
    decimal = ""
    match = re.search(r"[.,](\d{1,2})$", token)
    if match:
        decimal = match[1]
        token = token[: match.start()]
    digits = re.sub(r"[^\d]", "", token)
    if not digits:
        return None
    value = float(f"{digits}.{decimal}" if decimal else digits)
    return value if value > 0 else None


def parse_salary(value: str) -> Salary | None:
    match = AMOUNT.search(value)
    if match is None:
        return None
    amount = _amount(match[0])
    if amount is None:
        return None
    currency = None
    if code := _CURRENCY_CODE.search(value.upper()):
        currency = code[1]
    else:
        folded = fold(value)
        currency = next((code for word, code in _CURRENCY_WORDS if word in folded), None)
    if currency is None:
        return None
    folded = fold(value)
    yearly = any(word in folded for word in ("year", "annual", "annuel", "par an"))
    return Salary(amount=amount, currency=currency, period="yearly" if yearly else "monthly")


# G-grades (G6, G10-G12) and the letter grades used before 2016 and still by some bodies (A-2,
# A.4, C.4, B 5, L3): a letter or two, an optional '-', '.' or space, one or two digits.
_ONE_GRADE = r"([A-Z]{1,2})(?:\s?[-.]\s?|\s)?(\d{1,2})"
_GRADE = re.compile(
    rf"(?<![A-Za-z0-9]){_ONE_GRADE}(?![\d])"
    rf"(?:\s{{0,3}}(?:[-–/]|to|or|and|à|ou)\s{{0,3}}{_ONE_GRADE}(?![\d]))?"
)
# A grade in a sentence about someone else (the supervisor) is not the post's.
_NOT_THE_POST = re.compile(
    r"report|supervis|under the|head of|chief|manager|superieur|sous l'autorite|rend compte|"
    r"direction de"
)


_G_GRADE = re.compile(r"(?<![A-Za-z0-9])G\s?-?(\d{1,2})(?!\d)")


def parse_grade(value: str) -> Grade | None:
    match = _GRADE.search(value)
    if match is None:
        return None
    if match[1] != "G" and (g_grade := _G_GRADE.search(value[match.start() :])):
        # "Grade: A2 / G15", "B3 (G7)": the old letter grade and today's G-grade; the G-grade.
        return Grade(min=f"G{int(g_grade[1])}")
    low = match[1] + match[2]
    high = match[3] + match[4] if match[3] else None
    if match[3] and match[3] != match[1]:
        high = None  # "A2/B3" is not a range: keep the first, the review says to check
    return Grade(min=low, max=high if high and high != low else None)


# "Budget Officer (G15)", "Budget Officer – G15 – 271001", "Senior Scientist (A3) | CMRE": a
# G-grade or an A-grade beside the title.
_TITLE_GRADE = re.compile(
    r"(?:\(|\s[-–—]\s)\s?((?:G\d{1,2}|A[1-7])(?:\s?[-–/]\s?(?:G\d{1,2}|A[1-7]))?)"
    r"\s?(?:\)|\s[-–—|]\s|$)"
)


_GRADE_ALONE = re.compile(r"^G-?\d{1,2}(?:\s?[-–/]\s?G-?\d{1,2})?$")


def grade_in_text(lines: list[str]) -> Grade | None:
    """'NATO Grade G17' outside the labelled header, or a G-grade beside the title in the
    opening lines; never a supervisor's grade."""
    for line in lines[:400]:
        if len(line) > 300:
            continue
        folded = fold(line)
        if "grade" in folded and not _NOT_THE_POST.search(folded) and (grade := parse_grade(line)):
            return grade
    opening = [line for line in lines[:40] if line][:10]
    for line in opening:
        if _GRADE_ALONE.match(line.strip()) and (grade := parse_grade(line)):
            return grade  # "G18" alone: a field of a '|'-joined header line
        match = _TITLE_GRADE.search(line) if len(line) <= 200 else None
        if match and not _NOT_THE_POST.search(fold(line)) and (grade := parse_grade(match[1])):
            return grade
    for line in lines[:40]:
        match = _LABELLED_G_GRADE.match(line.strip()) if len(line) <= 120 else None
        if match and not _NOT_THE_POST.search(fold(line)) and (grade := parse_grade(match[1])):
            return grade  # "Platová třída: G15": a circular's label, a NATO grade after it
    return None


# A header line in any language whose value is a NATO G-grade alone.
_LABELLED_G_GRADE = re.compile(
    r"^[^\W\d][^:]{1,40}:\s*(?:NATO\s)?(G-?\d{1,2}(?:\s?[-–/]\s?G-?\d{1,2})?)$"
)


def parse_clearance(value: str) -> Clearance | None:
    folded = fold(value)
    words = set(re.findall(r"[a-z]+", folded))
    if "cts" in words or "cosmic" in words:
        return Clearance.CTS
    if "ns" in words or "secret" in words:
        return Clearance.NS
    if "nc" in words or "confidential" in words or "confidentiel" in words:
        return Clearance.NC
    return None


def _region(lines: list[str], start: int, limit: int = 40) -> int:
    """End of a header block: the description or the first numbered section."""
    seen = 0
    for index in range(start, len(lines)):
        folded = fold(lines[index]).strip()
        numbered = re.match(r"^\d{1,2}\s?\.\s?[a-z]", folded) and not numbered_fact(
            lines[index], _LABEL_NAMES
        )
        if folded.startswith("description") or numbered:
            return index
        if folded:
            seen += 1
            if seen > limit:
                return index
    return len(lines)


_PARSERS: dict[str, Callable[[str], object]] = {
    "deadline": parse_deadline,
    "salary": parse_salary,
    "grade": parse_grade,
    "clearance": parse_clearance,
}


def parse_header(lines: list[str]) -> Header:
    """Header facts from the English block, the French title from the French block."""
    header = Header()
    titles = title_lines(lines)
    en_start = 0
    fr_start: int | None = None
    if titles:
        first_index, header.title_en, header.reference = titles[0]
        above = wrapped_title_start(lines, first_index)
        header.title_joined = bool(above) and header.title_en.startswith(f"{above} ")
        en_start = first_index + 1
        # The other half's title repeats the reference: the French one, after the English
        # half, or the English one when the French half comes first.
        for index, title, reference in titles[1:]:
            if reference == header.reference:
                header.title_fr, fr_start = title, index + 1
                break
        if (
            fr_start is not None
            and header.title_fr is not None
            and FRENCH_HINT.search(header.title_en or "")
            and not FRENCH_HINT.search(header.title_fr)
        ):
            header.title_en, header.title_fr = header.title_fr, header.title_en
            en_start, fr_start = fr_start, en_start
    else:
        for line in lines[:200]:
            if match := _REFERENCE_LABEL.match(fold(bullet_body(line))):
                header.reference = match[1]
                break
    values = _labelled(lines, en_start, _region(lines, en_start))
    if fr_start is not None:
        for name, value in _labelled(lines, fr_start, _region(lines, fr_start)).items():
            values.setdefault(name, value)
    for name in HEADER_FIELDS:
        raw = values.get(name)
        if raw is None:
            continue
        parser = _PARSERS.get(name)
        if parser is None:
            setattr(header, name, raw)
            continue
        # A US page's "01/05/2027" is 5 January when its other dates are month first.
        month_first = name == "deadline" and month_first_page(lines)
        parsed = parse_deadline(raw, True) if month_first else parser(raw)
        if parsed is None:
            header.unreadable[name] = raw
        else:
            setattr(header, name, parsed)
    return header
