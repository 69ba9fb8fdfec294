"""A job board in a member nation prints each heading in its own language beside the English
one ("Mile widziane / Nice to have", "Ihr Profil | Your profile"): the English half heads the
list. The held-out batch 49's Polish job board lost its two desirable items."""

from __future__ import annotations

import pytest

from screener.importer import import_notice_text
from screener.importer.bilingual_headings import one_language_headings

NOTICE = """Registry Clerk
Vacancy No: JFTC 26/12
Grade: G3
Closing date: 3 January 2027

{essential}
• completed secondary education
• at least 1 year of experience in a registry

{desirable}
• experience in handling classified information
• previous service in the armed forces
"""


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [
        ("Nasze wymagania / Requirements", "Mile widziane / Nice to have"),
        ("Ihr Profil | Essential", "Wünschenswert | Desirable"),
        ("Essential / Vereisten", "Desirable / Pluspunten"),
        ("Wymagania – Essential", "Nice to have – Mile widziane"),
    ],
    ids=["polish first", "german first", "english first", "dashes"],
)
def test_the_english_half_heads_the_list(essential: str, desirable: str) -> None:
    text = NOTICE.format(essential=essential, desirable=desirable)
    vacancy = import_notice_text(text, "notice.txt").vacancy
    assert [c.text.en for c in vacancy.desirable] == [
        "experience in handling classified information",
        "previous service in the armed forces",
    ]
    assert any("registry" in c.text.en for c in vacancy.essential)


@pytest.mark.parametrize(
    "line", ["Essential / Desirable", "Education / Experience", "Nice to have / 2 years"]
)
def test_lines_of_one_language_or_two_headings_stay_as_they_are(line: str) -> None:
    assert one_language_headings([line, "- an item"], ()) == [line, "- an item"]
