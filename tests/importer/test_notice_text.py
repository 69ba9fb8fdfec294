"""Text cleanup, header parsing and section finding on the shapes real notices take."""

from __future__ import annotations

import datetime as dt

import pytest

from screener.domain.terms import Clearance, Condition
from screener.domain.vacancy import Deadline, Grade, Salary
from screener.importer.header import parse_deadline, parse_header
from screener.importer.header_values import parse_clearance, parse_grade, parse_salary
from screener.importer.notice_sentences import appointment_conditions, nationality_sentences
from screener.importer.requirement_lists import find_requirements
from screener.importer.text_cleanup import clean_lines, strip_markup, tidy_item
from screener.importer.wrapped_lines import join_wrapped


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("## **2. QUALIFICATIONS AND EXPERIENCE**", "2. QUALIFICATIONS AND EXPERIENCE"),
        ("### **ESSENTIAL**", "ESSENTIAL"),
        ("**Primary Location:** Belgium-Brussels  ", "Primary Location: Belgium-Brussels"),
        ("<b>NATO</b> NORTH ATLANTIC", "NATO NORTH ATLANTIC"),
        ("ORGANIZATION<br>INTERNATIONAL STAFF", "ORGANIZATION INTERNATIONAL STAFF"),
        ("|  | <b>NATO</b> | NORTH ATLANTIC |", "NATO NORTH ATLANTIC"),
        ("|-----|------|---|", ""),
        ("apply via the portal ([link](#));", "apply via the portal (link);"),
        ("site (<http://www.nato.int/x.htm>)", "site (http://www.nato.int/x.htm)"),
        (
            "(*Chat Generative Pre-trained Transformer*)",
            "(Chat Generative Pre-trained Transformer)",
        ),
        ("- keep the bullet;", "- keep the bullet;"),
        ("\\- escaped \\*markdown\\*", "- escaped *markdown*"),
    ],
)
def test_markup_is_stripped(raw: str, clean: str) -> None:
    assert strip_markup(raw) == clean


def test_page_debris_and_odd_characters_go() -> None:
    text = "one\r\ntwo\x00\u200b\fPage 2 of 5\n- 3 -\nthree\u00a0 four\ud800"
    # The text goes on after the page break (a lower-case rest): no gap is left in it.
    assert clean_lines(text) == ["one", "two", "three four"]
    assert clean_lines("\tNATO\tNORTH ATLANTIC") == ["NATO NORTH ATLANTIC"]


def test_wrapped_lines_are_joined() -> None:
    lines = [
        "- have at least five years of experience in supervising",
        "teams of security personnel;",
        "- next bullet;",
        "A new paragraph.",
        "continues here",
    ]
    assert join_wrapped(lines) == [
        "- have at least five years of experience in supervising teams of security personnel;",
        "- next bullet;",
        "A new paragraph.",
        "continues here",
    ]


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("- have a degree;", "have a degree"),
        ("- avoir un diplôme ;", "avoir un diplôme"),
        (
            "- training such as BLS-AED, TCCC, PHTLS, etc.;",
            "training such as BLS-AED, TCCC, PHTLS, etc.",
        ),
        ("- a\n  wrapped   item.", "a wrapped item"),
    ],
)
def test_items_are_tidied(raw: str, tidy: str) -> None:
    assert tidy_item(raw) == tidy


@pytest.mark.parametrize(
    ("value", "deadline"),
    [
        ("27-Jul-2025, 11:59:00 PM", Deadline(date=dt.date(2025, 7, 27), time=dt.time(23, 59))),
        ("13-May-2025", Deadline(date=dt.date(2025, 5, 13))),
        ("27-juil.-2025, 23:59:00", Deadline(date=dt.date(2025, 7, 27), time=dt.time(23, 59))),
        ("08-déc.-2024", Deadline(date=dt.date(2024, 12, 8))),
        ("07-avr.-2025", Deadline(date=dt.date(2025, 4, 7))),
        ("2025-05-13 12:00 AM", Deadline(date=dt.date(2025, 5, 13), time=dt.time(0, 0))),
        ("13/05/2025", Deadline(date=dt.date(2025, 5, 13))),
        ("May 13, 2025", Deadline(date=dt.date(2025, 5, 13))),
        # Ordinal endings: the day is the number before them.
        ("1er juin 2025", Deadline(date=dt.date(2025, 6, 1))),
        ("14th February 2027", Deadline(date=dt.date(2027, 2, 14))),
        ("31-Feb-2025", None),
        ("soon", None),
    ],
)
def test_deadlines(value: str, deadline: Deadline | None) -> None:
    assert parse_deadline(value) == deadline


@pytest.mark.parametrize(
    ("value", "salary"),
    [
        ("3,778.93Euro (EUR) Monthly", Salary(amount=3778.93, currency="EUR")),
        ("3 778,93Euro (EUR) Mensuelle", Salary(amount=3778.93, currency="EUR")),
        ("7970.25 EUR", Salary(amount=7970.25, currency="EUR")),
        ("€ 60,000 per year", Salary(amount=60000, currency="EUR", period="yearly")),
        ("5000 (USD) monthly", Salary(amount=5000, currency="USD")),
        ("competitive", None),
        ("4,565.36", None),
    ],
)
def test_salaries(value: str, salary: Salary | None) -> None:
    assert parse_salary(value) == salary


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        ("NATO Grade G6", Grade(min="G6")),
        ("NATO Grade G10-G12", Grade(min="G10", max="G12")),
        ("G17 - G20", Grade(min="G17", max="G20")),
        ("A2/A3", Grade(min="A2", max="A3")),
        ("to be confirmed", None),
    ],
)
def test_grades(value: str, grade: Grade | None) -> None:
    assert parse_grade(value) == grade


@pytest.mark.parametrize(
    ("value", "clearance"),
    [
        ("NS", Clearance.NS),
        ("CTS", Clearance.CTS),
        ("COSMIC TOP SECRET", Clearance.CTS),
        ("NATO SECRET", Clearance.NS),
        ("NATO CONFIDENTIAL", Clearance.NC),
        ("none", None),
    ],
)
def test_clearances(value: str, clearance: Clearance | None) -> None:
    assert parse_clearance(value) == clearance


def test_header_with_labels_without_colons_and_values_on_the_next_line() -> None:
    lines = clean_lines(
        "## Officer, Defensive Cyberspace Operations-241436\n"
        "**Primary Location**\nBelgium-Brussels\n"
        "**NATO Body**; NATO International Staff (NATO IS)\n"
        "**Grade** NATO Grade G17\n"
        "**Application Deadline** 03-Nov-2024, 11:59:00 PM\n"
        "Description\n"
        "## **Administratrice/Administrateur (opérations cybernétiques défensives)- 241436**\n"
    )
    header = parse_header(lines)
    assert header.reference == "241436"
    assert header.title_en == "Officer, Defensive Cyberspace Operations"
    assert header.title_fr == "Administratrice/Administrateur (opérations cybernétiques défensives)"
    assert header.location == "Belgium-Brussels"
    assert header.nato_body == "NATO International Staff (NATO IS)"
    assert header.grade == Grade(min="G17")
    assert header.deadline == Deadline(date=dt.date(2024, 11, 3), time=dt.time(23, 59))
    assert header.schedule is None and header.salary is None


def test_unreadable_header_values_are_kept_for_review() -> None:
    header = parse_header(["Title (123456)", "Application Deadline: soon", "Grade: tbc"])
    assert header.unreadable == {"deadline": "soon", "grade": "tbc"}


NOTICE = """2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
- have a degree;
- have at least five years of experience in
supervising teams;
DESIRABLE
The following would be considered an advantage:
- knowledge of NATO.
3. MAIN ACCOUNTABILITIES
Text.
7. USEFUL INFORMATION
Please note that we can only accept applications from nationals of NATO member countries. Apply.
Appointment will be subject to receipt of a security clearance, approval of the candidate's
medical file by the NATO Medical Adviser, verification of your study(ies) and work experience.
NOTE: candidates for twin-graded posts will be appointed at the lower grade.
2. QUALIFICATIONS ET EXPÉRIENCE ACQUIS ESSENTIELS
La personne titulaire du poste doit :

- avoir un diplôme ;

- avoir au moins cinq ans d'expérience ;
ACQUIS SOUHAITABLES
Seraient considérés comme autant d'atouts :
- la connaissance de l'OTAN.
3. RESPONSABILITÉS
On notera que seules les candidatures de ressortissant(e)s de pays de l'OTAN pourront être acceptées.
"""


def test_sections_in_both_languages() -> None:
    lines = join_wrapped(clean_lines(NOTICE))
    found = find_requirements(lines)
    assert found.en_essential is not None and found.en_essential.items == [
        "have a degree",
        "have at least five years of experience in supervising teams",
    ]
    assert found.en_desirable is not None and found.en_desirable.items == ["knowledge of NATO"]
    assert found.fr_essential is not None and found.fr_essential.items == [
        "avoir un diplôme",
        "avoir au moins cinq ans d'expérience",
    ]
    assert found.fr_desirable is not None and found.fr_desirable.items == [
        "la connaissance de l'OTAN"
    ]
    english, french = nationality_sentences(lines)
    assert english == (
        "Please note that we can only accept applications from nationals of NATO member countries."
    )
    assert french is not None and french.startswith("On notera que seules")
    assert appointment_conditions(lines, twin_grade=True) == [
        Condition.SECURITY_CLEARANCE,
        Condition.MEDICAL_APPROVAL,
        Condition.VERIFICATION,
        Condition.LOWER_GRADE_APPOINTMENT,
    ]
    assert Condition.LOWER_GRADE_APPOINTMENT not in (
        appointment_conditions(lines, twin_grade=False) or []
    )


def test_unbulleted_lists_are_split_on_sentence_ends() -> None:
    lines = clean_lines(
        "ESSENTIAL\nThe incumbent must:\nhave a degree;\nhave five years of\nexperience;\n"
        "DESIRABLE\nknowledge of NATO.\n3. MAIN ACCOUNTABILITIES\n"
    )
    found = find_requirements(lines)
    assert found.en_essential is not None
    assert found.en_essential.items == ["have a degree", "have five years of experience"]
    assert found.en_desirable is not None and found.en_desirable.items == ["knowledge of NATO"]


def test_a_paragraph_after_the_list_is_not_a_bullet() -> None:
    lines = clean_lines("ESSENTIAL\n- have a degree;\n\nAll posts are subject to budget.\n")
    found = find_requirements(lines)
    assert found.en_essential is not None and found.en_essential.items == ["have a degree"]


def test_no_sections_without_headings() -> None:
    found = find_requirements(clean_lines("Dear Sir,\n- I essentially want this job.\n"))
    assert found.en_essential is None and found.fr_essential is None
    assert appointment_conditions(["nothing here"], twin_grade=False) is None


def test_words_hyphenated_across_lines_are_joined_compounds_keep_their_hyphen() -> None:
    lines = ["- a degree in aero-", "nautical engineering;", "- training in self-", "defence;"]
    assert join_wrapped(lines) == [
        "- a degree in aeronautical engineering;",
        "- training in self-defence;",
    ]
