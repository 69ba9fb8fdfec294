"""The fifty-seventh blind batch's header misses: a deadline with the ordinal day's "of"
("15th of January 2027, 12:00 noon CET") was not read, so the draft showed today's date in
its place; "Posted on 25 November 2026" above "Job ID: MMCOE-DHSC-2701" was read as a "Post"
label over the reference "ED-ON-25". Each with further forms, in English and French."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_support import imported

from screener.importer.header_dates import parse_deadline


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("15th of January 2027, 12:00 noon CET", dt.date(2027, 1, 15), dt.time(12, 0)),
        ("by the 3rd of March 2027", dt.date(2027, 3, 3), None),
        ("Monday, the 1st of February 2027 at 23:59", dt.date(2027, 2, 1), dt.time(23, 59)),
        ("2nd of Feb. 2027", dt.date(2027, 2, 2), None),
        ("15 January 2027, 12 noon", dt.date(2027, 1, 15), dt.time(12, 0)),
        ("le 1er mars 2027 à midi", dt.date(2027, 3, 1), dt.time(12, 0)),
        ("1er mars 2027, 23 h 59", dt.date(2027, 3, 1), dt.time(23, 59)),
        ("lundi 1er février 2027 à 23h59", dt.date(2027, 2, 1), dt.time(23, 59)),
    ],
)
def test_an_ordinal_day_is_read(text: str, day: dt.date, time: dt.time | None) -> None:
    deadline = parse_deadline(text)
    assert deadline is not None
    assert (deadline.date, deadline.time) == (day, time)


@pytest.mark.parametrize(
    ("top", "reference", "day"),
    [
        (
            "Job opening: Surveillance Specialist\n\nPosted on 25 November 2026 by Public "
            "Affairs\n\nJob ID: MMCOE-DHSC-2701\n\nGrade: A2\n\n"
            "Application deadline: 15th of January 2027, 12:00 noon CET\n",
            "MMCOE-DHSC-2701",
            dt.date(2027, 1, 15),
        ),
        (
            "Offre d'emploi : Spécialiste de la surveillance\n\nPosté le 25 novembre 2026\n\n"
            "Référence : MMCOE-DHSC-2701\n\nGrade : A2\n\n"
            "Date limite de candidature : le 1er février 2027 à midi\n",
            "MMCOE-DHSC-2701",
            dt.date(2027, 2, 1),
        ),
    ],
)
def test_the_header_keeps_its_own_reference_and_deadline(
    top: str, reference: str, day: dt.date
) -> None:
    vacancy = imported(
        top + "\nQualifications\n- University degree in public health.\n"
        "- Three years of experience in epidemiology.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert vacancy.reference == reference
    assert vacancy.deadline.date == day
