"""A compound broken after its hyphen by a PDF's line end (39th blind batch: "Turkish-" /
"English" became "Turkish- English"): the halves join with the hyphen and no space."""

from __future__ import annotations

import pytest
from importer_support import imported

from screener.importer.compound_breaks import join_lines
from screener.importer.wrapped_lines import join_wrapped

NOTICE_TOP = (
    "Linguist (Turkish/English)\nReference: 260310\nGrade: G12\nClosing date: 1 March 2027\n"
)


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (
            ["interpreter English-Turkish, Turkish-", "English."],
            "interpreter English-Turkish, Turkish-English.",
        ),
        (["the Franco-", "German Brigade"], "the Franco-German Brigade"),
        (["Anglo-", "French relations"], "Anglo-French relations"),
        (["Essential -", "English"], "Essential - English"),  # a dash between words: a space
        (["English SLP 3333 -", "Polish SLP 2222"], "English SLP 3333 - Polish SLP 2222"),
    ],
)
def test_a_compound_broken_after_its_hyphen_joins_without_a_space(
    parts: list[str], joined: str
) -> None:
    assert join_lines(parts) == joined


def test_a_french_pair_of_languages_keeps_its_hyphen() -> None:
    lines = ["traducteur anglais-", "turc et turc-", "anglais", "un diplôme en aéro-", "nautique"]
    assert join_wrapped(lines) == [
        "traducteur anglais-turc et turc-anglais un diplôme en aéronautique"
    ]


def test_a_pdf_items_compound_is_rejoined() -> None:
    text = NOTICE_TOP + (
        "\nESSENTIAL\na. Degree in translation from a recognised\nuniversity.\n"
        "b. At least 3 years' experience as a translator English-Turkish, Turkish-\nEnglish.\n"
        "c. English: SLP 4444.\n"
    )
    texts = [c.text.en for c in imported(text).essential[1:]]
    assert "At least 3 years' experience as a translator English-Turkish, Turkish-English" in texts
