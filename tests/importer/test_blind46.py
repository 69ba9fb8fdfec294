"""The forty-sixth blind batch's misses (copies from the web and office software of bodies
other than the IS), each with further forms of the same cause."""

from __future__ import annotations

import pytest

from screener.importer.recognizers import recognize
from screener.importer.section_headings import EN_DESIRABLE, EN_ESSENTIAL
from screener.importer.sections import folded_line
from screener.importer.side_menus import without_side_menu
from tests.importer.importer_support import NOTICE_TOP, imported, list_texts


@pytest.mark.parametrize(
    ("line", "essential", "desirable"),
    [
        ("What you need to bring (essential)", True, False),
        ("Your skills (required):", True, False),
        ("It would be a plus if you have (desirable)", False, True),
        ("What we would like to see (desirable)", False, True),
        ("You will also have (an asset)", False, True),
        ("Must-haves (essential)", True, False),
        ("Skills we are looking for (essential)", True, False),
        ("Nice-to-haves (desirable)", False, True),
        ("What would make you stand out (desirable)", False, True),
        ("Preferred qualifications (desirable)", False, True),
        ("Good communication skills (essential)", False, False),
        ("Your English (required)", False, False),
        ("You are a team player (essential)", False, False),
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


_SIDE = (
    "Home             Vacancy - Librarian (Head of Library Services)\n"
    "About the NDC\n"
    "Courses          Vacancy notice NDC 26/LIB/02\n"
    "Research         Post title: Librarian (Head of Library Services)\n"
    "Library          Grade: G15\n"
    "Events           Location: Rome, Italy\n"
    "Careers          Security clearance: NATO SECRET\n"
    "  Civilian posts Deadline for applications: 10 January 2027\n"
    "  Internships\n"
    "Contact          The NATO Defense College (NDC) in Rome is NATO's senior educational\n"
    "                 institution.\n"
    "\n"
    "                 Essential\n"
    "                   1. A university degree in library and information science.\n"
    "                   2. At least 6 years' experience in an academic library.\n"
)


def test_a_side_menu_printed_line_by_line_beside_the_header_is_left_out() -> None:
    vacancy = imported(_SIDE)
    assert (vacancy.title.en, vacancy.grade.min, str(vacancy.deadline.date)) == (
        "Librarian (Head of Library Services)",
        "G15",
        "2027-01-10",
    )
    assert [c.kind for c in vacancy.criteria if c.kind != "nationality"] == [
        "education",
        "experience",
    ]


def test_a_form_of_labels_beside_values_is_no_side_menu() -> None:
    text = without_side_menu(
        "Title            Librarian\nGrade            G15\nDeadline         10 January 2027\n"
    )
    assert text.startswith("Title            Librarian")


@pytest.mark.parametrize(
    "item",
    [
        "5. Language: the two official languages of NATO are English and French. The\n"
        "   candidate must have a very good knowledge of English (level V) and a good\n"
        "   knowledge of French (level III).\n",
        "- Languages: NATO works in English and French. The incumbent must have English\n"
        "  at level V and French at level III.\n",
    ],
)
def test_an_items_second_sentence_stays_in_the_item(item: str) -> None:
    text = NOTICE_TOP + "Essential\n1. A university degree.\n" + item
    criteria = [c for c in imported(text).criteria if c.kind != "nationality"]
    assert [c.kind for c in criteria] == ["education", "official_languages"]
    assert (criteria[1].en, criteria[1].fr) == ("V", "III")


@pytest.mark.parametrize(
    ("text", "level", "lower"),
    [
        (
            "University degree at EQF level 7 (Master) in computer science; a degree at EQF "
            "level 6 combined with 2 additional years of relevant experience is acceptable in lieu.",
            "master",
            "bachelor",
        ),
        (
            "A Master's degree in law; a Bachelor's degree with 2 additional years of relevant "
            "experience may be accepted in lieu of a Master's degree.",
            "master",
            "bachelor",
        ),
    ],
)
def test_a_lower_degree_with_years_accepted_in_lieu_is_the_other_reading(
    text: str, level: str, lower: str
) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["min_level"]) == ("education", level)
    assert typing.params["alternative"]["params"] == {"min_level": lower}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("A degree at EQF level 6 in engineering.", "bachelor"),
        ("A university degree at ISCED level 7.", "master"),
        ("A doctorate (EQF level 8) in physics.", "doctorate"),
    ],
)
def test_a_frameworks_level_names_the_degree(text: str, level: str) -> None:
    assert recognize(text, "en").params["min_level"] == level


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Advanced Cardiac Life Support (ACLS).", ["ACLS"]),
        ("Basic Life Support (BLS)", ["BLS"]),
        ("Pediatric Advanced Life Support (PALS)", ["PALS"]),
        ("Pediatric Advanced Life Support (PALS) or ACLS.", ["PALS", "ACLS"]),
    ],
)
def test_a_life_support_course_spelt_out_is_a_certification(text: str, names: list[str]) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["any_of"]) == ("certification", names)


def test_a_course_spelt_out_with_an_acronym_not_known_stays_a_statement() -> None:
    assert recognize("Microsoft Office Specialist (MOS).", "en").kind == "statement"


@pytest.mark.parametrize(
    ("facts", "reference"),
    [
        ("Reference: NETMA-2611 · Grade: A3 · Hallbergmoos (Munich), Germany\n", "NETMA-2611"),
        ("Reference: NSPA-2611\nGrade: A3\n", "NSPA-2611"),
        ("Job reference: PASP 0412\nGrade: A3\n", "PASP-0412"),
        ("NSPA 26/LOG/204\nGrade: A3\n", "NSPA-26-LOG-204"),
        ("Page 12/30\nGrade: A3\n", "imported-notice"),
        # A recruiting agency's own reference is not the notice's.
        ("Our ref: ATL-4471     Client ref: SHAPE 27/FIN/014\nGrade: A3\n", "SHAPE-27-FIN-014"),
    ],
)
def test_a_labelled_reference_of_letters_and_a_number_is_read(facts: str, reference: str) -> None:
    text = "Avionics Systems Engineer\n\n" + facts + "\nEssential\n- A university degree.\n"
    assert imported(text).reference == reference


@pytest.mark.parametrize(
    "facts",
    [
        "   a) post title: Training Support Specialist (Computer-Assisted Exercises);\n"
        "   b) vacancy number: JFTC 26/TSD/05;\n   c) grade: G13;\n",
        "Post title: Training Support Specialist (Computer-Assisted Exercises),\nGrade: G13\n",
    ],
)
def test_a_title_keeps_no_separator_after_it(facts: str) -> None:
    text = "1. The JFTC has announced:\n" + facts + "\nEssential\n- A university degree.\n"
    assert imported(text).title.en == "Training Support Specialist (Computer-Assisted Exercises)"


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        (
            "Readiness to take part in exercises outside Poland, including weekends.",
            ["travel", "weekends"],
        ),
        ("Availability to participate in exercises abroad.", ["travel"]),
        (
            "Willing to take part in exercises outside normal working hours.",
            ["outside_office_hours"],
        ),
    ],
)
def test_exercises_away_from_the_duty_station_are_travel(text: str, needs: list[str]) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["needs"]) == ("availability", needs)


@pytest.mark.parametrize(
    ("text", "names", "together"),
    [
        ("Current EWIS and Fuel Tank Safety (FTS) training certificates.", ["EWIS", "FTS"], True),
        ("CISSP and CISM certifications.", ["CISSP", "CISM"], True),
        ("Certifications such as CISSP and CISM.", ["CISSP", "CISM"], False),
        ("Current Basic Life Support (BLS) certification.", ["BLS"], False),
    ],
)
def test_certificates_named_beside_one_spelt_out_are_all_named(
    text: str, names: list[str], together: bool
) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["any_of"]) == ("certification", names)
    assert ([n.code for n in typing.notes] == ["certificates_together"]) is together


@pytest.mark.parametrize(
    "heading",
    [
        "It would be a plus if you have",
        "It would be an advantage if you also bring",
        "Ideally you also have:",
    ],
)
def test_a_careers_pages_wished_heading_without_its_colon_opens_the_desirable_list(
    heading: str,
) -> None:
    text = (
        NOTICE_TOP
        + "What you need to bring\n- A university degree in computer science.\n"
        + "- At least 7 years of experience with cloud platforms.\n\n"
        + heading
        + "\n- A Master's degree in a relevant discipline.\n- CISSP or CCSP certification.\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 2, essential
    assert desirable == [
        "A Master's degree in a relevant discipline",
        "CISSP or CCSP certification",
    ]
