"""Header facts outside the NATO IS label/value layout, each marked as a guess.

Other NATO bodies and other copies of a notice write the header differently: a title alone on
its line or after "TITLE /" (title_guesses), references as "VACANCY N: 24/123" or "240123
Requisition #" or only in the file name (header_references), the NATO body named in the text
(bodies), a clearance or a deadline stated in a sentence (here). These readers run only for
what the labelled header did not give, and every value they return is reported as a guess so a
person checks it. Nothing is made up: a field nobody states stays missing.
"""

from __future__ import annotations

import re

from screener.domain.terms import Clearance
from screener.importer.bodies import (
    body_from_text,
    body_of_reference,
    canonical_body,
    coe_short_name,
    named_headquarters,
    own_headquarters,
)
from screener.importer.header import Header
from screener.importer.header_dates import month_first_page, parse_deadline
from screener.importer.header_references import (
    first_reference,
    labelled_reference,
    reference_from_file_name,
    reference_in_sentence,
    reference_under_any_label,
)
from screener.importer.header_values import parse_clearance
from screener.importer.post_titles import place_in_opening
from screener.importer.text_cleanup import is_bullet
from screener.importer.title_guesses import guess_title
from screener.importer.wording import fold

_CLEARANCE_SENTENCE = re.compile(
    r"(?:cosmic top secret|nato secret|nato confidential|nato confidentiel|secret otan"
    r"|cosmic tres secret)[^.]{0,40}(?:clearance|habilitation)"
    r"|(?:clearance|habilitation)[^.]{0,60}(?:cosmic top secret|nato secret|nato confidential"
    r"|secret otan|cosmic tres secret|\bcts\b|\bns\b)"
)


# "COSMIC TOP SECRET" alone on a line of the header (a '|'-joined header line's field): a
# public notice is never marked at that level, so it is the post's clearance.
_LEVEL_ALONE = re.compile(
    r"^(?:cosmic top secret|nato secret|nato confidential|secret otan|otan secret"
    r"|cosmic tres secret|nato confidentiel|otan confidentiel)$"
)


# "Bezpečnostní prověrka: COSMIC TOP SECRET", "Sicherheitsüberprüfung: NATO SECRET": a header
# line in a national circular's own language, its value a NATO level (written in English in
# every language), whatever the label's words.
_LEVEL_AFTER_A_LABEL = re.compile(r"^[^\W\d][^:]{1,40}:\s*(.+)$")


# The levels in the words of the nations' own circulars ("NATO TAJNÉ", "NATO GEHEIM", "COSMIC
# PŘÍSNĚ TAJNÉ"), folded: "COSMIC" names the top level in every language.
_NATIONAL_LEVEL = re.compile(
    r"^(?P<cts>cosmic\b.{0,25})$"
    r"|^(?:nato|otan)\s(?:(?P<ns>tajne|geheim|segreto|secreto|titkos|hemmelig|hemlig|salainen"
    r"|slaptai|gizli|tajno|secret)|(?P<nc>duverne|vertraulich|vertrouwelijk|riservatissimo"
    r"|confidencial|confidential|confidentiel|poufne|bizalmas|fortrolig|konfidencialiai))$"
)
_LEVEL_ACRONYM = re.compile(r"\s?\((?:cts|ns|nc)\)$")


def _level_value(value: str) -> object | None:
    """The clearance a header value states: a NATO level alone ("NATO SECRET (NS)")."""
    value = _LEVEL_ACRONYM.sub("", value.strip(" ."))
    if _LEVEL_ALONE.match(value):
        return parse_clearance(value)
    if match := _NATIONAL_LEVEL.match(value):
        return {"cts": Clearance.CTS, "ns": Clearance.NS, "nc": Clearance.NC}[match.lastgroup or ""]
    return None


def clearance_from_text(lines: list[str]) -> tuple[object, str] | None:
    for index, line in enumerate(lines[:600]):
        if not line or len(line) > 3000:
            continue
        folded = fold(line)
        labelled = _LEVEL_AFTER_A_LABEL.match(folded.strip()) if index < 40 else None
        if labelled and (clearance := _level_value(labelled[1])) is not None:
            return clearance, line.strip()[:120]
        if index < 40 and _LEVEL_ALONE.match(folded.strip()):
            clearance = parse_clearance(folded)
            if clearance is not None:
                return clearance, line.strip()[:120]
        if found := _clearance_sentence(folded, line) or _wrapped_sentence(lines, index):
            return found
    return None


def _clearance_sentence(folded: str, line: str) -> tuple[object, str] | None:
    if "clearance" not in folded and "habilitation" not in folded:
        return None
    if match := _CLEARANCE_SENTENCE.search(folded):
        clearance = parse_clearance(match[0])
        if clearance is not None:
            return clearance, line.strip()[:120]
    return None


def _wrapped_sentence(lines: list[str], index: int) -> tuple[object, str] | None:
    """A sentence wrapped over two lines ("... hold, or be eligible for, a NATO" / "SECRET
    security clearance."): the line and the next read as one."""
    line, after = lines[index].rstrip(), (lines[index + 1 : index + 2] or [""])[0].strip()
    if not after or line.endswith((".", ":")) or is_bullet(after) or len(after) > 3000:
        return None
    return _clearance_sentence(fold(f"{line} {after}"), f"{line.strip()} {after}")


_DEADLINE_SENTENCE = re.compile(
    r"(?:closing date|closing\s?:|deadline|applications? close[sd]?\b|applications? (?:must|should) be (?:received|submitted)|apply (?:by|before)"
    r"|(?:applications?|expressions? of interest|cvs?) (?:are )?to be (?:sent|submitted|received) by"
    r"|\bclos(?:es|ing) on\b|\bopen until\b"
    # "Applications must reach us by ...", "Send your application no later than ...", "Last day
    # to apply: ...": with the application named, never a start date ("start no later than").
    r"|applications?\b[^.]{0,30}\b(?:reach|arrive)\b[^.]{0,20}\bby\b"
    r"|(?:apply|applications?|candidatures?)\b[^.]{0,30}\b(?:no|not) later than"
    r"|last day to apply|applications? (?:will be )?accepted until|apply until"
    r"|candidatures?\b[^.]{0,30}\b(?:avant le|jusqu'au)"
    r"|date limite|date de cloture|au plus tard le"
    # "Clôture des candidatures : 12 janvier 2027", as a French job board writes it.
    r"|cloture des (?:candidatures|inscriptions)|^cloture\s?:"
    # A national circular's own words: Czech "Uzávěrka", German "Bewerbungsschluss", Dutch
    # "Sluitingsdatum", Italian "Scadenza", Spanish "Fecha límite", Polish "Termin składania".
    r"|uzaverka|termin (?:podani|sk[lł]adania)|bewerbungs(?:schluss|frist)|einsendeschluss"
    r"|sluitingsdatum|scadenza|fecha limite|data limite|termen(?:ul)? limita|son basvuru"
    # Norwegian "Søknadsfrist", Danish "Ansøgningsfrist", Swedish "Sista ansökningsdag",
    # Portuguese "Prazo de candidatura", Spanish "Plazo de presentación", Italian "Termine
    # ultimo", Dutch "Uiterste (inschrijf)datum".
    r"|s[oø]knadsfrist|ans[oø]gningsfrist|sista ansokningsdag|prazo (?:de candidatura|limite)"
    r"|plazo de (?:presentacion|solicitud)|termine (?:ultimo|di presentazione)"
    r"|uiterste (?:inschrijf)?datum|jelentkezesi hatarido"
    # Slovak "Uzávierka", Slovene/Croatian "Rok za prijavo/prijavu", Lithuanian and Latvian
    # "Terminas" / "Termiņš", Estonian "Tähtaeg", Finnish "Hakuaika", Albanian "Afati",
    # Icelandic "Umsóknarfrestur", Greek "Προθεσμία", Bulgarian "Краен срок".
    r"|uzavierka|rok za prijav|\btermin(?:as|s)\b|tahtaeg|hakuaika|\bafati\b|umsoknarfrestur"
    r"|προθεσμια|краен срок)"
)


# Someone else's date beside the notice's: a job site's ("(job site) Deadline: ...", see
# header_line) or the forwarder's ("our internal deadline for nominations is ...", "... so
# that it can be endorsed and forwarded. Applications must reach the office by ...").
_NOT_THE_NOTICE_S = re.compile(
    r"^\(job site\)|\binternal (?:deadline|closing)|\bnominations?\b|\bendorse(?:ment|d)?\b"
)
# A board's list of other vacancies: "Similar jobs: ... | ...", or the heading and its items.
_LISTING = re.compile(
    r"^(?:similar|related|other|more) (?:jobs|vacancies|posts)\b|^recently viewed\b"
    r"|^you (?:may|might) also\b|^jobs like this\b"
)


def without_listings(lines: list[str]) -> list[str]:
    """The lines without a board's lists of other vacancies (their bodies and dates are not
    the notice's), each a line or a heading with the lines up to the next blank one."""
    kept: list[str] = []
    skipping = False
    for line in lines:
        if line and _LISTING.match(fold(line).strip()):
            skipping = True
        elif not line.strip():
            skipping = False
        if not skipping:
            kept.append(line)
    return kept


def deadline_from_text(lines: list[str]) -> tuple[object, str] | None:
    """A deadline stated in a sentence; someone else's date only when the notice gives none."""
    lines = [line for line in lines[:800] if line and len(line) <= 3000]
    others = [line for line in lines if _NOT_THE_NOTICE_S.search(fold(line))]
    month_first = month_first_page(lines)
    for line in [line for line in lines if line not in others] + others:
        folded = fold(line)
        if match := _DEADLINE_SENTENCE.search(folded):
            deadline = parse_deadline(folded[match.start() : match.start() + 160], month_first)
            if deadline is not None:
                return deadline, line.strip()[:120]
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


# NATO's own name, in English or French, rather than one of its bodies'.
_ALLIANCE_ONLY = re.compile(
    r"^(?:the )?(?:north atlantic treaty organi[sz]ation|organisation du traite de l'atlantique"
    r" nord|nato|otan|nato\s?/\s?otan|otan\s?/\s?nato)(?:\s?\((?:nato|otan)\))?$"
)


# "Organisation: Logistics Wing, Maintenance Support Squadron": a unit of the body, which the
# notice names elsewhere ("NATO Airborne Early Warning & Control Force" on its letterhead).
_UNIT_WORDS = re.compile(
    r"\b(?:wing|squadron|section|branch|division|directorate|office|unit|department|cell"
    r"|team|flight|bureau|service|sous-direction|cellule|escadron|escadrille)s?\b"
)
_BODY_WORDS = re.compile(
    r"\b(?:nato|otan|agency|agence|command|commandement|headquarters|quartier|centre|center"
    r"|force|college|college|school|ecole|staff|organi[sz]ation|secretariat|corps|group)\b"
    r"|\(\w{2,10}\)"
)


def _unit_only(value: str) -> bool:
    """The value names a unit within a body (a wing, a branch), not a body."""
    folded = fold(value)
    return bool(_UNIT_WORDS.search(folded)) and not _BODY_WORDS.search(folded)


def fill_guesses(header: Header, lines: list[str], source_name: str) -> dict[str, str]:
    """Fill the fields the labelled header lacked; field -> where the guess came from: "text",
    "file_name", "first_lines", "body_name" or "sentence:<the sentence>" (review_text)."""
    guessed: dict[str, str] = {}
    if header.reference is None:
        if found := labelled_reference(lines):
            header.reference = found
        elif found := (
            first_reference(lines)
            or reference_in_sentence(lines)
            or reference_under_any_label(lines)
        ):
            header.reference, guessed["reference"] = found, "text"
        elif found := reference_from_file_name(source_name):
            header.reference, guessed["reference"] = found, "file_name"
    guess_title(header, lines, guessed)
    lines = without_listings(lines)
    if header.nato_body is not None:
        header.nato_body = canonical_body(header.nato_body)
        unit = _unit_only(header.nato_body)
        if (_ALLIANCE_ONLY.match(fold(header.nato_body).strip()) or unit) and (
            named := body_from_text([line for line in lines[:120] if not is_bullet(line)])
        ):
            # "Organisation: Organisation du Traité de l'Atlantique Nord (OTAN)" names the
            # Alliance; "Secrétariat international" below it names the body that recruits.
            header.nato_body = named
            if unit:
                guessed["nato_body"] = "body_name"
    elif (
        body := (
            body_from_text(_around_title(lines, header))
            # A body named in a requirement ("a course at the NATO School Oberammergau") is not
            # the notice's when the header or the opening names one.
            or body_from_text(opening := [line for line in lines[:120] if not is_bullet(line)])
            or named_headquarters(opening)
            or body_from_text(lines)
            or coe_short_name(lines)
            or body_of_reference(header.reference)
        )
    ):
        header.nato_body, guessed["nato_body"] = body, "body_name"
    if header.nato_body is not None:
        header.nato_body = own_headquarters(lines, header.nato_body)
    if header.location is None and (place := place_in_opening(lines)):
        header.location, guessed["location"] = place, "first_lines"
    if header.clearance is None and (found_clearance := clearance_from_text(lines)):
        header.clearance = found_clearance[0]  # type: ignore[assignment]
        guessed["clearance"] = f"sentence:{found_clearance[1]}"
    if header.deadline is None and (found_deadline := deadline_from_text(lines)):
        header.deadline = found_deadline[0]  # type: ignore[assignment]
        guessed["deadline"] = f"sentence:{found_deadline[1]}"
    return guessed
