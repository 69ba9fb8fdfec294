"""A title the notice labels as one: "TITLE / x", "Job title: x", "Position: x", "Civilian
post: x" (after a page's heading too: "VACANCIES / Civilian post: x"), a circular's label in
its own language, a label and its title across a dotted leader."""

from __future__ import annotations

import re

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
    r"|denominacion del puesto)(?=\s?:)"
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
    return None
