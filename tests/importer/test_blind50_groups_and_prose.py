"""The fiftieth blind batch's misses (qualifications structured beyond an Essential/Desirable
pair): groups under sub-headings inside the qualifications section, and requirements written
as prose paragraphs; each with further forms of the same cause."""

from __future__ import annotations

import pytest

from screener.importer.sections import QUALIFICATION_LABEL, folded_line
from tests.importer.importer_support import NOTICE_TOP, imported, list_texts

_FR_TOP = "Intitulé : Assistant(e)\nGrade : G7\nDate limite : 1 mars 2027\n\n"


@pytest.mark.parametrize(
    "label",
    [
        "Skills and Knowledge",
        "Knowledge and skills:",
        "Personal qualities",
        "Security",
        "Experience and skills",
        "Qualités personnelles",
        "Compétences et connaissances",
    ],
)
def test_a_groups_name_labels_the_items_under_it(label: str) -> None:
    assert QUALIFICATION_LABEL.match(folded_line(label).rstrip(":") + ":")


@pytest.mark.parametrize(
    "lead",
    [
        "The requirements below are grouped by area. Unless an item is marked otherwise, it is"
        " essential.",
        "(E) = essential, (D) = desirable",
        "Requirements are listed by area:",
        "Requirements are listed by area.\nAll items are essential unless marked (D).",
    ],
)
def test_groups_under_a_qualifications_heading_are_read_after_its_lead_sentence(
    lead: str,
) -> None:
    text = (
        NOTICE_TOP
        + "2. QUALIFICATIONS AND EXPERIENCE\n\n"
        + f"{lead}\n\n"
        + "Education and Experience\n"
        + "- A university degree in economics.\n"
        + "- At least 4 years of experience in energy policy.\n\n"
        + "Languages\n"
        + '- V ("Advanced") in one of the two official NATO languages and I ("Beginner") in'
        " the other.\n"
        + "- Knowledge of Russian would be an advantage.\n\n"
        + "Skills and Knowledge\n"
        + "- Excellent drafting skills.\n"
        + "- Familiarity with the NATO Defence Planning Process is desirable.\n\n"
        + "Other\n"
        + "- Willingness to travel at short notice.\n\n"
        + "3. MAIN ACCOUNTABILITIES\n\n"
        + "Drafts policy papers.\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 5, essential
    assert essential[-1] == "Willingness to travel at short notice"
    assert [d.split()[0] for d in desirable] == ["Knowledge", "Familiarity"], desirable


def test_groups_marked_e_and_d_keep_each_language_item_apart() -> None:
    text = (
        NOTICE_TOP
        + "Qualifications\n"
        + "(E) = essential, (D) = desirable\n\n"
        + "Education\n"
        + "  • Master's degree in statistics (E)\n\n"
        + "Languages\n"
        + "  • English: C1 or higher, or STANAG 6001 SLP 3333 (E)\n"
        + "  • Russian: B2 (D)\n"
        + "  • Latvian, Lithuanian or Estonian (D)\n\n"
        + "How to apply\n"
        + "Send a CV.\n"
    )
    essential, desirable = list_texts(text)
    assert all("Russian" not in item for item in essential), essential
    assert desirable == ["Russian: B2 (D)", "Latvian, Lithuanian or Estonian (D)"]


@pytest.mark.parametrize(
    ("heading", "deploy", "asset"),
    [
        (
            "Special requirements",
            "Ability to deploy for the full duration of the contract.",
            "Knowledge of Serbian would be a strong asset.",
        ),
        (
            "Additional requirements:",
            "Willingness to travel at short notice.",
            "Knowledge of Serbian would be an asset.",
        ),
        (
            "Specific requirements",
            "Medically fit for deployment.",
            "Knowledge of Serbian (desirable).",
        ),
    ],
)
def test_a_requirements_group_after_the_desirable_list_is_required(
    heading: str, deploy: str, asset: str
) -> None:
    text = (
        NOTICE_TOP
        + "Minimum qualifications\n\n"
        + "- A master's degree in law.\n"
        + "- At least 10 years of experience in security sector reform.\n\n"
        + "Desirable\n\n"
        + "- Previous service with a NATO mission.\n\n"
        + f"{heading}\n\n"
        + f"- {deploy}\n"
        + "- Valid driving licence (category B).\n"
        + f"- {asset}\n\n"
        + "Conditions of employment\n\n"
        + "- One-year contract, renewable.\n"
    )
    essential, desirable = list_texts(text)
    assert essential[2:] == [deploy.rstrip("."), "Valid driving licence (category B)"], essential
    assert desirable == ["Previous service with a NATO mission", asset.rstrip(".")]


def test_a_french_requirements_group_after_the_lists_is_required() -> None:
    text = (
        _FR_TOP
        + "Qualifications essentielles\n"
        + "- Diplôme d'études secondaires supérieures.\n"
        + "- Au moins 4 ans d'expérience en administration du personnel.\n\n"
        + "Qualifications souhaitables\n"
        + "- Connaissance de SAP.\n\n"
        + "Exigences particulières\n"
        + "- Être titulaire d'un permis de conduire (catégorie B).\n\n"
        + "Conditions d'emploi\n"
        + "- Contrat de trois ans.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds == ["education", "experience", "driving_licence"], kinds


def test_a_numbered_section_of_special_requirements_is_not_a_group_of_the_lists() -> None:
    text = (
        NOTICE_TOP
        + "ESSENTIAL\n"
        + "- A university degree in law.\n\n"
        + "DESIRABLE\n"
        + "- Knowledge of SAP.\n\n"
        + "6. SPECIAL REQUIREMENTS AND ADDITIONAL DUTIES\n"
        + "- Supervises two assistants.\n"
    )
    essential, _ = list_texts(text)
    assert essential == ["A university degree in law"], essential


@pytest.mark.parametrize(
    ("item", "desirable"),
    [
        ('A higher level in French, preferably IV ("Upper Intermediate") or above.', True),
        ("A better command of German, ideally at level IV.", True),
        ("Preferably, experience of working in an international organisation.", True),
        ("A university degree, preferably in law.", False),
        ("Higher secondary education, preferably supplemented by training in IT.", False),
    ],
)
def test_an_item_of_its_own_that_says_what_is_preferred_is_desirable(
    item: str, desirable: bool
) -> None:
    text = (
        NOTICE_TOP
        + "2. QUALIFICATIONS AND EXPERIENCE\n\n"
        + "Unless an item is marked otherwise, it is essential.\n\n"
        + "Education\n"
        + "- A university degree in economics.\n\n"
        + "Languages\n"
        + '- V ("Advanced") in one of the two official NATO languages and I ("Beginner") in'
        " the other.\n"
        + f"- {item}\n\n"
        + "3. MAIN ACCOUNTABILITIES\n\n"
        + "Drafts policy papers.\n"
    )
    essential, desirables = list_texts(text)
    assert (item.rstrip(".") in desirables) is desirable, (essential, desirables)


@pytest.mark.parametrize(
    ("degree", "years", "languages"),
    [
        (
            "You will hold a university degree in engineering.",
            "You will bring at least 8 years of experience managing innovation programmes.",
            'You will have V ("Advanced") in one of NATO\'s two official languages'
            ' (English/French) and I ("Beginner") in the other.',
        ),
        (
            "The successful candidate will hold a doctorate in physics.",
            "He or she will have a minimum of five years of post-doctoral research experience.",
            "A professional working knowledge of English, NATO SLP 3333, is essential.",
        ),
        (
            "The incumbent will possess a university degree in law.",
            "He or she will have at least 6 years of experience in contract law.",
            'The incumbent must have IV ("Upper Intermediate") in English.',
        ),
    ],
)
def test_requirement_paragraphs_said_in_the_future_are_read_to_their_end(
    degree: str, years: str, languages: str
) -> None:
    text = (
        NOTICE_TOP
        + "The role\n"
        + "You will design the challenge statement and manage a small team.\n\n"
        + "Who we are looking for\n"
        + f"{degree} An MBA would be a plus.\n\n"
        + f"{years}\n\n"
        + "Strong commercial awareness is essential.\n\n"
        + f"{languages}\n\n"
        + "The role involves frequent travel across the Alliance, around 30% of working time.\n\n"
        + "Conditions of employment\n"
        + "Applicants must be nationals of a NATO member state.\n"
        + "The successful candidate must hold, or be able to obtain, a NATO SECRET clearance.\n"
        + "Appointment is subject to approval of the medical file by the NATO Medical Adviser.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds[:2] == ["education", "experience"], kinds
    assert kinds[-1] == "availability", kinds
    assert len(kinds) == 5, kinds  # nothing of the conditions of employment
    assert [c.kind for c in vacancy.desirable] == ["education"]


@pytest.mark.parametrize(
    ("degree", "years"),
    [
        (
            "Vous êtes titulaire d'un diplôme universitaire en droit.",
            "Vous justifiez d'au moins 5 ans d'expérience dans la rédaction de contrats.",
        ),
        (
            "Le/la candidat(e) retenu(e) sera titulaire d'un diplôme universitaire en droit.",
            "Il ou elle justifiera d'au moins 5 ans d'expérience dans la rédaction de contrats.",
        ),
        (
            "La candidate retenue possédera un diplôme universitaire en droit.",
            "Le titulaire du poste aura au moins 5 ans d'expérience en rédaction de contrats.",
        ),
    ],
)
def test_a_french_profile_said_to_the_reader_is_read_as_requirements(
    degree: str, years: str
) -> None:
    text = (
        _FR_TOP
        + "Le poste\n"
        + "Vous aurez l'occasion de rédiger des contrats pour l'Agence.\n\n"
        + "Profil recherché\n"
        + f"{degree} Un master en droit international serait un atout.\n\n"
        + f"{years}\n\n"
        + "Conditions d'emploi\n"
        + "Les candidats doivent être ressortissants d'un pays membre de l'OTAN.\n"
        + "Contrat de trois ans.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["education"]


@pytest.mark.parametrize(
    "alternative",
    [
        "Candidates holding a master's degree together with at least three additional years of"
        " relevant research experience will also be considered.",
        "Candidates with a master's degree and three further years of research experience are"
        " also eligible.",
        "Alternatively, a master's degree with three additional years of research experience.",
        "Holders of a master's degree together with at least three additional years of research"
        " experience may also apply.",
    ],
)
def test_a_sentence_giving_another_way_to_meet_the_one_before_stays_with_it(
    alternative: str,
) -> None:
    text = (
        NOTICE_TOP
        + "Qualifications\n\n"
        + "The successful candidate will hold a doctorate (PhD) in physics. "
        + f"{alternative}\n\n"
        + "He or she will have a minimum of five years of research experience.\n\n"
        + "How to apply\n"
        + "Apply online.\n"
    )
    vacancy = imported(text)
    essential = [c.text.en for c in vacancy.essential[1:]]
    assert len(essential) == 2, essential
    assert essential[0].endswith(alternative.rstrip(".")), essential
    assert vacancy.essential[1].kind == "education"


@pytest.mark.parametrize(
    "fact",
    [
        "The working languages of NATO are English and French.",
        "English is the working language of the Centre.",
        "NATO's two official languages are English and French.",
    ],
)
def test_a_sentence_naming_the_working_languages_asks_for_nothing(fact: str) -> None:
    text = (
        NOTICE_TOP
        + "3. Person specification\n\n"
        + "Education. Higher secondary education or equivalent is required.\n\n"
        + f'Languages. {fact} A minimum of IV ("Upper Intermediate") in one of the two'
        ' languages and II ("Elementary") in the other is required.\n\n'
        + "IT skills. A very good command of Microsoft Office is essential.\n\n"
        + "Personal qualities. Discretion and attention to detail.\n\n"
        + "Other. The incumbent may be required to work overtime during peak periods.\n\n"
        + "4. Conditions\n\n"
        + "The successful candidate will be offered a definite duration contract.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds == ["education", "official_languages", "statement", "statement", "availability"]
    assert getattr(vacancy.essential[2], "mode", None) == "one_and_other"


def test_a_french_person_specification_in_run_in_groups_is_read_to_its_end() -> None:
    text = (
        _FR_TOP
        + "3. Profil recherché\n\n"
        + "Formation. Un diplôme d'études secondaires supérieures est exigé. Un diplôme en"
        " gestion des ressources humaines serait un atout.\n\n"
        + "Expérience. Au moins 4 ans d'expérience en administration du personnel sont"
        " exigés.\n\n"
        + "Langues. Les langues de travail de l'OTAN sont l'anglais et le français. Un niveau"
        " IV dans l'une des deux langues et II dans l'autre est exigé.\n\n"
        + "Compétences informatiques. Une très bonne maîtrise de Microsoft Office est"
        " essentielle.\n\n"
        + "Qualités personnelles. Discrétion dans le traitement des données personnelles.\n\n"
        + "4. Conditions\n\n"
        + "Contrat de trois ans.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds == ["education", "experience", "official_languages", "statement", "statement"]
    assert [c.kind for c in vacancy.desirable] == ["education"]


@pytest.mark.parametrize(
    "title",
    ["Conditions of employment", "Terms of employment:", "5. Conditions", "Eligibility"],
)
def test_the_conditions_of_employment_are_not_the_requirements(title: str) -> None:
    text = (
        NOTICE_TOP
        + "The person\n"
        + "An eye for detail and a calm manner with visitors.\n\n"
        + f"{title}\n"
        + "Applicants must be nationals of a NATO member state.\n"
        + "The successful candidate must hold, or be able to obtain, a NATO SECRET clearance.\n"
        + "Appointment is subject to approval of the medical file by the NATO Medical Adviser.\n"
        + "Initial definite duration contract of three years.\n"
    )
    vacancy = imported(text)
    texts = [c.text.en for c in [*vacancy.essential[1:], *vacancy.desirable]]
    assert not any("clearance" in t or "medical" in t or "contract" in t for t in texts), texts


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        ("Security.", "The incumbent must hold a NATO SECRET security clearance."),
        ("IT skills.", "The incumbent must have a very good command of Microsoft Excel."),
        ("Personal qualities.", "The incumbent must show discretion and tact."),
    ],
)
def test_a_run_in_group_on_lines_of_its_own_is_no_requirement(label: str, sentence: str) -> None:
    text = (
        NOTICE_TOP
        + "Requirements\n\n"
        + "Education. Higher secondary education is required. A post-secondary diploma in IT"
        " would be an advantage.\n"
        + "Experience. At least 3 years of experience in IT support is required.\n"
        + f"{label} {sentence}\n\n"
        + "How to apply\n"
        + "Apply online.\n"
    )
    essential, _ = list_texts(text)
    assert essential[-1] == sentence.rstrip("."), essential
    assert label.rstrip(".") not in essential, essential


@pytest.mark.parametrize(
    ("items", "desirable"),
    [
        (
            [
                "Master's degree in statistics.",
                "PhD in a relevant field (D)",
                "At least 6 years of experience in data analysis.",
                "Russian: B2 (D)",
            ],
            ["PhD in a relevant field (D)", "Russian: B2 (D)"],
        ),
        (
            [
                "Master's degree in statistics (E)",
                "PhD in a relevant field (D)",
                "At least 6 years of experience in data analysis.",
            ],
            ["PhD in a relevant field (D)"],
        ),
        (
            [
                "Master's degree in statistics.",
                "PhD in a relevant field [Desirable]",
                "At least 6 years of experience in data analysis.",
                "Russian: B2 [D]",
            ],
            ["PhD in a relevant field [Desirable]", "Russian: B2 [D]"],
        ),
        (
            [
                "Master's degree in statistics.",
                "At least 6 years of experience as a driver.",
                "Driving licence of category (D)",
            ],
            [],
        ),
    ],
)
def test_items_marked_d_among_unmarked_items_are_desirable(
    items: list[str], desirable: list[str]
) -> None:
    bullets = "".join(f"- {item}\n" for item in items)
    text = NOTICE_TOP + "Qualifications\n\n" + bullets + "\nHow to apply\nApply online.\n"
    essential, desirables = list_texts(text)
    assert desirables == desirable, (essential, desirables)
    assert len(essential) == len(items) - len(desirable), essential


@pytest.mark.parametrize(
    "opening",
    [
        "We are looking for someone with a university degree in engineering.",
        "We seek a candidate who holds a university degree in engineering.",
        "You hold a university degree in engineering.",
    ],
)
def test_run_in_groups_inside_one_paragraph_are_no_requirements(opening: str) -> None:
    text = (
        NOTICE_TOP
        + "Who we are looking for\n"
        + f"{opening} Experience. At least 5 years of experience in programme management is"
        " required. Languages. English at level V is essential.\n\n"
        + "Knowledge of hydrogen technologies would be a plus.\n\n"
        + "Conditions of employment\n"
        + "Applicants must be nationals of a NATO member state.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds == ["education", "experience", "official_languages"], kinds
    assert [c.kind for c in vacancy.desirable] == ["statement"]


def test_a_french_profile_opening_with_nous_recherchons_is_read() -> None:
    text = (
        _FR_TOP
        + "Profil\n"
        + "Nous recherchons une personne titulaire d'un diplôme universitaire en ingénierie."
        " Vous justifiez d'au moins 5 ans d'expérience en gestion de programmes.\n\n"
        + "Une connaissance de l'allemand serait un atout.\n\n"
        + "Conditions d'emploi\n"
        + "Les candidats doivent être ressortissants d'un pays membre de l'OTAN.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["language"]


def test_an_alternative_degree_stays_with_the_degree_not_with_the_years_after_it() -> None:
    text = (
        NOTICE_TOP
        + "Qualifications\n\n"
        + "The successful candidate will hold a doctorate in physics. He or she will have at"
        " least five years of research experience. Candidates holding a master's degree"
        " together with at least three additional years of research experience will also be"
        " considered.\n\n" + "How to apply\n" + "Apply online.\n"
    )
    vacancy = imported(text)
    essential = [c.text.en for c in vacancy.essential[1:]]
    assert essential[0].endswith("will also be considered"), essential
    assert essential[1] == "He or she will have at least five years of research experience"


@pytest.mark.parametrize(
    "names",
    [
        ("EDUCATION AND EXPERIENCE", "LANGUAGE SKILLS", "SKILLS AND KNOWLEDGE", "OTHER"),
        ("2.1 Education and Experience", "2.2 Languages", "2.3 Skills and Knowledge", "2.4 Other"),
        ("**Education and Experience**", "**Languages**", "**Skills and Knowledge**", "**Other**"),
    ],
)
def test_groups_named_in_capitals_or_numbered_are_parts_of_the_list(
    names: tuple[str, str, str, str],
) -> None:
    education, languages, skills, other = names
    text = (
        NOTICE_TOP
        + "2. QUALIFICATIONS AND EXPERIENCE\n\n"
        + "Unless an item is marked otherwise, it is essential.\n\n"
        + f"{education}\n"
        + "- A university degree in economics.\n"
        + "- At least 4 years of experience in energy policy.\n\n"
        + f"{languages}\n"
        + "- English: level V; French: level I.\n"
        + "- Knowledge of Russian would be an advantage.\n\n"
        + f"{skills}\n"
        + "- Excellent drafting skills.\n\n"
        + f"{other}\n"
        + "- Willingness to travel at short notice.\n\n"
        + "3. MAIN ACCOUNTABILITIES\n\n"
        + "Drafts policy papers.\n"
    )
    essential, desirable = list_texts(text)
    assert essential[-2:] == ["Excellent drafting skills", "Willingness to travel at short notice"]
    assert desirable == ["Knowledge of Russian would be an advantage"]


def test_groups_in_capitals_under_the_essential_heading_do_not_end_its_list() -> None:
    text = (
        NOTICE_TOP
        + "ESSENTIAL QUALIFICATIONS\n\n"
        + "EDUCATION AND EXPERIENCE\n"
        + "- A university degree in economics.\n\n"
        + "LANGUAGE SKILLS\n"
        + "- English: level V; French: level I.\n\n"
        + "PERSONAL QUALITIES\n"
        + "- Discretion and tact.\n\n"
        + "DESIRABLE QUALIFICATIONS\n"
        + "- Knowledge of SAP.\n\n"
        + "4. CONDITIONS\n"
        + "Contract of three years.\n"
    )
    essential, desirable = list_texts(text)
    assert essential[-1] == "Discretion and tact", essential
    assert desirable == ["Knowledge of SAP"]


@pytest.mark.parametrize(
    ("top", "heading", "lines", "kinds"),
    [
        (
            NOTICE_TOP,
            "Qualifications",
            [
                "Education: A university degree in law.",
                "Experience: At least 5 years of experience in contract law.",
                "Languages: English V; French I.",
                "IT skills: Good command of Microsoft Office.",
                "Other: Willingness to travel.",
            ],
            ["education", "experience", "official_languages", "statement", "availability"],
        ),
        (
            NOTICE_TOP,
            "Requirements",
            [
                "Education and experience: A university degree in law.",
                "Personal qualities: Discretion and tact.",
                "Security: Able to obtain a NATO SECRET clearance.",
            ],
            ["education", "statement", "statement"],
        ),
        (
            _FR_TOP,
            "Qualifications et expérience",
            [
                "Formation : Diplôme universitaire en droit.",
                "Expérience : Au moins 5 ans d'expérience en droit des contrats.",
                "Langues : anglais V ; français I.",
            ],
            ["education", "experience", "official_languages"],
        ),
    ],
)
def test_groups_with_their_item_on_the_same_line_are_read(
    top: str, heading: str, lines: list[str], kinds: list[str]
) -> None:
    text = top + f"{heading}\n" + "\n".join(lines) + "\n\nHow to apply\nApply online.\n"
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == kinds


@pytest.mark.parametrize(
    ("top", "title", "paragraphs", "kinds", "wished"),
    [
        (
            NOTICE_TOP,
            "Qualifications",
            [
                "A university degree in law is required.",
                "At least five years of experience in contract law.",
                "Fluency in English is essential; knowledge of French would be an advantage.",
            ],
            ["education", "experience", "statement"],
            ["language"],
        ),
        (
            NOTICE_TOP,
            "Candidate profile",
            [
                "A minimum of 5 years of experience in procurement is required.",
                "A university degree in business administration.",
            ],
            ["experience", "education"],
            [],
        ),
        (
            _FR_TOP,
            "Profil",
            [
                "Un diplôme universitaire en droit est exigé.",
                "Au moins cinq ans d'expérience en droit des contrats.",
                "La maîtrise de l'anglais est indispensable ; la connaissance de l'italien serait"
                " un atout.",
            ],
            ["education", "experience", "official_languages"],
            ["language"],
        ),
    ],
)
def test_requirement_paragraphs_under_a_title_each_asking_one_thing_are_read(
    top: str, title: str, paragraphs: list[str], kinds: list[str], wished: list[str]
) -> None:
    text = (
        top
        + f"{title}\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nConditions of employment\nApplicants must be nationals of a NATO member state.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == kinds
    assert [c.kind for c in vacancy.desirable] == wished


@pytest.mark.parametrize("section", ["Conditions d'emploi", "Éligibilité", "Comment postuler"])
def test_a_french_section_after_the_list_ends_it(section: str) -> None:
    text = (
        _FR_TOP
        + "Qualifications requises\n\n"
        + "Un diplôme universitaire en droit est exigé.\n\n"
        + "Au moins cinq ans d'expérience en droit des contrats.\n\n"
        + f"{section}\n"
        + "Contrat de trois ans.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]


@pytest.mark.parametrize(
    "offer",
    [
        "You will have a competitive, tax-free salary and generous leave.",
        "You will have access to training and you will have the opportunity to travel.",
        "You will have a definite duration contract of three years.",
    ],
)
def test_what_the_post_offers_in_the_future_tense_is_no_requirement(offer: str) -> None:
    text = (
        NOTICE_TOP
        + "The role\n"
        + "The Programme Manager designs challenge programmes with national sponsors.\n\n"
        + f"{offer} Relocation support is provided.\n"
    )
    essential, desirable = list_texts(text)
    assert not essential, essential
    assert not desirable, desirable


def test_a_bilingual_notices_prose_gives_each_half_its_own_requirements() -> None:
    text = (
        NOTICE_TOP
        + "Who we are looking for\n"
        + "You will hold a university degree in engineering. An MBA would be a plus.\n\n"
        + "You will bring at least 8 years of experience managing innovation programmes.\n\n"
        + "Conditions of employment\n"
        + "Applicants must be nationals of a NATO member state.\n\n"
        + "Profil recherché\n"
        + "Vous êtes titulaire d'un diplôme universitaire en ingénierie. Un MBA serait un"
        " atout.\n\n" + "Vous justifiez d'au moins 8 ans d'expérience dans la gestion de programmes"
        " d'innovation.\n\n"
        + "Conditions d'emploi\n"
        + "Les candidats doivent être ressortissants d'un pays membre de l'OTAN.\n"
    )
    vacancy = imported(text)
    education = vacancy.essential[1]
    assert education.text.en == "You will hold a university degree in engineering"
    assert education.text.fr == "Vous êtes titulaire d'un diplôme universitaire en ingénierie"
    assert vacancy.desirable[0].text.fr == "Un MBA serait un atout"
