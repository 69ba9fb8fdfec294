"""The forty-first blind batch's tables, each with further forms of the same cause: a "|" grid
with an E/D column and wrapped cells (NSPA) gave nothing; side-by-side Essential and Desirable
columns typed as a "|" table, a row wrapped over several lines (JWC with a column of topics,
CMRE with a./b. items) made a requirement of every line."""

from __future__ import annotations

from tests.importer.importer_support import NOTICE_TOP, imported, list_texts

_PIPE_GRID = """3. QUALIFICATIONS AND EXPERIENCE
(E = Essential, D = Desirable)

 Area          | Requirement                                                   | E/D
---------------+---------------------------------------------------------------+-----
 Education     | Higher secondary education, completed with a vocational       |  E
               | qualification in logistics or warehousing                     |
 Dangerous     | ADR dangerous goods safety adviser (DGSA) certificate         |  D
 goods         |                                                               |
 Language      | English: SLP 3232                                             |  E

4. REMARKS
Applications must be submitted through the e-recruitment system.
"""


def test_a_pipe_grid_with_an_e_d_column_and_wrapped_cells() -> None:
    essential, desirable = list_texts(NOTICE_TOP + _PIPE_GRID)
    assert essential == [
        "Higher secondary education, completed with a vocational qualification in logistics "
        "or warehousing",
        "English: SLP 3232",
    ]
    assert desirable == ["ADR dangerous goods safety adviser (DGSA) certificate"]


def test_a_bordered_markdown_grid_in_french_with_e_s_marks() -> None:
    text = """EXIGENCES
| Domaine    | Exigence                                           | E/S |
|------------|----------------------------------------------------|-----|
| Formation  | Diplôme universitaire en informatique ou en        | E   |
|            | télécommunications                                 |     |
| Expérience | Trois ans d'expérience en administration réseau    | E   |
| Langues    | Connaissance de l'allemand                         | S   |

CANDIDATURES
Postulez en ligne.
"""
    vacancy_lists = list_texts(NOTICE_TOP + text)
    assert len(vacancy_lists[0]) == 2 and vacancy_lists[0][0].endswith("télécommunications")
    assert vacancy_lists[1] == ["Connaissance de l'allemand"]


_TOPICS = """QUALIFICATIONS

Topic        | Essential                                     | Desirable
-------------|-----------------------------------------------|----------------------------------
Education    | University degree in international relations, | Master's degree in a related
             | political science, history or a related field | discipline
Experience   | Minimum 4 years in military exercise planning | Experience with the JEMM or
             | or scenario development at operational level  | JTLS simulation tools
Clearance    | NATO SECRET or able to obtain it              |

NATIONALITY
Applications are invited from nationals of NATO member nations only.
"""


def test_side_by_side_columns_with_a_topic_column_join_each_rows_lines() -> None:
    essential, desirable = list_texts(NOTICE_TOP + _TOPICS)
    assert essential == [
        "University degree in international relations, political science, history or a "
        "related field",
        "Minimum 4 years in military exercise planning or scenario development at "
        "operational level",
        "NATO SECRET or able to obtain it",
    ]
    assert desirable == [
        "Master's degree in a related discipline",
        "Experience with the JEMM or JTLS simulation tools",
    ]


def test_side_by_side_columns_of_lettered_items_wrapped_over_lines() -> None:
    text = """ESSENTIAL                                   | DESIRABLE
--------------------------------------------|---------------------------------------------
a. STCW III/2 Certificate of Competency as  | a. Experience on research, survey or naval
   Chief Engineer Officer.                  |    auxiliary vessels.
b. At least 5 years of sea service as an    | b. Italian language at a working level.
   engineer officer.                        |
c. English SLP 3322.                        |

NATIONALITY: Open to nationals of NATO member nations.
"""
    essential, desirable = list_texts(NOTICE_TOP + text)
    assert essential == [
        "STCW III/2 Certificate of Competency as Chief Engineer Officer",
        "At least 5 years of sea service as an engineer officer",
        "English SLP 3322",
    ]
    assert desirable == [
        "Experience on research, survey or naval auxiliary vessels",
        "Italian language at a working level",
    ]


def test_a_side_by_side_table_from_a_web_page_keeps_a_cell_per_requirement() -> None:
    # No ruling line, a border on each row: a document's table, each cell one requirement.
    text = (
        "| Essential | Desirable |\n"
        "| University degree in law | Knowledge of French |\n"
        "| Five years of experience | Experience in NATO |\n"
    )
    essential, desirable = list_texts(NOTICE_TOP + text)
    assert essential == ["University degree in law", "Five years of experience"]
    assert desirable == ["Knowledge of French", "Experience in NATO"]


def test_side_by_side_columns_with_topics_set_out_by_spaces() -> None:
    # The same table as a PDF's text gives it (pdftotext -layout): no "|", only gaps.
    text = """QUALIFICATIONS

Topic          Essential                                        Desirable
Education      University degree in international relations,    Master's degree in a related
               political science, history or a related field    discipline
Experience     Minimum 4 years in military exercise planning    Experience with the JEMM or
               or scenario development at operational level     JTLS simulation tools
Clearance      NATO SECRET or able to obtain it

NATIONALITY
Applications are invited from nationals of NATO member nations only.
"""
    essential, desirable = list_texts(NOTICE_TOP + text)
    assert essential == [
        "University degree in international relations, political science, history or a "
        "related field",
        "Minimum 4 years in military exercise planning or scenario development at "
        "operational level",
        "NATO SECRET or able to obtain it",
    ]
    assert desirable == [
        "Master's degree in a related discipline",
        "Experience with the JEMM or JTLS simulation tools",
    ]


def test_a_french_side_by_side_table_with_topics_set_out_by_spaces() -> None:
    text = """QUALIFICATIONS

Domaine        Essentielles                                 Souhaitables
Formation      Diplôme universitaire en droit ou en         Master en droit international
               sciences politiques
Langues        Anglais : PLS 3333                           Allemand : niveau de travail

NATIONALITÉ
Ressortissants des pays membres de l'OTAN uniquement.
"""
    vacancy = imported(NOTICE_TOP + text)
    assert [c.text.fr for c in vacancy.essential[1:]] == [
        "Diplôme universitaire en droit ou en sciences politiques",
        "Anglais : PLS 3333",
    ]
    assert [c.text.fr for c in vacancy.desirable] == [
        "Master en droit international",
        "Allemand : niveau de travail",
    ]
