"""A title the notice labels as one: "TITLE / x", "Job title: x", "Position: x", "Civilian
post: x" (after a page's heading too: "VACANCIES / Civilian post: x"), a circular's label in
its own language, a label and its title across a dotted leader; a recruiter's "We're hiring!
<title> at <body>"."""

from __future__ import annotations

import re

from screener.importer.bodies import body_from_text
from screener.importer.header_references import BRACKETED_REFERENCE, MAX_LINE
from screener.importer.header_titles import strip_title_prefix, without_label_number
from screener.importer.text_cleanup import bullet_body, is_bullet
from screener.importer.wording import fold

_TITLE_LABEL = re.compile(
    # (After a page's own heading: "VACANCIES / Civilian post: IT Administrator".)
    r"^(?:(?:[a-z][a-z' ]{2,30} [/›»>] ){1,3}(?=[a-z ]{2,30}:))?"
    r"(?:intitule(?: du poste)? / title|title|job title|post title|position title|position|post"
    # "Civilian post: ...", "Civilian position: ...", "Poste civil : ...".
    r"|(?:civilian|civil|military|international) (?:post|position)|poste civil"
    r"|intitule du poste|intitule|poste|titre|vacancy"
    # "Job offer: Translator", "Offre d'emploi : ...", a circular's "Stanowisko: Engineer",
    # "Functie: ...", "Stellenbezeichnung: ...", "Puesto: ...".
    # (Only with a colon: "Job offer | Print | Send by e-mail" is a site's menu.)
    r"|(?:job offer|offre d'emploi|stanowisko|functie|stellenbezeichnung|puesto|titolo"
    # A French circular's "Fonction : Chauffeur", "Poste à pourvoir : ...", "Libellé du poste",
    # "Emploi : Agent(e) de sécurité", "Emploi à pourvoir : ...".
    r"|fonction|poste a pourvoir|libelle du poste|intitule de la fonction|emploi(?: a pourvoir)?"
    # Czech/Slovak "Pozice", German "Dienstposten", Italian "Posizione", Spanish/Portuguese
    # "Cargo", Romanian "Postul", Nordic "Stilling" / "Befattning".
    r"|pozice|pozicia|pracovni pozice|dienstposten|posizione|cargo|postul|stilling|befattning"
    r"|denominacion del puesto"
    # A post's title named as such: Italian "Titolo del posto", Norwegian "Stillingstittel",
    # Dutch "Functietitel", Polish "Nazwa stanowiska", Spanish/Portuguese "Título del
    # puesto" / "Título do cargo", German "Stellentitel" / "Funktionsbezeichnung".
    r"|titolo del posto|denominazione del posto|stillingstittel|stillingsbetegnelse"
    r"|functietitel|functienaam|nazwa stanowiska|titulo del puesto|titulo do (?:cargo|posto)"
    r"|designacao do (?:cargo|posto)|stellentitel|funktionsbezeichnung)(?=\s?:)"
    r"|job vacancy|job opening|assignment"
    r"|title of (?:the )?(?:post|position|vacancy)|vacancy title|titre du poste"
    r"|(?:consultancy|assignment|internship|contract) title"
    r"|(?:job|vacancy|position|post) of the (?:week|day|month))"
    r"\s?[:/|-]\s?(.{3,150})$"
)
_NEXT_LABEL = re.compile(
    r"\s(?:Grade|NATO Grade|Deadline|Closing date|Reference|Ref\.|Location|Clearance"
    r"|Security clearance|Salary|Grade OTAN|Date limite|Référence|Lieu)\s?:"
)
_LEADER = re.compile(r"\s?\.{3,}\s?")


def labelled_title(lines: list[str]) -> str | None:
    """A labelled title: "TITLE / x", "Job title: x", "Position: x"."""
    for line in lines[:60]:
        # A circular lists the post's details as bullets: "- Title: Warehouse Supervisor".
        line = bullet_body(line) if line and is_bullet(line) else without_label_number(line)
        # "Post title ........ Budget Officer": a dotted leader stands for the colon.
        line = _LEADER.sub(": ", line, count=1) if line else line
        if line and len(line) <= MAX_LINE and (match := _TITLE_LABEL.match(fold(line).strip())):
            start = len(line.strip()) - len(match[1])
            # An aggregator's line goes on with "| location | body | Apply now"; a reference
            # in brackets is not part of the title.
            title = line.strip()[start:].split(" | ")[0]
            # "Job Title: Supply Clerk  Grade: G6  Deadline: ...": the next label ends it.
            title = _NEXT_LABEL.split(title, maxsplit=1)[0]
            title = BRACKETED_REFERENCE.sub("", title).strip(" :/|-")
            if fold(line).strip().startswith("vacancy") and any(ch.isdigit() for ch in title):
                # "Vacancy: CMRE 27/ENG/04 - Ocean Engineer": the reference, then the title.
                parts = re.split(r"\s[-–—]\s", title, maxsplit=1)
                if len(parts) == 2 and not any(ch.isdigit() for ch in parts[1]):
                    return parts[1].strip() or None
                continue  # "Vacancy: STO CSO 2026-03" is the reference, not the title
            return strip_title_prefix(title) or None
    return _hiring_title(lines)


# A recruiter's post announcing the vacancy: "📣 We're hiring! Press Officer at NATO
# Headquarters, Brussels 🇧🇪", "We are hiring: Data Scientist", "Nous recrutons : Assistant(e)
# administratif(ve) à l'OTAN". The words after it are the title, up to where it says where.
_HIRING = re.compile(
    r"^[^\w]{0,6}(?:we'?re hiring|we are hiring|now hiring|hiring now|(?:nous recrutons|on recrute))"
    r"\s?[!:.,–—-]*\s+(?=\w)",
    re.IGNORECASE,
)
_WHERE = re.compile(
    r"\s(?:at|with|in|for|to join|à|au|aux|chez|auprès de|pour)\s(?:the\s|l'|la\s|le\s)?"
    r"(?=NATO|OTAN|[A-Z]{3,}\b)"
)


def _hiring_title(lines: list[str]) -> str | None:
    for line in lines[:30]:
        text = line.strip()
        if not text or len(text) > MAX_LINE or not (match := _HIRING.match(fold(text))):
            continue
        title = _WHERE.split(text[match.end() :], maxsplit=1)[0]
        # (The flag or emoji closing the line, and a place after a comma or a dash, go.)
        title = re.sub(r"[^\w)]+$", "", title)
        title = re.split(r",\s(?![^()]*\))|\s[-–—|]\s", title, maxsplit=1)[0].strip()
        # ("Data Scientist (NCIA, The Hague)": the bracket says where.)
        if (bracket := _WHERE_BRACKET.search(title)) and (
            "," in bracket[1] or body_from_text([bracket[1]])
        ):
            title = title[: bracket.start()].strip()
        title = strip_title_prefix(title)
        if (
            1 <= len(title.split()) <= 10
            and any(ch.isupper() for ch in title)
            and not _NO_TITLE.match(fold(title))
        ):
            return title
    return None


_WHERE_BRACKET = re.compile(r"\s?\(([^()]{2,60})\)$")
# "We're hiring! Join our team", "Nous recrutons ! Rejoignez-nous": a call, no title.
_NO_TITLE = re.compile(
    r"^(?:join|apply|come|be part|click|see|read|learn|check|discover|find|explore|meet"
    r"|rejoignez|postulez|venez|decouvrez)\b"
)
