"""A requirement wrapped right after the hyphen of a compound whose second half is a name
("interpreter English-Turkish, Turkish-" / "English."): the compound is one word again, its
hyphen kept, in lettered items, indented bullet continuations and product names."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, list_texts


@pytest.mark.parametrize(
    ("item", "joined"),
    [
        (
            "b. At least 3 years' experience as an interpreter English-Turkish, Turkish-\n"
            "English.\n",
            "At least 3 years' experience as an interpreter English-Turkish, Turkish-English",
        ),
        (
            "- Translation experience French-\n  English and English-French.\n",
            "Translation experience French-English and English-French",
        ),
        (
            "- Knowledge of Microsoft Office and SAP-\n  ERP modules.\n",
            "Knowledge of Microsoft Office and SAP-ERP modules",
        ),
        (
            "- Experience in counter-\n  terrorism analysis.\n",
            "Experience in counter-terrorism analysis",
        ),
    ],
)
def test_a_compound_broken_after_its_hyphen_is_one_word(item: str, joined: str) -> None:
    body = "ESSENTIAL\n- University degree in languages.\n" + item
    essential, _ = list_texts(NOTICE_TOP + body + "\nDESIRABLE\n- Knowledge of Italian.\n")
    assert essential[-1] == joined


@pytest.mark.parametrize(
    ("item", "joined"),
    [
        # A PDF's typesetter broke plain words after what looks like a prefix.
        (
            "d. University degree in military science, in-\nternational relations or logistics.\n",
            "University degree in military science, international relations or logistics",
        ),
        (
            "- Willing to deploy to locations out-\n  side NATO's boundaries.\n",
            "Willing to deploy to locations outside NATO's boundaries",
        ),
        # Compounds keep their hyphen.
        (
            "- Experience of in-\n  house software development.\n",
            "Experience of in-house software development",
        ),
        ("- Experience of sub-\n  unit command.\n", "Experience of sub-unit command"),
    ],
)
def test_a_word_broken_after_a_short_prefix_is_one_word(item: str, joined: str) -> None:
    body = "ESSENTIAL\n- University degree in languages.\n" + item
    essential, _ = list_texts(NOTICE_TOP + body + "\nDESIRABLE\n- Knowledge of Italian.\n")
    assert essential[-1] == joined
