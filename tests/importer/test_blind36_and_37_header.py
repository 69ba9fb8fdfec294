"""The header as the 36th and 37th blind batches wrote it: a PDF's numbered labels ("1. POST:
Driver"), a job board's facts run together on one line ("Job details — Employer: ...
Position: ..."), an "Organisation:" line naming a unit of the body, and the STO's centre that
hires rather than the STO named above it."""

from __future__ import annotations

import pytest
from importer_support import imported

from screener.domain.terms import Clearance

LISTS = (
    "\n\nEssential requirements\n* Completed secondary education.\n"
    "* At least 3 years of experience as a driver.\n"
)


def test_a_french_pdfs_numbered_header_labels_are_read() -> None:
    text = (
        "COLLÈGE DE DÉFENSE DE L'OTAN\n\nAVIS DE VACANCE\n\n"
        "1. POSTE :              Chauffeur (Parc automobile)\n"
        "2. RÉFÉRENCE :          NDC 26/09\n3. GRADE :              G4\n"
        "4. DATE DE CLÔTURE :    12 janvier 2027\n"
        "5. HABILITATION DE SÉCURITÉ : NATO CONFIDENTIAL\n6. LIEU :               Rome, Italie\n\n"
        "7. FONCTIONS\nLe chauffeur transporte le personnel.\n\n8. QUALIFICATIONS\nEssentiel :\n"
        "- Études secondaires achevées.\n- Permis de conduire B et D.\n"
    )
    vacancy = imported(text)
    assert vacancy.title.fr == "Chauffeur (Parc automobile)"
    assert (vacancy.location, vacancy.clearance) == ("Rome, Italie", Clearance.NC)
    guessed = {item.field for item in vacancy.review if item.code == "header_guessed"}
    assert not guessed & {"title", "reference", "grade", "deadline", "clearance", "location"}


@pytest.mark.parametrize(
    ("lines", "title", "location"),
    [
        (
            "1. POST:               Driver (Motor Pool)\n2. REFERENCE:          NDC 26/08\n"
            "3. GRADE:              G4\n4. CLOSING DATE:       12 January 2027\n"
            "5. SECURITY CLEARANCE: NATO CONFIDENTIAL\n6. LOCATION:           Rome, Italy",
            "Driver (Motor Pool)",
            "Rome, Italy",
        ),
        (
            "1) Post title: Clerk (Registry)\n2) Reference: JWC 26/14\n3) Grade: G5\n"
            "4) Closing date: 3 February 2027\n5) Security clearance: NATO SECRET\n"
            "6) Location: Stavanger, Norway",
            "Clerk (Registry)",
            "Stavanger, Norway",
        ),
        (
            "a. Position: Storekeeper\nb. Reference: NSPA 26-311\nc. Grade: G6\n"
            "d. Closing date: 9 February 2027\ne. Security clearance: NATO SECRET\n"
            "f. Location: Capellen, Luxembourg",
            "Storekeeper",
            "Capellen, Luxembourg",
        ),
        (
            "(1) Title: Electrician (Infrastructure)\n(2) Reference: JFCBS 26/40\n(3) Grade: G7\n"
            "(4) Closing date: 20 January 2027\n(5) Security clearance: NATO SECRET\n"
            "(6) Location: Brunssum, Netherlands",
            "Electrician (Infrastructure)",
            "Brunssum, Netherlands",
        ),
    ],
)
def test_a_pdfs_numbered_header_labels_are_read_without_their_numbers(
    lines: str, title: str, location: str
) -> None:
    vacancy = imported("VACANCY NOTICE\n\n" + lines + "\n\n7. DUTIES\nDrives staff cars." + LISTS)
    assert vacancy.title.en == title
    assert vacancy.location == location
    assert vacancy.clearance in (Clearance.NC, Clearance.NS)
    assert str(vacancy.grade).startswith("G")
    # Read from their labels, not guessed from the text.
    guessed = {item.field for item in vacancy.review if item.code == "header_guessed"}
    assert not guessed & {"title", "reference", "grade", "deadline", "clearance", "location"}


@pytest.mark.parametrize(
    ("line", "title", "location"),
    [
        (
            "Job details — Employer: Headquarters Allied Land Command (LANDCOM) Position: Driver "
            "(Staff Transport) Reference: LANDCOM 26-033 Grade: G3 Location: Izmir, Türkiye "
            "Security clearance: NATO SECRET Closing date: 8 January 2027",
            "Driver (Staff Transport)",
            "Izmir, Türkiye",
        ),
        (
            "Job summary - Company: NATO Support and Procurement Agency Job title: Warehouse Clerk "
            "Location: Capellen, Luxembourg Grade: G5 Closing date: 14 January 2027",
            "Warehouse Clerk",
            "Capellen, Luxembourg",
        ),
        (
            "Détails de l'offre — Employeur : Commandement allié Transformation Poste : "
            "Assistant administratif Lieu : Norfolk, États-Unis Grade : G6 Date limite : "
            "30 janvier 2027",
            "Assistant administratif",
            "Norfolk, États-Unis",
        ),
    ],
)
def test_a_job_boards_facts_on_one_line_are_read_label_by_label(
    line: str, title: str, location: str
) -> None:
    vacancy = imported("Jobs › Logistics\n\n" + line + LISTS)
    assert title in (vacancy.title.en, vacancy.title.fr)
    assert vacancy.location == location


@pytest.mark.parametrize(
    ("letterhead", "unit", "body"),
    [
        (
            "NATO Airborne Early Warning & Control Force\nE-3A Component - Geilenkirchen, Germany",
            "Logistics Wing, Maintenance Support Squadron",
            "NATO Airborne Early Warning & Control Force (NAEW&C Force)",
        ),
        (
            "NATO Support and Procurement Agency\nCapellen, Luxembourg",
            "Finance Branch, Budget Section",
            "NATO Support and Procurement Agency (NSPA)",
        ),
        (
            "NATO Communications and Information Agency\nMons, Belgium",
            "Service Support Division, CIS Support Unit Ramstein",
            "NATO Communications and Information Agency (NCIA)",
        ),
    ],
)
def test_an_organisation_line_naming_a_unit_leaves_the_body_named_above(
    letterhead: str, unit: str, body: str
) -> None:
    text = (
        f"{letterhead}\n\nVACANCY NOTICE 26/118\n\nPost title: Technician (Workshop)\n"
        f"NATO grade: G7\nOrganisation: {unit}\nSecurity clearance: NATO SECRET\n"
        "Closing date: 11 January 2027" + LISTS
    )
    vacancy = imported(text)
    assert vacancy.nato_body == body
    assert any(item.field == "nato_body" for item in vacancy.review)


def test_an_organisation_line_naming_a_body_is_kept() -> None:
    text = (
        "NATO Support and Procurement Agency\n\nPost title: Technician (Workshop)\n"
        "Organisation: NATO Communications and Information Agency (NCIA)\nGrade: G7\n"
        "Closing date: 11 January 2027" + LISTS
    )
    assert imported(text).nato_body == "NATO Communications and Information Agency (NCIA)"


@pytest.mark.parametrize(
    "top",
    [
        "NATO Science and Technology Organization\n"
        "Centre for Maritime Research and Experimentation (CMRE)\n"
        "Viale San Bartolomeo 400, 19126 La Spezia, Italy",
        "NATO Science and Technology Organization\n"
        "Centre for Maritime Research and Experimentation (CMRE), La Spezia, Italy",
        "NATO Science and Technology Organization - Careers\n"
        "Centre for Maritime Research and Experimentation, La Spezia",
    ],
)
def test_the_stos_centre_that_hires_is_the_body(top: str) -> None:
    text = (
        top + "\n\nPost title: Scientist (Underwater Acoustics)\nGrade: G16\n"
        "Closing date: 31 January 2027" + LISTS
    )
    assert imported(text).nato_body == (
        "NATO STO Centre for Maritime Research and Experimentation (CMRE)"
    )


def test_the_sto_alone_stays_the_body() -> None:
    text = (
        "NATO Science and Technology Organization\nCollaboration Support Office, Neuilly\n\n"
        "Post title: Assistant (Panel Support)\nGrade: G7\nClosing date: 2 February 2027" + LISTS
    )
    assert imported(text).nato_body == "NATO Science and Technology Organization (STO)"


FR_LISTS = (
    "\n\nESSENTIEL\nLa personne retenue doit :\n- être titulaire d'un diplôme universitaire ;\n"
    "- avoir au moins 3 ans d'expérience.\n"
)
EN_LISTS = (
    "\n\nESSENTIAL\nThe incumbent must:\n- possess a university degree;\n"
    "- have at least 3 years of experience.\n"
)


@pytest.mark.parametrize(
    ("french", "unit_fr", "english", "unit_en"),
    [
        (
            "Assistant(e) (Contenu numérique)",
            "Division Diplomatie publique",
            "Assistant (Digital Content)",
            "Public Diplomacy Division",
        ),
        (
            "Traducteur/Traductrice (anglais)",
            "Service de traduction",
            "Translator (English)",
            "Translation Service",
        ),
        (
            "Administrateur/Administratrice (Planification des capacités)",
            "Division Investissement de défense",
            "Officer (Capability Planning)",
            "Defence Investment Division",
        ),
    ],
)
def test_a_french_first_notices_unit_line_is_not_its_english_title(
    french: str, unit_fr: str, english: str, unit_en: str
) -> None:
    text = (
        f"Offres d'emploi - OTAN\n\n{french}\n{unit_fr}\nRéférence : 262208\nGrade OTAN : G7\n"
        "Date limite de candidature : 17 janvier 2027" + FR_LISTS + "\n" + "-" * 40 + "\n\n"
        f"{english}\n{unit_en}\nReference: 262208\nNATO Grade: G7\n"
        "Closing date: 17 January 2027" + EN_LISTS
    )
    vacancy = imported(text)
    assert (vacancy.title.en, vacancy.title.fr) == (english, french)


@pytest.mark.parametrize(
    ("letterhead", "place"),
    [
        (
            "NATO Maritime Centre for Security (NMCS), Northwood, United Kingdom",
            "Northwood, United Kingdom",
        ),
        ("HEADQUARTERS ALLIED AIR COMMAND, RAMSTEIN, GERMANY", "Ramstein, Germany"),
        (
            "NATO Communications and Information Academy (NCI Academy), Oeiras, Portugal",
            "Oeiras, Portugal",
        ),
        (
            "Torrejón de Ardoz Air Base, Madrid, Spain",
            "Torrejón de Ardoz Air Base, Madrid, Spain",
        ),
        (
            "NATO Communications and Information Agency · Mons, Wallonia, Belgium",
            "Mons, Wallonia, Belgium",
        ),
    ],
)
def test_a_letterheads_duty_station_after_the_body_is_the_location(
    letterhead: str, place: str
) -> None:
    text = (
        f"{letterhead}\n\nPost title: Assistant (Personnel)\nGrade: G5\n"
        "Closing date: 11 January 2027" + LISTS
    )
    vacancy = imported(text)
    assert vacancy.location == place
    # Not labelled: a person checks it.
    assert any(i.code == "header_guessed" and i.field == "location" for i in vacancy.review)


@pytest.mark.parametrize(
    ("label", "place"),
    [
        ("Dienstort | Ulm, Deutschland", "Ulm, Deutschland"),
        ("Lugar de destino: Torrejón de Ardoz (Madrid)", "Torrejón de Ardoz (Madrid)"),
        ("Standplaats: Brunssum", "Brunssum"),
    ],
)
def test_a_national_circulars_duty_station_label_is_read(label: str, place: str) -> None:
    text = (
        f"Post title: Technician (Building Maintenance)\n{label}\nGrade: G7\n"
        "Closing date: 29 January 2027" + LISTS
    )
    assert imported(text).location == place


@pytest.mark.parametrize("marker", ["- ", "* ", "• ", "1. "])
def test_who_may_apply_said_in_a_bullet_is_quoted_without_its_marker(marker: str) -> None:
    text = (
        "Post title: Technician (Building Maintenance)\nGrade: G7\n"
        "Closing date: 29 January 2027" + LISTS + "\nConditions of employment\n"
        f"{marker}One-year contract, renewable.\n"
        f"{marker}Open to nationals of NATO member states only.\n"
    )
    nationality = imported(text).essential[0]
    assert nationality.kind == "nationality"
    assert nationality.text.en == "Open to nationals of NATO member states only."
