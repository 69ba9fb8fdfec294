"""Requirements written as paragraphs: under ESSENTIAL / DESIRABLE headings, or as one
"Requirements:" paragraph of an e-mail, each sentence or clause is a requirement of its own,
in the section it sits in unless it says otherwise ("is an asset", "is essential")."""

from __future__ import annotations

import pytest
from section_support import imported as _import
from section_support import kinds as _kinds
from section_support import texts as _texts


def test_paragraphs_under_the_headings_give_one_requirement_per_clause() -> None:
    vacancy = _import(
        "ESSENTIAL\n\n"
        "The successful candidate must hold a master's degree in international or public law,\n"
        "and must have at least six years of professional experience as a legal adviser in a\n"
        "national administration or an international organisation.\n\n"
        "The incumbent must be able to draft clear legal opinions under pressure, and must be\n"
        "willing to travel to operational theatres and to work outside normal office hours.\n\n"
        "DESIRABLE\n\n"
        "Knowledge of the law of armed conflict would be an advantage, as would experience of\n"
        "procurement law. Familiarity with NATO's legal framework would also be an asset.\n"
    )
    assert _kinds(vacancy.essential) == ["education", "experience", "statement", "availability"]
    assert _texts(vacancy.desirable) == [
        "Knowledge of the law of armed conflict would be an advantage",
        "experience of procurement law",
        "Familiarity with NATO's legal framework would also be an asset",
    ]
    split = [item for item in vacancy.review if item.code == "paragraph_split"]
    assert len(split) == 3 and "Check the split" in split[0].message


def test_a_desirable_paragraph_stays_desirable_though_only_one_sentence_says_so() -> None:
    vacancy = _import(
        "ESSENTIAL\n- A university degree in law.\n\n"
        "DESIRABLE\n"
        "Candidates should have experience of drafting international agreements. Knowledge of\n"
        "a third NATO language would be considered an asset.\n"
    )
    assert len(_texts(vacancy.desirable)) == 2
    assert _kinds(vacancy.essential) == ["education"]


def test_a_sentence_of_the_desirable_paragraph_that_says_essential_moves() -> None:
    vacancy = _import(
        "ESSENTIAL\n- A university degree in law.\n\n"
        "DESIRABLE\n"
        "Experience in a NATO body would be an asset, as would a second NATO language. A valid\n"
        "driving licence (category B) is essential for this post.\n"
    )
    assert _kinds(vacancy.essential) == ["education", "driving_licence"]
    assert len(_texts(vacancy.desirable)) == 2
    assert any(item.code == "essential_in_desirable_list" for item in vacancy.review)


def test_french_paragraphs_under_the_french_headings_are_split_too() -> None:
    vacancy = _import(
        "ACQUIS ESSENTIELS\n\n"
        "Le titulaire du poste doit être titulaire d'un diplôme universitaire en droit. Il doit\n"
        "avoir au moins six années d'expérience professionnelle dans le domaine juridique.\n\n"
        "ACQUIS SOUHAITABLES\n\n"
        "Une connaissance du droit des conflits armés serait un atout. Une expérience au sein\n"
        "d'une organisation internationale serait un plus.\n"
    )
    kinds = [c.kind for c in vacancy.essential if c.kind != "nationality"]
    assert kinds == ["education", "experience"]
    assert len(vacancy.desirable) == 2


@pytest.mark.parametrize(
    ("label", "closing"),
    [
        ("Requirements:", "Applications must be made online via the NATO recruitment portal."),
        ("Profile:", "Incomplete applications will not be considered."),
        ("Qualifications:", "Candidates should apply through the e-recruitment system."),
    ],
)
def test_one_requirements_paragraph_of_an_e_mail_is_split_with_its_inline_marks(
    label: str, closing: str
) -> None:
    text = (
        "Duties: The Storeman receives, stores and issues supplies and keeps the stock records.\n\n"
        f"{label} Candidates must have completed secondary education (essential) and have a\n"
        "minimum of 3 years' experience in a warehouse (essential). A valid driving licence,\n"
        "category B, is essential. English at SLP 2222 is essential; knowledge of German is\n"
        "an asset. A forklift certificate would be an asset, as would experience with SAP.\n\n"
        f"{closing}\n"
    )
    vacancy = _import(text)
    assert _kinds(vacancy.essential) == [
        "education",
        "experience",
        "driving_licence",
        "language_profile",
    ]
    assert len(_texts(vacancy.desirable)) == 3
    assert not any("pplication" in t for t in _texts(vacancy.essential + vacancy.desirable))


def test_a_duty_after_a_semicolon_stays_with_its_requirement() -> None:
    vacancy = _import(
        "Requirements: Candidates must have at least 2 years of experience as a guard.\n"
        "Experience in the handling of firearms is essential; the incumbent will be required to\n"
        "pass an annual weapons qualification.\n"
    )
    firearms = next(c for c in vacancy.essential if c.kind == "firearms")
    assert "weapons qualification" in firearms.text.en


# --- "a higher level would be an asset" is more of the item, not an asset of its own ----------


@pytest.mark.parametrize(
    ("bullet", "kind"),
    [
        ("French at NATO SLP 2222; a higher level would be an asset.", "language_profile"),
        ("English at level III; a higher level would be an advantage.", "official_languages"),
        ("German at SLP 3232; a higher profile would be considered an asset.", "language_profile"),
        ("Anglais niveau III ; un niveau plus élevé serait un atout.", "official_languages"),
    ],
)
def test_a_higher_level_as_an_asset_stays_in_its_essential_item(bullet: str, kind: str) -> None:
    vacancy = _import(f"ESSENTIAL\nThe incumbent must have:\n- A university degree.\n- {bullet}\n")
    assert [c.kind for c in vacancy.essential[1:]] == ["education", kind]
    assert not vacancy.desirable
    assert any(item.code == "higher_level_asset" for item in vacancy.review)


def test_a_higher_degree_as_an_asset_is_still_an_asset_of_its_own() -> None:
    vacancy = _import(
        "ESSENTIAL\nThe incumbent must have:\n"
        "- A bachelor's degree in engineering; a higher degree would be an asset.\n"
    )
    assert len(vacancy.desirable) == 1


def test_english_and_french_paragraphs_split_alike_so_their_clauses_pair() -> None:
    vacancy = _import(
        "ESSENTIAL\n\n"
        "The successful candidate must hold a master's degree in public law, and must have at\n"
        "least six years of professional experience as a legal adviser.\n\n"
        "DESIRABLE\n\n"
        "Knowledge of the law of armed conflict would be an advantage, as would experience of\n"
        "procurement law.\n\n"
        "ACQUIS ESSENTIELS\n\n"
        "Le/la titulaire doit être titulaire d'un master en droit public, et doit avoir au moins\n"
        "six années d'expérience professionnelle en tant que conseiller juridique.\n\n"
        "ACQUIS SOUHAITABLES\n\n"
        "Une connaissance du droit des conflits armés serait un atout, de même qu'une expérience\n"
        "du droit des marchés publics.\n"
    )
    pairs = [(c.text.en[:12], c.text.fr[:12]) for c in vacancy.essential[1:] + vacancy.desirable]
    assert pairs == [
        ("The successf", "Le/la titula"),
        ("must have at", "doit avoir a"),
        ("Knowledge of", "Une connaiss"),
        ("experience o", "une expérien"),
    ]


# --- Prose with no list: a careers page's profile, labelled sentences -------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "About you\nYou must hold a university degree in economics or finance and have at least\n"
        "5 years of experience in budgeting. Experience in an international organisation would\n"
        "be a plus.\n",
        "Profile\nThe ideal candidate holds a university degree in economics and has at least 5\n"
        "years of experience in budgeting. A working knowledge of French is desirable.\n",
        "Your profile\nThe successful candidate will have a university degree in economics, and\n"
        "at least 5 years of experience in budgeting. Knowledge of SAP would be an asset.\n",
    ],
)
def test_a_profile_paragraph_with_no_list_gives_its_requirements(paragraph: str) -> None:
    vacancy = _import(paragraph + "\nHow to apply\nOnline, before the deadline.\n")
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert len(vacancy.desirable) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Essential requirements: University degree in economics. At least 5 years of experience\n"
        "in budgeting.\nDesirable: Knowledge of SAP. French SLP 2222.\n",
        "Acquis essentiels : Diplôme universitaire en économie. Au moins 5 ans d'expérience en\n"
        "gestion budgétaire.\nAtouts : Connaissance de SAP. Anglais SLP 2222.\n",
        "Required: University degree in economics. At least 5 years of experience in budgeting.\n"
        "Nice to have: Knowledge of SAP. French SLP 2222.\n",
    ],
)
def test_labelled_lines_of_sentences_are_lists_of_items(text: str) -> None:
    vacancy = _import(text + "\nHow to apply\nOnline.\n")
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert len(vacancy.desirable) == 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "Requirements: Candidates must hold a university degree in economics (essential) and\n"
        "have at least 5 years of experience in budgeting (essential). Knowledge of SAP\n"
        "(desirable) and French at SLP 2222 (desirable) are also sought.\n\n"
        "Applications must be submitted online.\n",
        "Profil requis : Les candidats doivent être titulaires d'un diplôme universitaire en\n"
        "économie (essentiel) et doivent avoir au moins 5 ans d'expérience en gestion budgétaire\n"
        "(essentiel). Une connaissance de SAP serait un atout. Le français au niveau SLP 2222 est\n"
        "souhaitable.\n\nLes candidatures doivent être soumises en ligne.\n",
    ],
)
def test_inline_marks_of_a_paragraph_split_and_sort_its_requirements(paragraph: str) -> None:
    vacancy = _import(paragraph)
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert len(vacancy.desirable) == 2


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [
        (
            "Essential: A university degree in law and at least 5 years of experience in "
            "contract law.",
            "Desirable: Knowledge of French.",
        ),
        (
            "Required: A university degree in law, and a minimum of 5 years of experience in "
            "contract law.",
            "Desirable: Knowledge of French would be an asset.",
        ),
        (
            "Essential. A university degree in law. At least 5 years of experience in contract "
            "law.",
            "Assets: Knowledge of French.",
        ),
    ],
)
def test_labelled_paragraphs_apart_are_the_two_lists(essential: str, desirable: str) -> None:
    vacancy = _import(f"QUALIFICATIONS\n\n{essential}\n\n{desirable}\n\nHOW TO APPLY\nOnline.\n")
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["language"]


def test_two_paths_of_degree_and_years_stay_one_requirement_in_prose() -> None:
    vacancy = _import(
        "Requirements: A university degree and 2 years of experience, or a diploma and 6 years "
        "of experience. Candidates must speak English at SLP 3333.\n"
    )
    assert _kinds(vacancy.essential) == ["education", "language_profile"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "A university degree in law. At least 5 years of experience in contract law. English "
        "at SLP 3333.",
        "A university degree in law or equivalent. Minimum 5 years of professional experience in "
        "contract law. English at NATO level V.",
        "A bachelor's degree in law. 5 years of experience in contract law. A valid driving "
        "licence, category B.",
    ],
)
def test_sentences_naming_requirements_without_a_verb_are_split(paragraph: str) -> None:
    vacancy = _import(f"ESSENTIAL\n{paragraph}\n\nDESIRABLE\n- Knowledge of SAP.\n")
    assert _kinds(vacancy.essential)[:2] == ["education", "experience"]
    assert len(_kinds(vacancy.essential)) == 3


@pytest.mark.parametrize(
    "bullet",
    [
        "Proficiency in English at NATO level V (Advanced). No French is required for this post.",
        "Proficiency in English (level IV). Knowledge of French (level II).",
        "A university degree in economics. Relevant experience may replace the degree.",
    ],
)
def test_a_bullet_that_explains_itself_in_a_second_sentence_stays_whole(bullet: str) -> None:
    vacancy = _import(f"ESSENTIAL\n- {bullet}\n- At least 5 years of experience.\n")
    assert len(_kinds(vacancy.essential)) == 2


@pytest.mark.parametrize(
    "opening",
    [
        "Candidate profile: ",
        "What we require: ",
        "What we are looking for: ",
        "Skills and experience: ",
        "Your profile\n",
        "Exigences du poste\n",
    ],
)
def test_a_paragraph_under_a_requirements_label_with_no_subject_is_read(opening: str) -> None:
    vacancy = _import(
        "Duties\nThe assistant books travel and keeps the records.\n\n"
        f"{opening}A completed secondary education is required, and at least 3 years of "
        "experience in travel administration. English at SLP 2222 is essential; knowledge of "
        "Italian would be an asset.\n\nHow to apply\nApplications must be made online.\n"
    )
    assert _kinds(vacancy.essential) == ["education", "experience", "language_profile"]
    assert [c.kind for c in vacancy.desirable] == ["language"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le candidat doit être titulaire d'un diplôme universitaire en droit et justifier d'au "
        "moins cinq ans d'expérience dans le domaine juridique.",
        "La candidate doit être titulaire d'un master en droit et avoir au moins 5 années "
        "d'expérience dans le domaine juridique.",
        "Le/la titulaire doit posséder un diplôme universitaire en droit et disposer d'une "
        "solide expérience juridique d'au moins six ans.",
    ],
)
def test_a_french_sentence_with_a_degree_and_years_gives_both(sentence: str) -> None:
    vacancy = _import(
        f"Profil requis : {sentence} Il doit posséder le niveau V en anglais.\n\n"
        "Comment postuler\nEn ligne.\n"
    )
    assert _kinds(vacancy.essential) == ["education", "experience", "official_languages"]


# --- Sentences beside a bulleted list in the ESSENTIAL section --------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "The successful candidate must have a university degree in law, and must have at "
            "least 5 years of experience in contract law. In addition, the incumbent must:",
            "",
        ),
        (
            "The incumbent must:",
            "The incumbent must also hold a university degree in law, and must have at least 5 "
            "years of experience in contract law.",
        ),
        (
            "Le titulaire du poste doit être titulaire d'un diplôme universitaire en droit. Il "
            "doit avoir au moins 5 ans d'expérience en droit des contrats. En outre, il doit :",
            "",
        ),
    ],
)
def test_requirements_in_sentences_beside_the_bullets_are_read(before: str, after: str) -> None:
    vacancy = _import(
        f"ESSENTIAL\n{before}\n- speak English at SLP 3333;\n- hold a driving licence, category B.\n"
        f"{after}\n\nDESIRABLE\n- Knowledge of French.\n"
    )
    assert sorted(_kinds(vacancy.essential)) == [
        "driving_licence",
        "education",
        "experience",
        "language_profile",
    ]


def test_who_may_apply_beside_the_bullets_is_no_requirement_of_the_list() -> None:
    vacancy = _import(
        "ESSENTIAL\nThe incumbent must:\n- hold a university degree in law.\n"
        "Applicants must be nationals of a NATO member state.\n"
    )
    assert _kinds(vacancy.essential) == ["education"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Experience of procurement law would also be an asset, as would knowledge of SAP.",
        "Experience of procurement law is an advantage. Knowledge of SAP is desirable.",
        "Une expérience du droit des marchés publics serait un atout, de même qu'une "
        "connaissance de SAP.",
    ],
)
def test_assets_said_in_sentences_under_the_desirable_bullets_are_read(sentence: str) -> None:
    vacancy = _import(
        "ESSENTIAL\n- A university degree in law.\n\nDESIRABLE\n- Knowledge of French.\n"
        f"- Experience in NATO.\n{sentence}\n\nHOW TO APPLY\nOnline.\n"
    )
    assert len(vacancy.desirable) == 4
    assert _kinds(vacancy.essential) == ["education"]


def test_a_clearance_sentence_beside_the_bullets_is_no_requirement_of_the_list() -> None:
    vacancy = _import(
        "ESSENTIAL\nThe incumbent must:\n- hold a university degree in law.\n"
        "The successful candidate must be able to obtain a NATO SECRET security clearance.\n"
    )
    assert _kinds(vacancy.essential) == ["education"]


def test_abbreviations_do_not_end_a_sentence_of_a_paragraph() -> None:
    vacancy = _import(
        "ESSENTIAL\n\nThe candidate must be proficient in translation tools (e.g. Trados Studio) "
        "and terminology databases. The candidate must hold an LL.M. Degree in law, and must "
        "have at least 5 years of experience with U.S. Army contracts.\n"
    )
    assert _texts(vacancy.essential)[0].endswith("(e.g. Trados Studio) and terminology databases")
    assert _kinds(vacancy.essential)[1:] == ["education", "experience"]


def test_an_inline_mark_sorts_its_clause_and_leaves_its_words() -> None:
    vacancy = _import(
        "Requirements: Candidates must have completed secondary education (essential) and have "
        "a minimum of 2 years' experience in a security organisation (essential). Knowledge of "
        "German (desirable) and a first-aid certificate (an asset) are also sought.\n"
    )
    texts = _texts(vacancy.essential + vacancy.desirable)
    assert texts[1] == "have a minimum of 2 years' experience in a security organisation"
    assert not any("(essential)" in text or "(desirable)" in text for text in texts)
    assert len(vacancy.desirable) == 2
