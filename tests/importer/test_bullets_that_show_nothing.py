"""A requirement bullet that draws nothing is left out of the draft, never a crash; a
character newer than Python's Unicode tables is drawn, so it is kept."""

from __future__ import annotations

import pytest

from screener.domain.criterion_base import shows_something
from screener.importer import import_notice_text

NOTICE = """Vacancy notice
ESSENTIAL
- At least 5 years of experience in logistics
- {bullet}
"""


@pytest.mark.parametrize(
    "bullet",
    ["\u0301\u0301\u0301", "\u200b\u200d\u2060", "\u3000\u00a0\u2007"],
    ids=["combining accents", "zero-width characters", "odd spaces"],
)
def test_a_bullet_that_draws_nothing_is_left_out(bullet: str) -> None:
    vacancy = import_notice_text(NOTICE.format(bullet=bullet), "notice.txt").vacancy
    texts = [criterion.text.en for criterion in vacancy.essential]
    assert all(shows_something(text) for text in texts)
    assert any("logistics" in text for text in texts)


@pytest.mark.parametrize(
    "text",
    ["\U00018cd6", "\U0001fae8", "\ue000"],
    ids=["script newer than the tables", "emoji newer than the tables", "private use"],
)
def test_characters_unknown_to_the_tables_are_drawn(text: str) -> None:
    assert shows_something(text)


@pytest.mark.parametrize("text", ["\u0301", "\u200b", " \u2028 ", "\u202e"])
def test_marks_spaces_and_format_characters_alone_draw_nothing(text: str) -> None:
    assert not shows_something(text)
