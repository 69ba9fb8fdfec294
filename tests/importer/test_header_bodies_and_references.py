"""The header's body, reference and grade as the 28th to 31st blind batches wrote them: bodies
named by their kind (a CAOC, a Centre of Excellence, a corps, SHAPE), never a requirement's
school; a reference after a dotted leader, in a letter's date block or on the vacancy notice's
line rather than the post number's; the G-grade beside an old letter grade."""

from __future__ import annotations

import pytest
from importer_support import imported

from screener.importer.bodies import body_from_text, coe_short_name, named_headquarters
from screener.importer.header_values import parse_grade

REST = "Grade: G8\nClosing date: 18 January 2027\n\nRequirements:\n* A university degree.\n"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "COMBINED AIR OPERATIONS CENTRE TORREJON (CAOC TJ)",
            "Combined Air Operations Centre Torrejon (CAOC TJ)",
        ),
        ("Combined Air Operations Centre Uedem", "Combined Air Operations Centre Uedem"),
        (
            "De: Personal Civil CAOC TJ <civpers@example.int>",
            "Combined Air Operations Centre (CAOC TJ)",
        ),
        ("NATO ENERGY SECURITY CENTRE OF EXCELLENCE", "NATO Energy Security Centre of Excellence"),
        ("MARITIME SECURITY CENTRE OF EXCELLENCE", "Maritime Security Centre of Excellence"),
        ("1 (German/Netherlands) Corps | NRDC-GE/NL", "1 (German/Netherlands) Corps (NRDC-GE/NL)"),
        ("NRDC-ITA, Solbiate Olona", "NATO Rapid Deployable Corps (NRDC-ITA)"),
        ("SHAPE — Civilian Careers", "Allied Command Operations (SHAPE)"),
        (
            "NATO MARITIME INTERDICTION OPERATIONAL TRAINING CENTRE",
            "NATO Maritime Interdiction Operational Training Centre",
        ),
        (
            "NATO Maritime Interdiction Operational Training Centre (NMIOTC), Souda Bay",
            "NATO Maritime Interdiction Operational Training Centre (NMIOTC)",
        ),
        ("Multinational Division North East | Careers", "Multinational Division North East"),
        (
            "HQ Multinational Corps South-East (HQ MNC-SE)",
            "HQ Multinational Corps South-East (HQ MNC-SE)",
        ),
    ],
)
def test_a_headquarters_named_by_its_kind_is_the_body(line: str, body: str) -> None:
    lines = [line, "", "Title: Assistant"]
    assert (named_headquarters(lines) or body_from_text(lines)) == body


def test_a_coe_by_its_short_name_is_the_last_resort() -> None:
    assert coe_short_name(["Our ref. C-IED COE/2027/04"]) == "C-IED COE"
    text = "Title: Analyst\nReference: JCBRN-CIV-26-03\n\nThe JCBRN Defence COE trains.\n"
    assert imported(text + REST).nato_body == "JCBRN Defence COE"


def test_a_coe_written_in_mixed_case_wins_over_its_letterhead_in_capitals() -> None:
    lines = [
        "> JOINT CBRN DEFENCE CENTRE OF EXCELLENCE",
        "",
        "at the Joint CBRN Defence Centre of Excellence in Vyskov",
    ]
    assert body_from_text(lines) == "Joint CBRN Defence Centre of Excellence"


def test_a_caoc_named_in_the_header_is_the_notices_body() -> None:
    text = (
        "Subject: RV: Vacancy CAOC UE 27/02\n\nCOMBINED AIR OPERATIONS CENTRE UEDEM (CAOC UE)\n"
        "VACANCY NOTICE: CAOC UE 27/02\n\nPost title: Budget Assistant\n" + REST
    )
    assert imported(text).nato_body == "Combined Air Operations Centre Uedem (CAOC UE)"


def test_a_school_named_in_a_requirement_is_not_the_body() -> None:
    text = (
        "SHAPE — Civilian Careers\n\nVacancy: SHAPE 27/J3/04\nPost title: Staff Officer (Plans)\n"
        + REST.replace(
            "* A university degree.\n",
            "* A university degree.\n* Completion of a course at the NATO School "
            "Oberammergau (NSO).\n",
        )
    )
    assert imported(text).nato_body == "Allied Command Operations (SHAPE)"


def test_a_site_menus_items_are_no_labelled_body() -> None:
    text = (
        "NSPA\n\n- Home\n\n- Organization\n\n- Careers\n\nSupply Assistant (Stores)\n\n"
        "Reference: NSPA-LOG-27-011\n\nThe NATO Support and Procurement Agency (NSPA) keeps "
        "stores.\n\n" + REST
    )
    assert imported(text).nato_body == "NATO Support and Procurement Agency (NSPA)"


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Vacancy No. ........ NAEW&C F 26/031", "NAEWC-F-26-031"),
        ("Vacancy No. .......... MARCOM 26/17", "MARCOM-26-17"),
        ("Reference ..... JWC 27/05", "JWC-27-05"),
    ],
)
def test_a_reference_after_a_dotted_leader_is_read(line: str, reference: str) -> None:
    text = f"AIRCRAFT MECHANIC\n\n{line}\nGrade ........ G9\n\n" + REST
    assert imported(text).reference == reference


@pytest.mark.parametrize("label", ["No.", "N°", "Nr."])
def test_a_letters_number_in_its_date_block_is_the_reference(label: str) -> None:
    text = (
        "NATO ENERGY SECURITY CENTRE OF EXCELLENCE\nŠilo g. 5A, Vilnius, Lithuania\n\n"
        f"                Vilnius, 20 November 2026\n                {label} ENSEC COE/VN/2026-07\n\n"
        "VACANCY NOTICE - CIVILIAN POST\n\nPost title: Energy Security Analyst\n" + REST
    )
    assert imported(text).reference == "ENSEC-COE-VN-2026-07"


@pytest.mark.parametrize(
    "notice_line",
    ["Vacancy notice:   JFCNP 26/37", "Vacancy Notice No.: JFCNP 26/37", "Vacancy: JFCNP 26/37"],
)
def test_the_vacancy_notice_number_wins_over_the_post_number(notice_line: str) -> None:
    text = (
        "Job title:        Assistant (Personnel)\nPost number:      JFCNP JCC 0150\n"
        f"{notice_line}\n" + REST
    )
    assert imported(text).reference == "JFCNP-26-37"


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        ("A2 / G15", "G15"),
        ("B3 (G7)", "G7"),
        ("NATO Grade A-2 (equivalent to G15)", "G15"),
        ("A2", "A2"),
        ("A2/B3", "A2"),
        ("G10-G12", "G10-G12"),
    ],
)
def test_the_g_grade_wins_over_an_old_letter_grade(value: str, grade: str) -> None:
    assert str(parse_grade(value)) == grade


def test_a_salary_grade_is_a_grade_not_a_salary() -> None:
    text = "Job offer: Translator\nSalary grade:        NATO G12\nClosing date: 31 January 2027\n\n"
    vacancy = imported(text + "Requirements:\n* A university degree.\n")
    assert str(vacancy.grade) == "G12" and vacancy.salary is None


@pytest.mark.parametrize(
    ("top", "place"),
    [
        ("Senior Technician (SATCOM)\nVacancy 270033 - Mons, Belgium\n", "Mons, Belgium"),
        (
            "Principal Scientist\nVacancy 270041 – The Hague, Netherlands\n",
            "The Hague, Netherlands",
        ),
        (
            "HEAD, BUDGET BRANCH\nAllied Joint Force Command Naples (JFC Naples) — Lago Patria, Italy\n",
            "Lago Patria, Italy",
        ),
        (
            "Budget Officer\n📍 Luxembourg   🗓 Published: 01/12/2026   ⏳ Apply before: 22/01/2027\n",
            "Luxembourg",
        ),
        ("Assistant(e) (Bureau)\nBruxelles, Belgique\n", "Bruxelles, Belgique"),
        (
            "Budget Officer\nCapellen 🗓 Published: 01/12/2026 ⏳ Apply before: 22/01/2027\n",
            "Capellen",
        ),
    ],
)
def test_a_duty_station_stated_without_a_label_is_read(top: str, place: str) -> None:
    vacancy = imported(top + "\n" + REST)
    assert vacancy.location == place
    assert any(item.field == "location" for item in vacancy.review)  # flagged as a guess


@pytest.mark.parametrize("label", ["Duty location", "Place of work", "Work location"])
def test_other_location_labels_are_read(label: str) -> None:
    text = f"Title: Storekeeper\n{label}: Eindhoven Air Base, The Netherlands\n" + REST
    assert imported(text).location == "Eindhoven Air Base, The Netherlands"
