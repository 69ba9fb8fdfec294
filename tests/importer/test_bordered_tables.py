"""Plain-text tables drawn with "+---+" borders (the forty-third blind batch: an ENSEC COE
notice's Essential/Desirable rows gave three requirements, each with the next border glued
to it, and lost the rest). A border is never text; the lines between two borders are one row
whose cells wrap."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import NOTICE_TOP, list_texts

_LABEL_COLUMN = """REQUIREMENTS
+-------------+-----------------------------------------------------------+
| Essential   | Master's degree in energy policy, engineering, economics  |
|             | or international relations                                |
+-------------+-----------------------------------------------------------+
| Essential   | English SLP 3333 (STANAG 6001)                            |
+-------------+-----------------------------------------------------------+
| Desirable   | Knowledge of Lithuanian, Polish or Russian                |
+-------------+-----------------------------------------------------------+
| Desirable   | Experience in NATO exercise planning                      |
+-------------+-----------------------------------------------------------+

Send CV and motivation letter through your national point of contact.
"""
_FRENCH_LABEL_COLUMN = """EXIGENCES
+--------------+------------------------------------------------+
| Essentiel    | Diplôme universitaire en droit ou en sciences  |
|              | politiques                                     |
+--------------+------------------------------------------------+
| Essentiel    | Trois ans d'expérience en analyse juridique    |
+--------------+------------------------------------------------+
| Souhaitable  | Connaissance de l'allemand                     |
+--------------+------------------------------------------------+

CANDIDATURES
Postulez en ligne.
"""
_CATEGORY_COLUMN = """REQUIREMENTS
+----------------------------------------------+-------------+
| Requirement                                  | Category    |
+==============================================+=============+
| University degree in computer science or     | Essential   |
| telecommunications engineering               |             |
+----------------------------------------------+-------------+
| 3 years of experience in network operations  | Essential   |
+----------------------------------------------+-------------+
| CCNP certification                           | Desirable   |
+----------------------------------------------+-------------+

HOW TO APPLY
Apply online.
"""
_X_COLUMNS = """QUALIFICATIONS
+------------------------------------------+-----------+-----------+
| Requirement                              | Essential | Desirable |
+------------------------------------------+-----------+-----------+
| University degree in logistics or supply |     X     |           |
| chain management                         |           |           |
+------------------------------------------+-----------+-----------+
| 2 years of experience in warehousing     |     X     |           |
+------------------------------------------+-----------+-----------+
| Knowledge of SAP                         |           |     X     |
+------------------------------------------+-----------+-----------+

HOW TO APPLY
Apply online.
"""
_E_D_COLUMN = """REQUIREMENTS
+------------+--------------------------------------------------+-----+
| Area       | Requirement                                      | E/D |
+------------+--------------------------------------------------+-----+
| Education  | Master's degree in economics, finance or         |  E  |
|            | business administration                          |     |
+------------+--------------------------------------------------+-----+
| Experience | 5 years of experience in budget management       |  E  |
+------------+--------------------------------------------------+-----+
| Language   | Knowledge of French                              |  D  |
+------------+--------------------------------------------------+-----+

HOW TO APPLY
Apply online.
"""
_ONE_COLUMN = """REQUIREMENTS
+------------------------------------------------------+
| ESSENTIAL                                            |
+------------------------------------------------------+
| University degree in law or political science        |
+------------------------------------------------------+
| 3 years of experience in legal analysis at national  |
| or international level                               |
+------------------------------------------------------+
| DESIRABLE                                            |
+------------------------------------------------------+
| Knowledge of French                                  |
+------------------------------------------------------+

HOW TO APPLY
Apply online.
"""


@pytest.mark.parametrize(
    ("table", "essential", "desirable"),
    [
        (
            _LABEL_COLUMN,
            [
                "Master's degree in energy policy, engineering, economics or international "
                "relations",
                "English SLP 3333 (STANAG 6001)",
            ],
            ["Knowledge of Lithuanian, Polish or Russian", "Experience in NATO exercise planning"],
        ),
        (
            _FRENCH_LABEL_COLUMN,
            [
                "Diplôme universitaire en droit ou en sciences politiques",
                "Trois ans d'expérience en analyse juridique",
            ],
            ["Connaissance de l'allemand"],
        ),
        (
            _CATEGORY_COLUMN,
            [
                "University degree in computer science or telecommunications engineering",
                "3 years of experience in network operations",
            ],
            ["CCNP certification"],
        ),
        (
            _X_COLUMNS,
            [
                "University degree in logistics or supply chain management",
                "2 years of experience in warehousing",
            ],
            ["Knowledge of SAP"],
        ),
        (
            _E_D_COLUMN,
            [
                "Master's degree in economics, finance or business administration",
                "5 years of experience in budget management",
            ],
            ["Knowledge of French"],
        ),
        (
            _ONE_COLUMN,
            [
                "University degree in law or political science",
                "3 years of experience in legal analysis at national or international level",
            ],
            ["Knowledge of French"],
        ),
    ],
    ids=[
        "label-column",
        "french-labels",
        "category-column",
        "x-columns",
        "e-d-column",
        "one-column",
    ],
)
def test_a_bordered_table_is_read_row_by_row(
    table: str, essential: list[str], desirable: list[str]
) -> None:
    assert list_texts(NOTICE_TOP + table) == (essential, desirable)


def test_a_lone_border_line_is_no_text() -> None:
    text = "ESSENTIAL\n- University degree in law\n+-----------+\n- Knowledge of French\n"
    essential, _ = list_texts(NOTICE_TOP + text)
    assert essential == ["University degree in law", "Knowledge of French"]
