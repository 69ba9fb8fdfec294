"""The fifty-fifth blind batch's misses (bodies and layouts met least so far: agencies' and
programme offices' sites, COEs, missions, the NATO School; two-column PDF forms, Word numbered
headings, an e-mail chain, copies in both languages, a requirements table): a two-column form's
header with a title wrapped in its column, a Word document's "1.1 Post title:", a title with a
header fact in the page's right-hand column; each with further forms of the same cause."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import imported

_LISTS = (
    "\n3. ESSENTIAL QUALIFICATIONS\n- At least 8 years of experience in cyber security.\n"
    "- English at SLP 3333.\n\n4. DESIRABLE QUALIFICATIONS\n- French at SLP 2222.\n"
)


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The batch's form: the title wrapped in the left column, facts on the right.
        (
            "POST TITLE:   Principal Cyber Security        REFERENCE:   NCIA-27-0031\n"
            "              Analyst (Threat Hunting)        GRADE:       A3\n"
            "LOCATION:     Mons, Belgium                   CLOSING DATE: 11 February 2027\n"
            "DIVISION:     NATO Cyber Security Centre      CLEARANCE:   COSMIC TOP SECRET\n"
            "              (NCSC)                           CONTRACT:    Definite duration\n",
            "Principal Cyber Security Analyst (Threat Hunting)",
        ),
        (
            "Post title:   Head, Contracting               Reference:   NCIA-27-0031\n"
            "              Section                         Grade:       A3\n"
            "Location:     The Hague, Netherlands          Closing date: 11 February 2027\n",
            "Head, Contracting Section",
        ),
        # A wrapped value in the right-hand column, the title on one line.
        (
            "Job title:    Network Engineer                Reference:   NCIA-27-0031\n"
            "Location:     Mons, Belgium                   Division:    NATO Cyber Security\n"
            "                                              Centre\n"
            "Grade:        A3                              Clearance:   NATO SECRET\n",
            "Network Engineer",
        ),
        # A title running across the right column's start stays whole.
        (
            "Vacancy Number:   LC 26/042            Grade:      G9\n"
            "Post Title:       Systems Engineer (Deployable CIS)\n"
            "Closing Date:     20 December 2026     Clearance:  NATO SECRET\n",
            "Systems Engineer (Deployable CIS)",
        ),
    ],
)  # fmt: skip
def test_a_two_column_forms_header_is_read_column_by_column(header: str, title: str) -> None:
    vacancy = imported("NATO Communications and Information Agency\n\n" + header + _LISTS)
    assert vacancy.title.en == title
    assert vacancy.grade is not None


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("1.1 Post title: Head of Logistic Support Section (NH90)", "Head of Logistic Support Section (NH90)"),
        ("1.1. Job title: Contracts Officer", "Contracts Officer"),
        ("2.1 Position: Budget Assistant", "Budget Assistant"),
        ("1.1 Intitulé du poste : Assistant(e) budgétaire", "Assistant(e) budgétaire"),
    ],
)  # fmt: skip
def test_a_word_documents_numbered_title_label_gives_the_title(label: str, title: str) -> None:
    text = (
        "NATO HELICOPTER MANAGEMENT AGENCY (NAHEMA)\nAix-en-Provence, France\n\n"
        "VACANCY NOTICE No. NAHEMA 27/02\n\n1. GENERAL INFORMATION\n"
        f"{label}\n1.2 Grade: A4\n1.3 Closing date for applications: 3 February 2027\n\n"
        "2. QUALIFICATIONS\n2.1 Essential\n- At least 5 years of experience in logistics.\n"
        "- English SLP 3333.\n"
    )
    vacancy = imported(text)
    assert title in (vacancy.title.en, vacancy.title.fr)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Second Engineer Officer - NRV ALLIANCE                        Grade: G13", "Second Engineer Officer - NRV ALLIANCE"),
        ("Boat Mechanic                                  Closing date: 5 February 2027", "Boat Mechanic"),
        ("Logistics Assistant                  Location: La Spezia, Italy", "Logistics Assistant"),
        ("Technicien(ne) de maintenance                  Grade OTAN : G8", "Technicien(ne) de maintenance"),
    ],
)  # fmt: skip
def test_a_title_beside_a_header_fact_in_the_right_column_stays_alone(
    line: str, title: str
) -> None:
    text = (
        "CENTRE FOR MARITIME RESEARCH AND EXPERIMENTATION (CMRE)\n\n"
        "VACANCY NOTICE                                                CMRE 27/11\n"
        f"{line}\nSecurity clearance: NATO SECRET\n\n"
        "REQUIREMENTS - ESSENTIAL\n- 4 years of sea service as an engineer officer.\n"
        "- English SLP 3232.\n"
    )
    vacancy = imported(text)
    assert title in (vacancy.title.en, vacancy.title.fr)
