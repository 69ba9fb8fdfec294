"""The forty-fifth blind batch's misses (a job board's repost, a national circular wrapping
the English notice, a COE's table, careers pages), each with further forms of the same cause."""

from __future__ import annotations

import pytest

from screener.importer.plus_items import plus_items_as_bullets
from tests.importer.importer_support import NOTICE_TOP, list_texts

_MUST = "Must-haves:\n✓ University degree in law.\n✓ English: SLP 3333.\n\n"


@pytest.mark.parametrize(
    "heading",
    ["Nice-to-haves:", "Nice to have", "Assets:", "Desirable qualifications:"],
)
def test_a_job_boards_plus_marked_items_are_the_wished_list(heading: str) -> None:
    text = (
        NOTICE_TOP
        + _MUST
        + f"{heading}\n+ Postgraduate qualification in conference interpreting.\n"
        + "+ French: SLP 2222.\n+ Experience with SDL Trados.\n\n"
        + "Benefits\n• Tax-free salary • 30 days annual leave\n• Pension scheme\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 2
    assert desirable == [
        "Postgraduate qualification in conference interpreting",
        "French: SLP 2222",
        "Experience with SDL Trados",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+ Degree in law\n+ French", "- Degree in law\n- French"),
        # One line alone, a figure, a grid's border: no list.
        ("Salary\n+ allowances\nEnd", "Salary\n+ allowances\nEnd"),
        ("+ 30 days\n+ 2 weeks", "+ 30 days\n+ 2 weeks"),
        ("+------+\n+ Law +\n+------+", "+------+\n+ Law +\n+------+"),
    ],
)
def test_only_a_run_of_plus_items_before_words_are_bullets(text: str, expected: str) -> None:
    assert plus_items_as_bullets(text) == expected
