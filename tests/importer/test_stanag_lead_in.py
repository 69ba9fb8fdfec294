"""Profiles after a language's name when the STANAG 6001 scale is named in the bullet's
lead-in, not next to the figures (the forty-third blind batch: "Language proficiency (STANAG
6001): English 2222; German 3333" became a statement)."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import NOTICE_TOP, imported


def _profiles(bullet: str) -> list[tuple[str, str | None, str | None]]:
    vacancy = imported(f"{NOTICE_TOP}ESSENTIAL\n- {bullet}\n- University degree in law\n")
    return [
        (c.kind, getattr(c, "language", None), getattr(c, "profile", None))
        for c in vacancy.essential[1:-1]
    ]


@pytest.mark.parametrize(
    ("bullet", "asked"),
    [
        (
            "Language proficiency (STANAG 6001): English 2222; German 3333.",
            [("en", "2222"), ("de", "3333")],
        ),
        (
            "Language requirements per STANAG 6001: English - 3332, French: 2222",
            [("en", "3332"), ("fr", "2222")],
        ),
        (
            "Connaissances linguistiques (STANAG 6001) : anglais 3333 ; allemand 2222.",
            [("en", "3333"), ("de", "2222")],
        ),
        ("Language skills (SLP): English 3333 and Italian 2211", [("en", "3333"), ("it", "2211")]),
    ],
)
def test_four_figures_after_a_language_are_its_profile_under_a_named_scale(
    bullet: str, asked: list[tuple[str, str]]
) -> None:
    assert _profiles(bullet) == [("language_profile", code, profile) for code, profile in asked]


def test_four_figures_without_the_scale_named_are_no_profile() -> None:
    assert _profiles("English 2222 since 2020") == [("statement", None, None)]
