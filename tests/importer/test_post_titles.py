"""A title guessed from a notice's opening lines is a line that names a post: never a site's
menu or buttons, a place, a facts line, an office's or a body's name (the 28th to 31st blind
batches brought eleven such lines; these tests vary them: other bodies, sites, French)."""

from __future__ import annotations

import pytest
from importer_support import imported

from screener.importer.post_titles import names_a_post, not_a_post, without_board_marks

FACTS = "Grade: G12\nClosing date: 7 March 2027\n\nRequirements:\n* A university degree.\n"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # A careers site's menu of '|'-separated items above the title.
        (
            "DIANA\nCareers | Challenge Programmes | News\n\nProgramme Officer (Challenge)\n",
            "Programme Officer (Challenge)",
        ),
        (
            "NCIA Careers  |  Vacancies  |  Life at NCIA\n\nSenior Cyber Engineer\n",
            "Senior Cyber Engineer",
        ),
        (
            "Carrières OTAN\nAccueil | Recherche d'emplois | Déconnexion\n\n"
            "Menuisier(ère) (Service Infrastructure)\n",
            "Menuisier(ère) (Service Infrastructure)",
        ),
        # A job board's buttons, its own name, its emoji facts line.
        (
            "Jobs > Administration\n\nPayroll Clerk\n\n[ Apply ]   [ Save ]   [ Share ]\n",
            "Payroll Clerk",
        ),
        (
            "LinkedIn\nJobs   Messaging   Notifications\n\nLogistics Assistant (G6) - "
            "Allied Land Command\n",
            "Logistics Assistant",
        ),
        (
            "EURACTIV Jobs › Brussels\n\nSenior Policy Adviser (Defence Policy)\n"
            "📍 Brussels   🗓 Published: 01/12/2026   ⏳ Apply before: 22/01/2027\n",
            "Senior Policy Adviser (Defence Policy)",
        ),
        # A place after the reference on its line: "Vacancy 270033 - Mons, Belgium".
        (
            "NCIA Careers\n\nPrincipal Engineer (Networks)\nVacancy 270051 - The Hague, "
            "Netherlands\n",
            "Principal Engineer (Networks)",
        ),
        (
            "JWC Careers\n\nTranslator (Norwegian)\nVacancy JWC 27/04 - Stavanger, Norway\n",
            "Translator (Norwegian)",
        ),
        # A body's name, its seat or an office's line next to the title.
        (
            "VACANCY NOTICE\n\nHead, Archives Section\nNATO Headquarters, Brussels\n",
            "Head, Archives Section",
        ),
        (
            "ALLIED LAND COMMAND (LANDCOM)\n\nCHIEF, BUDGET AND FINANCE BRANCH\n"
            "Financial Controller's Office\n",
            "Chief, Budget and Finance Branch",
        ),
        (
            "NATO Science & Technology Organization\nCollaboration Support Office\n\n"
            "Panel Executive (Applied Vehicle Technology)\n",
            "Panel Executive (Applied Vehicle Technology)",
        ),
    ],
)
def test_the_guessed_title_is_the_line_naming_a_post(top: str, title: str) -> None:
    assert imported(top + "\n" + FACTS).title.en == title


def test_a_post_line_with_a_sites_name_after_a_bar_is_the_title() -> None:
    text = "Careers | Our people | Contact\n\nLogistics Officer | NSPA Careers\n\n" + FACTS
    assert imported(text).title.en == "Logistics Officer"


def test_a_post_line_with_its_place_after_a_dash_wins_over_a_date_line() -> None:
    text = (
        "Home › Careers › Current vacancies\n\nCurrent vacancies\nMultinational Corps Northeast"
        "\n\nClerk (Registry) – Szczecin, Poland\nPublished 2 December 2026\n\n" + FACTS
    )
    vacancy = imported(text)
    assert (vacancy.title.en, vacancy.location) == ("Clerk (Registry)", "Szczecin, Poland")


def test_a_title_with_no_known_job_noun_wins_over_a_pages_buttons() -> None:
    text = (
        "< Back to search results\nShare this job    Save job    Print\n\nOmbudsperson\n"
        "NATO Communications and Information Agency\n\nJob ID: 271455\n" + FACTS
    )
    assert imported(text).title.en == "Ombudsperson"


def test_a_boxed_title_in_capitals_wins_over_the_next_heading() -> None:
    text = (
        "NATO Airborne Early Warning & Control Force\n\n"
        "========================================\nAIRCRAFT MECHANIC\n"
        "========================================\nClosing Date ........ 17.01.2027\n"
        "Grade ............... G9\n========================================\n\n"
        "Introduction\nThe Component operates the fleet.\n\nRequirements:\n* A diploma.\n"
    )
    assert imported(text).title.en == "Aircraft Mechanic"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        (
            "Job offer: Translator/Interpreter (German-English)",
            "Translator/Interpreter (German-English)",
        ),
        ("Offre d'emploi : Électricien(ne)", "Électricien(ne)"),
        ("Stanowisko:  Engineer (Simulation Systems)", "Engineer (Simulation Systems)"),
        ("Functie: Storekeeper (Warehouse)", "Storekeeper (Warehouse)"),
    ],
)
def test_a_stated_title_label_in_any_language_is_the_title(label: str, title: str) -> None:
    text = f"1 (German/Netherlands) Corps | NRDC-GE/NL\nMünster, Germany\n\n{label}\n\n{FACTS}"
    vacancy = imported(text)
    assert title in (vacancy.title.en, vacancy.title.fr)


@pytest.mark.parametrize(
    "line", ["Post title ........ Budget Officer", "Job title .......... Budget Officer"]
)
def test_a_title_after_a_dotted_leader_is_the_title(line: str) -> None:
    text = f"ALLIED AIR COMMAND\nCivilian Careers\n\n{line}\nGrade ........ G15\n\n" + FACTS
    assert imported(text).title.en == "Budget Officer"


def test_a_site_menu_starting_with_job_offer_is_not_a_title_label() -> None:
    text = "Job offer  |  Print  |  Send by e-mail\n\nHuman Resources Assistant\n\n" + FACTS
    assert imported(text).title.en == "Human Resources Assistant"


def test_a_french_first_bilingual_title_wins_over_the_sites_name() -> None:
    text = (
        "OTAN Carrières / NATO Careers\n\n"
        "Technicien(ne) (Maintenance) / Technician (Maintenance)\nRéférence / Reference: 262031\n"
        + FACTS
    )
    vacancy = imported(text)
    assert (vacancy.title.en, vacancy.title.fr) == (
        "Technician (Maintenance)",
        "Technicien(ne) (Maintenance)",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Senior Technician (SATCOM)",
        "Remote Sensing Scientist",
        "A/V Technician",
        "Payroll and Salary Assistant",
        "Applied Research Engineer",
        "HEAD, FINANCE BRANCH",
        "Électricien(ne)",
        "Chargé(e) de mission",
        "Chief of Staff",
        "Traductrice / Traducteur",
    ],
)
def test_post_lines_have_evidence(line: str) -> None:
    assert names_a_post(line) and not not_a_post(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mons, Belgium",
        "Careers | Vacancies | FAQ",
        "[ Apply ] [ Save ]",
        "Financial Controller's Office",
        "Brussels 🗓 Published: 01/12/2026",
        "Allied Maritime Command (MARCOM)",
        "Jobs › Engineering Officer posts",
        "Dear colleagues,",
        "Posted 3 days ago · Full-time",
    ],
)
def test_other_lines_have_evidence_against(line: str) -> None:
    assert not_a_post(line)


def test_a_boards_gender_mark_and_the_bodys_name_leave_the_title() -> None:
    assert without_board_marks(
        "Personnel Assistant (m/f/x) – NATO Joint Force Command Brunssum"
    ) == ("Personnel Assistant")
    assert without_board_marks("Ingénieur (H/F)") == "Ingénieur"
    assert without_board_marks("Driver - Messenger") == "Driver - Messenger"
    assert without_board_marks("Clerk (Registry) – Szczecin, Poland") == "Clerk (Registry)"
