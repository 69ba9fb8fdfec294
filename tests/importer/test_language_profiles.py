"""STANAG 6001 profiles in a notice's lists become `language_profile` criteria: the language
and the profile as written, checked against the candidate's SLP, never a NATO I-VI level."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported

from screener.importer.recognizers import recognize
from screener.importer.review_text import review_message


def _profiles(bullet: str) -> list[tuple[str, str, str]]:
    vacancy = imported(NOTICE_TOP + f"ESSENTIAL\n- {bullet}\n")
    return [
        (c.id, c.language, c.profile) for c in vacancy.essential if c.kind == "language_profile"
    ]


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        (
            "English - SLP 3333 (Listening, Speaking, Reading and Writing)",
            [("slp-en", "en", "3333")],
        ),
        ("French SLP 2222", [("slp-fr", "fr", "2222")]),
        ("SLP 3321 in English", [("slp-en", "en", "3321")]),
        ("English: Standardized Language Profile 3333", [("slp-en", "en", "3333")]),
        (
            "German: NATO Standard Language Proficiency Level 2222",
            [("slp-de", "de", "2222")],
        ),
        (
            "English: Listening 3, Speaking 3, Reading 2, Writing 2",
            [("slp-en", "en", "3322")],
        ),
        ("English 3/3/3/3 (L/S/R/W)", [("slp-en", "en", "3333")]),
        ("English SLP 3+3+32", [("slp-en", "en", "3+3+32")]),
        ("Turkish language - SLP 3333.", [("slp-tr", "tr", "3333")]),
        (
            "English: SLP 4444; French: SLP 3333",
            [("slp-en", "en", "4444"), ("slp-fr", "fr", "3333")],
        ),
    ],
)
def test_a_profile_read_whole_is_the_language_at_that_profile(
    bullet: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _profiles(bullet) == expected


def test_a_nato_level_and_a_profile_for_one_language_are_both_kept() -> None:
    vacancy = imported(NOTICE_TOP + "ESSENTIAL\n- English: NATO level IV (SLP 4444)\n")
    kinds = [
        (c.kind, getattr(c, "en", None), getattr(c, "profile", None)) for c in vacancy.essential[1:]
    ]
    assert kinds == [("official_languages", "IV", None), ("language_profile", None, "4444")]


@pytest.mark.parametrize(
    ("bullet", "kind"),
    [
        # One figure is not a profile; no language named; either language will do.
        ("Proficiency in Spanish at NATO SLP level 3 or higher.", "language"),
        ("Standardized Language Profile 3333", "statement"),
        ("German or Italian language (SLP 2222)", "statement"),
        ("English SLP 3333 or SLP 3232", "statement"),
    ],
)
def test_a_profile_not_read_whole_keeps_the_former_reading(bullet: str, kind: str) -> None:
    typing = recognize(bullet, "en")
    assert typing.kind == kind and typing.confidence < 0.7


def test_a_year_is_not_read_as_a_profile() -> None:
    assert _profiles("English SLP 3333, valid from 2024") == [("slp-en", "en", "3333")]


def test_the_review_item_says_the_candidates_slp_is_checked_in_each_language() -> None:
    vacancy = imported(NOTICE_TOP + "ESSENTIAL\n- English SLP 3333.\n")
    low = next(i for i in vacancy.review if i.code == "low_confidence" and i.criterion == "slp-en")
    assert "checked skill by skill against the SLP the candidate holds" in low.message
    assert "comparé, compétence par compétence, au profil SLP du candidat" in review_message(
        low, "fr"
    )
