"""The fifteenth and sixteenth blind batches, and what they brought: French-only and
French-first copies (French headings, labels, education words, a ministry's page and a
forwarded e-mail, bullets interleaved with their English twins) and the NATO Command
Structure's post descriptions (REQUIRED / PREFERRED headings, an E/D table, special
requirements before the lists, "in the last 10 years", STANAG profiles written out)."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported

from screener.domain.criteria import Criterion
from screener.importer.recognizers import recognize


def _essential(body: str) -> list[Criterion]:
    """The essential requirements imported from a notice with `body` under a plain header."""
    return imported(NOTICE_TOP + body).essential[1:]


# --- Wrong verdicts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "profile"),
    [
        ("French - NATO Standard Language Proficiency Level 2222.", "fr", "2222"),
        ("English: Standardized Language Profile 3333.", "en", "3333"),
        ("Anglais : niveau avancé (SLP 3333)", "en", "3333"),
    ],
)
def test_a_stanag_profile_written_out_is_never_a_nato_level(
    text: str, language: str, profile: str
) -> None:
    # The word "Proficiency" in the scale's name once made it NATO level VI: it is the
    # profile, checked against the candidate's SLP.
    typing = recognize(text, "en")
    assert (typing.kind, typing.params) == (
        "language_profile",
        {"language": language, "profile": profile},
    )
    assert [n.code for n in typing.notes] == ["slp_checked"] and not typing.also


def test_a_country_named_as_an_example_of_the_members_does_not_restrict_the_post() -> None:
    text = NOTICE_TOP + (
        "Admissibilité\nSeuls les ressortissants des pays membres de l'OTAN, dont le Canada, "
        "peuvent présenter leur candidature.\n\nESSENTIAL\n- A university degree.\n"
    )
    nationality = imported(text).essential[0]
    assert nationality.scope == "nato_members" and nationality.countries == []


def test_years_in_a_recent_window_are_not_the_years_asked() -> None:
    typing = recognize(
        "Minimum of 7 years of experience in air traffic control, of which at least 3 years "
        "in the last 10 years.",
        "en",
    )
    assert typing.kind == "experience" and typing.params["min_years"] == 7


def test_the_official_levels_and_another_language_in_one_item_are_both_asked() -> None:
    typing = recognize(
        "Langues : la maîtrise de l'anglais (niveau VI) et une bonne connaissance du français "
        "(niveau III) ; la connaissance de l'arabe (niveau IV) est exigée.",
        "fr",
    )
    assert typing.kind == "official_languages"
    assert (typing.params["en"], typing.params["fr"]) == ("VI", "III")
    assert [(t.kind, t.params["language"], t.params["min_level"]) for t in typing.also] == [
        ("language", "ar", "IV")
    ]


# --- Lists that were lost ----------------------------------------------------------------------


def test_required_and_preferred_headings_with_arrow_items() -> None:
    text = NOTICE_TOP + (
        "REQUIRED (ESSENTIAL) QUALIFICATIONS\n"
        " > Minimum 5 years experience in training management.\n"
        " > University degree in education.\n\n"
        "PREFERRED (DESIRABLE) QUALIFICATIONS\n"
        " > Master's degree in education.\n\n"
        "Only nationals of NATO member nations may apply.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["experience", "education"]
    assert [c.text.en for c in vacancy.desirable] == ["Master's degree in education"]


def test_a_table_with_an_e_d_column_is_the_lists() -> None:
    text = NOTICE_TOP + (
        "REQUIREMENTS (E = Essential, D = Desirable)\n\n"
        "| No | Requirement                                  | E/D |\n"
        "|----|----------------------------------------------|-----|\n"
        "| 1  | Higher secondary education with a diploma in |  E  |\n"
        "|    | surveying or cartography                     |     |\n"
        "| 2  | Valid driving licence (category B)           |  E  |\n"
        "| 3  | Esri Technical Certification (ArcGIS Pro)    |  D  |\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    vacancy = imported(text)
    essential = vacancy.essential[1:]
    assert [c.kind for c in essential] == ["education", "driving_licence"]
    assert essential[0].text.en.endswith("in surveying or cartography")
    assert [c.kind for c in vacancy.desirable] == ["certification"]


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [
        ("Qualifications requises", "Qualifications appréciées"),
        ("CONDITIONS REQUISES", "CONDITIONS SOUHAITABLES"),
        ("Ce que nous attendons de vous :", "Ce qui ferait la différence :"),
        ("Compétences et expérience exigées", "Atouts"),
        ("Qualifications et expérience requises", "Qualifications et expérience souhaitées"),
        ("Exigences du poste :", "Atouts supplémentaires :"),
        ("Profil recherché :", "Éléments appréciés"),
        ("What you bring", "What would set you apart"),
    ],
)
def test_french_list_headings(essential: str, desirable: str) -> None:
    text = NOTICE_TOP + (
        f"{essential}\n- Diplôme universitaire en gestion ;\n- Permis de conduire de catégorie B.\n"
        f"\n{desirable}\n- Connaissance de la langue italienne.\n\n"
        "Le poste est ouvert aux ressortissants des pays membres de l'OTAN.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "driving_licence"]
    assert [(c.kind, c.language) for c in vacancy.desirable] == [("language", "it")]  # type: ignore[union-attr]


def test_a_quoted_list_keeps_its_first_item() -> None:
    essential = _essential(
        "L'avis précise que le/la candidat(e) doit notamment :\n"
        "« – être titulaire d'un diplôme de l'enseignement secondaire supérieur ;\n"
        "– justifier d'au moins 2 ans d'expérience en comptabilité. »\n\n"
        "Le poste est ouvert aux ressortissants des pays membres de l'OTAN.\n"
    )
    assert [c.kind for c in essential] == ["education", "experience"]
    assert essential[0].min_level == "higher_secondary"  # type: ignore[union-attr]


def test_a_footer_under_a_rule_of_underscores_does_not_cut_a_bullet() -> None:
    text = NOTICE_TOP + (
        "ESSENTIEL\nLe/La titulaire doit :\n"
        " - avoir achevé des études secondaires ;\n"
        " - être disposé(e) à travailler selon des horaires irréguliers, la nuit, les\n\n"
        "Secrétariat international de l'OTAN – 271317                      Page 1 sur 2\n"
        "____________________________________________________________________\n\n"
        "   week-ends et les jours fériés.\n"
    )
    availability = imported(text).essential[2]
    assert availability.needs == [  # type: ignore[union-attr]
        "outside_office_hours",
        "nights",
        "weekends",
        "holidays",
    ]


def test_interleaved_bilingual_bullets_give_each_requirement_once() -> None:
    essential = _essential(
        "ESSENTIEL / ESSENTIAL\n\nLe/La titulaire doit :\nThe incumbent must:\n\n"
        "• posséder un diplôme universitaire en finance ;\n"
        "• possess a university degree in finance;\n\n"
        "• avoir au moins 4 ans d'expérience dans la gestion budgétaire ;\n"
        "• have at least 4 years' experience in budget management;\n\n"
        "Please note that we can only accept applications from nationals of NATO member "
        "countries.\n"
    )
    assert [c.kind for c in essential] == ["education", "experience"]
    assert essential[0].text.en == "possess a university degree in finance"
    assert essential[0].text.fr == "posséder un diplôme universitaire en finance"


def test_needs_under_special_requirements_before_the_lists() -> None:
    text = NOTICE_TOP + (
        "4. SPECIAL REQUIREMENTS\n"
        "4.1 Works outside normal office hours when required, including weekends.\n"
        "4.2 Deploys to exercises and operations for up to 4 weeks at a time.\n\n"
        "5. QUALIFICATIONS\n5.1 Essential\n5.1.1 A university degree in communication.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    needs = [c.needs for c in imported(text).essential if c.kind == "availability"]  # type: ignore[union-attr]
    assert needs == [["outside_office_hours", "weekends"], ["travel"]]


# --- Header ------------------------------------------------------------------------------------


def test_french_labels_and_dot_leaders() -> None:
    text = (
        "Centre pour la recherche et l'expérimentation maritimes (CMRE)\n\n"
        "Intitulé du poste .......... Technicien(ne) en électronique marine\n"
        "Numéro de l'avis ........... CMRE 27/ENG/03\n"
        "Grade ...................... B4\n"
        "Date limite ................ 31/01/2027\n"
        "Cote de sécurité ........... OTAN CONFIDENTIEL\n\n"
        "Compétences et expérience exigées\n  – permis de conduire de catégorie B.\n"
    )
    vacancy = imported(text)
    assert vacancy.reference == "CMRE-27-ENG-03"
    assert vacancy.title.fr == "Technicien(ne) en électronique marine"
    assert vacancy.clearance is not None and vacancy.clearance.value == "NC"
    assert "CMRE" in vacancy.nato_body


def test_a_header_on_one_joined_line() -> None:
    text = (
        "HEADQUARTERS SUPREME ALLIED COMMANDER TRANSFORMATION\n\n"
        "ACT 27-031 | G18 | COSMIC TOP SECRET | Closing date 30 April 2027\n\n"
        "POST TITLE: Principal Officer\n\n"
        "ESSENTIAL QUALIFICATIONS\n- A university degree.\n"
    )
    vacancy = imported(text)
    assert (vacancy.reference, str(vacancy.grade)) == ("ACT-27-031", "G18")
    assert vacancy.clearance is not None and vacancy.clearance.value == "CTS"


def test_an_e_mail_s_quoting_is_not_a_list_of_arrow_bullets() -> None:
    text = (
        "Dear colleagues, please see the notice below.\n\n"
        "> Title: Technician\n> NATO Grade: G7\n>\n> ESSENTIAL\n> - A university degree.\n"
        ">\n> Open to nationals of NATO member nations.\n\n"
        "Kind regards,\nThe HR office\nBrussels\nBelgium\nPhone\nFax\nWeb\nMail\n"
    )
    essential = imported(text).essential[1:]
    assert [(c.kind, c.text.en) for c in essential] == [("education", "A university degree")]


def test_an_eligible_nations_sentence_is_the_notice_s_own_rule() -> None:
    text = NOTICE_TOP + (
        "ESSENTIAL\n- A university degree.\n\nREMARKS\n"
        "The following NATO nations are eligible: all 32 NATO member nations.\n"
    )
    nationality = imported(text).essential[0]
    assert (
        nationality.text.en
        == "The following NATO nations are eligible: all 32 NATO member nations."
    )
    assert "nationality_not_found" not in {item.code for item in imported(text).review}


def test_lettered_part_labels_and_outline_numbers_stay_out_of_the_items() -> None:
    essential = _essential(
        "Essential Qualifications\n\na. Professional/Experience\n\n"
        "- Knowledge of Windows and Linux operating system security.\n\n"
        "b. Education/Training\n\n- Bachelor's degree in computer science.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [c.text.en for c in essential] == [
        "Knowledge of Windows and Linux operating system security",
        "Bachelor's degree in computer science",
    ]
    outlined = _essential(
        "5. QUALIFICATIONS\n5.1 Essential\n5.1.1 At least 5 years experience in journalism.\n"
        "5.1.2 University degree in communication.\n\nOpen to nationals of NATO member nations.\n"
    )
    assert [c.text.en for c in outlined] == [
        "At least 5 years experience in journalism",
        "University degree in communication",
    ]


def test_french_location_and_salary_labels() -> None:
    text = (
        "Intitulé : Analyste\nRéférence : 271999\nGrade : G15\nLieu : Bruxelles (Belgique)\n"
        "Traitement mensuel de base : 7 123,45 EUR\nDate de clôture : 15 janvier 2027\n\n"
        "ACQUIS ESSENTIELS\n- posséder un diplôme universitaire ;\n"
    )
    vacancy = imported(text)
    assert vacancy.location == "Bruxelles (Belgique)"
    assert vacancy.salary is not None
    assert (vacancy.salary.amount, vacancy.salary.currency) == (7123.45, "EUR")


@pytest.mark.parametrize(
    ("text", "kind", "params"),
    [
        (
            "diplôme d'études supérieures (bac+5) en relations internationales",
            "education",
            {"min_level": "master"},
        ),
        ("Bac+2 en comptabilité", "education", {"min_level": "higher_secondary"}),
        ("réussir un test de tir annuel", "firearms", {"shooting_test": True}),
        (
            "certificat de secourisme en cours de validité",
            "certification",
            {"any_of": ["secourisme"]},
        ),
        (
            "être disposé(e) à travailler en équipes alternantes (3x8)",
            "availability",
            {"needs": ["shifts"]},
        ),
        # Teamwork, not shifts.
        ("être disposé(e) à travailler en équipe", "statement", {}),
    ],
)
def test_more_french_requirement_words(text: str, kind: str, params: dict[str, object]) -> None:
    typing = recognize(text, "fr")
    assert typing.kind == kind
    assert {key: typing.params[key] for key in params} == params
