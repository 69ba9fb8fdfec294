"""Requirement grids in a PDF's text (the fortieth blind batch's notice 06): an "Area |
Requirement | E/D" table whose cells wrap over several lines, E and D rows interleaved, a page
footer after it, gave no requirement and took the paragraph after it for one. Grids are read
by where their header row's names stand, whatever the marks' names (E/D, Ess./Des., M/D, E/S,
an X under Essential or Desirable), with spaces or tabs between the columns; a grid that cannot
be read with confidence says so in the review list."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import NOTICE_TOP, imported, list_texts

_ENSEC = """4. REQUIREMENTS
(E = Essential, D = Desirable)

  Area          Requirement                                                        E/D
  Education     Master's degree in engineering, energy economics, security         E
                studies or a related field
                PhD in a relevant field                                            D
  Experience    At least 5 years of professional experience in energy security     E
                or critical infrastructure protection, of which 2 years in a
                national or international (NATO/EU) staff
                Experience in organising tabletop exercises or wargames            D
  Language      English: SLP 3333                                                  E
                Lithuanian or Russian at working level                             D
  Other         Able to travel up to 60 days per year within NATO and partner      E
                countries

                                     - 1 -
                                NATO UNCLASSIFIED

5. TERMS OF EMPLOYMENT
The selected candidate will be employed by the Framework Nation on a three-year contract,
with salary and allowances equivalent to NATO grade A-3.
"""


def _codes(text: str) -> list[str]:
    return [f"{item.code}.{item.values.get('case', '')}" for item in imported(text).review]


def test_a_spaced_e_d_grid_with_wrapped_cells_gives_each_row_its_list() -> None:
    essential, desirable = list_texts(NOTICE_TOP + _ENSEC)
    assert essential == [
        "Master's degree in engineering, energy economics, security studies or a related field",
        "At least 5 years of professional experience in energy security or critical "
        "infrastructure protection, of which 2 years in a national or international (NATO/EU) "
        "staff",
        "English: SLP 3333",
        "Able to travel up to 60 days per year within NATO and partner countries",
    ]
    assert desirable == [
        "PhD in a relevant field",
        "Experience in organising tabletop exercises or wargames",
        "Lithuanian or Russian at working level",
    ]
    assert "grid_read.plain" in _codes(NOTICE_TOP + _ENSEC)


def test_ess_des_marks_and_a_domain_column() -> None:
    text = """QUALIFICATIONS
Domain        Qualification                                              Ess./Des.
Education     University degree in logistics or supply chain               Ess.
              management
Experience    Three years of experience in warehouse management            Ess.
              Experience with SAP MM                                       Des.
Licences      Valid forklift licence                                       Des.

HOW TO APPLY
Apply through the careers portal.
"""
    essential, desirable = list_texts(NOTICE_TOP + text)
    assert essential == [
        "University degree in logistics or supply chain management",
        "Three years of experience in warehouse management",
    ]
    assert desirable == ["Experience with SAP MM", "Valid forklift licence"]


def test_a_french_grid_with_e_s_marks() -> None:
    text = """EXIGENCES
Domaine       Exigence                                                    E/S
Formation     Diplôme universitaire en droit international ou en          E
              sciences politiques
Expérience    Au moins cinq ans d'expérience en affaires juridiques       E
              Expérience au sein d'une organisation internationale        S
Langues       Anglais : niveau IV (avancé)                                E

CONDITIONS D'EMPLOI
Contrat de trois ans.
"""
    vacancy = imported(NOTICE_TOP + text)
    essential = [c.text.fr for c in vacancy.essential[1:]]
    desirable = [c.text.fr for c in vacancy.desirable]
    assert essential[0] == "Diplôme universitaire en droit international ou en sciences politiques"
    assert len(essential) == 3 and [c.kind for c in vacancy.essential[1:]] == [
        "education",
        "experience",
        "official_languages",
    ]
    assert desirable == ["Expérience au sein d'une organisation internationale"]


def test_a_tab_grid_with_mandatory_desirable_marks_and_wrapped_cells() -> None:
    text = (
        "REQUIREMENTS\n"
        "Category\tRequirement\tM/D\n"
        "Education\tBachelor's degree in electrical engineering\tM\n"
        "\tor telecommunications\n"
        "Experience\tFour years of experience with satellite ground stations\tM\n"
        "\tExperience with NATO SATCOM systems\tD\n"
        "Certificates\tCCNA certification\tD\n"
        "\n"
        "APPLICATION\n"
        "Apply online.\n"
    )
    essential, desirable = list_texts(NOTICE_TOP + text)
    assert essential == [
        "Bachelor's degree in electrical engineering or telecommunications",
        "Four years of experience with satellite ground stations",
    ]
    assert desirable == ["Experience with NATO SATCOM systems", "CCNA certification"]


def test_x_marks_under_essential_and_desirable_columns_across_a_page_break() -> None:
    text = """REQUIREMENTS
Requirement                                                   Essential    Desirable
Higher secondary education and a recognised vocational            X
qualification in catering
Two years of experience in a canteen or restaurant                X
Food hygiene (HACCP) certificate                                               X

Page 1 of 2
NATO UNCLASSIFIED

Requirement                                                   Essential    Desirable
Knowledge of French                                                            X
Able to work in shifts, including weekends                        X

OTHER INFORMATION
Interviews will be held in Mons.
"""
    essential, desirable = list_texts(NOTICE_TOP + text)
    assert essential == [
        "Higher secondary education and a recognised vocational qualification in catering",
        "Two years of experience in a canteen or restaurant",
        "Able to work in shifts, including weekends",
    ]
    assert desirable == ["Food hygiene (HACCP) certificate", "Knowledge of French"]


def test_a_grid_whose_marks_sit_lower_in_their_rows_is_flagged() -> None:
    text = """REQUIREMENTS
  Area          Requirement                                              E/D
  Education     University degree in accounting, finance or
                business administration                                    E
  Experience    Three years of experience in budget execution               E
                Knowledge of IPSAS                                          D

CONDITIONS
A three-year contract.
"""
    essential, desirable = list_texts(NOTICE_TOP + text)
    assert essential[0] == ("University degree in accounting, finance or business administration")
    assert desirable == ["Knowledge of IPSAS"]
    assert "grid_read.marks_lower" in _codes(NOTICE_TOP + text)


def test_a_grid_whose_rows_cannot_be_placed_is_said_in_the_review() -> None:
    text = """Title: Technician
NATO Grade: G7
Application Deadline: 1 March 2027

ESSENTIAL
- Higher secondary education.

REQUIREMENTS TABLE
Area        Requirement        E/D
The table could not be copied from the PDF; see the original notice for the remaining
requirements and their categories.
"""
    assert "grid_unread." in _codes(text)


def test_a_paragraph_of_any_length_under_a_grids_header_is_no_row() -> None:
    text = NOTICE_TOP + "Area        Requirement        E/D\n" + "word  " * 5000 + "E\n"
    assert "grid_unread." in _codes(text)


@pytest.mark.parametrize(
    ("grid", "essential", "desirable"),
    [
        (
            "Criteria                                                   Essential/Desirable\n"
            "University degree in finance or economics                  Essential\n"
            "Five years of experience in budgeting, of which two in     Essential\n"
            "an international organisation\n"
            "Knowledge of IPSAS                                          Desirable\n",
            [
                "University degree in finance or economics",
                "Five years of experience in budgeting, of which two in an international "
                "organisation",
            ],
            ["Knowledge of IPSAS"],
        ),
        (
            "No.   Requirement                                               E/D\n"
            "1     Higher secondary education                                E\n"
            "2     Three years of experience as a driver of heavy            E\n"
            "      vehicles\n"
            "3     First aid certificate                                     D\n",
            [
                "Higher secondary education",
                "Three years of experience as a driver of heavy vehicles",
            ],
            ["First aid certificate"],
        ),
        (
            "Qualification                                        Mandatory    Desirable\n"
            "Bachelor's degree in computer science                    ✓\n"
            "Three years of experience with Linux servers             ✓\n"
            "Red Hat certification (RHCE)                                          ✓\n",
            [
                "Bachelor's degree in computer science",
                "Three years of experience with Linux servers",
            ],
            ["Red Hat certification (RHCE)"],
        ),
        (
            "Requirement                                                      Category\n"
            "Bachelor's degree in law                                         Essential\n"
            "Experience in international law                                  Desirable\n",
            ["Bachelor's degree in law"],
            ["Experience in international law"],
        ),
    ],
)
def test_grids_marked_in_words_ticks_or_numbered(
    grid: str, essential: list[str], desirable: list[str]
) -> None:
    text = f"{NOTICE_TOP}REQUIREMENTS\n{grid}\nAPPLICATION\nOnline.\n"
    assert list_texts(text) == (essential, desirable)


_NO_HEADER = """4. REQUIREMENTS
  Education     Master's degree in engineering, energy economics, security         E
                studies or a related field
                PhD in a relevant field                                            D
  Experience    At least 5 years of professional experience in energy security     E
                or critical infrastructure protection
  Language      English: SLP 3333                                                  E

5. TERMS OF EMPLOYMENT
A three-year contract.
"""


def test_a_grid_whose_header_row_was_lost_is_read_by_its_marks_and_flagged() -> None:
    assert list_texts(NOTICE_TOP + _NO_HEADER) == (
        [
            "Master's degree in engineering, energy economics, security studies or a related field",
            "At least 5 years of professional experience in energy security or critical "
            "infrastructure protection",
            "English: SLP 3333",
        ],
        ["PhD in a relevant field"],
    )
    assert "grid_read.no_header" in _codes(NOTICE_TOP + _NO_HEADER)


def test_a_tab_grid_without_its_header_row() -> None:
    text = (
        "REQUIREMENTS\n"
        "Education\tBachelor's degree in accounting\tE\n"
        "Experience\tThree years of experience in payroll\tE\n"
        "\tKnowledge of SAP HR\tD\n"
        "\n"
        "APPLICATION\nOnline.\n"
    )
    assert list_texts(NOTICE_TOP + text) == (
        ["Bachelor's degree in accounting", "Three years of experience in payroll"],
        ["Knowledge of SAP HR"],
    )


def test_two_lines_ending_in_a_letter_are_no_grid() -> None:
    text = (
        "ESSENTIAL\n- Knowledge of vitamin  D\n- Driving licence category  E\n"
        "- Five years of experience.\n"
    )
    assert "grid_read.no_header" not in _codes(NOTICE_TOP + text)


def test_a_french_grid_marked_o_and_s_under_obligatoire_souhaitable() -> None:
    text = """EXIGENCES
Critère                                                     Obligatoire/Souhaitable
Diplôme de fin d'études secondaires                          O
Deux ans d'expérience en comptabilité                        O
Connaissance de SAP                                          S

CANDIDATURE
En ligne.
"""
    assert list_texts(NOTICE_TOP + text) == (
        ["Diplôme de fin d'études secondaires", "Deux ans d'expérience en comptabilité"],
        ["Connaissance de SAP"],
    )


def test_a_pdf_files_e_d_grid_is_read_row_by_row(tmp_path) -> None:
    from placed_pdf_support import lines_at, placed_pdf

    from screener.importer import import_notice_file

    pieces = [
        (70, 800, "Title: Energy Expert"),
        (70, 785, "NATO Grade: A3"),
        (70, 770, "Application Deadline: 1 March 2027"),
        (70, 740, "REQUIREMENTS"),
        (70, 720, "Area"),
        (160, 720, "Requirement"),
        (480, 720, "E/D"),
        (70, 700, "Education"),
        *lines_at(160, 700, ["Master's degree in engineering, energy", "economics or security"]),
        (480, 700, "E"),
        (160, 676, "PhD in a relevant field"),
        (480, 676, "D"),
        (70, 660, "Experience"),
        *lines_at(160, 660, ["At least 5 years of experience in energy", "security"]),
        (480, 660, "E"),
        (70, 620, "APPLICATION"),
        (70, 605, "Apply online."),
    ]
    path = tmp_path / "notice.pdf"
    path.write_bytes(placed_pdf([pieces]))
    vacancy = import_notice_file(path).vacancy
    assert [c.text.en for c in vacancy.essential[1:]] == [
        "Master's degree in engineering, energy economics or security",
        "At least 5 years of experience in energy security",
    ]
    assert [c.text.en for c in vacancy.desirable] == ["PhD in a relevant field"]


@pytest.mark.parametrize(
    "grid",
    [
        "E/D    Requirement\n"
        "E      University degree in economics or a related\n"
        "       field\n"
        "D      Knowledge of French\n",
        "E/D\tRequirement\nE\tUniversity degree in economics or a related field\nD\tKnowledge of French\n",
    ],
)
def test_a_grid_with_its_marks_first(grid: str) -> None:
    text = f"{NOTICE_TOP}REQUIREMENTS\n{grid}\nAPPLICATION\nOnline.\n"
    assert list_texts(text) == (
        ["University degree in economics or a related field"],
        ["Knowledge of French"],
    )


@pytest.mark.parametrize(
    "grid",
    [
        "Requirement\tEssential\tDesirable\n"
        "University degree in IT\tYes\tNo\n"
        "CCNP certification\tNo\tYes\n"
        "Three years of experience\tX\t\n",
        "Requirement                                   Essential    Desirable\n"
        "University degree in IT                          Yes          No\n"
        "CCNP certification                               No           Yes\n"
        "Three years of experience                        X            -\n",
    ],
)
def test_yes_no_and_dashes_under_essential_and_desirable_columns(grid: str) -> None:
    text = f"{NOTICE_TOP}REQUIREMENTS\n{grid}\nAPPLICATION\nOnline.\n"
    assert list_texts(text) == (
        ["University degree in IT", "Three years of experience"],
        ["CCNP certification"],
    )
    assert "grid_unread." not in _codes(text)
