"""Vacancy deadlines as an iCalendar file (RFC 5545). No Qt here.

One VEVENT at each deadline, in Brussels time with the Europe/Brussels VTIMEZONE written
out (a calendar program should not have to know the zone's rules), and a VALARM a week
before. UIDs are derived from the reference and the deadline, so exporting again updates
the same events instead of adding copies; a changed deadline is a new event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from screener import __version__
from screener.domain.vacancy import Vacancy
from screener.report.messages import format_date, text

CRLF = "\r\n"
_MAX_OCTETS = 75
UID_DOMAIN = "deadline.screener.invalid"  # .invalid: never a real host (RFC 2606)

# Europe/Brussels since 1996: CET, and CEST from the last Sunday of March at 02:00 to the
# last Sunday of October at 03:00 (EU rules).
_VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Brussels",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


# Control characters other than tab and line breaks are not allowed in a TEXT value; they
# also never reach a terminal when the calendar goes to standard output.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped,
    other control characters dropped."""
    value = _CONTROL.sub("", value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.

    Each continuation line starts with one space, which counts towards its 75 octets.
    """
    parts: list[str] = []
    current = ""
    size = 0
    limit = _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, _MAX_OCTETS
        current += char
        size += width
    parts.append(current)
    return CRLF.join(parts)


def _local(moment: dt.datetime) -> str:
    # The year as four digits: strftime writes year 1 as "1", and RFC 5545 wants "0001".
    return f"{moment.year:04d}{moment:%m%dT%H%M%S}"


def _utc(moment: dt.datetime) -> str:
    return _local(moment.astimezone(dt.UTC)) + "Z"


def event_uid(vacancy: Vacancy) -> str:
    return f"{vacancy.reference}-{_local(vacancy.deadline.closes_at())}@{UID_DOMAIN}"


def _event(vacancy: Vacancy, lang: str, stamp: dt.datetime) -> list[str]:
    closes = vacancy.deadline.closes_at()
    title = vacancy.title.get(lang)
    date = f"{format_date(closes.date(), lang)} {closes:%H:%M}"
    ref = vacancy.reference
    return [
        "BEGIN:VEVENT",
        f"UID:{event_uid(vacancy)}",
        f"DTSTAMP:{_utc(stamp)}",
        # No DTEND: the event is the moment applications close (RFC 5545 3.6.1).
        f"DTSTART;TZID=Europe/Brussels:{_local(closes)}",
        "SUMMARY:" + escape_text(text("calendar.summary", lang, reference=ref, title=title)),
        "DESCRIPTION:"
        + escape_text(text("calendar.description", lang, reference=ref, title=title, date=date)),
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:-P7D",
        "DESCRIPTION:" + escape_text(text("calendar.alarm", lang, reference=ref)),
        "END:VALARM",
        "END:VEVENT",
    ]


def calendar_text(
    vacancies: Sequence[Vacancy], lang: str = "en", stamp: dt.datetime | None = None
) -> str:
    """The deadlines of these vacancies as one VCALENDAR, CRLF line endings, folded lines.

    `stamp` is DTSTAMP (when the file was made); it defaults to now.
    """
    moment = stamp if stamp is not None else dt.datetime.now(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Screener//Screener {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *_VTIMEZONE,
    ]
    seen: set[str] = set()
    for vacancy in vacancies:
        if vacancy.reference not in seen:
            seen.add(vacancy.reference)
            lines += _event(vacancy, lang, moment)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
