"""The header as the 32nd to 35th blind batches wrote it: a site's menu and a page's buttons are
never the title, a "Civilian post: x" label is; an announcement's number and a notice's own
number over a post number; NATO's name in French is no body, the body below it is; a national
circular's clearance read from its own header."""

from __future__ import annotations

import pytest
from importer_support import imported

from screener.importer.bodies import body_from_text
from screener.importer.site_menus import menu_line, only_page_chrome

LISTS = (
    "\n\nEssential requirements\n* A university degree in finance.\n"
    "* At least 3 years of experience in budgeting.\n"
)
FACTS = "Grade: G8\nClosing date: 18 January 2027" + LISTS


@pytest.mark.parametrize(
    "menu",
    [
        "Home | About us | Courses | Publications | Vacancies | Contact",
        "Home | News | Events | Training | Contact us",
        "Accueil | Qui sommes-nous | Actualités | Formations | Recrutement | Contact",
        "About us | Projects | Partners | Library | Vacancies",
        "Home | Who we are | What we do | News | Careers",
    ],
)
def test_no_item_of_a_sites_menu_is_the_title(menu: str) -> None:
    text = (
        "MARITIME SECURITY CENTRE OF EXCELLENCE\n" + menu + "\n\n"
        "VACANCIES / Civilian post: Budget Assistant\n\n" + FACTS
    )
    assert menu_line(menu)
    assert imported(text).title.en == "Budget Assistant"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "VACANCIES / Civilian post: IT Administrator (ref. CIED-COE-CIV-2026-03)",
            "IT Administrator",
        ),
        ("Careers / Civilian position: Logistics Assistant", "Logistics Assistant"),
        ("Job offers / Post: Translator (French)", "Translator (French)"),
        ("Position: Warehouse Supervisor", "Warehouse Supervisor"),
        ("Home › Vacancies › Civilian post: Driver (Mechanic)", "Driver (Mechanic)"),
        ("Recrutement / Poste civil : Secrétaire de direction", "Secrétaire de direction"),
    ],
)
def test_a_post_label_after_a_pages_heading_is_the_title(line: str, title: str) -> None:
    text = "Home | About us | Courses | Contact\n\n" + line + "\n\n" + FACTS
    vacancy = imported(text)
    assert title in (vacancy.title.en, vacancy.title.fr)


@pytest.mark.parametrize(
    "chrome",
    [
        "Posted 2 days ago · The Hague, Netherlands · Apply by 28/01/2027 · Save job · Share",
        "Posted 3 days ago | Mons, Belgium | Apply by 28/01/2027 | Save | Share | Print",
        "Publié il y a 2 jours · Bruxelles, Belgique · Postuler avant le 28/01/2027 · Partager",
        "Posted 1 day ago • Norfolk, USA • Apply by 28/01/2027 • Save job • Email to a friend",
    ],
)
def test_a_boards_buttons_are_no_title_and_its_trail_names_the_post(chrome: str) -> None:
    text = (
        "EuroBrussels Jobs » IT & Telecom » Technician (Network Operations) - NATO "
        "Communications and Information Agency\n" + chrome + "\n"
        "Technician (Network Operations) Employer: NATO Communications and Information Agency\n"
        "Reference: NCIA 26/190\n" + FACTS
    )
    assert imported(text).title.en == "Technician (Network Operations)"


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Save job · Share",
        "Print | Email",
        "Save job    Share    Print",
        "Partager",
        "Apply for this job",
        "Back to results",
        "Postuler à cette offre",
    ],
)
def test_a_pages_buttons_alone_are_page_chrome(line: str) -> None:
    assert only_page_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["Legal Assistant", "Share Officer", "Budget Analyst · NSPA", "Job Coach", "Search Officer"],
)
def test_a_post_is_no_page_chrome(line: str) -> None:
    assert not only_page_chrome(line)


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Announcement No.:    NAEW&C F 26/047", "NAEWC-F-26-047"),
        ("Vacancy Announcement Number: JFCBS 27/03", "JFCBS-27-03"),
        ("Notice No. MARCOM 26/17", "MARCOM-26-17"),
        ("Avis n° NSPA 27/014", "NSPA-27-014"),
        ("Announcement no: 2027/IS/045", "2027-IS-045"),
    ],
)
def test_an_announcements_number_is_the_reference(line: str, reference: str) -> None:
    text = f"CIVILIAN VACANCY ANNOUNCEMENT\n\n{line}\nPosition: Aircraft Mechanic\n{FACTS}"
    assert imported(text).reference == reference


@pytest.mark.parametrize(
    ("top", "reference"),
    [
        ("VACANCY NOTICE\nHQ SACT 26/41\n\nPOST NUMBER: TDH CAX 0240\n", "HQ-SACT-26-41"),
        ("POST NUMBER: JFCNP JCC 0150\n\nJFCNP 26/37\n", "JFCNP-26-37"),
        ("Post number: AIRCOM PRO 0010\nVACANCY NOTICE\nAIRCOM 27/011\n", "AIRCOM-27-011"),
        ("NAEW&C F 26/031\n\nPost number: NAEW FMT 0040\n", "NAEWC-F-26-031"),
    ],
)
def test_a_notices_own_number_is_the_reference_over_a_post_number(top: str, reference: str) -> None:
    text = top + "\nPost title: Scientist (Operational Research)\n" + FACTS
    assert imported(text).reference == reference


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        (
            "NORTH ATLANTIC TREATY ORGANIZATION\nORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD\n"
            "INTERNATIONAL STAFF",
            "NATO International Staff (NATO IS)",
        ),
        (
            "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD\nSECRÉTARIAT INTERNATIONAL",
            "NATO International Staff (NATO IS)",
        ),
        (
            "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD\n"
            "AGENCE OTAN D'INFORMATION ET DE COMMUNICATION",
            "NATO Communications and Information Agency (NCIA)",
        ),
        (
            "Organisation: Organisation du Traité de l'Atlantique Nord (OTAN)\n"
            "Bureau OTAN de normalisation",
            "NATO Standardization Office (NSO)",
        ),
        (
            "Organization: NATO\nCommandement aérien allié, Ramstein",
            "Allied Air Command (AIRCOM)",
        ),
    ],
)
def test_natos_name_in_french_gives_way_to_the_body_below_it(letterhead: str, body: str) -> None:
    text = letterhead + "\n\nVACANCY NOTICE\n\nPost title: Budget Assistant\n" + FACTS
    assert imported(text).nato_body == body


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Mezinárodní sekretariát NATO (NATO IS), Brusel", "NATO International Staff (NATO IS)"),
        ("Internationaler Stab der NATO, Brüssel", "NATO International Staff (NATO IS)"),
        ("Segretariato Internazionale della NATO", "NATO International Staff (NATO IS)"),
        ("Secretariado Internacional de la OTAN", "NATO International Staff (NATO IS)"),
    ],
)
def test_the_international_staff_in_a_circulars_language(line: str, body: str) -> None:
    assert body_from_text([line]) == body


@pytest.mark.parametrize(
    ("line", "clearance"),
    [
        ("Bezpečnostní prověrka: COSMIC TOP SECRET", "CTS"),
        ("Sicherheitsüberprüfung: NATO SECRET", "NS"),
        ("Poświadczenie bezpieczeństwa: NATO SECRET", "NS"),
        ("Veiligheidsmachtiging:  NATO CONFIDENTIAL", "NC"),
        ("Habilitación de seguridad: COSMIC TOP SECRET", "CTS"),
        ("Bezpečnostní prověrka: NATO TAJNÉ", "NS"),
        ("Sicherheitsermächtigung: COSMIC STRENG GEHEIM", "CTS"),
        ("Nulla osta di sicurezza: NATO RISERVATISSIMO", "NC"),
        ("Bezpečnostní prověrka: NATO SECRET (NS)", "NS"),
    ],
)
def test_a_circulars_clearance_in_its_own_language(line: str, clearance: str) -> None:
    text = (
        "MINISTERSTVO OBRANY ČESKÉ REPUBLIKY\n\nOrganizace: Mezinárodní sekretariát NATO "
        f"(NATO IS), Brusel\nPozice: Officer (Cyber Defence Policy)\n{line}\n\n"
        "Officer (Cyber Defence Policy)\nVacancy 262244\n" + FACTS
    )
    vacancy = imported(text)
    assert (vacancy.clearance, vacancy.nato_body) == (
        clearance,
        "NATO International Staff (NATO IS)",
    )


@pytest.mark.parametrize(
    "marking", ["NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO RISERVATO", "Public"]
)
def test_a_documents_marking_is_no_clearance(marking: str) -> None:
    text = f"Classification: {marking}\n\nPost title: Budget Assistant\n" + FACTS
    assert imported(text).clearance is None


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (
            "EuroBrussels Jobs\nPosted 2 days ago · The Hague · Apply by 28/01/2027 · Save job"
            " · Share\nTechnician (Network Operations) Employer: NATO Communications and "
            "Information Agency (NCIA) Location: The Hague, Netherlands Grade: G10\n",
            "Technician (Network Operations)",
        ),
        ("Save job · Share\nBudget Assistant Organisation: NSPA\n", "Budget Assistant"),
        ("Jobs.lu\nShare\nChauffeur (H/F) Employeur : NSPA Lieu : Capellen\n", "Chauffeur"),
        ("Print | Email\nLegal Adviser Location: Brussels, Belgium\n", "Legal Adviser"),
    ],
)
def test_a_title_run_on_into_the_boards_labels_is_the_title(top: str, title: str) -> None:
    text = top + "Reference: NSPA 27/003\n" + FACTS
    vacancy = imported(text)
    assert title in (vacancy.title.en, vacancy.title.fr)


def test_a_title_beside_a_sites_name_and_menu_is_still_split_off() -> None:
    assert not menu_line("Budget Officer | NSPA | Careers | Home")
    text = "Budget Officer | NSPA | Careers | Home\n\nReference: NSPA 27/003\n" + FACTS
    assert imported(text).title.en == "Budget Officer"


def test_a_circulars_own_number_is_not_the_vacancys_reference() -> None:
    text = (
        "MINISTRY OF NATIONAL DEFENCE\n\nCIRCULAR No. 27/NCP/2026\n\nPost details:\n"
        "Title: Warehouse Supervisor\nVacancy reference: NSPA/26/0455\n" + FACTS
    )
    assert imported(text).reference == "NSPA-26-0455"


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Číslo inzerátu:   262244", "262244"),
        ("Vacaturenummer: NSPA 27/003", "NSPA-27-003"),
        ("Nr ogłoszenia: 262300", "262300"),
        ("Kennziffer: JFCBS 27/03", "JFCBS-27-03"),
        ("Numero del bando: JFC NP 27/008", "JFC-NP-27-008"),
        ("Número de la vacante: MARCOM 26/17", "MARCOM-26-17"),
    ],
)
def test_a_circulars_own_label_for_the_reference(line: str, reference: str) -> None:
    text = f"MINISTERIE VAN DEFENSIE\n\nFunctie: Budget Assistant\n{line}\n" + FACTS
    assert imported(text).reference == reference


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Reference: IMS 27/04", "NATO International Military Staff (IMS)"),
        ("Vacancy: NSPA 27/003", "NATO Support and Procurement Agency (NSPA)"),
        ("Ref.: HQ SACT 26/41", "Allied Command Transformation (ACT)"),
        ("Vacancy number: AIRCOM 27/011", "Allied Air Command (AIRCOM)"),
    ],
)
def test_a_references_letters_name_the_body_when_the_text_names_none(line: str, body: str) -> None:
    text = f"CIVILIAN POST: ARCHIVIST (G10)\n{line}\n" + FACTS
    assert imported(text).nato_body == body


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Vacancy Announcement: Civilian Post – Energy Analyst", "Energy Analyst"),
        ("Vacancy notice: Civilian Position - Supply Clerk", "Supply Clerk"),
        ("Job description - Military Post: Staff Officer (Plans)", "Staff Officer (Plans)"),
    ],
)
def test_the_kind_of_post_before_a_title_leaves_it(line: str, title: str) -> None:
    text = f"NATO ENERGY SECURITY CENTRE OF EXCELLENCE\n\n{line}\nReference: ENSEC 27/02\n" + FACTS
    assert imported(text).title.en == title


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Vacancy number / Numéro de l'avis : IS 27/011", "IS-27-011"),
        ("Reference / Référence: NCIA 27/012", "NCIA-27-012"),
        ("Vacancy No. / N° de l'avis : SHAPE 27/J1/03", "SHAPE-27-J1-03"),
    ],
)
def test_a_bilingual_reference_label_is_read(line: str, reference: str) -> None:
    text = f"Position / Poste : Translator\n{line}\n" + FACTS
    assert imported(text).reference == reference


@pytest.mark.parametrize("label", ["Pozice:", "Dienstposten:", "Posizione:", "Cargo:", "Stilling:"])
def test_a_circulars_title_label_in_its_own_language(label: str) -> None:
    text = f"MINISTRY OF DEFENCE\n\n{label}  Supply Clerk\nReference: NSPA 27/003\n" + FACTS
    assert imported(text).title.en == "Supply Clerk"


@pytest.mark.parametrize(
    "header",
    [
        "Pozice: Supply Clerk\nPlatová třída: G6\nUzávěrka: 17. 1. 2027\n",
        "Dienstposten: Supply Clerk\nBesoldungsgruppe: NATO G6\nBewerbungsschluss: 17.01.2027\n",
        "Stanowisko: Supply Clerk\nGrupa: G6\nTermin składania wniosków: 17.01.2027\n",
        "Functie: Supply Clerk\nSchaal: NATO G6\nSluitingsdatum: 17-01-2027\n",
        "Posizione: Supply Clerk\nGrado: G6\nScadenza: 17/01/2027\n",
    ],
)
def test_a_circulars_grade_and_deadline_in_its_own_language(header: str) -> None:
    text = "MINISTRY OF DEFENCE\n\n" + header + LISTS
    vacancy = imported(text)
    assert (vacancy.title.en, vacancy.grade.min, str(vacancy.deadline.date)) == (
        "Supply Clerk",
        "G6",
        "2027-01-17",
    )


def test_a_title_label_ends_at_the_next_label_on_its_line() -> None:
    text = "Job Title: Supply Clerk  Grade: G6  Deadline: 17 January 2027\n" + LISTS
    assert imported(text).title.en == "Supply Clerk"


@pytest.mark.parametrize(
    ("line", "english", "french"),
    [
        ("Position / Poste : Translator / Traducteur", "Translator", "Traducteur"),
        ("Title: Editor / Rédactrice", "Editor", "Rédactrice"),
        ("Post title: Technicienne / Technician", "Technician", "Technicienne"),
        ("Title: Nurse / Infirmière", "Nurse", "Infirmière"),
    ],
)
def test_a_bilingual_title_with_a_french_job_noun_is_split(
    line: str, english: str, french: str
) -> None:
    vacancy = imported(f"{line}\nReference: IS 27/011\n" + FACTS)
    assert (vacancy.title.en, vacancy.title.fr) == (english, french)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "QUARTIER GÉNÉRAL SUPRÊME DES PUISSANCES ALLIÉES EN EUROPE",
            "Allied Command Operations (SHAPE)",
        ),
        (
            "Quartier général du Commandant suprême allié Transformation",
            "Allied Command Transformation (ACT)",
        ),
        ("BUREAU OTAN DE NORMALISATION", "NATO Standardization Office (NSO)"),
        ("Commandement maritime allié, Northwood", "Allied Maritime Command (MARCOM)"),
    ],
)
def test_a_body_named_in_french(line: str, body: str) -> None:
    assert body_from_text([line]) == body


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Competition No. 27-IS-011", "27-IS-011"),
        ("Recruitment number: JFCBS-2027-004", "JFCBS-2027-004"),
        ("Selection no.: NCIA 27/012", "NCIA-27-012"),
        ("Concours n° 27/014", "27-014"),
    ],
)
def test_a_competitions_number_is_the_reference(line: str, reference: str) -> None:
    assert imported(f"Budget Assistant\n{line}\n" + FACTS).reference == reference


def test_a_bracketed_reference_leaves_a_guessed_title() -> None:
    text = "NATO\n\nBudget Assistant (ref. NSPA 27/0311)\n" + FACTS
    vacancy = imported(text)
    assert (vacancy.title.en, vacancy.reference) == ("Budget Assistant", "NSPA-27-0311")


def test_a_french_boards_closing_date_and_a_naew_references_body() -> None:
    text = (
        "Partager · Enregistrer · Imprimer\nGestionnaire de stocks (H/F)\nCapellen, Luxembourg\n"
        "Réf. NAEW 27/09 · Grade G8 · Clôture 18/01/2027\n" + LISTS
    )
    vacancy = imported(text)
    assert (str(vacancy.deadline.date), vacancy.nato_body) == (
        "2027-01-18",
        "NATO Airborne Early Warning & Control Force (NAEW&C Force)",
    )
    assert "Gestionnaire de stocks" in (vacancy.title.en, vacancy.title.fr)
