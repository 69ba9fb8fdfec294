"""Shapes of other bodies' notices, written here in new words (not the blind batch's): where
the desirable list is, page furniture inside a list, header labels, and bullets whose typing
decides eligibility."""

from __future__ import annotations

import pytest

from screener.domain.terms import Condition
from screener.domain.vacancy import Vacancy
from screener.importer import import_notice_text
from screener.importer.recognizers import recognize

HEADER = """Vacancy Number: 310042
Post title: Logistics Officer
NATO Body: NATO Support and Procurement Agency (NSPA)
Grade: G14
Closing date: 10 March 2027

"""


def imported(body: str, header: str = HEADER) -> Vacancy:
    return import_notice_text(header + body, "notice.txt").vacancy


def texts(criteria: list) -> list[str]:
    return [c.text.en for c in criteria if c.kind != "nationality"]


def review_codes(body: str, header: str = HEADER) -> list[str]:
    return [item.code for item in import_notice_text(header + body, "notice.txt").review]


ESSENTIAL = """Essential Requirements and/or Experience:
- A university degree in logistics;
- At least 4 years of experience in supply chain management.

"""


@pytest.mark.parametrize(
    "opening",
    [
        "Desirable Qualifications/Experience:",
        "DESIRABLE SKILLS",
        "It would be an asset if the selected candidate also has:",
        "The following would be considered an advantage:",
        "Desirable Experience:",
        "The following qualifications are desirable:",
        "Candidates with the following will have an advantage:",
    ],
)
def test_the_desirable_list_is_found_under_other_headings_and_lead_ins(opening: str) -> None:
    vacancy = imported(
        ESSENTIAL + "A paragraph about the section in between.\n\n"
        f"{opening}\n- Knowledge of SAP;\n- Experience in a NATO agency.\n\n"
        "MAIN RESPONSIBILITIES\nPlans deliveries.\n"
    )
    assert texts(vacancy.essential) == [
        "A university degree in logistics",
        "At least 4 years of experience in supply chain management",
    ]
    assert texts(vacancy.desirable) == ["Knowledge of SAP", "Experience in a NATO agency"]


def test_items_marked_desirable_inside_one_list_move_to_desirable() -> None:
    result = import_notice_text(
        HEADER + "QUALIFICATIONS\n- A university degree in logistics;\n"
        "- Proficiency in English at level IV; Spanish at level II would be an advantage;\n"
        "- Desirable: experience with SAP.\n- Knowledge of Italian is an asset.\n\nREMARKS\n",
        "notice.txt",
    )
    vacancy = result.vacancy
    assert texts(vacancy.essential) == [
        "A university degree in logistics",
        "Proficiency in English at level IV",
    ]
    assert texts(vacancy.desirable) == [
        "Spanish at level II would be an advantage",
        "Desirable: experience with SAP",
        "Knowledge of Italian is an asset",
    ]
    moved = [i for i in result.review if i.code == "desirable_in_essential_list"]
    assert len(moved) == 3 and "its last clause" in moved[0].message


def test_a_desirable_heading_with_nothing_readable_after_it_is_reported() -> None:
    codes = review_codes(ESSENTIAL + "DESIRABLE QUALIFICATIONS\n\nMAIN RESPONSIBILITIES\nx\n")
    assert "desirable_list_not_read" in codes


@pytest.mark.parametrize(
    "lead_in",
    [
        "Our team values people who bring:",
        "What makes you a good fit:",
        "Vous vous épanouirez avec nous si vous avez :",
        "Beyond that, we look at:",
    ],
)
def test_a_bulleted_list_under_an_unknown_lead_in_after_the_lists_is_reported(
    lead_in: str,
) -> None:
    text = ESSENTIAL + lead_in + "\n- experience with SAP MM;\n- knowledge of NATO codification.\n"
    lost = [i for i in import_notice_text(HEADER + text, "notice.txt").review
            if i.code == "list_not_read"]  # fmt: skip
    assert len(lost) == 1 and "SAP MM" in lost[0].message


def test_a_bulleted_offer_or_how_to_apply_after_the_lists_is_not_reported() -> None:
    text = ESSENTIAL + "What we offer:\n- a tax-free salary;\n- an education allowance.\n\n"
    text += "How to apply:\n- send your CV;\n- attach a motivation letter.\n"
    codes = {i.code for i in import_notice_text(HEADER + text, "notice.txt").review}
    assert "list_not_read" not in codes


@pytest.mark.parametrize(
    "page_break",
    ["Page 2 of 3\nLogistics Officer - Vacancy 310042", "NATO PUBLIC\nLogistics Officer"],
)
def test_a_running_header_after_a_page_break_does_not_end_the_list(page_break: str) -> None:
    body = (
        "ESSENTIAL\nThe incumbent must:\n- hold a university degree in logistics;\n"
        "- have 4 years of experience in supply chain management;\n\n"
        f"{page_break}\n"
        "- hold a valid category B driving licence;\n- be able to travel.\n\n"
        "DESIRABLE\n- knowledge of SAP.\n"
    )
    vacancy = imported(body)
    assert [c.kind for c in vacancy.essential[1:]] == [
        "education",
        "experience",
        "driving_licence",
        "availability",
    ]


@pytest.mark.parametrize(
    ("header", "reference"),
    [
        ("Reference number: 310042\n", "310042"),
        ("Job ID 310042\n", "310042"),
        ("- Requisition ID: 310042\n", "310042"),
        ("Logistics Officer | NSPA | Capellen, Luxembourg | Job ID 310042 | Grade G14\n", "310042"),
    ],
)
def test_references_under_other_labels(header: str, reference: str) -> None:
    vacancy = imported(ESSENTIAL, header + "Title of Post: Logistics Officer\n\n")
    assert vacancy.reference == reference
    assert vacancy.title.en == "Logistics Officer"


def test_a_missing_grade_is_no_real_grade_and_the_review_says_so() -> None:
    result = import_notice_text("Title of Post: Logistics Officer\n\n" + ESSENTIAL, "n.txt")
    assert str(result.vacancy.grade) == "XX0"
    (item,) = [i for i in result.review if i.field == "grade"]
    assert "not a NATO grade" in item.message


def test_an_address_and_a_cookie_banner_are_not_titles() -> None:
    top = (
        "We use cookies on this site. Accept all\nAllied Maritime Command\n"
        "Northwood Headquarters, Sandy Lane, HA6 3HP Northwood, United Kingdom\n"
        "Maritime Planner\nReference: 310077\n\n"
    )
    assert imported(ESSENTIAL, top).title.en == "Maritime Planner"


@pytest.mark.parametrize(
    ("sentence", "conditions"),
    [
        (
            "Employment is subject to a medical examination and a security clearance.",
            [Condition.SECURITY_CLEARANCE, Condition.MEDICAL_APPROVAL],
        ),
        (
            "The offer is conditional upon the candidate being granted a NATO SECRET clearance. "
            "Medical insurance is provided.",
            [Condition.SECURITY_CLEARANCE],
        ),
    ],
)
def test_conditions_of_appointment_in_other_words(sentence: str, conditions: list) -> None:
    assert imported(ESSENTIAL + sentence + "\n").conditions == conditions


@pytest.mark.parametrize(
    ("bullet", "kind", "params"),
    [
        (
            "a Master's degree in economics from a recognised university",
            "education",
            {"min_level": "master"},
        ),
        ("pass the yearly firearms qualification", "firearms", {"shooting_test": True}),
        ("Google Cloud Certified Professional Cloud Architect", "certification", {}),
        ("CompTIA Security+ certification", "certification", {}),
        ("a CIMA Level 4 qualification", "certification", {"any_of": ["CIMA Level 4"]}),
        ("Knowledge of Norwegian", "language", {"language": "no"}),
        ("Knowledge of Hindi or Urdu", "statement", {}),
        ("connaissance du lituanien", "language", {"language": "lt"}),
        ("Proficiency level 3 in English", "statement", {}),
        (
            "English SLP 3232 (STANAG 6001)",
            "language_profile",
            {"language": "en", "profile": "3232"},
        ),
        ("knowledge of Polish procurement law", "statement", {}),
    ],
)
def test_bullets_whose_typing_decides_eligibility(bullet: str, kind: str, params: dict) -> None:
    typing = recognize(bullet, "fr" if bullet.startswith("connaissance") else "en")
    assert typing.kind == kind
    for key, value in params.items():
        assert typing.params[key] == value


def test_a_stanag_profile_and_either_language_leave_a_review_item_saying_why() -> None:
    result = import_notice_text(
        HEADER + "ESSENTIAL\n- have 4 years of experience in logistics;\n"
        "- English SLP 3333 (STANAG 6001);\n- knowledge of Greek or Turkish.\n",
        "n.txt",
    )
    messages = " ".join(i.message for i in result.review if i.code == "low_confidence")
    assert "STANAG 6001" in messages and "alternatives" in messages


def test_requirement_bullets_left_after_a_paragraph_are_reported() -> None:
    body = (
        "ESSENTIAL\nThe incumbent must:\n- hold a university degree in logistics;\n\n"
        "Printed from the intranet by the recruitment office\n\n"
        "- hold a valid category B driving licence;\n- have 4 years of experience in logistics.\n"
        "\nMain Responsibilities:\n- Plans deliveries.\n- Manages the warehouse team.\n"
    )
    result = import_notice_text(HEADER + body, "n.txt")
    (item,) = [i for i in result.review if i.code == "list_cut_short"]
    assert "2 bullet(s)" in item.message


def test_a_language_level_required_in_prose_is_reported() -> None:
    body = ESSENTIAL + (
        "Languages\nThe working language is English. Spanish at level V is required for this "
        "post; French is an advantage.\n"
    )
    result = import_notice_text(HEADER + body, "n.txt")
    # The required sentence is essential, the asset desirable: each reported for review.
    item, asset = [i for i in result.review if i.code == "requirement_outside_lists"]
    assert "Spanish at level V is required" in item.message
    assert "French is an advantage" in asset.message
    assert result.vacancy.desirable[-1].text.en == "French is an advantage"
