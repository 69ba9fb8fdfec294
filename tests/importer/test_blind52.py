"""The fifty-second blind batch's misses (a representative mix): an Essential and a Desirable
column drawn side by side in a "+---+" text table with no border between its items; each with
further forms of the same cause."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import NOTICE_TOP, imported


def _kinds(text: str) -> tuple[list[str], list[str]]:
    vacancy = imported(text)
    return [c.kind for c in vacancy.essential[1:]], [c.kind for c in vacancy.desirable]


_SIDE_BY_SIDE = [
    # The batch's form: capitals in the header, items wrapped in their column.
    """+-------------------------------------------+--------------------------------------+
| ESSENTIAL                                 | DESIRABLE                            |
+-------------------------------------------+--------------------------------------+
| Completed secondary education             | ADR certificate (tank vehicles)      |
| Valid driving licence categories C and CE | German SLP 2222                      |
| 2 years experience driving heavy vehicles |                                      |
| English SLP 2211                          |                                      |
| Shift work incl. weekends and public      |                                      |
| holidays                                  |                                      |
+-------------------------------------------+--------------------------------------+
""",
    # A header over a "+===+" border, items as bullets, one wrapped in the right column.
    """+---------------------------------------------+------------------------------------+
| Essential                                   | Desirable                          |
+=============================================+====================================+
| - Completed secondary education             | - ADR certificate for tank         |
| - Valid driving licence categories C and CE |   vehicles                         |
| - 2 years experience driving heavy vehicles | - German SLP 2222                  |
| - English SLP 2211                          |                                    |
| - Shift work incl. weekends and public      |                                    |
|   holidays                                  |                                    |
+---------------------------------------------+------------------------------------+
""",
    # French column names; the left column's wrapped item beside a new one on the right.
    """+---------------------------------------------+------------------------------------+
| Qualifications essentielles                 | Qualifications souhaitables        |
+---------------------------------------------+------------------------------------+
| Completed secondary education               | ADR certificate (tank vehicles)    |
| Valid driving licence categories C and CE   |                                    |
| 2 years experience driving heavy vehicles   |                                    |
| English SLP 2211                            |                                    |
| Shift work incl. weekends and public        | German SLP 2222                    |
| holidays                                    |                                    |
+---------------------------------------------+------------------------------------+
""",
]


@pytest.mark.parametrize("table", _SIDE_BY_SIDE, ids=["capitals", "bullets", "french-names"])
def test_side_by_side_columns_drawn_with_borders_give_one_requirement_per_item(
    table: str,
) -> None:
    essential, desirable = _kinds(NOTICE_TOP + "Requirements\n" + table)
    assert essential == [
        "education",
        "driving_licence",
        "experience",
        "language_profile",
        "availability",
    ]
    assert desirable == ["certification", "language_profile"]


def test_a_french_table_side_by_side_drawn_with_borders() -> None:
    table = """+-------------------------------------------+--------------------------------------+
| ESSENTIELLES                              | SOUHAITABLES                         |
+-------------------------------------------+--------------------------------------+
| Diplôme de fin d'études secondaires       | Certificat ADR (citernes)            |
| Permis de conduire des catégories C et CE | Connaissance de l'allemand           |
| 2 ans d'expérience de la conduite de      |                                      |
| poids lourds                              |                                      |
+-------------------------------------------+--------------------------------------+
"""
    essential, desirable = _kinds(NOTICE_TOP + "Exigences\n" + table)
    assert essential == ["education", "driving_licence", "experience"]
    assert desirable == ["certification", "language"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("VACANCY NOTICE NAGSF 27-03         POST: Imagery Analyst", "Imagery Analyst"),
        ("Vacancy Notice NAGSF 27-03\t\tPost title: Imagery Analyst", "Imagery Analyst"),
        ("Vacancy NAGSF 27-03          Title: Imagery Analyst", "Imagery Analyst"),
        ("Avis de vacance NAGSF 27-03          Poste : Analyste d'imagerie", "Analyste d'imagerie"),
    ],
)
def test_a_labelled_title_beside_the_notice_s_reference_on_a_pdf_header_line(
    line: str, title: str
) -> None:
    text = (
        "NATO ALLIANCE GROUND SURVEILLANCE FORCE (NAGSF)\n" + line + "\n"
        "GRADE: G12                          CLOSING DATE: 20 January 2027\n\n"
        "Essential:\n- English SLP 3333.\n"
    )
    vacancy = imported(text)
    assert (vacancy.title.en, vacancy.reference) == (title, "NAGSF-27-03")


@pytest.mark.parametrize(
    ("bullet", "en", "fr"),
    [
        (
            "French mother tongue; very good knowledge of English (level V in French, level IV"
            " in English)",
            "IV",
            "V",
        ),
        (
            "Français langue maternelle ; très bonne connaissance de l'anglais (niveau V en"
            " français, niveau IV en anglais)",
            "IV",
            "V",
        ),
        ("Excellent knowledge of English (level V in English and level IV in French)", "V", "IV"),
        (
            "Good knowledge of French and English (level IV in English, level III in French)",
            "IV",
            "III",
        ),
    ],
)
def test_a_level_said_in_each_language_inside_one_clause_is_kept_for_both(
    bullet: str, en: str, fr: str
) -> None:
    criterion = imported(
        NOTICE_TOP + "Essential\n- " + bullet + "\n- University degree.\n"
    ).essential[1]
    assert criterion.kind == "official_languages"
    assert (criterion.mode, criterion.en, criterion.fr) == ("per_language", en, fr)


@pytest.mark.parametrize(
    "bullet",
    [
        "Airfield driving permit experience",
        "Airside driving permit (AVOP)",
        "Holder of an apron driving licence",
        "Permis de conduire côté piste",
    ],
)
def test_an_airfield_s_own_driving_permit_is_no_national_licence(bullet: str) -> None:
    vacancy = imported(NOTICE_TOP + "Essential\n- University degree.\n- " + bullet + "\n")
    assert vacancy.essential[2].kind == "statement"


def test_a_national_licence_beside_an_airfield_permit_keeps_its_category() -> None:
    bullet = "Valid driving licence category C and an airfield driving permit"
    vacancy = imported(NOTICE_TOP + "Essential\n- University degree.\n- " + bullet + "\n")
    criterion = vacancy.essential[2]
    assert (criterion.kind, criterion.categories) == ("driving_licence", ["C"])


@pytest.mark.parametrize(
    ("bullet", "level", "other"),
    [
        (
            "A PhD in physics, acoustics, oceanography or electrical engineering; or a master's"
            " degree in one of these fields and at least 4 years of post-graduate research"
            " experience.",
            "doctorate",
            "master",
        ),
        (
            "A master's degree in physics or engineering; or a bachelor's degree and at least 4"
            " years of experience.",
            "master",
            "bachelor",
        ),
        (
            "A university degree in physics; or higher secondary education and at least 4 years"
            " of experience.",
            "bachelor",
            "higher_secondary",
        ),
        (
            "Un doctorat en physique ; ou un master dans l'un de ces domaines et au moins 4 ans"
            " d'expérience de recherche.",
            "doctorate",
            "master",
        ),
    ],
)
def test_a_second_path_after_a_semicolon_is_the_same_requirement(
    bullet: str, level: str, other: str
) -> None:
    vacancy = imported(NOTICE_TOP + "Essential\n- " + bullet + "\n- English SLP 3333.\n")
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "language_profile"]
    education = vacancy.essential[1]
    assert education.min_level == level
    assert education.alternative is not None
    assert education.alternative.params["min_level"] == other
