"""The fifth and sixth blind batches, and what they brought: Word numbering and tab tables,
tables marking Essential/Desirable with an X, "REQUIRED:"/"ADVANTAGEOUS:" lists, two-column
PDF headers, dot leaders, references with a lettered prefix, ligatures, certificate names."""

from __future__ import annotations

import pytest

from screener.importer import import_notice_text
from screener.importer.recognizers import recognize

_TOP = "Title: Technician\nNATO Grade: G7\nApplication Deadline: 1 March 2027\n\n"


def _kinds(text: str) -> tuple[list[str], list[str]]:
    vacancy = import_notice_text(text, "notice.txt").vacancy
    return [c.kind for c in vacancy.essential[1:]], [c.kind for c in vacancy.desirable]


@pytest.mark.parametrize(
    ("layout", "essential", "desirable"),
    [
        pytest.param(
            "4.\tQUALIFICATIONS\n4.1\tEssential\na.\tA university degree in law.\n"
            "b.\tAt least 5 years of experience in contract law.\n4.2\tDesirable\n"
            "a.\tKnowledge of German.\n\n5.\tREMARKS\nApply online.\n",
            ["education", "experience"],
            ["language"],
            id="word numbering with tabs",
        ),
        pytest.param(
            "Qualifications\nNo.\tRequirement\tCategory\n"
            "1\tA university degree in law\tEssential\n"
            "2\tMinimum 3 years of experience in procurement\tEssential\n"
            "3\tWorking knowledge of Polish\tDesirable\n",
            ["education", "experience"],
            ["language"],
            id="tab table, category in the last column",
        ),
        pytest.param(
            "Requirement | Essential | Desirable\n"
            "Bachelor's degree in international relations | X |\n"
            "Minimum 4 years' experience in exercise planning | X |\n"
            "Master's degree in a relevant subject | | X\n",
            ["education", "experience"],
            ["education"],
            id="table marking each requirement with an X",
        ),
        pytest.param(
            "QUALIFICATIONS\n\nREQUIRED:\n  (a) A university degree.\n  (b) A valid driving "
            "licence, category B.\n\nADVANTAGEOUS:\n  (a) German language ability.\n",
            ["education", "driving_licence"],
            ["language"],
            id="REQUIRED and ADVANTAGEOUS with bracketed letters",
        ),
        pytest.param(
            "ESSENTIAL QUALIFICATIONS\n(1) Professional/Experience\n    (a) A minimum of 8 "
            "years' experience in logistics.\n(2) Education/Training\n    (a) University "
            "degree.\n(3) Language\n    English - level V (Advanced).\n\nATTRIBUTES/COMPETENCIES\n",
            ["experience", "education", "official_languages"],
            [],
            id="sub-list names without a colon",
        ),
    ],
)
def test_requirement_layouts(layout: str, essential: list[str], desirable: list[str]) -> None:
    assert _kinds(_TOP + layout) == (essential, desirable)


def test_a_two_column_header_and_dot_leaders() -> None:
    text = (
        "Post Title:                                     Post Number:\n"
        "Head, Maritime Information Services Section     MARCOM CIV 27-11\n"
        "Grade:                 Closing Date:            Clearance:\n"
        "G18                    28 February 2027         NATO SECRET\n\n"
        "Location ....................... Northwood\n\nESSENTIAL\n- A university degree.\n"
    )
    vacancy = import_notice_text(text, "notice.txt").vacancy
    assert vacancy.reference == "MARCOM-CIV-27-11"
    assert vacancy.title.en == "Head, Maritime Information Services Section"
    assert (str(vacancy.grade), vacancy.deadline.date.isoformat()) == ("G18", "2027-02-28")
    assert vacancy.clearance is not None and vacancy.clearance.value == "NS"
    assert vacancy.location == "Northwood"


@pytest.mark.parametrize(
    ("lines", "reference"),
    [
        ("Job Vacancy: Technician\nReference: NSO-FM-27-02\n", "NSO-FM-27-02"),
        ("VACANCY NOTICE NSPA-SOC-27-014\n\nPosition: Technician\n", "NSPA-SOC-27-014"),
        ("Post Title: Technician\nPost Reference:      NAEW-TP-27/09\n", "NAEW-TP-27-09"),
        ("JFCNP 27/008\n\nTechnician\n", "JFCNP-27-008"),
        ("Technician\n\nReference\n\n270744\n", "270744"),
        ("Officer (Resilience Planning) 271187\n", "271187"),
    ],
)
def test_references_keep_their_lettered_prefix(lines: str, reference: str) -> None:
    vacancy = import_notice_text(lines + "\nESSENTIAL\n- A university degree.\n", "n.txt").vacancy
    assert vacancy.reference == reference
    assert vacancy.title.en in {"Technician", "Officer (Resilience Planning)"}


def test_a_french_first_notice_takes_its_english_title_from_the_next_line() -> None:
    text = "Assistant(e) (services de conférence)\nAssistant (Conference Services)\n\n" + (
        "Référence / Reference : 271305\n\nESSENTIAL\n- A university degree.\n"
    )
    vacancy = import_notice_text(text, "n.txt").vacancy
    assert vacancy.title.en == "Assistant (Conference Services)"
    assert vacancy.title.fr == "Assistant(e) (services de conférence)"


@pytest.mark.parametrize(
    ("bullet", "names"),
    [
        ("CISSP or GIAC Certified Incident Handler (GCIH).", 2),
        ("CompTIA Server+ or A+ certification.", 2),
        ("IATA DGR or IMDG Code certification.", 2),
        ("IPC J-STD-001 soldering certification.", 1),
        ("Chartered engineer (CEng or PE) or equivalent professional registration.", 2),
    ],
)
def test_each_certificate_is_one_alternative(bullet: str, names: int) -> None:
    typing = recognize(bullet, "en")
    assert typing.kind == "certification"
    assert len(typing.params["any_of"]) == names, typing.params


def test_ligatures_a_list_ended_by_a_section_name_and_a_wrapped_nations_list() -> None:
    text = _TOP + (
        "ELIGIBILITY: This post is open to nationals of the participating nations only:\n"
        "Belgium, Czech Republic, Denmark, Germany,\nthe Netherlands and the United States.\n\n"
        "Essential\nTechnical speci\ufb01cations.\nA university degree.\n"
        "Conditions\nOnly nationals of participating nations may apply.\n"
    )
    vacancy = import_notice_text(text, "n.txt").vacancy
    assert vacancy.essential[0].countries == ["BE", "DK", "NL", "US", "DE", "CZ"]
    assert [c.text.en for c in vacancy.essential[1:]] == [
        "Technical specifications",
        "A university degree",
    ]


def test_an_equivalent_degree_keeps_the_level_named() -> None:
    typing = recognize("Master's degree in law or equivalent university degree in law.", "en")
    assert (typing.params["min_level"], typing.params["or_equivalent"]) == ("master", True)


@pytest.mark.parametrize(
    ("top", "title", "grade"),
    [
        ("JOB OPENING\nBudget Officer (G15)\nReference number 271001\n", "Budget Officer", "G15"),
        ("Budget Officer – G15 – 271001\n", "Budget Officer", "G15"),
        ("NATO IS - Budget Officer (271001)\nGrade: G15\n", "Budget Officer", "G15"),
        ("NSPA – Budget Officer\nReference: 271001\nGrade: G15\n", "Budget Officer", "G15"),
    ],
)
def test_a_title_with_its_grade_or_its_body_beside_it(top: str, title: str, grade: str) -> None:
    vacancy = import_notice_text(top + "\nESSENTIAL\n- A university degree.\n", "n.txt").vacancy
    assert (vacancy.reference, vacancy.title.en, str(vacancy.grade)) == ("271001", title, grade)


@pytest.mark.parametrize("marks", [("i.", "ii.", "iii."), ("→",) * 3, ("❖",) * 3, ("□",) * 3])
def test_roman_items_and_arrow_or_box_bullets(marks: tuple[str, ...]) -> None:
    items = (
        "A university degree.",
        "At least 5 years of experience in budgeting.",
        "ITIL v4 Foundation.",
    )
    text = _TOP + "ESSENTIAL\n" + "".join(f"{m} {i}\n" for m, i in zip(marks, items, strict=True))
    vacancy = import_notice_text(text, "n.txt").vacancy
    assert [c.text.en for c in vacancy.essential[1:]] == [i.rstrip(".") for i in items]


def test_items_run_together_after_their_lead_in() -> None:
    text = _TOP + (
        "The candidate must: have a university degree; have at least 5 years of experience "
        "in budgeting; hold a valid driving licence (category B).\n"
    )
    assert _kinds(text)[0] == ["education", "experience", "driving_licence"]


@pytest.mark.parametrize(
    ("essential", "desirable"), [("(E)", "(D)"), ("[Essential]", "[Desirable]")]
)
def test_items_sorted_by_their_own_marks(essential: str, desirable: str) -> None:
    text = _TOP + (
        f"Qualifications\n- University degree in economics {essential}\n"
        f"- At least 5 years of experience in budgeting {essential}\n"
        f"- Knowledge of German {desirable}\n"
    )
    vacancy = import_notice_text(text, "n.txt").vacancy
    assert [c.text.en for c in vacancy.essential[1:]] == [
        "University degree in economics",
        "At least 5 years of experience in budgeting",
    ]
    assert [(c.kind, c.text.en) for c in vacancy.desirable] == [
        ("language", f"Knowledge of German {desirable}")
    ]


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Applicants must be citizens of a NATO member state.", []),
        (
            "Only citizens of the following countries may apply: Belgium, France, Spain.",
            ["BE", "FR", "ES"],
        ),
        ("Nationality: NATO member states only.", []),
        ("Candidates must hold the nationality of a NATO member country.", []),
    ],
)
def test_who_may_apply_in_other_words(sentence: str, countries: list[str]) -> None:
    result = import_notice_text(_TOP + sentence + "\n\nESSENTIAL\n- A university degree.\n", "n")
    rule = result.vacancy.essential[0]
    assert rule.text.en == sentence and sorted(rule.countries) == sorted(countries)
    assert not any(item.code == "nationality_not_found" for item in result.review)


def test_citizens_in_a_summary_are_not_the_nationality_rule() -> None:
    text = _TOP + "NATO protects the security of its citizens.\n\nESSENTIAL\n- A degree.\n"
    result = import_notice_text(text, "n")
    assert any(item.code == "nationality_not_found" for item in result.review)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vacancy closes on Monday, 15 March 2027",
        "Applications are open until 15 March 2027.",
        "Closing Date: Mar 15th, 2027",
    ],
)
def test_deadlines_in_other_words(sentence: str) -> None:
    text = "Title: Officer\nReference: 271001\n" + sentence + "\n\nESSENTIAL\n- A degree.\n"
    assert import_notice_text(text, "n").vacancy.deadline.date.isoformat() == "2027-03-15"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("Procurement Officer | NSPA Careers\n", "Procurement Officer"),
        ("PROCUREMENT OFFICER\nNSPA, Capellen\n", "Procurement Officer"),
        (
            "NATO SUPPORT AND PROCUREMENT AGENCY\nVACANCY NOTICE\nPROCUREMENT OFFICER\n",
            "Procurement Officer",
        ),
        ("Logistics Assistant - JFCBS\n", "Logistics Assistant"),
    ],
)
def test_titles_with_a_site_name_or_in_capitals(top: str, title: str) -> None:
    text = top + "Reference: 271001\n\nESSENTIAL\n- A university degree.\n"
    assert import_notice_text(text, "n").vacancy.title.en == title


@pytest.mark.parametrize(
    "table",
    [
        "| Essential | Desirable |\n|---|---|\n| University degree in economics | Master's degree |\n"
        "| At least 5 years of experience in budgeting | Knowledge of French |\n",
        "Essential\tDesirable\nUniversity degree in economics\tMaster's degree\n"
        "At least 5 years of experience in budgeting\tKnowledge of French\n",
    ],
)
def test_the_two_lists_side_by_side_in_a_table(table: str) -> None:
    assert _kinds(_TOP + table) == (["education", "experience"], ["education", "language"])


def test_a_tab_after_an_item_number_is_no_label() -> None:
    from screener.importer.text_cleanup import clean_lines

    lines = clean_lines("a)\tA degree.\nii)\tEnglish.\niii.\tFrench.\nJob title\tOfficer\n")
    assert lines[:4] == ["a) A degree.", "ii) English.", "iii. French.", "Job title: Officer"]


def test_a_job_boards_name_is_no_title_and_a_year_is_no_post_code() -> None:
    text = (
        "UNIVERSITY CAREER SERVICE – Opportunities board\n\nNATO Internship Programme – Autumn "
        "2027 session (NATO Headquarters, Brussels)\n\nReference: 270900\n\n"
        "About the programme\nInterns work on projects.\n\nESSENTIAL\n- A university degree.\n"
    )
    title = import_notice_text(text, "n").vacancy.title.en
    assert title == "NATO Internship Programme – Autumn 2027 session (NATO Headquarters, Brussels)"


def test_a_language_paragraph_with_one_line_per_language() -> None:
    text = _TOP + (
        "ESSENTIAL\n- A university degree.\n\nLANGUAGE REQUIREMENTS\nEnglish – V (Advanced)\n"
        "French – II (Elementary)\n"
    )
    languages = import_notice_text(text, "n").vacancy.essential[-1]
    assert languages.kind == "official_languages"
    assert (languages.en, languages.fr) == ("V", "II")
