"""Specialist posts' requirements: years of practice, certificates named side by side, and the
list's end right above who may apply."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported


def _one(bullet: str) -> dict[str, object]:
    text = f"{NOTICE_TOP}ESSENTIAL\n- {bullet}\n\nOpen to nationals of NATO member states.\n"
    criterion = imported(text).essential[1]
    return criterion.model_dump(mode="json", exclude={"id", "text", "source", "alternative"})


@pytest.mark.parametrize(
    ("bullet", "years"),
    [
        ("fifteen years of clinical practice", 15),
        ("at least 6 years' post-qualification practice as a lawyer", 6),
    ],
)
def test_years_of_practice_are_experience(bullet: str, years: int) -> None:
    got = _one(bullet)
    assert got["kind"] == "experience" and got["min_years"] == years


def test_certificates_named_together_are_each_kept_and_flagged() -> None:
    text = f"{NOTICE_TOP}ESSENTIAL\n- CompTIA A+ and Network+.\n\nOpen to nationals of NATO member states.\n"
    vacancy = imported(text)
    criterion = vacancy.essential[1]
    assert criterion.kind == "certification"
    assert criterion.any_of == ["CompTIA A+", "Network+"]
    # The criterion accepts any one of them: the review says the notice asks for both.
    reasons = [item.values["reasons"] for item in vacancy.review if item.code == "low_confidence"]
    assert any("asks for all these certificates" in reason["en"] for reason in reasons)


def test_who_may_apply_right_under_the_last_item_is_not_part_of_it() -> None:
    text = (
        f"{NOTICE_TOP}Essential qualifications\n- Three years of experience in IT support;\n"
        "Desirable qualifications\n- Bachelor's degree in computer science.\n"
        "Open to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert [c.text.en for c in vacancy.desirable] == ["Bachelor's degree in computer science"]
    assert vacancy.desirable[0].kind == "education"
    assert vacancy.essential[0].kind == "nationality"


def test_items_marked_e_and_d_under_a_heading_with_a_note_on_the_marks() -> None:
    text = (
        f"{NOTICE_TOP}Qualifications and experience (E = essential, D = desirable)\n\n"
        "1) PhD in physics or acoustics. (E)\n"
        "2) At least three years of post-doctoral research in underwater acoustics. (E)\n"
        "3) Knowledge of Italian. (D)\n\nOpen to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert vacancy.essential[2].min_years == 3
    assert [c.kind for c in vacancy.desirable] == ["language"]


def test_a_list_s_last_and_after_a_semicolon_does_not_join_two_items() -> None:
    text = (
        f"{NOTICE_TOP}Essential\nThe incumbent must:\n"
        "(a) hold a law degree at master's level;\n"
        "(b) possess the following levels of NATO's official languages: VI in English; IV in "
        "French; and\n(c) be willing to travel to NATO bodies and host nations.\n\n"
        "Open to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds == ["education", "official_languages", "availability"]
    assert vacancy.essential[1].min_level == "master"
    assert vacancy.essential[2].text.en.endswith("IV in French")


@pytest.mark.parametrize(
    ("bullet", "names"),
    [
        ("Certified lead auditor for ISO 9001 or AS9100", ["ISO 9001", "AS9100"]),
        (
            "ITIL 4 Managing Professional or ITIL v3 Expert certification",
            ["ITIL 4 Managing Professional", "ITIL v3 Expert"],
        ),
        (
            "Microsoft Certified: Azure Administrator Associate (AZ-104) or AWS Certified "
            "Solutions Architect – Associate",
            [
                "Microsoft Certified: Azure Administrator Associate (AZ-104)",
                "AWS Certified Solutions Architect – Associate",
            ],
        ),
    ],
)
def test_certificates_keep_their_numbers_levels_and_exam_codes(
    bullet: str, names: list[str]
) -> None:
    got = _one(bullet)
    assert got["kind"] == "certification" and got["any_of"] == names


def test_experience_of_a_standard_is_no_certificate() -> None:
    bullet = (
        "Experience of the qualification of airborne software to DO-178C or an equivalent standard"
    )
    assert _one(bullet)["kind"] == "statement"


@pytest.mark.parametrize(
    ("first_line", "body"),
    [
        (
            "NATO AIRBORNE EARLY WARNING AND CONTROL PROGRAMME MANAGEMENT AGENCY (NAPMA)",
            "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)",
        ),
        (
            "INTERNATIONAL BOARD OF AUDITORS FOR NATO (IBAN)",
            "International Board of Auditors for NATO (IBAN)",
        ),
    ],
)
def test_agencies_whose_names_hold_another_body_s_are_named(first_line: str, body: str) -> None:
    text = f"{first_line}\n{NOTICE_TOP}ESSENTIAL\n- A university degree.\n"
    assert imported(text).nato_body == body


@pytest.mark.parametrize(
    ("bullet", "categories"),
    [
        ("Hold a valid category C+E driving licence", ["CE"]),
        ("Driving licence categories B, C and D1 + E", ["B", "C", "D1E"]),
    ],
)
def test_a_trailer_category_written_with_a_plus_is_one_category(
    bullet: str, categories: list[str]
) -> None:
    got = _one(bullet)
    assert got["kind"] == "driving_licence" and got["categories"] == categories


@pytest.mark.parametrize(
    "bullet",
    [
        "English: Listening 3, Speaking 3, Reading 2, Writing 2",
        "English 3/3/3/3",
        "English (L3 S3 R3 W3)",
        "English: 3332 (L/S/R/W)",
    ],
)
def test_a_stanag_profile_without_its_name_is_no_nato_level(bullet: str) -> None:
    # STANAG 6001's figures are another scale than NATO's I-VI: never read as level III.
    vacancy = imported(f"{NOTICE_TOP}ESSENTIAL\n- {bullet}\n\nOpen to nationals of NATO states.\n")
    assert vacancy.essential[1].kind == "statement"
    reasons = [
        item.values["reasons"]["en"] for item in vacancy.review if item.code == "low_confidence"
    ]
    assert any("STANAG 6001" in reason for reason in reasons)


def test_a_level_per_skill_is_flagged() -> None:
    bullet = "English: Listening V, Speaking V, Reading IV, Writing IV"
    vacancy = imported(f"{NOTICE_TOP}ESSENTIAL\n- {bullet}\n\nOpen to nationals of NATO states.\n")
    criterion = vacancy.essential[1]
    assert criterion.kind == "official_languages" and criterion.en == "V"
    reasons = [
        item.values["reasons"]["en"] for item in vacancy.review if item.code == "low_confidence"
    ]
    assert any("a level is given per skill" in reason for reason in reasons)


@pytest.mark.parametrize(
    ("bullet", "kind", "facts"),
    [
        ("Frequent duty travel (up to 40%)", "availability", {"needs": ["travel"]}),
        ("Must be prepared to undertake missions abroad", "availability", {"needs": ["travel"]}),
        ("At least a year of experience with Kubernetes", "experience", {"min_years": 1.0}),
        ("A minimum of twenty years of service", "experience", {"min_years": 20.0}),
        ("Holder of a HGV licence (Category C)", "driving_licence", {"categories": ["C"]}),
        ("Valid PCV licence", "driving_licence", {"categories": ["D"]}),
    ],
)
def test_specialist_requirements_written_without_the_usual_words(
    bullet: str, kind: str, facts: dict[str, object]
) -> None:
    got = _one(bullet)
    assert got["kind"] == kind
    assert {key: got[key] for key in facts} == facts


def test_days_a_year_are_no_years_of_experience() -> None:
    assert _one("Able to travel up to 40 days a year")["kind"] == "availability"
