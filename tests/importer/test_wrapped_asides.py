"""A bullet wrapped before a bracket or a quote ('... in one and level V' / '("Advanced") in
the other;') goes on with it, and the next bullet is still read: the held-out batch 49's NSO
notice lost its language item's end and its travel item after it."""

from __future__ import annotations

import pytest

from screener.importer import import_notice_text

NOTICE = """Terminologist
Reference: 261711
Grade: A2
Deadline: 02 February 2027

You must:
  · hold a university degree in translation, terminology or linguistics;
  · have at least 3 years' experience as a terminologist;
  · {wrapped_first}
    {wrapped_second}
  · be able to travel to terminology meetings in NATO nations, approximately 4 times a year.
"""


@pytest.mark.parametrize(
    ("first", "second", "end"),
    [
        (
            "have NATO official language proficiency at level VI",
            '("Proficiency") in one and level V ("Advanced") in the other;',
            "in the other",
        ),
        ("have knowledge of the terminology standards", "(ISO 704 and ISO 1087);", "ISO 1087"),
        ("have experience of the database known as", '"NATOTerm" and its editing tools;', "tools"),
        ("have experience of the database known as", "“NATOTerm” and its editing tools;", "tools"),
    ],
    ids=["bracket after a level", "bracket", "straight quotes", "curly quotes"],
)
def test_a_bullet_wrapped_before_an_aside_goes_on(first: str, second: str, end: str) -> None:
    text = NOTICE.format(wrapped_first=first, wrapped_second=second)
    essential = [c.text.en for c in import_notice_text(text, "notice.txt").vacancy.essential]
    assert any(item.startswith(first[:30]) and end in item for item in essential), essential
    assert any("4 times a year" in item for item in essential), essential
