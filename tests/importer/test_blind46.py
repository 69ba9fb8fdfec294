"""The forty-sixth blind batch's misses (copies from the web and office software of bodies
other than the IS), each with further forms of the same cause."""

from __future__ import annotations

import pytest

from screener.importer.sections import EN_DESIRABLE, EN_ESSENTIAL, folded_line
from tests.importer.importer_support import NOTICE_TOP, list_texts


@pytest.mark.parametrize(
    ("line", "essential", "desirable"),
    [
        ("What you need to bring (essential)", True, False),
        ("Your skills (required):", True, False),
        ("It would be a plus if you have (desirable)", False, True),
        ("What we would like to see (desirable)", False, True),
        ("You will also have (an asset)", False, True),
        # An item glossed the same way is no heading.
        ("Degree in law (essential)", False, False),
        ("Knowledge of French (desirable)", False, False),
        ("You have a degree in law (essential)", False, False),
    ],
)
def test_a_job_boards_heading_in_its_own_words_glossed_opens_its_list(
    line: str, essential: bool, desirable: bool
) -> None:
    folded = folded_line(line)
    assert (bool(EN_ESSENTIAL.match(folded)), bool(EN_DESIRABLE.match(folded))) == (
        essential,
        desirable,
    )


@pytest.mark.parametrize(
    "wrapped",
    [
        "- A professional certification such as CKA, AWS Certified Solutions Architect –\n"
        "  Professional or Microsoft Certified: Azure Solutions Architect Expert.\n",
        "- Experience with Terraform, Ansible and\n  Git-based workflows.\n",
        "- Certified in ITIL 4 Foundation,\n  Prince2 or an equivalent method.\n",
    ],
)
def test_a_bullet_wrapped_after_an_open_end_goes_on_in_a_list_without_heading(
    wrapped: str,
) -> None:
    text = (
        NOTICE_TOP
        + "Your background\n"
        + "- A university degree in computer science.\n"
        + wrapped
        + "- At least 7 years of experience with cloud platforms.\n"
        + "- Proficiency in English: SLP 3333 (STANAG 6001).\n"
    )
    essential, _ = list_texts(text)
    assert len(essential) == 4, essential
    assert essential[-1] == "Proficiency in English: SLP 3333 (STANAG 6001)"
