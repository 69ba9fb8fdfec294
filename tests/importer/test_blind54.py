"""The fifty-fourth blind batch's misses (careers pages, job boards, PDFs and French-first
copies): the post's travel stated in a sentence of its own after the lists or under its working
conditions, the header's labelled title lost beside the first page's "Page 1 of 3" and a
numbered section heading taken instead, a job board's "Seniority level" read as the title, and
a French body's name cut from its capitals; each with further forms of the same cause."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import NOTICE_TOP, imported

_AFTER = (
    NOTICE_TOP
    + "Essential:\n- University degree in engineering.\n- At least 5 years of experience.\n\n"
    + "Desirable:\n- Knowledge of German.\n\n{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "needs"),
    [
        # The batch's form: the need named first, then said to be asked.
        ("Frequent travel to industry sites in the four nations is required.", ["travel"]),
        ("Travel of up to 30 days per year is expected.", ["travel"]),
        ("Weekend work is required during exercises.", ["weekends"]),
        ("Des déplacements fréquents sur les sites industriels sont à prévoir.", ["travel"]),
        ("Déplacements à l'étranger requis jusqu'à 20 jours par an.", ["travel"]),
    ],
)
def test_a_need_named_and_said_to_be_asked_after_the_lists_is_essential(
    sentence: str, needs: list[str]
) -> None:
    vacancy = imported(_AFTER.format(sentence=sentence))
    asked = [c for c in vacancy.essential if c.kind == "availability"]
    assert [[n.value for n in c.needs] for c in asked] == [needs]
    assert any(item.values.get("case") == "after_lists" for item in vacancy.review)


@pytest.mark.parametrize(
    "sentence",
    [
        "Occasional travel may be required.",  # a possibility
        "Travel costs are reimbursed according to NATO rules.",  # asks nothing
        "Travel expenses are required to be claimed within 30 days.",  # asks something else
        "Travel costs are expected to stay within the budget.",
    ],
)
def test_a_need_after_the_lists_that_is_not_asked_adds_nothing(sentence: str) -> None:
    vacancy = imported(_AFTER.format(sentence=sentence))
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        # The batch's form: the hours, then the travel measured, under the conditions of work.
        (
            "Working conditions",
            "Normal working hours; travel to suppliers and customer nations up to 20 days per year.",
        ),
        ("Working conditions", "Duty travel of about 15 days per year."),
        ("Special requirements", "Missions of up to 6 weeks a year in the nations."),
        ("Remarks", "Travel within Europe, around 25% of the time."),
        ("Conditions de travail", "Déplacements chez les fournisseurs jusqu'à 20 jours par an."),
    ],
)  # fmt: skip
def test_travel_measured_under_the_working_conditions_is_essential(
    heading: str, sentence: str
) -> None:
    text = (
        NOTICE_TOP
        + "Essential:\n- University degree in law.\n- At least 5 years of experience.\n\n"
        + f"{heading}\n{sentence}\n\nOpen to nationals of NATO member countries.\n"
    )
    asked = [c for c in imported(text).essential if c.kind == "availability"]
    assert [[n.value for n in c.needs] for c in asked] == [["travel"]]


_PDF_TOP = (
    "NATO Communications and Information Agency                                     NCIA\n"
    "\n                         VACANCY NOTIFICATION\n"
    "                                                                   Page 1 of 3\n"
    "{label}        Senior Network Engineer\n"
    "Post Number:       NCIA/CSU/0231      Grade: G16\n"
    "Vacancy Number:    270212\n"
    "Closing Date:      8 February 2027\n\n"
    "{section}\n"
    "The Core Services Unit operates the network. The Senior Network Engineer designs it.\n\n"
    "3. ESSENTIAL QUALIFICATIONS\n- At least 6 years' experience with IP networks.\n"
    "- English SLP 3333.\n"
    "                                                                   Page 2 of 3\n"
    "4. DESIRABLE QUALIFICATIONS\n- CCNP certification.\n"
)


@pytest.mark.parametrize(
    ("label", "section"),
    [
        ("Post Title:", "1. POST CONTEXT"),
        ("Job Title:", "1. BACKGROUND"),
        ("Position:", "1.1 ROLE OF THE UNIT"),
        ("Title:", "A. POST CONTEXT"),
    ],
)
def test_a_labelled_title_beside_the_first_pages_number_is_the_title(
    label: str, section: str
) -> None:
    vacancy = imported(_PDF_TOP.format(label=label, section=section))
    assert vacancy.title.en == "Senior Network Engineer"
    assert vacancy.reference == "270212"


@pytest.mark.parametrize("section", ["1. POST CONTEXT", "2) PRINCIPAL DUTIES", "1.1 CONTEXT"])
def test_a_numbered_section_heading_is_never_the_title(section: str) -> None:
    text = (
        "VACANCY NOTIFICATION\nGrade: G16\nVacancy Number: 270212\n\n"
        f"{section}\nThe unit operates the network.\n\n"
        "ESSENTIAL QUALIFICATIONS\n- At least 6 years' experience with IP networks.\n"
    )
    assert imported(text).title.en != section


@pytest.mark.parametrize(
    "facts",
    [
        "Seniority level: Associate",
        "Seniority level: Mid-Senior level\nEmployment type: Full-time",
        "Job function: Administrative Assistant",
        "Niveau hiérarchique : Assistant",
    ],
)
def test_a_job_boards_facts_below_the_text_never_give_the_title(facts: str) -> None:
    text = (
        "Library Assistant - NATO Defense College - Rome, Lazio, Italy\n"
        "NATO Defense College · Full-time · Posted 4 days ago\n\n"
        "Job details\nGrade   G6\nRef     NDC 27/03\n\n"
        "Requirements:\n- At least 3 years of experience in a library.\n"
        "- Good working knowledge of English (SLP 3322).\n\n"
        f"{facts}\n"
    )
    assert imported(text).title.en == "Library Assistant"


@pytest.mark.parametrize(
    "letterhead",
    [
        "ORGANISATION POUR LA SCIENCE ET LA TECHNOLOGIE (STO)",
        "Organisation pour la science et la technologie (STO)",
        "SCIENCE AND TECHNOLOGY ORGANIZATION (STO)",
    ],
)
def test_a_bodys_name_opening_with_organisation_is_a_name_not_a_label(letterhead: str) -> None:
    text = (
        f"{letterhead}\nBureau d'appui à la collaboration (CSO) - Neuilly-sur-Seine, France\n\n"
        "Intitulé du poste : Assistant(e) à la gestion financière\nRéférence : CSO 27/01\n"
        "Grade : G9\n\nQualifications essentielles :\n"
        "- au moins 4 ans d'expérience en comptabilité ;\n- bonne maîtrise d'Excel.\n"
    )
    assert imported(text).nato_body == "NATO Science and Technology Organization (STO)"
