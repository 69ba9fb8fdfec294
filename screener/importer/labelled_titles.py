"""A title the notice labels as one: "TITLE / x", "Job title: x", "Position: x", "Civilian
post: x" (after a page's heading too: "VACANCIES / Civilian post: x"), a circular's label in
its own language, a label and its title across a dotted leader; a recruiter's "We're hiring!
<title> at <body>"."""

from __future__ import annotations

import re

from screener.importer.bodies import body_from_text
from screener.importer.header_references import BRACKETED_REFERENCE, MAX_LINE
from screener.importer.header_titles import strip_title_prefix, without_label_number
from screener.importer.post_titles import names_a_post, without_board_marks
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
    r"|designacao do (?:cargo|posto)|stellentitel|funktionsbezeichnung"
    # Turkish "Pozisyon", Hungarian "Beosztás", Slovene "Delovno mesto", Croatian "Radno mjesto".
    r"|pozisyon|beosztas|delovno mesto|radno mjesto)(?=\s?:)"
    r"|job vacancy|job opening|assignment"
    r"|title of (?:the )?(?:post|position|vacancy)|vacancy title|titre du poste"
    r"|(?:consultancy|assignment|internship|contract) title"
    r"|(?:job|vacancy|position|post) of the (?:week|day|month))"
    # (A hyphen sets a label apart only with a space: "Post-graduate degree" is a word.)
    r"(?:\s?[:/|]|\s-|-(?=\s))\s?(.{3,150})$"
)
_NEXT_LABEL = re.compile(
    r"\s(?:Grade|NATO Grade|Deadline|Closing date|Reference|Ref\.|Location|Clearance"
    r"|Security clearance|Salary|Grade OTAN|Date limite|Référence|Lieu)\s?:"
)
_LEADER = re.compile(r"\s?\.{3,}\s?")
_BRACKETED_GRADE = re.compile(r"\s?\((?:NATO )?(?:[Gg]rade )?[ABCG]\s?-?\d{1,2}\)")


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
            # ("Vacancy: Press Officer (A2) – NATO International Staff": the grade in brackets
            # is no reference; it has a field of its own.)
            title = _BRACKETED_GRADE.sub("", title)
            if fold(line).strip().startswith("vacancy") and any(ch.isdigit() for ch in title):
                # "Vacancy: CMRE 27/ENG/04 - Ocean Engineer": the reference, then the title.
                parts = re.split(r"\s[-–—]\s", title, maxsplit=1)
                if len(parts) == 2 and not any(ch.isdigit() for ch in parts[1]):
                    return parts[1].strip() or None
                continue  # "Vacancy: STO CSO 2026-03" is the reference, not the title
            return strip_title_prefix(title) or None
    return _title_under_its_label(lines) or _hiring_title(lines) or _post_under_any_label(lines)


# "Post Title" alone in a Word table's cell, the title in the cell below it (a PDF printed
# from Word: "Post Title" / "Senior Systems Engineer (AWACS ...)").
_TITLE_LABEL_ALONE = re.compile(
    r"(?:post|job|position|vacancy) title|title of (?:the )?(?:post|position)"
    r"|intitule du poste|titre du poste"
)


def _title_under_its_label(lines: list[str]) -> str | None:
    for index, line in enumerate(lines[:60]):
        if not line or not _TITLE_LABEL_ALONE.fullmatch(fold(line).strip(" :")):
            continue
        value = next((x.strip() for x in lines[index + 1 : index + 3] if x.strip()), "")
        # (Never a bullet, nor the next label: "Post Title" / "Post Number" is an empty cell.)
        if value and len(value) <= 150 and not is_bullet(value) and names_a_post(value):
            return strip_title_prefix(value) or None
    return None


# "Τίτλος θέσης: Exercise Planner", "Ametikoht: Exercise Planner": a circular's label in a
# language whose words are not known, over a value that names a post ("Planner", "Officer").
_ANY_LABEL = re.compile(r"^(?=[^\W\d])([^:\d]{2,40}):\s{0,20}([^:\d]{3,80})$")
# Labels over something else than the vacancy's post: whom it reports to, whom to contact,
# the unit, the duties, a board's other jobs.
_OTHER_POST = re.compile(
    r"report|supervis|manager|contact|superieur|responsable|chef|division|directorate|branch"
    r"|unit|department|section|office|team|famil|categor|dut|responsib|task|similar|related"
    r"|other|recent|service"
    # A job board's facts below the text: "Seniority level: Associate", "Employment type: ...",
    # "Job function: ...", "Niveau hiérarchique : Premier emploi".
    r"|seniority|level|niveau|employment|type|job function|industr|secteur"
)
# A unit's name ("Executive Management – Conference Services", "Chief Technology Office"),
# never a post's title.
_UNIT_VALUE = re.compile(
    r"\b(?:directorate|division|branch|office|services?|section|management|unit|department"
    r"|centre|center|bureau|staff|command|agency|headquarters)\b"
)


def _post_under_any_label(lines: list[str]) -> str | None:
    for line in lines[:40]:
        match = _ANY_LABEL.match(line.strip()) if line and len(line) <= MAX_LINE else None
        if match is None or _OTHER_POST.search(fold(match[1])):
            continue
        value = match[2].strip()
        if (
            len(value.split()) <= 8
            and not value.endswith((".", ";"))
            and not re.search(r"[·•|;]", value)
            and not _UNIT_VALUE.search(fold(value))
            and names_a_post(value)
            and body_from_text([value]) is None
        ):
            return without_board_marks(strip_title_prefix(value)) or None
    return None


# A recruiter's post announcing the vacancy: "📣 We're hiring! Press Officer at NATO
# Headquarters, Brussels 🇧🇪", "We are hiring: Data Scientist", "Nous recrutons : Assistant(e)
# administratif(ve) à l'OTAN". The words after it are the title, up to where it says where.
_HIRING = re.compile(
    r"^[^\w]{0,6}(?:we'?re hiring|we are hiring|now hiring|hiring now|nous recrutons|on recrute"
    # "We're recruiting a ...", "Job alert: ...", "We are looking for a Press Officer to join
    # ...", "Nous recherchons un(e) Ingénieur(e) réseau pour ...".
    r"|we'?re recruiting|we are recruiting|now recruiting|job alert|vacancy alert"
    r"|new (?:job|vacancy|position)(?=\s?:)|(?:we'?re|we are) looking for|nous recherchons"
    r"|on recherche"
    # "NATO is hiring! ...", "Come and join us as Press Officer ...", "Job opportunity: ...",
    # "Opportunité : ...", "Rejoignez-nous en tant que ...".
    r"|(?:[\w&'-]+ ){1,4}is (?:hiring|recruiting)|(?:come and )?join us as|rejoignez-nous (?:en tant que"
    r"|comme)|(?:job |career )?opportunit(?:y|e)(?: d'emploi)?(?=\s?:)"
    # A national board's repost: German "Wir suchen", Italian "Cerchiamo", Spanish "Buscamos",
    # Dutch "Wij zoeken", Polish "Szukamy", Czech "Hledáme".
    r"|wir suchen|(?:stiamo )?cerchiamo|(?:estamos )?buscando|buscamos|wij zoeken|we zoeken"
    r"|szukamy|hledame)(?:\s(?:an?|our (?:next|new)|une?(?:\(e\))?|una?|uno|een|eine?n?)(?=\s))?"
    # (Then its marks and an emoji or two: "We're hiring! 📣 Press Officer".)
    r"[^\w]{0,8}(?<=\s)(?=\w)",
    re.IGNORECASE,
)
_WHERE = re.compile(
    r"\s(?:at|with|in|for|to join|à|au|aux|chez|auprès de|pour|bei|per|para|presso|voor|dla"
    r"|pro)\s(?:(?:the|la|le|der|dem|den|il|el|het)\s|l')?"
    r"(?=NATO|OTAN|[A-Z]{3,}\b)"
)


def _hiring_title(lines: list[str]) -> str | None:
    for line in lines[:30]:
        text = line.strip()
        if not text or len(text) > MAX_LINE or not (match := _HIRING.match(fold(text))):
            continue
        title = _WHERE.split(text[match.end() :], maxsplit=1)[0]
        title = _WHAT_FOR.split(title, maxsplit=1)[0]
        # (The flag or emoji closing the line, and a place after a comma or a dash, go.)
        title = re.sub(r"[^\w)]+$", "", title)
        title = re.split(r",\s(?![^()]*\))|\s[-–—|]\s", title, maxsplit=1)[0].strip()
        # ("Data Scientist (NCIA, The Hague)": the bracket says where.)
        if (bracket := _WHERE_BRACKET.search(title)) and (
            "," in bracket[1] or body_from_text([bracket[1]])
        ):
            title = title[: bracket.start()].strip()
        title = without_board_marks(strip_title_prefix(title))
        if (
            1 <= len(title.split()) <= 10
            and any(ch.isupper() for ch in title)
            and not _NO_TITLE.match(fold(title))
        ):
            return title
    return None


# "... to join our team", "... who will lead ...": what the post is for, after its title.
_WHAT_FOR = re.compile(
    r"\s(?:to (?:join|help|support|lead|strengthen|work)|who (?:will|can|is|would)"
    # "... for our Public Diplomacy Division", "... pour notre division".
    r"|(?:for|in|within) our|(?:pour|dans|au sein de) (?:notre|nos)"
    r"|pour (?:rejoindre|renforcer|soutenir)|qui (?:sera|rejoindra))\b"
)
_WHERE_BRACKET = re.compile(r"\s?\(([^()]{2,60})\)$")
# "We're hiring! Join our team", "Nous recrutons ! Rejoignez-nous": a call, no title.
_NO_TITLE = re.compile(
    # ("We're hiring! 🚀 Posted by a recruiter on LinkedIn · 2d": the post's own line.)
    r"^(?:posted|reposted|shared|published|via|by|from|see all)\b"
    r"|^(?:join|apply|come|be part|click|see|read|learn|check|discover|find|explore|meet"
    r"|rejoignez|postulez|venez|decouvrez)\b"
)


# "Intitulé : Conseiller(ère) en formation de défense" in the French copy after the English
# one ("Title: Defence Education Adviser"): the French title under its own label.
_FRENCH_TITLE_LABEL = re.compile(
    r"^(?:intitule(?: du poste| de la fonction)?|titre du poste|libelle du poste)\s?:\s?(.{3,150})$"
)
_FRENCH_COPY_LINES = 600


def french_labelled_title(lines: list[str], english: str) -> str | None:
    """The French copy's labelled title, when the notice gives its English title under a label
    of its own and then the post again in French."""
    for line in lines[:_FRENCH_COPY_LINES]:
        if not line or len(line) > MAX_LINE:
            continue
        if match := _FRENCH_TITLE_LABEL.match(fold(without_label_number(line)).strip()):
            title = line.strip()[len(line.strip()) - len(match[1]) :].strip(" :/|-")
            if fold(title) != fold(english):
                return strip_title_prefix(title) or None
    return None
