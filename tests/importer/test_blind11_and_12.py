"""The eleventh and twelfth blind batches, and what they brought: calls for consultants and
interns, bodies the importer had not met (NATO Standardization Office, NFIU, NATO CIS Group,
MNC NE, NCI Academy, NATO IS's divisions) and odd copies (a PDF page's two columns, a list
written as one paragraph of semicolons, a header on one '|'-joined line)."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported, list_texts

from screener.importer.recognizers import recognize

# --- Lists that were lost ---------------------------------------------------------------------


def test_a_pdf_page_in_two_columns_reads_the_qualifications_column_as_the_lists() -> None:
    left = [
        "1. TASKS",
        "Plans the maintenance of the",
        "vehicle fleet and keeps its",
        "records up to date.",
        "",
        "",
        "",
        "",
        "",
    ]
    right = [
        "2. REQUIREMENTS",
        "ESSENTIAL",
        "a) Higher secondary education;",
        "b) At least 4 years' experience in",
        "   fleet management;",
        "c) Driving licence category C.",
        "",
        "DESIRABLE",
        "a) Knowledge of SAP.",
    ]
    rows = [f"{a:<40}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    text = f"{NOTICE_TOP}" + "\n".join(rows) + "\n\nOpen to nationals of NATO member states.\n"
    vacancy = imported(text)
    essential = [c.text.en for c in vacancy.essential[1:]]
    assert [c.kind for c in vacancy.essential[1:]] == [
        "education",
        "experience",
        "driving_licence",
    ]
    assert essential[1] == "At least 4 years' experience in fleet management"
    assert [c.text.en for c in vacancy.desirable] == ["Knowledge of SAP"]
    assert "side_by_side" in {item.code for item in vacancy.review}


def test_qualifications_in_the_left_column_beside_the_duties_are_read_alone() -> None:
    left = [
        "2. QUALIFICATIONS",
        "ESSENTIAL",
        "- A university degree in law;",
        "- at least 5 years of experience",
        "  in contract management.",
    ]
    right = [
        "1. DUTIES",
        "Drafts and negotiates contracts",
        "with industry and advises the",
        "programme managers.",
        "",
    ]
    rows = [f"{a:<40}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    essential, _ = list_texts(NOTICE_TOP + "\n".join(rows) + "\n")
    assert essential == [
        "A university degree in law",
        "at least 5 years of experience in contract management",
    ]


def test_a_header_line_crossing_a_bilingual_column_is_not_cut() -> None:
    rows = [
        "Centre for Maritime Research and Experimentation (CMRE) - La Spezia, Italy",
        "Vacancy: CMRE 27/OPS/09 - Data Manager",
        "",
        *(
            f"| {en:<46} | {fr:<46} |"
            for en, fr in [
                ("ESSENTIAL", "ESSENTIEL"),
                ("- A university degree in physics;", "- Diplôme universitaire en physique ;"),
                ("- at least 3 years of experience in data", "- au moins 3 ans d'expérience"),
                ("  management for the navy;", "  en gestion de données ;"),
                ("- travel to sea trials.", "- voyages pour essais en mer."),
                ("DESIRABLE", "SOUHAITABLE"),
                ("- knowledge of Python and the", "- connaissance de Python et de la"),
                ("  data management tools;", "  gestion des données ;"),
            ]
        ),
    ]
    vacancy = imported("\n".join(rows) + "\nGrade: A2\nClosing date: 15 June 2027\n")
    assert vacancy.title.en == "Data Manager"
    assert vacancy.reference == "CMRE-27-OPS-09"


@pytest.mark.parametrize(
    "label", ["Essential qualifications", "Requirements", "Minimum qualifications"]
)
def test_a_list_written_as_one_paragraph_of_semicolons_is_one_item_each(label: str) -> None:
    text = (
        f"{NOTICE_TOP}{label}: a degree in logistics; at least 3 years of experience in "
        "warehousing; a driving licence category B.\n\n"
        "Desirable qualifications: knowledge of SAP; a forklift certificate.\n"
    )
    essential, desirable = list_texts(text)
    assert essential == [
        "a degree in logistics",
        "at least 3 years of experience in warehousing",
        "a driving licence category B",
    ]
    assert desirable == ["knowledge of SAP", "a forklift certificate"]


@pytest.mark.parametrize(
    "body",
    [
        # Under a heading, after a lead-in, or on labelled lines.
        "ESSENTIAL\nA degree in logistics; at least 3 years of experience in warehousing.\n\n"
        "DESIRABLE\nKnowledge of SAP; a forklift certificate.\n",
        "The incumbent must have: a degree in logistics; at least 3 years of experience in "
        "warehousing.\n\nThe following would be an advantage: knowledge of SAP; a forklift "
        "certificate.\n",
        "Essential: a degree in logistics; at least 3 years of experience in warehousing.\n"
        "Desirable: knowledge of SAP; a forklift certificate.\n",
    ],
)
def test_a_paragraph_of_semicolons_under_a_list_s_start_is_one_item_each(body: str) -> None:
    essential, desirable = list_texts(NOTICE_TOP + body)
    assert [text.lower() for text in essential] == [
        "a degree in logistics",
        "at least 3 years of experience in warehousing",
    ]
    assert [text.lower() for text in desirable] == ["knowledge of sap", "a forklift certificate"]


def test_a_call_for_consultants_required_profile_and_assets_are_the_lists() -> None:
    text = (
        "CALL FOR INDIVIDUAL CONSULTANTS\nConsultancy title: Data Architect\n"
        "Reference: ABC/CON/2027/010\nSubmission deadline: 1 March 2027\n\n"
        "Background\nThe Agency modernises its data platform.\n\n"
        "Required profile\nThe consultant shall have:\n"
        "a) a university degree in computer science;\n"
        "b) a minimum of 6 years of experience in data architecture.\n\n"
        "Assets\nc) knowledge of Azure.\n"
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Data Architect"
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [c.text.en for c in vacancy.desirable] == ["knowledge of Azure"]


def test_an_internship_board_s_we_will_also_look_at_is_the_desirable_list() -> None:
    text = (
        f"{NOTICE_TOP}Eligibility criteria\nTo be eligible, you must:\n"
        "- be enrolled in a university programme;\n- have a working knowledge of English.\n\n"
        "We will also look at\n- studies in economics;\n- skills in data analysis.\n"
    )
    _, desirable = list_texts(text)
    assert desirable == ["studies in economics", "skills in data analysis"]


def test_a_prose_sentence_with_a_second_requirement_after_a_comma_and_is_split() -> None:
    text = (
        "Logistics Officer\nJob ID: XY 27-01 . Grade G15 . Closes 3 May 2027 . NATO SECRET\n\n"
        "Candidates must have a university degree in economics or law, and at least 8 years "
        "of experience in defence logistics. A sound knowledge of NATO logistics doctrine is "
        "essential.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds[:2] == ["education", "experience"]
    # "law and economics" inside a degree's field is never cut.
    assert recognize("a degree in law and economics", "en").kind == "education"


# --- Header ------------------------------------------------------------------------------------


def test_header_facts_on_one_separated_line_are_read_each() -> None:
    text = (
        "NATO HQ - Defence Investment Division\n\nVACANCY NOTICE  Ref. DI 27/201\nArchivist\n"
        "Grade B3   |   NATO Headquarters, Brussels   |   Closing 9 April 2027\n\n"
        "ESSENTIAL\n- Higher secondary education.\n"
    )
    vacancy = imported(text)
    assert vacancy.deadline.date.isoformat() == "2027-04-09"
    assert str(vacancy.grade) == "B3"
    assert vacancy.nato_body == "NATO International Staff (NATO IS)"


def test_a_site_s_caption_line_is_no_header_and_gives_no_title() -> None:
    text = (
        "Posted by: Careers team  |  Category: Internship  |  Saved by 12 students\n\n"
        "Internship in Public Diplomacy\n\nReference: 270901\nGrade: G7\n"
        "Application deadline: 1 March 2027\n\nESSENTIAL\n- A university degree.\n"
    )
    assert imported(text).title.en == "Internship in Public Diplomacy"


def test_two_labels_on_one_line_are_two_facts() -> None:
    text = (
        "NATO Support and Procurement Agency (NSPA)\n"
        "Reference:      NSPA 27-0999                 Closing date:   17 March 2027\n"
        "Post title:     Fuel Engineer (Pipelines)   Grade:     A3\n"
        "Directorate:    Fuel                        Security:       NATO SECRET\n\n"
        "ESSENTIAL\n- A university degree in engineering.\n"
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Fuel Engineer (Pipelines)"
    assert str(vacancy.grade) == "A3"
    assert vacancy.clearance is not None and vacancy.clearance.value == "NS"


def test_a_reference_after_the_title_and_a_division_s_vacancy_number_are_read() -> None:
    text = (
        "NATO International Staff\nPost: Officer (Missile Defence)   Ref. 271999\nGrade: G15\n"
        "Deadline: 28-Feb-2027\n\nESSENTIAL\n- A university degree.\n"
    )
    vacancy = imported(text)
    assert (vacancy.reference, vacancy.title.en) == ("271999", "Officer (Missile Defence)")
    text = "POST:  Archivist\nVACANCY NO:      EM 0412\nGRADE: B3\nCLOSING DATE: 1 March 2027\n"
    assert imported(text + "\nESSENTIAL\n- A degree.\n").reference == "EM-0412"


@pytest.mark.parametrize(
    ("first_line", "body"),
    [
        ("NATO Standardization Office (NSO) - Brussels", "NATO Standardization Office (NSO)"),
        ("NATO FORCE INTEGRATION UNIT ROMANIA", "NATO Force Integration Unit (NFIU)"),
        ("NATO CIS Group - 1st NATO Signal Battalion", "NATO CIS Group (NCISG)"),
        (
            "HQ Multinational Corps Northeast, Szczecin",
            "Headquarters Multinational Corps Northeast (MNC NE)",
        ),
        ("NCI Academy, Oeiras", "NATO Communications and Information Academy (NCI Academy)"),
        ("Public Diplomacy Division, NATO HQ", "NATO International Staff (NATO IS)"),
        ("NATO Defence College, Rome", "NATO Defense College (NDC)"),
        ("NAGSF - Sigonella", "NATO Alliance Ground Surveillance Force (NAGSF)"),
    ],
)
def test_more_bodies_are_named(first_line: str, body: str) -> None:
    text = f"{first_line}\n{NOTICE_TOP}ESSENTIAL\n- A university degree.\n"
    assert imported(text).nato_body == body


# --- Bullets -----------------------------------------------------------------------------------


def test_a_vendor_s_plus_certificate_is_kept_and_a_vendor_is_no_certificate() -> None:
    typing = recognize("CompTIA Security+ or Cisco CCNA Security certification", "en")
    assert typing.kind == "certification"
    assert typing.params["any_of"] == ["CompTIA Security+", "CCNA"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("GIAC GSEC or CISSP.", ["GIAC GSEC", "CISSP"]),
        ("CISM, CISA or CRISC", ["CISM", "CISA", "CRISC"]),
    ],
)
def test_well_known_certificates_named_alone_are_certificates(text: str, names: list[str]) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["any_of"]) == ("certification", names)
    # Acronyms that are not certificates stay what they are.
    assert recognize("SAP or ERP.", "en").kind == "statement"


def test_a_degree_in_languages_is_education_not_a_language() -> None:
    typing = recognize("Degree in translation or modern languages (English/Italian).", "en")
    assert (typing.kind, typing.params["min_level"]) == ("education", "bachelor")
    # A level asked in a language is still a language requirement.
    assert recognize("A degree in law; English level V.", "en").kind != "education"
