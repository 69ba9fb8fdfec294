"""A reference on a line labelled as one is read, not guessed: no review item says otherwise."""

from __future__ import annotations

import pytest

from screener.importer import import_notice_text

NOTICE = """Programme Assistant (Logistics)
{line}
Grade: G10
Closing date: 15 January 2027
ESSENTIAL
- a university degree.
"""


def _import(line: str) -> tuple[str, list[str]]:
    vacancy = import_notice_text(NOTICE.format(line=line), "notice.txt").vacancy
    guessed = [r.field or "" for r in vacancy.review if r.code == "header_guessed"]
    return vacancy.reference, guessed


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Reference: NSPA-LOG-27-012", "NSPA-LOG-27-012"),
        ("Job Reference: ACT-2027-0019", "ACT-2027-0019"),
        ("Reference: 271234", "271234"),
    ],
)
def test_a_labelled_reference_is_not_called_a_guess(line: str, reference: str) -> None:
    found, guessed = _import(line)
    assert found == reference
    assert "reference" not in guessed


def test_a_reference_found_in_the_text_is_flagged_as_read_from_it() -> None:
    found, guessed = _import("JFCNP 27/008")  # a body's number alone on its line: a guess
    assert found == "JFCNP-27-008"
    assert "reference" in guessed
