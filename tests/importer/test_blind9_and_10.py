"""The ninth and tenth blind batches, and what they brought: whole 2026 notices of bodies the
importer had not met (NATO DIANA, the NATO Innovation Fund, CMRE, HQ SACT) and copy artefacts
(page breaks inside a list, letter-spaced headings, footnote marks, tab-separated labels)."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported, list_texts

from screener.importer.recognizers import recognize

# --- Lists that were lost ---------------------------------------------------------------------


def test_a_numbered_list_goes_on_after_a_page_break() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL QUALIFICATIONS\n1. Completed higher secondary education.\n"
        "2. Knowledge of CCTV systems.\n\n"
        "                                  Continued on next page\n"
        "JFCBS 26-112                                                Page 1/3\n"
        "\fJFCBS 26-112                                               Page 2/3\n"
        "3. Valid civilian driving licence, category B.\n4. English: SLP 3322.\n\n"
        "DESIRABLE QUALIFICATIONS\n5. Working knowledge of Dutch.\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 4
    assert essential[2] == "Valid civilian driving licence, category B"
    assert desirable == ["Working knowledge of Dutch"]


def test_a_heading_repeated_with_continued_on_the_next_page_keeps_the_list_going() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL QUALIFICATIONS\n- A university degree.\n- Knowledge of SAP.\n\n- 2 -\n"
        "\fESSENTIAL QUALIFICATIONS (continued)\n- Driving licence category B.\n\n"
        "DESIRABLE QUALIFICATIONS\n- Knowledge of German.\n"
    )
    essential, desirable = list_texts(text)
    assert essential[-1] == "Driving licence category B"
    assert desirable == ["Knowledge of German"]


def test_a_page_break_between_lettered_parts_of_a_list_loses_none() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL QUALIFICATIONS\na. Experience:\n(1) Minimum of 5 years' experience.\n"
        "b. Education:\n(1) University degree in mathematics.\n"
        "NATO UNCLASSIFIED   Page 2/3\n\n\fc. Language:\nEnglish - SLP 3333.\n\n"
        "DESIRABLE QUALIFICATIONS\na. Experience in a NATO staff.\n"
    )
    essential, _ = list_texts(text)
    assert essential[-1].startswith("English - SLP 3333")


def test_a_heading_left_at_a_page_s_foot_keeps_its_paragraph() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL\n- A university degree.\n\nDESIRABLE\n- TOGAF certification.\n\n"
        "Language Proficiency\nNATO UNCLASSIFIED   Page 1/2\n\n\f"
        "English: SLP 4444. French is desirable.\n"
    )
    vacancy = imported(text)
    assert vacancy.essential[-1].text.en.startswith("English: SLP 4444")
    # Without blank lines too: the heading ends the list above it.
    vacancy = imported(text.replace("\n\n", "\n"))
    assert vacancy.desirable[0].text.en == "TOGAF certification"


def test_a_footer_beside_the_reference_stays_out_of_the_bullet_it_follows() -> None:
    text = (
        f"{NOTICE_TOP}Essential:\na) A university degree in accounting;\n"
        "b) Proficiency in English at lev-\nel IV.\n"
        "Page 1 of 2                                      NSPA 26-0502\n"
        "NSPA 26-0502                                     NATO UNCLASSIFIED\n"
        "Desirable:\nc) Knowledge of Italian.\n"
    )
    essential, desirable = list_texts(text)
    assert essential[-1].endswith("at level IV")
    assert desirable == ["Knowledge of Italian"]


def test_letter_spaced_headings_head_their_lists() -> None:
    text = (
        f"{NOTICE_TOP}E S S E N T I A L   Q U A L I F I C A T I O N S\r\n"
        "- A university degree in computer science.\r\n\r\n"
        "D E S I R A B L E   Q U A L I F I C A T I O N S\r\n"
        "- Certified Kubernetes Administrator (CKA).\r\n- Knowledge of French.\r\n"
    )
    essential, desirable = list_texts(text)
    assert essential == ["A university degree in computer science"]
    assert desirable == ["Certified Kubernetes Administrator (CKA)", "Knowledge of French"]


def test_letter_spaced_headings_whose_word_gaps_were_squeezed_too() -> None:
    text = (
        f"{NOTICE_TOP}E S S E N T I A L Q U A L I F I C A T I O N S\n- A university degree.\n\n"
        "D E S I R A B L E Q U A L I F I C A T I O N S\n- Knowledge of French.\n"
    )
    assert list_texts(text) == (["A university degree"], ["Knowledge of French"])


def test_essential_and_desirable_sub_heads_under_one_qualifications_heading() -> None:
    text = (
        f"{NOTICE_TOP}Qualifications and experience required\nEssential\n"
        "- Master's degree in electrical engineering.\n- Italian is not required.\n\n"
        "Desirable\n- PhD in underwater acoustics.\n"
    )
    essential, desirable = list_texts(text)
    assert essential[0] == "Master's degree in electrical engineering"
    assert desirable == ["PhD in underwater acoustics"]


def test_an_asset_heads_the_desirable_list() -> None:
    text = (
        f"{NOTICE_TOP}Key requirements\n- Master's degree in engineering or finance\n"
        "- 3+ years of experience in venture capital\n- Excellent written and spoken English\n\n"
        "An asset\n- CFA charter holder\n- Fluency in German or Polish\n"
    )
    assert list_texts(text)[1] == ["CFA charter holder", "Fluency in German or Polish"]


def test_a_language_section_after_the_lists_gives_its_level_and_its_asset() -> None:
    text = (
        f"{NOTICE_TOP}Essential Qualifications / Experience\n- A university degree.\n\n"
        "Desirable Qualifications / Experience\n- TOGAF 10 certification.\n\n"
        "Language Proficiency\n"
        "English: SLP 4444 (Listening, Speaking, Reading, Writing). French is desirable.\n"
    )
    vacancy = imported(text)
    assert vacancy.essential[-1].text.en.startswith("English: SLP 4444")
    assert vacancy.desirable[-1].text.en == "French is desirable"
    assert "French is desirable" not in vacancy.essential[-1].text.en
    cases = {item.values.get("case") for item in vacancy.review}
    assert {"language", "language_asset"} <= cases  # both reported for review


# --- Bullets typed wrong ----------------------------------------------------------------------


def test_a_footnote_mark_does_not_stop_the_years() -> None:
    text = f"{NOTICE_TOP}ESSENTIAL\n- At least 7\u00a0years\u2019 experience\u00b2 in analysis.\n"
    experience = imported(text).essential[1]
    assert (experience.kind, experience.min_years) == ("experience", 7)
    # The mark is dropped from the text kept; the footnote's own line keeps its mark.
    assert "²" not in experience.text.en


@pytest.mark.parametrize(
    "bullet",
    [
        "Secondary school education leading to a university entrance qualification.",
        "Higher secondary education certificate.",
    ],
)
def test_school_leaving_qualifications_are_higher_secondary_education(bullet: str) -> None:
    typing = recognize(bullet, "en")
    assert (typing.kind, typing.params["min_level"]) == ("education", "higher_secondary")


def test_every_certificate_of_a_comma_list_is_kept() -> None:
    typing = recognize(
        "Current AWS Certified Solutions Architect - Professional, Azure Solutions Architect "
        "Expert or Google Professional Cloud Architect certification.",
        "en",
    )
    assert typing.params["any_of"] == [
        "AWS Certified Solutions Architect - Professional",
        "Azure Solutions Architect Expert",
        "Google Professional Cloud Architect",
    ]


def test_a_licence_category_or_another_keeps_both_readings() -> None:
    typing = recognize("Driving licence class C1 or C.", "en")
    # A criterion asks for all its categories: C is the alternative reading, not a second need.
    assert typing.params["categories"] == ["C1"]
    assert typing.params["alternative"]["params"] == {"categories": ["C"]}
    assert recognize("A driving licence.", "en").params["categories"] == ["B"]  # not category A


# --- Who may apply ----------------------------------------------------------------------------


def test_nations_given_as_iso_codes_in_brackets_are_the_nations_allowed() -> None:
    text = (
        f"{NOTICE_TOP}Nationality: only nationals of NAEW&C participating nations (BE, CZ, DK, DE, "
        "GR, UK, US) may apply.\n\nESSENTIAL\n- A degree.\n"
    )
    nationality = imported(text).essential[0]
    assert nationality.scope == "listed"
    assert sorted(nationality.countries) == ["BE", "CZ", "DE", "DK", "GB", "GR", "US"]


def test_participating_nations_listed_on_a_line_of_their_own() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL\n- A degree.\n\nCandidates must be citizens of one of the NIF "
        "participating nations.\nParticipating nations: Belgium, Denmark, Germany, Türkiye.\n"
    )
    nationality = imported(text).essential[0]
    assert (nationality.scope, sorted(nationality.countries)) == (
        "listed",
        ["BE", "DE", "DK", "TR"],
    )


def test_participating_nations_without_their_list_are_flagged() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL\n- A degree.\n\n"
        "Candidates must be citizens of one of the NIF participating nations.\n"
    )
    vacancy = imported(text)
    assert vacancy.essential[0].scope == "nato_members"
    flagged = [item for item in vacancy.review if item.code == "nations_not_listed"]
    assert flagged and "participating nations" in flagged[0].message


# --- Header -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("Job Details\nSenior Officer (Climate and Security) - 260914\n", "Senior Officer"),
        ("NATO DIANA - Careers\n\nProgramme Manager, Challenge Programme\n", "Programme Manager"),
        ("NATO Innovation Fund | Join the team\n\nInvestment Associate (Deep Tech)\n", "Invest"),
        ("VACANCY\tNAEW 26-041\nTITLE\tSupply Technician\n", "Supply Technician"),
    ],
)
def test_a_site_s_page_name_or_a_capital_label_is_not_the_title(top: str, title: str) -> None:
    vacancy = imported(f"{top}Grade: G7\nDeadline: 1 March 2027\n\nESSENTIAL\n- A degree.\n")
    assert vacancy.title.en.startswith(title)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("NATO DIANA - Careers", "Defence Innovation Accelerator for the North Atlantic (DIANA)"),
        ("NATO Innovation Fund | Join the team", "NATO Innovation Fund (NIF)"),
    ],
)
def test_diana_and_the_innovation_fund_are_bodies(line: str, body: str) -> None:
    assert imported(f"{line}\n\n{NOTICE_TOP}ESSENTIAL\n- A degree.\n").nato_body == body


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("POST NUMBER: 011/ACT/DCDI/SDA-0215", "011-ACT-DCDI-SDA-0215"),
        ("Vacancy Notice NAEW&C 26/33", "NAEWC-26-33"),
    ],
)
def test_post_numbers_and_body_notice_numbers_are_references(line: str, reference: str) -> None:
    assert imported(f"{line}\n{NOTICE_TOP}ESSENTIAL\n- A degree.\n").reference == reference


def test_one_official_language_at_a_level_is_not_that_level_in_both() -> None:
    typing = recognize(
        "Proficiency in one of the two official NATO languages (English/French) at level IV.",
        "en",
    )
    # IV in one of them, nothing in the other (no stand-in level asked of the second).
    assert typing.params == {"mode": "one_and_other", "one": "IV"}
    assert typing.confidence < 0.8  # reviewed
