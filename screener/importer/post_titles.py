"""Whether a line names a POST, judged on evidence rather than on a list of bad lines.

Careers sites, job boards, PDFs and e-mails put all sorts of lines above a notice's title: a
site's menu ("Careers | Challenge Programmes | News"), its buttons ("[ Apply ] [ Save ]"), a
place ("Mons, Belgium"), a facts line ("Brussels 🗓 Published: ..."), the body's or an office's
name. Every new site brings new such lines, so a title guessed from the opening lines is
checked for positive evidence that it names a post (a job noun, in English or French: "Senior
Technician", "Head, Archives ...", "Électricien(ne)") and for negative evidence (a place, a
date, several '|'-separated items, a button, an emoji). When the guessed line has no such
evidence and a nearby line has it, the nearby line is the title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from screener.importer.bodies import body_from_text, named_headquarters
from screener.importer.header_titles import strip_title_prefix
from screener.importer.nationality import countries_in
from screener.importer.site_menus import only_page_chrome
from screener.importer.wording import fold

# Job nouns, folded (no accents), English then French (with their feminine forms).
_POST_NOUN = re.compile(
    r"\b(?:assistants?|officers?|technicians?|engineers?|head|chief|advis[eo]rs?|analysts?"
    r"|scientists?|clerks?|drivers?|translators?|interpreters?|electricians?|secretary"
    r"|managers?|director|controller|co-?ordinators?|specialists?|administrators?"
    r"|accountants?|auditors?|architects?|developers?|programmers?|planners?|executive"
    r"|editors?|writers?|librarian|archivist|lawyer|counsel|researchers?|statistician"
    r"|economist|inspectors?|instructors?|trainers?|lecturer|teacher|professor|dean"
    r"|supervisors?|operators?|mechanics?|plumber|carpenter|joiner|painter|welder|cook"
    r"|storekeeper|storeman|warehouse ?(?:man|keeper)|receptionist|typist|messenger|guard"
    r"|fire ?fighter|nurse|physician|doctor|psychologist|pharmacist|paramedic|photographer"
    r"|designer|producer|journalist|spokesperson|linguist|terminologist|reviser|proofreader"
    r"|buyer|purchaser|cashier|bookkeeper|steward|attendant|handler|fitter|machinist"
    r"|surveyor|draughts?man|pilot|dispatcher|intern|trainee|consultant|expert|leader|lead"
    r"|partner|representative|liaison|registrar|usher|cleaner|gardener|caretaker|porter"
    r"|locksmith|mason|superintendent|foreman|associate|fellow|deputy|commander|secretaire"
    r"|recruiters?|webmaster|paralegal|quartermaster|cartographer|meteorologist|physicist|chemist|mathematician"
    r"|modell?ers?|testers?|integrators?|installers?|oceanographer|historian|curator"
    r"|recruteu(?:r|se)|cartographe|physicien(?:ne)?|chimiste|informaticien(?:ne)?"
    r"|electronicien(?:ne)?|ouvri(?:er|ere)|standardiste|manutentionnaire|cariste"
    r"|adjointe?|technicien(?:ne)?|ingenieure?|chef|responsable|conseill(?:er|ere)"
    r"|analyste|scientifique|commis|chauffeur|tradu(?:cteur|ctrice)|interprete"
    r"|electricien(?:ne)?|gestionnaire|direct(?:eur|rice)|control(?:eur|euse)"
    r"|coordo?n?n?at(?:eur|rice)|specialiste|administrat(?:eur|rice)|comptable"
    r"|audit(?:eur|rice)|architecte|developpeu(?:r|se)|planificat(?:eur|rice)"
    r"|redact(?:eur|rice)|bibliothecaire|archiviste|juriste|cherch(?:eur|euse)"
    r"|statisticien(?:ne)?|economiste|inspect(?:eur|rice)|instruct(?:eur|rice)"
    r"|format(?:eur|rice)|superviseu(?:r|se)|operat(?:eur|rice)|mecanicien(?:ne)?"
    r"|plombier|menuisier(?:e)?|peintre|soudeu(?:r|se)|cuisini(?:er|ere)|magasinier(?:e)?"
    r"|receptionniste|huissier|infirmi(?:er|ere)|medecin|psychologue|photographe"
    r"|stagiaire|consultante?|experte?|agent|attachee?|chargee?|preposee?|employee?"
    r"|officier|gardien(?:ne)?|pompier|jardinier|serrurier|reviseu(?:r|se)|terminologue"
    r"|linguiste|achet(?:eur|euse))\b"
)
# An office's, a unit's or a site's line: "Financial Controller's Office", "Budget Branch".
_UNIT_NOUN = re.compile(
    r"\b(?:office|branch|division|directorate|section|service|department|unit|bureau"
    r"|headquarters|command|agency|centre|center|staff|organi[sz]ation|careers?|vacancies)$"
)
_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fevr|mars|avr|mai"
    r"|juin|juil|aout|sept|oct|nov|dec)[a-z]*\.?\s\d{4}\b"
)
# A facts line's words: "Published:", "Posted 3 days ago", "Full-time", "Apply before".
_FACTS = re.compile(
    r"\b(?:published|posted|reposted|apply (?:now|before|by)|applicants|full-time|part-time"
    r"|on-site|salary\s?:|deadline\s?:|closing (?:date|on)|publie|postuler)"
)
# A page's buttons: "Share this job   Save job   Print", "Apply now | Email to a friend".
_BUTTON = re.compile(
    r"\b(?:share|save|print|apply|email|e-mail|bookmark|back to|sign in|log in|report)\b"
)
# A greeting, a letter's or a page's words that never open a post's title.
_NOT_A_POST_START = re.compile(
    r"^(?:(?:the|a|an|le|la|les)\s|(?:dear|hi|hello|we|you|our|your|about|who|what|how|why"
    r"|nous|vous|job offer|vacancy|vacancies|careers?|home|menu)\b)"
)


def is_place(text: str) -> bool:
    """'Mons, Belgium', 'The Hague, Netherlands', 'Münster, Germany': a duty station."""
    parts = text.rsplit(",", 1)
    return len(parts) == 2 and len(parts[1].split()) <= 3 and bool(countries_in(parts[1]))


def _has_pictograph(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in text)


def names_a_post(line: str) -> bool:
    """Positive evidence: a job noun in the line ('Supply Assistant', 'HEAD, FINANCE')."""
    return bool(_POST_NOUN.search(fold(line)))


# "Head, Financial Management Branch", "Chief of Staff", "Director (Policy Office)": the post
# noun, then the unit it heads; "Financial Controller's Office" is the unit's own name.
_POST_OF_UNIT = re.compile(rf"{_POST_NOUN.pattern}(?:,|\s(?:of|du|de la|des|de)\b|\s?\(|\s[-–—]\s)")


def _post_of_unit(folded: str) -> bool:
    return bool(_POST_OF_UNIT.search(folded))


def not_a_post(line: str) -> bool:
    """Negative evidence: a place, a date or facts line, a menu of several '|'-separated items,
    a button, a pictograph, a greeting or sentence, an organisation's or an office's name."""
    text = line.strip()
    folded = fold(text)
    words = text.split()
    return (
        not text
        or len(text) > 120
        or not 1 <= len(words) <= 14
        or text.count("|") >= 1
        or len(re.findall(r"\s[›»>]\s", text)) >= 1  # a site's trail: "Jobs › Officers"
        or "[" in text
        or only_page_chrome(text)  # "Share", "Save job · Share"
        or _has_pictograph(text)
        or text.endswith((".", ":", ";", "!", ","))
        or bool(re.match(r"^[^\w(]", text))
        or len(set(_BUTTON.findall(folded))) >= 2
        or bool(_DATE.search(folded))
        or bool(_FACTS.search(folded))
        or is_place(text)
        or bool(_NOT_A_POST_START.match(folded))
        or bool(re.match(r"^[a-z' ()/]{2,40}\s?:", folded))
        or (bool(_UNIT_NOUN.search(folded)) and not _post_of_unit(folded))
        or (body_from_text([text]) is not None and not names_a_post(text))
    )


def post_line(line: str) -> bool:
    """A line that reads as a post's title: evidence for, none against."""
    return names_a_post(line) and not not_a_post(line)


def nearest_post_line(lines: list[str], limit: int = 18) -> str | None:
    """The first of the opening lines that reads as a post's title, or None."""
    opening = [line for line in lines[:80] if line.strip()][:limit]
    # ("Budget Officer | NSPA Careers": a site's name after the title is no menu.)
    titles = (without_board_marks(strip_title_prefix(before_a_label(line))) for line in opening)
    return next((title for title in titles if post_line(title)), None)


# "Technician (Network Operations) Employer: NCIA Location: ...": a board's page run onto one
# line, its title before the first label.
_RUN_ON_LABEL = re.compile(
    r"^(.{3,80}?)\s(?:Employer|Organi[sz]ation|Company|Location|Duty station|NATO Body|Body"
    r"|Grade|Reference|Ref\.|Job ID|Closing date|Deadline|Salary|Contract|Employeur|Lieu"
    r"|Organisme|Référence|Date limite)\s?:"
)


def before_a_label(line: str) -> str:
    """The line, or what comes before a label run on after it."""
    text = line.strip()
    match = _RUN_ON_LABEL.match(text)
    return match[1].strip() if match and names_a_post(match[1]) else text


def post_or_first(
    title: str | None, lines: list[str], candidate: Callable[[str], bool]
) -> str | None:
    """The title guessed from the opening lines; when it names no post ("Careers | News",
    "Mons, Belgium", "Financial Controller's Office") and a nearby line does, that line; when
    it is evidently no post ("Share this job  Save job  Print") and no line names one, the
    first title-shaped line (`candidate`) with no evidence against it."""
    if title is not None and post_line(title):
        return without_board_marks(title)
    if post := nearest_post_line(lines):
        return post
    if title is None or not not_a_post(title):
        return title
    opening = [line.strip() for line in lines[:80] if line.strip()][:12]
    titles = (strip_title_prefix(line) for line in opening if candidate(line))
    return next((line for line in titles if not not_a_post(line)), title)


# "(m/f/x)", "(m/w/d)", "(H/F)", "(f/m/d)": a job board's gender mark, not part of the title.
_GENDER_MARK = re.compile(r"\s?\((?:[mfwhdx]\s?/\s?){1,3}[mfwhdx]\)", re.IGNORECASE)


def without_board_marks(title: str) -> str:
    """'Personnel Assistant (m/f/x) – NATO Joint Force Command Brunssum' -> 'Personnel
    Assistant': a board's gender mark and the body's name or the place after a dash leave the
    title."""
    title = _GENDER_MARK.sub("", title).strip()
    parts = re.split(r"\s[-–—|]\s", title)
    # "Specialist – NATO CAOC Torrejón (Madrid) – Grade G13": the grade after the body (it has
    # a field of its own) does not keep the body in the title.
    while len(parts) >= 3 and _GRADE_PART.match(parts[-1].strip()):
        parts = parts[:-1]
    # (or the duty station: "Clerk (Registry) – Szczecin, Poland"; or a headquarters by its
    # kind: "NATO CAOC Torrejón (Madrid)"; the body and then the place: "Engineer - NATO
    # Communications and Information Agency - The Hague, Netherlands")
    kept = len(parts)
    while kept >= 2:
        if _body_or_place(parts[kept - 1]):
            kept -= 1
        elif kept >= 3 and _place_word(parts[kept - 1].strip()) and _body_or_place(parts[kept - 2]):
            kept -= 2  # "Engineer | NCIA | The Hague": a town after the body
        else:
            break
    if kept == len(parts):
        return title
    return " - ".join(part.strip() for part in parts[:kept])


def _body_or_place(part: str) -> bool:
    named = body_from_text([part]) or named_headquarters([part])
    return (named is not None or is_place(part)) and not names_a_post(part)


# "Grade G13", "NATO Grade A2", "G7": a grade on its own between dashes.
_GRADE_PART = re.compile(
    r"^(?:NATO )?(?:[Gg]rade:? )?[ABCG]-?\d{1,2}(?:\s?[-/]\s?[ABCG]-?\d{1,2})?$"
)


# "📍 Brussels   🗓 Published ...": a board's pin before the place.
_PIN = re.compile(r"📍\s?([^\W\d_][^|📍🗓⏳•·]{1,60}?)(?=\s{2,}|\s?[|🗓⏳•·]|$)")


def _place_word(text: str) -> bool:
    """'Brussels', 'The Hague': a few capitalised words, no figure, label or post."""
    return (
        1 <= len(text.split()) <= 4
        and text[:1].isupper()
        and ":" not in text
        and not any(ch.isdigit() for ch in text)
        and not names_a_post(text)
    )


def place_in_opening(lines: list[str]) -> str | None:
    """A duty station the opening lines state without a label: after a board's pin, or after a
    dash at the end of the reference's or the body's line ("Vacancy 270033 - Mons, Belgium",
    "Allied Joint Force Command Naples (JFC Naples) — Lago Patria, Italy")."""
    for line in [line for line in lines[:80] if line.strip()][:20]:
        text = line.strip()
        if match := _PIN.search(text):
            return match[1].strip(" ,")
        if _has_pictograph(text) and _FACTS.search(fold(text)):
            # The pin dropped by the text's clean-up: "Brussels 🗓 Published: ...".
            first = re.split(r"[^\w\s,.()'-]", text, maxsplit=1)[0].strip(" ,")
            if _place_word(first):
                return first
        parts = re.split(r"\s[-–—]\s", text)
        if len(parts) >= 2 and len(text) <= 150 and is_place(parts[-1].strip()):
            return parts[-1].strip()
        if len(text.split()) <= 5 and is_place(text):
            return text  # "Bruxelles, Belgique" alone under the title
        if place := _place_after_body(text):
            return place
    return None


# "NATO Maritime Centre for Security (NMCS), Northwood, United Kingdom", "HEADQUARTERS ALLIED
# AIR COMMAND, RAMSTEIN, GERMANY": a letterhead's body, then its duty station after a comma.
_BODY_HEAD = re.compile(
    r"\)$|\b(?:NATO|OTAN|[Hh]eadquarters|HEADQUARTERS|[Cc]ommand|COMMAND|[Aa]gency|AGENCY"
    r"|[Cc]entre|CENTRE|[Aa]cademy|ACADEMY|[Ff]orce|FORCE|[Cc]ollege|COLLEGE|[Ss]chool|SCHOOL)\b"
)


# "Torrejón de Ardoz Air Base, Madrid, Spain": the base is part of the duty station.
_BASE = re.compile(r"\b(?:[Aa]ir [Bb]ase|AIR BASE|[Bb]arracks|BARRACKS|[Kk]aserne|KASERNE)$")


def _place_after_body(text: str) -> str | None:
    head, _, tail = text.partition(", ")
    if tail and len(text) <= 150 and _BASE.search(head) and is_place(tail.strip()):
        return text.strip(" .")
    if not tail or len(text) > 150 or not _BODY_HEAD.search(head) or not is_place(tail.strip()):
        return None
    tail = tail.strip(" .")
    # "NATO Communications and Information Agency · Mons, Wallonia, Belgium": the town after
    # the separator is the place's too.
    segments = re.split(r"\s[·|•–—-]\s", head)
    if len(segments) > 1 and not _BODY_HEAD.search(segments[-1]):
        tail = f"{segments[-1].strip()}, {tail}"
    return tail.title() if tail.isupper() else tail
