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
