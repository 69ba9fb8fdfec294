"""The fifty-seventh blind batch's header misses: a grade with the second letter left out
("G-10/11") read as its first grade only; the NATO Parliamentary Assembly, whose secretariat
is called "International Secretariat", read as the International Staff; a title ending on the
body's name after a comma ("Energy Infrastructure Analyst (Civilian), NATO Energy Security
Centre of Excellence") kept it. Each with further forms, in English and French."""

from __future__ import annotations

import pytest
from importer_support import imported

from screener.importer.header_values import parse_grade


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("G-10/11", "G10", "G11"),
        ("NATO Grade: G10/11", "G10", "G11"),
        ("A-2/3", "A2", "A3"),
        ("A2/A3", "A2", "A3"),
        ("G-7", "G7", None),
        ("Grade : G-10/11 (barème OTAN)", "G10", "G11"),
        # A date after the grade is no second grade.
        ("G15/2027", "G15", None),
        ("G10/05/2027", "G10", None),
    ],
)
def test_a_grade_range_with_its_second_letter_left_out(
    text: str, low: str, high: str | None
) -> None:
    grade = parse_grade(text)
    assert grade is not None
    assert (grade.min, grade.max) == (low, high)


_LIST = (
    "\nQualifications\n- University degree in international relations.\n"
    "- Four years of experience in defence policy.\n\n"
    "Open to nationals of NATO member nations.\n"
)


@pytest.mark.parametrize(
    "top",
    [
        "NATO PARLIAMENTARY ASSEMBLY\nInternational Secretariat\n\nCommittee Director\n",
        "ASSEMBLÉE PARLEMENTAIRE DE L'OTAN\nNATO PARLIAMENTARY ASSEMBLY\n"
        "Secrétariat international / International Secretariat\n\nCommittee Director\n",
        "Secrétariat international de l'Assemblée parlementaire de l'OTAN\n\nCommittee Director\n",
        "International Secretariat of the NATO Parliamentary Assembly\n\nCommittee Director\n",
    ],
)
def test_the_parliamentary_assembly_is_a_body_of_its_own(top: str) -> None:
    vacancy = imported(
        top + "Reference: PA-2027-02\nGrade: A2\nDeadline: 18 January 2027\n" + _LIST
    )
    assert vacancy.nato_body == "NATO Parliamentary Assembly (NATO PA)"


def test_the_international_staff_stays_the_international_staff() -> None:
    vacancy = imported(
        "NATO International Staff\n\nPolicy Officer\nReference: 270101\nGrade: A2\n"
        "Deadline: 18 January 2027\n" + _LIST
    )
    assert vacancy.nato_body == "NATO International Staff (NATO IS)"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (
            "Vacancy: Energy Infrastructure Analyst (Civilian), NATO Energy Security Centre of "
            "Excellence",
            "Energy Infrastructure Analyst (Civilian)",
        ),
        ("Job title: Network Engineer, NCIA", "Network Engineer"),
        (
            "Intitulé du poste : Analyste budgétaire, Collège de défense de l'OTAN",
            "Analyste budgétaire",
        ),
        # A part of a body (an office, a division) is part of the title.
        ("Job title: Director, NATO Office of Resources", "Director, NATO Office of Resources"),
        ("Job title: Head, Research Division", "Head, Research Division"),
        (
            "Job title: Press Officer, Public Diplomacy Division",
            "Press Officer, Public Diplomacy Division",
        ),
    ],
)
def test_the_bodys_name_after_a_comma_leaves_the_title(title: str, kept: str) -> None:
    vacancy = imported(
        f"{title}\nReference: 27/ENG/02\nGrade: A3\nDeadline: 1 March 2027\n" + _LIST
    )
    assert kept in (vacancy.title.en, vacancy.title.fr)
