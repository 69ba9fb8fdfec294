"""A notice's reference outside the NATO IS label/value layout: "VACANCY N: 24/123",
"Vacancy No. NCIA 24/123", "240123 Requisition #", a reference alone on a line or in brackets,
a label inside a sentence, or only the file name's number."""

from __future__ import annotations

import re
from pathlib import Path

from screener.importer.header_titles import (
    REFERENCE_LABEL_ALONE,
    REFERENCE_TOKEN,
    without_label_number,
)
from screener.importer.wording import fold

MAX_LINE = 300
# "VACANCY N: 240123", "Vacancy No. NCIA 24/123", "Requisition #: 240123", "Job ID 12345".
REFERENCE_LABEL = re.compile(
    # (Never an address's "Post code: 1110".)
    # (Nor a recruiting agency's own: "Our ref: ATL-4471     Client ref: SHAPE 27/FIN/014".)
    r"^(?!.{0,40}\bpost(?:al)? ?code\b)(?!our ref)(?:[a-z&' -]{2,40}\s)?(?:vacancy|vacance(?: de poste)?"
    r"|requisition|req\.?|job|position|posting|post|reference|ref\.?|numero"
    # "Announcement No.: NAEW&C F 26/047", "Notice number: JFCBS 27/03", "Avis n° 27/014":
    # only with their number's word.
    # (Never a circular's: "CIRCULAR No. 27/NCP/2026" is the relaying ministry's number.)
    r"|(?:announcement|notice|avis|annonce|competition|recruitment|selection|concours)"
    r"(?=\s?(?:n\s?[°o]|no\b|no\.|nr\b|nr\.|number|num[eé]ro|#))"
    # "N° de l'avis : SHAPE 27/CSD/014": the number's sign first, then what it numbers.
    r"|n\s?[°o]\.?(?= de l'(?:avis|annonce|offre)\b))"
    # (A whole word: "Posted on 25 November" is no "Post" label over "ED ON 25".)
    r"(?![a-z])"
    # "Avis de vacance de poste civil NAEW 27/09", "Référence de l'OTAN", "Numéro de l'avis".
    r"(?:\s(?:notice|announcement|notification|avis|civil|civile|civilian|de l'otan|du poste"
    r"|de l'avis|de l'annonce|de l'offre|de l'employeur|employeur|d'emploi|otan|nato"
    # "Référence NSPA : 26-1127": the body's letters between the label and its colon.
    r"|[a-z]{2,6}(?=\s?:)))?"
    # "N°", "No.", "N." (a lone "n" is a reference's first letter: "NSPA-SOC-27-014").
    r"\s?(?:n\s?[°o]\.?(?![a-z])|n\.|n(?=\s?[:#])|no\.?|number|num\.?|id|#|ref(?:erence)?\.?"
    r"|reference number|code)?"
    r"\s?[:;#|-]?\s{0,16}"
    # "SHAPE 27/LEG/002", "NSPA-SOC-27-014", "27/C/005": a body's prefix, then parts.
    rf"({REFERENCE_TOKEN.lower()}|\d{{4,8}}(?:[/-]\d{{1,4}})?"
    # "2027/IS/045": the year, the body's letters, a number.
    r"|\d{4}[/-][a-z]{2,6}[/-]\d{2,4}"
    # "E3A 27/06": a unit's prefix with a figure in it, after a label only.
    r"|[a-z][a-z0-9&]{1,6}[ -]\d{2}[/-]\d{2,4}"
    # "011/ACT/DCDI/SDA-0215": ACT's post number, a figure then the branch's letters.
    r"|\d{2,3}(?:[/-][a-z0-9]{1,6}){1,4}"
    # "NAEW&C F 26/031": a body's letters with '&' and a unit's letter, after a label only.
    r"|[a-z][a-z&]{1,6} [a-z]{1,3} \d{2}[/-]\d{2,4}"
    # "PASP 0412", "NETMA-2611": a body's or a division's letters and a number, after a
    # label only.
    r"|[a-z]{2,6}[ -]\d{3,6}"
    # "LANDCOM 27-TI-02": a command's seven or eight letters, after a label only.
    r"|[a-z]{7,8}[ -]\d{2}(?:[/-][a-z0-9]{1,6}){1,3}"
    # "STRATCOM COE 2027-02", "CCDCOE 2027/011": a centre's name in a word or two, then the
    # year and a number, after a label only.
    # ("STRATCOM-COE/VA/2027-02": the words joined, the series' letters before the year.)
    r"|[a-z]{2,8}(?:[ -][a-z]{2,8})?(?:/[a-z]{1,4})?[ /-](?:19|20)\d\d[/-]\d{1,4}"
    # "NSHQ-R-0271": a careers platform's requisition ("R-0271") under the body's letters,
    # after a label only.
    r"|[a-z]{2,6}-[a-z]{1,2}-\d{3,6})(?![\w/])"
)
# "JFCNP 27/008" alone on a line near the top: a body's reference without a label.
# (Or with the body's two words: "HQ SACT 26/41", "NAEW&C F 26/047".)
# ("NSPA 26/LOG/204": a branch's letters after the year; never "Page 12/30".)
_BARE_REFERENCE = re.compile(
    r"^(?!(?:page|p|tel|fax)[ -])([a-z][a-z&]{1,5}[ -](?:[a-z][a-z&]{0,5}[ -])?\d{2}[/-]"
    r"(?:\d{2,4}|[a-z]{2,6}[/-]\d{2,4}))$"
)
# A post number's label: the number names the post, not the notice.
_POST_NUMBER = re.compile(
    r"^(?:post|position|billet) (?:number|no\.?|n°|id)\b|^numero (?:de|du) poste"
)
# Six figures alone on one of the first lines: the careers site's requisition number.
_TALEO_NUMBER = re.compile(r"^\d{6}$")
_TALEO_NUMBER_LINES = 6
# "240123 Requisition #" (a careers site's export puts the number first).
BRACKETED_REFERENCE = re.compile(
    r"\s?\((?:post|vacancy|job|position|requisition|ref)[^()]{0,40}\d[^()]{0,20}\)\s?$",
    re.IGNORECASE,
)
NUMBER_THEN_LABEL = re.compile(r"^(\d{4,8})\s?(?:requisition|req\.?|job id)\s?#?$")
_FILE_NUMBER = re.compile(r"(?<!\d)(\d{5,7})(?!\d)")
# "Job Reference: ACT-2027-0019" under "Post Number: TSC FCX 0310": the vacancy's own
# reference names the notice; a post number names the post, which outlives it.
_REFERENCE_WORD = re.compile(
    r"^(?:job |vacancy |our )?(?:reference|ref\.?|numero de l'avis|n\s?[°o]\.? de l'avis)\b"
    r"|^vacancy (?:number|no\.?|n°)(?![a-z])"
    # "Vacancy notice: JFCNP 26/37" under "Post number: JFCNP JCC 0150".
    r"|^(?:vacancy|job) (?:notice|announcement)(?: (?:number|no\.?|n°|reference|ref\.?))?\s?:"
    # "Vacancy: AIRCOM 27/011" under "Post number: AIRCOM PRO 0010".
    r"|^vacancy\s?:"
    # "Announcement No.: NAEW&C F 26/047", "Vacancy announcement number: ...", "Avis n° ...".
    r"|^(?:(?:civilian |job )?vacancy )?(?:announcement|notice|avis|annonce|competition"
    r"|recruitment|selection|concours)\s?"
    r"(?:n\s?[°o]\.?|no\.?|nr\.?|number|numero|#)(?![a-z])"
    # "AVIS DE VACANCE D'EMPLOI N° 27/SEC/02": the French notice's own name, then its number.
    r"|^avis de vacance(?: de poste| d'emploi)?(?: civile?)?\s?(?:n\s?[°o]\.?|no\.?|numero)(?![a-z])"
)
# "Vacancy No. ........ MARCOM 26/17": a dotted leader between a label and its value.
_LEADER = re.compile(r"\s?\.{3,}\s?")
# "No. ENSEC COE/VN/2026-07" in a letter's date block: the letter's number is the notice's.
# ("N° / No : SHAPE 27/ACOS J8/03": after the sign and a colon, a number whose parts may hold
# a space, the staff branch's "ACOS J8".)
_NUMBER_ALONE = re.compile(
    rf"^(?:no\.?|n°|nr\.?)\s?:?\s?({REFERENCE_TOKEN.lower()})$"
    r"|^(?:no\.?|n°|nr\.?)\s?:\s?([a-z][a-z&]{1,6} \d{2}/[a-z0-9]{1,6}(?: [a-z0-9]{1,4})?"
    r"(?:/[a-z0-9]{1,6}){1,2})$"
)


# "Vacancy number / Numéro de l'avis : IS 27/011": a bilingual label, its English name read.
# ("N° / No : SHAPE 27/ACOS J8/03": the sign alone, too.)
_SECOND_LABEL = re.compile(r"^([a-z][a-z'. °]{1,30}?) / [a-z][a-z'. °]{1,30}(?=\s?:)")


# "VN Number: AIRCOM 27/007", "V.N. No.": the vacancy notice's initials before its number's word.
_VN = re.compile(r"^v\.?\s?n\.?(?=\s?(?:n\s?[°o]|no\b|no\.|nr\b|nr\.|number|ref|#|:))")


def _folded(line: str) -> str:
    # ("2. REFERENCE: NDC 26/08": a PDF's number before the label is no part of it.)
    folded = _LEADER.sub(": ", re.sub(r"\s+", " ", fold(without_label_number(line))).strip())
    return _SECOND_LABEL.sub(r"\1", _VN.sub("vacancy notice", folded, count=1), count=1)


def labelled_reference(lines: list[str]) -> str | None:
    """A reference on a line labelled as one ("Reference: NSPA-LOG-27-012", "Job Reference:
    ACT-2027-0019"), in a form the Taleo labels do not take: read, not guessed."""
    for line in lines[:40]:
        folded = _folded(line) if line and len(line) <= MAX_LINE else ""
        match = REFERENCE_LABEL.match(folded) if _REFERENCE_WORD.match(folded) else None
        if match and any(ch.isdigit() for ch in match[1]):
            return clean_reference(match[1].upper())
    return _national_reference(lines)


# A national circular's own label for the vacancy's number: Czech "Číslo inzerátu", Dutch
# "Vacaturenummer", Polish "Nr ogłoszenia", German "Stellennummer" / "Kennziffer", Italian
# "Numero del bando", Spanish "Número de (la) vacante", Romanian "Număr de referință", the
# Nordic languages' "Referanse", "Referens", "Stillingsnummer".
_NATIONAL_LABEL = re.compile(
    r"^(?:cislo (?:inzeratu|pozice|volneho mista)|vacature ?nummer|vacaturenr\.?|referentie"
    r"|(?:nr|numer) (?:og[lł]oszenia|stanowiska|referencyjny)|stellennummer|kennziffer"
    r"|ausschreibungsnummer|referenznummer|numero (?:del bando|di riferimento)|riferimento"
    r"|numero de (?:la )?vacante|referencia|numar(?:ul)? (?:de )?referinta|numarul anuntului"
    r"|referencia da vaga|numero da vaga|ilan numarasi|referans numarasi"
    # Norwegian and Danish "Referanse" / "Stillingsnummer", Swedish "Referens(nummer)".
    r"|referanse(?:nummer|nr\.?)?|referens(?:nummer|nr\.?)?|referencenummer|stillingsn(?:umme)?r\.?"
    r"|sygnatura|hivatkozasi szam)\s?:\s?"
    rf"({REFERENCE_TOKEN.lower()}|\d{{5,7}})$"
)


def _national_reference(lines: list[str]) -> str | None:
    for line in lines[:40]:
        folded = _folded(line) if line and len(line) <= MAX_LINE else ""
        if match := _NATIONAL_LABEL.match(folded):
            return clean_reference(match[1].upper())
    return None


# "Κωδικός: JWC 27/EXP/02", "Viitenumber: JWC 27/EXP/02": a circular's label in a language
# whose words are not known, over a value that can only be a reference (letters, then
# figures; never a post's or a telephone's number).
_ANY_LABEL_REFERENCE = re.compile(rf"^(?=[^\W\d])([^:\d]{{2,40}}):\s{{0,20}}({REFERENCE_TOKEN})$")
_NOT_REFERENCE_LABEL = re.compile(r"\b(?:post|position|tel|phone|fax|room|office|building)")


def reference_under_any_label(lines: list[str]) -> str | None:
    """A reference under a label in any language, in the opening lines."""
    for line in lines[:40]:
        text = line.strip() if line and len(line) <= MAX_LINE else ""
        match = _ANY_LABEL_REFERENCE.match(text)
        if match and not _NOT_REFERENCE_LABEL.search(fold(match[1])):
            return clean_reference(match[2].upper())
    return None


def first_reference(lines: list[str]) -> str | None:
    """The first reference the text states; a notice's own number ("HQ SACT 26/41" alone
    under "VACANCY NOTICE") over a post number ("POST NUMBER: TDH CAX 0240")."""
    found, index = _first_reference(lines)
    prefixed = _VACANCY_NUMBER.search(_folded(lines[index])) if found is not None else None
    if prefixed and prefixed[1] and prefixed[2][:1].isdigit() and found == prefixed[2].upper():
        # "JWC Vacancy 26-09" on a line of its own: the body's letters are the number's too.
        return clean_reference(f"{prefixed[1]} {prefixed[2]}".upper())
    if found is not None and _POST_NUMBER.match(_folded(lines[index])):
        bare = (_BARE_REFERENCE.match(_folded(line)) for line in lines[:40] if line)
        if notice := next((match for match in bare if match), None):
            return clean_reference(notice[1].upper())
        if numbered := _vacancy_number(lines[:40]):
            return numbered
    return found


# "JWC Vacancy 26-09" at the end of a header line ("Stavanger, Norway      JWC Vacancy 26-09",
# its right-hand column): the notice's number, the body's letters before "Vacancy".
_VACANCY_NUMBER = re.compile(
    r"(?:^|\s)(?:([a-z][a-z&]{1,5})\s)?vacancy(?:\sno\.?|\snumber|\sn°)?\s?:?\s?"
    r"((?:[a-z][a-z&]{1,5}\s)?\d{2}[/-]\d{2,4})$"
)


def _vacancy_number(lines: list[str]) -> str | None:
    """A vacancy's number ending one of the header's lines, when any."""
    for line in lines:
        match = _VACANCY_NUMBER.search(_folded(line)) if line and len(line) <= MAX_LINE else None
        if match:
            body = match[1] if match[1] and not match[2][:1].isalpha() else ""
            return clean_reference(f"{body} {match[2]}".strip().upper())
    return None


def _first_reference(lines: list[str]) -> tuple[str | None, int]:
    for index, line in enumerate(lines[:200]):
        if line and len(line) <= MAX_LINE and (found := _reference_on(lines, index, line)):
            return found, index
    return None, -1


def _reference_on(lines: list[str], index: int, line: str) -> str | None:
    # Tabs and runs of spaces (a Word table's cells) count as one space.
    folded = _folded(line)
    if match := NUMBER_THEN_LABEL.match(folded):
        return match[1]
    if index < 15 and (match := _NUMBER_ALONE.match(folded)):
        return clean_reference((match[1] or match[2]).upper())
    if index < 15 and (match := _BARE_REFERENCE.match(folded)):
        return clean_reference(match[1].upper())
    if index < _TALEO_NUMBER_LINES and _TALEO_NUMBER.match(folded):
        return folded  # "271187" alone under the title: a careers site's requisition
    if REFERENCE_LABEL_ALONE.match(folded):
        value = next((x for x in lines[index + 1 : index + 3] if x), "")
        # ("R-270033", "JR0271187": a careers platform's requisition, its letter first.)
        pattern = rf"({REFERENCE_TOKEN}|\d{{4,8}}|[A-Z]{{1,3}}-?\d{{5,8}})"
        if match := re.fullmatch(pattern, value.strip()):
            return clean_reference(match[1].upper())
    for part in (folded, *re.findall(r"\(([^()]{3,60})\)", folded)):
        # "Exercise Planner (Post number JWC 25/12)": the reference is in the brackets.
        if (match := REFERENCE_LABEL.match(part.strip())) and any(ch.isdigit() for ch in match[1]):
            return clean_reference(match[1].upper())
    return None


# "NSPA is looking for a Budget Analyst (G14) - Vacancy NSPA 27-0301.": a labelled reference
# inside a sentence (a body's prefix, or six figures).
_REFERENCE_IN_TEXT = re.compile(
    rf"\b(?:vacancy|reference|ref\.|requisition)(?: no\.?| number| #| du poste| de l'avis)?\s?:?\s"
    rf"({REFERENCE_TOKEN.lower()}|\d{{6}})(?![\w/-])"
)


def reference_in_sentence(lines: list[str]) -> str | None:
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
