"""The fifty-fifth blind batch's misses (bodies and layouts met least so far: agencies' and
programme offices' sites, COEs, missions, the NATO School; two-column PDF forms, Word numbered
headings, an e-mail chain, copies in both languages, a requirements table): a two-column form's
header with a title wrapped in its column, a Word document's "1.1 Post title:", a title with a
header fact in the page's right-hand column; each with further forms of the same cause."""

from __future__ import annotations

import pytest

from screener.importer.recognizers import recognize
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


@pytest.mark.parametrize(
    "heading",
    [
        # The batch's form: a numbered list cut by a second lead-in.
        "Additional qualifications that would be an advantage",
        "Other skills which are an asset:",
        "Experience that would be an advantage",
        "Qualifications supplémentaires qui seraient un atout",
        "Connaissances qui constitueraient un atout :",
    ],
)
def test_a_lead_in_naming_what_would_be_an_advantage_opens_the_desirable_list(
    heading: str,
) -> None:
    text = (
        "Title: Storekeeper\nGrade: G5\n\nQualifications required\n"
        "1. Completed lower secondary education.\n2. Valid forklift operator certificate.\n"
        f"3. English: SLP 2211.\n\n{heading}\n4. ADR certificate for class 1 (explosives).\n"
        "5. Knowledge of the SAP warehouse module.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == [
        "education",
        "certification",
        "language_profile",
    ]
    assert len(vacancy.desirable) == 2


@pytest.mark.parametrize(
    ("line", "kept", "wished"),
    [
        # The batch's form: a level, then an asset in a sentence of its own.
        (
            "Languages: English SLP 3333. A working knowledge of Dutch or German is an asset.",
            "language_profile",
            "Dutch",
        ),
        ("English SLP 3332. Knowledge of French would be an advantage.", "language_profile", "French"),
        ("Italian SLP 2222. German SLP 2222 is an asset.", "language_profile", "German"),
    ],
)  # fmt: skip
def test_an_asset_in_a_sentence_after_a_level_is_desirable(
    line: str, kept: str, wished: str
) -> None:
    text = (
        "Title: Contracts Officer\nGrade: A2\n\nRequirements\n"
        "- University degree in law.\n- " + line + "\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", kept]
    assert [wished in c.text.en for c in vacancy.desirable] == [True]


@pytest.mark.parametrize(
    ("item", "lang"),
    [
        ("Readiness for business trips, including to exercises abroad.", "en"),
        ("Readiness for duty trips to the sponsoring nations.", "en"),
        ("Preparedness for deployments to operational theatres.", "en"),
        ("Disponibilité pour des voyages d'affaires à l'étranger.", "fr"),
    ],
)
def test_readiness_for_trips_is_availability_for_travel(item: str, lang: str) -> None:
    typing = recognize(item, lang)
    assert (typing.kind, [n.value for n in typing.params["needs"]]) == ("availability", ["travel"])


def test_readiness_for_something_else_is_no_availability() -> None:
    assert recognize("Readiness for change and innovation.", "en").kind != "availability"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # The batch's form: one sentence, three infinitives after "It would be an advantage".
        (
            "It would be an advantage to hold a PhD in an analytical discipline, to speak "
            "Portuguese, and to have experience of the NATO Lessons Learned process.",
            3,
        ),
        ("It would be an advantage to hold a PMP certificate and to speak German.", 2),
        (
            "Il serait souhaitable de détenir un doctorat, de parler portugais et d'avoir une "
            "expérience du processus des enseignements tirés.",
            3,
        ),
    ],
)
def test_infinitives_in_a_prose_sentence_of_assets_are_requirements_each(
    sentence: str, count: int
) -> None:
    text = (
        "Title: Operational Research Analyst\nGrade: A3\n\nQUALIFICATIONS AND EXPERIENCE\n\n"
        "Candidates must hold a university degree in mathematics and must have at least 6 years "
        f"of experience in operational analysis. English at SLP 3333 is required.\n\n{sentence}\n"
    )
    assert len(imported(text).desirable) == count


@pytest.mark.parametrize(
    ("letterhead", "place", "body"),
    [
        # The batch's form: the right-hand name wrapped in its column.
        (
            "CENTRE FOR MARITIME RESEARCH AND EXPERIMENTATION             NATO Science and Technology\n"
            "(CMRE) - La Spezia, Italy                                    Organization\n",
            "La Spezia, Italy",
            "NATO STO Centre for Maritime Research and Experimentation (CMRE)",
        ),
        (
            "JOINT WARFARE CENTRE                              CIVILIAN VACANCY ANNOUNCEMENT\n"
            "Stavanger, Norway                                 JWC Vacancy 27-04\n",
            "Stavanger, Norway",
            "Joint Warfare Centre (JWC)",
        ),
        (
            "NATO SCHOOL OBERAMMERGAU (NSO)                    Civilian Personnel\n"
            "Oberammergau, Germany                             Office\n",
            "Oberammergau, Germany",
            "NATO School Oberammergau (NSO)",
        ),
    ],
)  # fmt: skip
def test_a_letterheads_two_columns_are_read_apart(letterhead: str, place: str, body: str) -> None:
    text = (
        letterhead + "\nVACANCY NOTICE\nSecond Engineer Officer\nGrade: G13\n\n"
        "REQUIREMENTS - ESSENTIAL\n- 4 years of sea service as an engineer officer.\n"
        "- English SLP 3232.\n"
    )
    vacancy = imported(text)
    assert (vacancy.location, vacancy.nato_body) == (place, body)


def test_a_bodys_vacancy_number_on_a_line_of_its_own_keeps_the_bodys_letters() -> None:
    text = (
        "JOINT WARFARE CENTRE\nStavanger, Norway\n\nCIVILIAN VACANCY ANNOUNCEMENT\n"
        "JWC Vacancy 27-04\n\nJob Title: Exercise Planner\nNATO Grade: A2\n\n"
        "Essential:\n- At least 5 years of experience in exercise planning.\n"
    )
    assert imported(text).reference == "JWC-27-04"


@pytest.mark.parametrize(
    ("label", "french"),
    [
        # The batch's form: the post in English, then again in French under its own labels.
        ("Intitulé : ", "Conseiller(ère) en formation de défense"),
        ("Intitulé du poste : ", "Conseiller(ère) en formation de défense"),
        ("Titre du poste : ", "Conseiller en formation de défense"),
        ("1.1 Intitulé de la fonction : ", "Conseiller(ère) en formation de défense"),
    ],
)
def test_the_french_copys_labelled_title_after_the_english_one_is_the_french_title(
    label: str, french: str
) -> None:
    text = (
        "NATO MISSION IRAQ (NMI) - VACANCY NOTICE\n\nReference: NMI 27/009\n"
        "Title: Defence Education Adviser\nGrade: A3\n\nEssential requirements:\n"
        "- At least 7 years of experience in military education.\n- English SLP 3333.\n\n"
        "-----------------------------\n\nMISSION OTAN EN IRAK (NMI) - AVIS DE VACANCE\n\n"
        f"Référence : NMI 27/009\n{label}{french}\nGrade : A3\n\n"
        "Qualifications essentielles :\n- Au moins 7 ans d'expérience.\n- Anglais SLP 3333.\n"
    )
    title = imported(text).title
    assert (title.en, title.fr) == ("Defence Education Adviser", french)


def test_a_french_only_notices_labelled_title_is_not_taken_twice() -> None:
    text = (
        "Intitulé du poste : Analyste\nRéférence : NMI 27/009\nGrade : A3\n\n"
        "Qualifications essentielles :\n- Au moins 7 ans d'expérience.\n- Anglais SLP 3333.\n"
    )
    assert imported(text).title.fr == "Analyste"


@pytest.mark.parametrize(
    ("heading", "degree", "other_path"),
    [
        # The batch's form: the other path on a line of its own under the degree.
        (
            "Requirements",
            "Education: University degree in law or business administration.",
            "A higher secondary education combined with 3 further years of contracting "
            "experience may be accepted in lieu of a degree.\nExperience: at least 5 years in "
            "public procurement.\nLanguages: English SLP 3333.\nOther: willingness to travel.",
        ),
        (
            "Requirements",
            "- University degree in law or business administration.",
            "- Higher secondary education with 4 additional years of experience may replace "
            "the degree.",
        ),
        (
            "Requirements",
            "- University degree in law or business administration.",
            "- Secondary education and 5 years of relevant experience instead of a university "
            "degree.",
        ),
        (
            "Qualifications essentielles :",
            "- Diplôme universitaire en droit ou en administration des affaires.",
            "- Un diplôme de fin d'études secondaires avec 4 années d'expérience peut remplacer "
            "le diplôme universitaire.",
        ),
    ],
)
def test_another_path_to_the_degree_on_a_line_of_its_own_is_the_degrees_alternative(
    heading: str, degree: str, other_path: str
) -> None:
    text = f"Title: Contracts Officer\nGrade: A2\n\n{heading}\n{degree}\n{other_path}\n" + (
        "- At least 5 years in public procurement.\n" if degree.startswith("-") else ""
    )
    education = [c for c in imported(text).essential if c.kind == "education"]
    assert [c.min_level.value for c in education] == ["bachelor"]
    assert education[0].alternative is not None


def test_a_degree_followed_by_its_own_requirement_stays_apart() -> None:
    text = (
        "Title: Contracts Officer\nGrade: A2\n\nRequirements\n"
        "- University degree in law or business administration.\n"
        "- Higher secondary education is required for the assistant post instead.\n"
    )
    assert len([c for c in imported(text).essential if c.kind == "education"]) == 2
