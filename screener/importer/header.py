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
from screener.importer.header_values import parse_clearance, parse_grade, parse_salary
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
    # Italian "Sede (di servizio)", "Luogo di lavoro", Norwegian and Danish "Tjenestested",
    # "Arbeidssted", Swedish "Tjänsteort", Portuguese "Local de trabalho", Polish "Miejsce pracy".
    ("sede di servizio", "location"),
    ("sede", "location"),
    ("luogo di lavoro", "location"),
    ("tjenestested", "location"),
    ("arbeidssted", "location"),
    ("tjansteort", "location"),
    ("local de trabalho", "location"),
    ("miejsce pracy", "location"),
    # Czech "Místo výkonu práce", Romanian "Locul de muncă", Turkish "Görev yeri", Hungarian
    # "Munkavégzés helye".
    ("misto vykonu prace", "location"),
    ("locul de munca", "location"),
    ("gorev yeri", "location"),
    ("munkavegzes helye", "location"),
    # Slovak, Slovene, Croatian, Lithuanian, Latvian, Estonian, Finnish, Albanian, Greek and
    # Bulgarian words for the place of work.
    ("miesto vykonu prace", "location"),
    ("kraj dela", "location"),
    ("mjesto rada", "location"),
    ("darbo vieta", "location"),
    ("darba vieta", "location"),
    ("tookoht", "location"),
    ("toimipaikka", "location"),
    ("vendi i punes", "location"),
    ("τοπος εργασιας", "location"),
    ("място на работа", "location"),
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
_NAME_GOES_ON = re.compile(r"^ (?:du|de|des|d'|pour|of|for|the)\b")
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
