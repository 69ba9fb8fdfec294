"""Deadlines as notices write them: '27-Jul-2025, 11:59:00 PM', '13-mai-2025', '2027-02-14T23:59',
'14th February 2027', 'le 22 février 2027 à 23 h 59', '14/02/27'."""

from __future__ import annotations

import datetime as dt
import re

from screener.domain.vacancy import Deadline
from screener.importer.wording import fold

_MONTHS: tuple[tuple[str, int], ...] = (
    ("janv", 1),
    ("jan", 1),
    ("fevr", 2),
    ("feb", 2),
    ("fev", 2),
    ("mar", 3),
    ("apr", 4),
    ("avr", 4),
    ("may", 5),
    ("mai", 5),
    ("juin", 6),
    ("jun", 6),
    ("juil", 7),
    ("jul", 7),
    ("aug", 8),
    ("aou", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    # Other NATO languages' months, as national circulars write them: Italian ("gennaio",
    # "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "dicembre"), Spanish
    # ("enero", "abril", "diciembre"), Portuguese ("outubro", "dezembro"), Dutch ("mei",
    # "oktober"), Nordic ("desember", "maj"), Polish in the genitive ("stycznia", "lutego",
    # "kwietnia", "czerwca", "lipca", "sierpnia", "września", "października", "listopada",
    # "grudnia").
    ("gen", 1),
    ("ene", 1),
    ("sty", 1),
    ("lut", 2),
    ("abr", 4),
    ("kwi", 4),
    ("mag", 5),
    ("mei", 5),
    ("maj", 5),
    ("giu", 6),
    ("cze", 6),
    ("lug", 7),
    ("lip", 7),
    ("ago", 8),
    ("sie", 8),
    ("set", 9),
    ("wrz", 9),
    ("ott", 10),
    ("okt", 10),
    ("out", 10),
    ("paz", 10),
    ("lis", 11),
    ("dic", 12),
    ("dez", 12),
    ("des", 12),
    ("gru", 12),
    # Czech in the genitive ("ledna", "února", "března", "dubna", "května", "června",
    # "července", "srpna", "září", "října", "prosince"; "listopadu" is Polish's "lis") and
    # Turkish ("Ocak", "Şubat", "Nisan", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
    # "Kasım", "Aralık"). ("cerve" before "cerv": July, then June.)
    ("led", 1),
    ("uno", 2),
    ("bre", 3),
    ("dub", 4),
    ("kve", 5),
    ("cerve", 7),
    ("cerv", 6),
    ("srp", 8),
    ("zar", 9),
    ("rij", 10),
    ("pro", 12),
    ("oca", 1),
    ("sub", 2),
    ("nis", 4),
    ("haz", 6),
    ("tem", 7),
    ("agu", 8),
    ("eyl", 9),
    ("eki", 10),
    ("kas", 11),
    ("ara", 12),
    ("sze", 9),  # Hungarian "szeptember"
    # Estonian ("jaanuar", "veebruar", "juuni", "juuli", "detsember"), Lithuanian in the
    # genitive ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
    # "rugpjūčio", "rugsėjo", "spalio", "lapkričio"), Albanian ("shkurt", "prill", "qershor",
    # "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"), Slovene "avgust"; Greek
    # and Bulgarian by their own letters.
    ("jaa", 1),
    ("vee", 2),
    ("juun", 6),
    ("juul", 7),
    ("det", 12),
    ("sau", 1),
    ("vas", 2),
    ("kov", 3),
    ("bal", 4),
    ("geg", 5),
    ("bir", 6),
    ("lie", 7),
    ("rugp", 8),
    ("rugs", 9),
    ("spa", 10),
    ("lap", 11),
    ("shk", 2),
    ("pri", 4),
    ("qer", 6),
    ("kor", 7),
    ("gus", 8),
    ("sht", 9),
    ("tet", 10),
    ("nen", 11),
    ("dhj", 12),
    ("avg", 8),
    ("ιαν", 1),
    ("φεβ", 2),
    ("μαρ", 3),
    ("απρ", 4),
    ("μαι", 5),
    ("ιουν", 6),
    ("ιουλ", 7),
    ("αυγ", 8),
    ("σεπ", 9),
    ("οκτ", 10),
    ("νοε", 11),
    ("δεκ", 12),
    ("яну", 1),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("май", 5),
    ("юни", 6),
    ("юли", 7),
    ("авг", 8),
    ("сеп", 9),
    ("окт", 10),
    ("ное", 11),
    ("дек", 12),
)
# (Spanish and Portuguese put "de" on each side of the month: "10 de febrero de 2027".)
_DATE_DMY = re.compile(
    r"\b(\d{1,2})\s{0,2}(?:[-/ .]|\sde\s)\s{0,2}([^\W\d_]{3,12}\.?|\d{1,2})"
    r"\s{0,2}(?:[-/ .,]|\sde\s)\s{0,2}(\d{4})\b"
)
_DATE_MDY = re.compile(r"\b([a-z]{3,9})\.?\s{1,2}(\d{1,2}),?\s{1,2}(\d{4})\b")
# Year first, as Hungarian ("2027. február 10."), Lithuanian ("2027 m. vasario 10 d.") and
# Latvian ("2027. gada 10. februāris") write it.
_DATE_YMD_NAMED = re.compile(
    r"\b(\d{4})\.?\s{1,2}(?:m\.\s|gada\s)?(?:([^\W\d_]{3,12})\s{1,2}(\d{1,2})\b"
    r"|(\d{1,2})\.\s{1,2}([^\W\d_]{3,12}))"
)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")  # "2027-02-14T23:59" too
# "14/02/27": a two-figure year, read only when no other date form is there.
_DATE_SHORT_YEAR = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2})(?![\d/.])")
_TIME = re.compile(
    # ("23:59", "23h59", "23 h 59".)
    r"(?:\b|(?<=\dt))(\d{1,2})(?::|\s?h\s?)(\d{2})(?::(\d{2}))?"
    r"\s{0,2}(a\.?m\.?|p\.?m\.?)?(?![\w])"
)


def _month(token: str) -> int | None:
    if token.isdigit():
        value = int(token)
        return value if 1 <= value <= 12 else None
    token = token.rstrip(".")
    for prefix, number in _MONTHS:
        if token.startswith(prefix):
            return number
    return None


def _day_month(first: str, second: str, month_first: bool = False) -> tuple[int, int | None]:
    """Day and month of a numeric date; "01/25/2027" can only be American (month first), as a
    US careers site writes it, so it is read that way; so is "01/05/2027" on a page whose other
    dates are month-first; otherwise the day comes first."""
    if second.isdigit() and 1 <= int(first) <= 12 and (int(second) > 12 or month_first):
        return int(second), int(first)
    return int(first), _month(second)


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def month_first_page(lines: list[str]) -> bool:
    """Whether the page writes its numeric dates month first: some date ("11/20/2026") can only
    be read that way and none ("20/11/2026") only day first."""
    pairs = [
        (int(m[1]), int(m[2]))
        for line in lines[:800]
        if line and len(line) <= 3000 and "/" in line
        for m in _SLASHED.finditer(line)
    ]
    return any(a <= 12 < b for a, b in pairs) and not any(b <= 12 < a for a, b in pairs)


# "12 noon", "midday", "à midi": a time in words (on folded text).
_NOON = re.compile(r"\b(?:12\s?)?noon\b|\bmidday\b|\b(?:a\s)?midi\b")
# (With its "of": "15th of January 2027", "the 3rd of March".)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er)\b(?:\s{1,2}of\b)?")


def parse_deadline(value: str, month_first: bool = False) -> Deadline | None:
    """'27-Jul-2025, 11:59:00 PM', '13-mai-2025', '2025-05-13 23:59' -> Deadline."""
    # "14th February 2027", "1er mars", "15th of January": the ordinal ending says nothing the
    # day does not.
    text = _ORDINAL.sub(r"\1", fold(value))
    date = None
    time_from = 0
    if match := _DATE_ISO.search(text):
        parts = (int(match[1]), int(match[2]), int(match[3]))
        time_from = match.end()
        try:
            date = dt.date(*parts)
        except ValueError:
            return None
    elif match := _DATE_DMY.search(text):
        day, month = _day_month(match[1], match[2], month_first)
        time_from = match.end()
        try:
            date = dt.date(int(match[3]), month, day) if month else None
        except ValueError:
            return None
    elif match := _DATE_MDY.search(text):
        month = _month(match[1])
        time_from = match.end()
        try:
            date = dt.date(int(match[3]), month, int(match[2])) if month else None
        except ValueError:
            return None
    elif (match := _DATE_YMD_NAMED.search(text)) and (month := _month(match[2] or match[5])):
        time_from = match.end()
        try:
            date = dt.date(int(match[1]), month, int(match[3] or match[4]))
        except ValueError:
            return None
    elif match := _DATE_SHORT_YEAR.search(text):
        time_from = match.end()
        try:
            date = dt.date(2000 + int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None
    if date is None:
        return None
    time = None
    if match := _TIME.search(text, time_from):
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        meridiem = (match[4] or "").replace(".", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60 and second < 60:
            time = dt.time(hour, minute, second)
    elif _NOON.search(text, time_from):
        time = dt.time(12, 0)
    return Deadline(date=date, time=time)
