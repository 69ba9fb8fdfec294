"""The NATO body a notice names: a listed body (screener.importer.body_names) found first in its
opening lines, else a Centre of Excellence, a headquarters named by its kind, a unit on a header
line of its own, or the body its reference's letters name."""

from __future__ import annotations

import re

from screener.importer.body_names import BODIES
from screener.importer.wording import fold


def canonical_body(value: str) -> str:
    """A labelled body written without its acronym gets the name the corpus of files uses."""
    if "(" in value and "otan" not in fold(value):
        return value
    # Unbracketed, or in French ("Secrétariat international de l'OTAN"): the name files use.
    return body_from_text([value]) or value


def body_from_text(lines: list[str]) -> str | None:
    """The NATO body named first in the notice's opening lines."""
    kept = [fold(line) for line in lines[:120] if line and len(line) <= 2000]
    # "Locations: Mons, Belgium (SHAPE)" on a careers page of NSHQ, which SHAPE houses: a
    # place, read only when no other line names a body.
    places = [line for line in kept if _PLACE_LABEL.match(line)]
    others = [line for line in kept if not _PLACE_LABEL.match(line)]
    return _first_listed(others) or _first_listed(places) or _first_coe(lines)


# A location's label ("Location:", "Duty locations:", "Place of work:", "Lieu d'affectation :").
_PLACE_LABEL = re.compile(
    r"^\W{0,3}(?:(?:primary|duty|work|job) )?locations?\s?:|^place of (?:work|duty)\s?:"
    r"|^lieu(?: de travail| d'affectation)?\s?:"
)


def _first_listed(folded_lines: list[str]) -> str | None:
    """The listed body (BODIES) named first in these folded lines."""
    head = " ".join(folded_lines)[:40000]
    best: tuple[int, str] | None = None
    for fragment, name in BODIES:
        pattern = rf"(?<![a-z]){re.escape(fragment)}(?![a-z])"
        if (match := re.search(pattern, head)) and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else None


def _first_coe(lines: list[str]) -> str | None:
    """The Centre of Excellence named first, in mixed case or on a letterhead in capitals: the
    letterhead above "The C-IED COE is a NATO-accredited Centre of Excellence ..." names it;
    the same name in mixed case keeps its acronyms ("Joint CBRN Defence ...")."""
    for line in lines[:120]:
        if named := centre_of_excellence([line]):
            return named
        if capitals := _coe_in_capitals([line]):
            written = (centre_of_excellence([other]) for other in lines[:120])
            same = (name for name in written if name and fold(name).endswith(fold(capitals)))
            return next(same, capitals)
    return None


def _coe_in_capitals(lines: list[str]) -> str | None:
    """A COE's letterhead in capitals ("NATO ENERGY SECURITY CENTRE OF EXCELLENCE"), when the
    text never writes its name in mixed case."""
    for line in lines[:120]:
        if line and len(line) <= 2000 and (match := _COE_CAPITALS.search(line)):
            return _title_case(match[1])
    return None


def coe_short_name(lines: list[str]) -> str | None:
    """A COE by its short name ("ENSEC COE"): the last resort, after every full name."""
    for line in lines[:120]:
        if line and len(line) <= 2000 and (match := _COE_SHORT.search(line)):
            return match[1]
    return None


# NATO-accredited Centres of Excellence (some thirty, each funded by its sponsoring nations),
# by the name the notice writes: "the Joint CBRN Defence Centre of Excellence in Vyškov".
_COE = re.compile(
    r"\b(?!The\s)((?:NATO )?(?:[A-Z][\w&-]*,?\s(?:and\s|of\s|for\s)?){1,8}Cent(?:re|er) of Excellence"
    # "NATO Centre of Excellence for Military Medicine": its name after the words.
    r"(?:\sfor\s(?:the\s)?[A-Z][\w&-]*(?:\s(?:and\s|of\s|&\s)?[A-Z][\w&-]*){0,5})?"
    r"(?:\s\([^()]{2,30}\))?)"
)


# Headquarters named by their kind rather than listed one by one: a Combined Air Operations
# Centre with its town ("COMBINED AIR OPERATIONS CENTRE TORREJON (CAOC TJ)", "CAOC Uedem"), a
# Centre of Excellence in capitals on its letterhead or by its short name ("ENSEC COE"), a
# NATO Rapid Deployable Corps ("1 (German/Netherlands) Corps", "NRDC-ITA"), SHAPE by its
# acronym ("SHAPE — Civilian Careers").
_CAOC = re.compile(
    r"\bcombined air operations cent(?:re|er)\b(?:\s(?!of\b)([^\W\d_]{3,20}))?"
    r"(?:\s?\((caoc[\w ]{0,8})\))?(?<=[\w)])(?<!cent(?:re|er))|\b(caoc)\s(?!-)([a-z]{2}\b|[^\W\d_]{3,20})",
    re.IGNORECASE,
)
_COE_CAPITALS = re.compile(
    r"\b((?:NATO )?(?:[A-Z][A-Z&-]*,?\s(?:AND\s|OF\s|FOR\s)?){1,8}CENT(?:RE|ER) OF EXCELLENCE)\b"
)
# "JCBRN Defence COE", "ENSEC COE": a COE by its short name, when its full name is not given.
_COE_SHORT = re.compile(
    r"\b(?!(?:The|A|An|Our|This|That)\s)((?:NATO\s)?(?:[A-Z][A-Za-z&-]{1,10}\s){0,2}[A-Z][A-Za-z&-]{1,10}\sCOE)\b"
)
_CORPS = re.compile(r"\b(\d{1,2}\s\([A-Z][a-z]+(?:[/-][A-Z][a-z]+)*\)\sCorps)\b")
_NRDC = re.compile(r"\b(NRDC[- ](?:[A-Z]{2,3})(?:/[A-Z]{2})?)(?![\w/])")
_SHAPE = re.compile(r"(?<![\w(])SHAPE(?![\w)])")
# Any other NATO or multinational headquarters by the shape of its name: "NATO Maritime
# Interdiction Operational Training Centre (NMIOTC)", "Multinational Division North East",
# "Headquarters Rapid Reaction Corps France".
_NATO_NAMED = re.compile(
    r"\b((?:NATO|Allied|Headquarters|HQ|Multinational)\s(?:[A-Z][\w&'-]*\s(?:(?:and|of|for|the)\s)?){0,6}"
    r"(?:Centre|Center|Agency|Office|School|Group|Unit|Force|Wing|Command|Corps|Division"
    # (A town in any letters: "Bodø", not "Bod".)
    r"|Station|Battalion)\b(?:\s[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?){0,2}\b"
    r"(?:\s?\([A-Z][\w&/ -]{1,14}\))?)"
)
_SMALL_WORDS = frozenset({"Of", "And", "For", "The"})


def _title_case(name: str) -> str:
    words = [w if w in ("NATO", "OTAN") or w.startswith("(") else w.title() for w in name.split()]
    return " ".join(w.lower() if w in _SMALL_WORDS and i else w for i, w in enumerate(words))


def _caoc(match: re.Match[str]) -> str:
    town, acronym = (match[1] or "", match[2] or "") if match[3] is None else ("", match[0])
    town = town.title() if town.isupper() or town.islower() else town
    if match[3] is not None and len(match[4]) > 2:
        town, acronym = match[4].title() if match[4].islower() else match[4], ""
    name = f"Combined Air Operations Centre {town}".strip()
    return f"{name} ({acronym.upper()})" if acronym else name


def _named_in(line: str) -> str | None:
    if match := _CAOC.search(line):
        return _caoc(match)
    if (match := _CORPS.search(line)) or (match := _NRDC.search(line)):
        nrdc = _NRDC.search(line)
        if match.re is _CORPS and nrdc:
            return f"{match[1]} ({nrdc[1]})"
        return match[1] if match.re is _CORPS else f"NATO Rapid Deployable Corps ({match[1]})"
    if _SHAPE.search(line):
        return "Allied Command Operations (SHAPE)"
    if "excellence" in fold(line):
        return None  # a COE: its full name is read by body_from_text
    if match := _NATO_NAMED.search(_title_case(line) if line.isupper() else line):
        return match[1]
    return None


def named_headquarters(lines: list[str]) -> str | None:
    """The first headquarters named by its kind (a CAOC, a corps, SHAPE) in the opening lines,
    for a notice that names no listed body."""
    for index, line in enumerate(lines[:120]):
        if line and len(line) <= 2000 and (name := _named_in(line)):
            if name.startswith("Combined Air Operations Centre ("):
                # "De: CAOC TJ Personnel" above "COMBINED AIR OPERATIONS CENTRE TORREJON
                # (CAOC TJ)": the name with its town.
                fuller = (_named_in(x) or "" for x in lines[index + 1 : 120] if len(x) <= 2000)
                name = next((x for x in fuller if x.endswith(f"{name[-9:]}")), name)
            return name
    return None


def centre_of_excellence(lines: list[str]) -> str | None:
    """A Centre of Excellence named in the opening lines (with capitals), as written."""
    for line in lines[:120]:
        if line and len(line) <= 2000 and (match := _COE.search(line)):
            return match[1]
    return None


# Commands that head other headquarters: a notice's banner often names the parent ("ALLIED
# COMMAND OPERATIONS - CIVILIAN CAREERS") above the headquarters that recruits.
_PARENTS = frozenset(
    {
        "Allied Command Operations (ACO)",
        "Allied Command Transformation (ACT)",
        "Allied Air Command (AIRCOM)",
        "Allied Maritime Command (MARCOM)",
        "Allied Land Command (LANDCOM)",
        # The STO's centre (CMRE in La Spezia) is the one a candidate applies to.
        "NATO Science and Technology Organization (STO)",
        # A Joint Force Command's centres and units recruit under their own names.
        "Allied Joint Force Command Naples (JFC Naples)",
        "Allied Joint Force Command Brunssum (JFCBS)",
        "Joint Force Command Norfolk (JFC Norfolk)",
        "Allied Joint Force Command",
    }
)
# A unit's name with its acronym on a header line of its own: "DEPLOYABLE AIR COMMAND AND
# CONTROL CENTRE (DACCC)", "NATO Programming Centre (NPC)". A body in its own right, whether
# or not BODIES lists it.
_UNIT_LINE = re.compile(
    r"^\W{0,3}((?:[A-Z][\w&'-]*\s(?:(?:and|of|for|the)\s)?){1,8}"
    # (Not a headquarters' own divisions, offices and groups: "Office of the Chief of Staff
    # (OCOS)", "Cyber Security Group (CSG)".)
    r"(?:Centre|Center|Agency|School|Unit|Force|Wing|Command|Corps"
    r"|Station|Battalion|Squadron|Academy|College)"
    r"\s?\([A-Z][A-Z0-9&/ -]{1,12}\))"
)
# Headquarters under a parent that BODIES cannot name on their own: SHAPE written
# without brackets, a Combined Air Operations Centre with its town ("CAOC Uedem").
_OWN_HQ = re.compile(
    # (A town in any letters: "Torrejón", not "Torrej".)
    r"\b(?-i:SHAPE)\b|\bcombined air operations cent(?:re|er)(?:\s(?!-)[^\W\d_]{3,20}\b)?"
    r"(?:\s\(caoc[\w ]{0,6}\))?|\bcaoc\s(?!-)[^\W\d_]{3,20}\b",
    re.IGNORECASE,
)


def own_headquarters(lines: list[str], body: str) -> str:
    """The headquarters the notice names at its top when `body` is only its parent command:
    "Joint Support and Enabling Command (JSEC), Ulm" under an ACO banner, "CAOC Uedem - Allied
    Air Command"."""
    if body not in _PARENTS:
        return body
    # Header lines, not sentences of the duties ("... with the Combined Air Operations Centres.").
    top = [line for line in lines[:60] if line and len(line) <= 200][:12]
    top = [line for line in top if len(line) <= 120 and not line.rstrip().endswith(".")]
    if any(fold(line).startswith("headquarters allied") for line in top):
        return body  # "HEADQUARTERS ALLIED AIR COMMAND": the command's own headquarters
    for at, line in enumerate(top):
        if (match := _OWN_HQ.search(line)) is not None:
            if match[0] == "SHAPE":
                return "Allied Command Operations (SHAPE)"
            if fold(match[0]).startswith("caoc"):
                # "... en el CAOC Torrejón (OTAN)" above "COMBINED AIR OPERATIONS CENTRE
                # TORREJÓN (CAOC TJ)": the full name, when the header gives it.
                fuller = (_OWN_HQ.search(other) for other in top[at + 1 :])
                match = next((m for m in fuller if m and fold(m[0]).startswith("comb")), match)
            head, bracket, tail = match[0].partition(" (")
            return f"{head.title() if head.isupper() else head}{bracket}{tail}"
        named = body_from_text([line]) or _unit_line(line)
        if named is not None and named not in _PARENTS and "Allied Command" not in named:
            return named
    return body


def _unit_line(line: str) -> str | None:
    match = _UNIT_LINE.match(_title_case(line) if line.isupper() else line)
    return match[1] if match else None


# A reference's prefix that names its body by letters BODIES does not hold on their own.
_REFERENCE_PREFIXES = {
    "IMS": "NATO International Military Staff (IMS)",
    "IS": "NATO International Staff (NATO IS)",
    "SHAPE": "Allied Command Operations (SHAPE)",
    "SACT": "Allied Command Transformation (ACT)",
    "ACT": "Allied Command Transformation (ACT)",
    "ACO": "Allied Command Operations (ACO)",
    "NAEW": "NATO Airborne Early Warning & Control Force (NAEW&C Force)",
}


def body_of_reference(reference: str | None) -> str | None:
    """'IMS-27-04', 'NSPA-27-003', 'HQ-SACT-26-41': the body the reference's letters name,
    when the text names none."""
    words = [word for word in re.split(r"[-/ ]", reference or "") if word.isalpha()][:2]
    for word in reversed(words):
        if name := _REFERENCE_PREFIXES.get(word.upper()) or body_from_text([word]):
            return name
    return None
