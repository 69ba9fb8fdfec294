"""The fifty-first blind batch's misses (structured qualifications in English, French and
bilingual copies): requirements said to the reader in the present, wishes said as "considered
favourably", a sentence wrapped before capitals, and the paragraphs after a requirement
paragraph; each with further forms of the same cause."""

from __future__ import annotations

import pytest

from screener.importer.text_cleanup import join_wrapped
from tests.importer.importer_support import NOTICE_TOP, imported, list_texts


def _kinds(text: str) -> tuple[list[str], list[str]]:
    vacancy = imported(text)
    return [c.kind for c in vacancy.essential[1:]], [c.kind for c in vacancy.desirable]


@pytest.mark.parametrize(
    "paragraph",
    [
        "You have completed compulsory (lower secondary) education and you hold a valid driving"
        " licence category B. You have at least 2 years' experience as a professional driver."
        " You are willing to work weekends when the schedule demands it.",
        "You hold a valid driving licence category B. You have a minimum of 2 years of"
        " experience as a driver, and you have completed lower secondary education. You are"
        " available to work weekends.",
        "You possess a driving licence category B and you have 2 years of experience as a"
        " driver. You have completed lower secondary education. You are prepared to work at"
        " weekends.",
    ],
)
def test_a_profile_said_to_the_reader_in_the_present_is_read(paragraph: str) -> None:
    text = NOTICE_TOP + "What we are looking for\n" + paragraph + "\n\nHow to apply\nOnline.\n"
    essential, desirable = _kinds(text)
    assert sorted(essential) == ["availability", "driving_licence", "education", "experience"]
    assert desirable == []


def test_the_opportunity_a_post_gives_the_reader_opens_no_requirement() -> None:
    text = (
        NOTICE_TOP
        + "What we offer\nYou have the opportunity to work in an international team. You have"
        " access to training.\n"
    )
    assert list_texts(text) == ([], [])


@pytest.mark.parametrize(
    "wish",
    [
        "It would be an advantage if you hold a category D licence, have completed a defensive"
        " driving course, or have a good knowledge of the road network around Madrid.",
        "It would be an asset if you hold a category D licence, have completed a defensive"
        " driving course and have a good knowledge of the road network around Madrid.",
        "Ideally you hold a category D licence, have completed a defensive driving course, and"
        " have a good knowledge of the road network around Madrid, which would be an advantage.",
    ],
)
def test_each_verb_of_a_wished_profile_is_a_desirable_of_its_own(wish: str) -> None:
    text = (
        NOTICE_TOP
        + "What we are looking for\nYou hold a driving licence category B. You have at least 2"
        " years of experience as a driver.\n\n" + wish + "\n"
    )
    _, desirable = list_texts(text)
    assert len(desirable) == 3, desirable
    assert "category D" in desirable[0] and "road network" in desirable[2]


@pytest.mark.parametrize(
    ("paragraph", "wished"),
    [
        (
            "Experience with SAP would be an advantage. Knowledge of NATO common funding rules"
            " would also be considered favourably.",
            "Knowledge of NATO common funding rules would also be considered favourably",
        ),
        (
            "Experience with SAP would be an advantage. A qualification in accounting will also"
            " be viewed favourably.",
            "A qualification in accounting will also be viewed favourably",
        ),
        (
            "Experience with SAP would be an advantage. Knowledge of IPSAS would also be"
            " considered an asset.",
            "Knowledge of IPSAS would also be considered an asset",
        ),
    ],
)
def test_a_sentence_considered_favourably_is_a_wish_of_its_own(paragraph: str, wished: str) -> None:
    text = (
        NOTICE_TOP
        + "Requirements\nThe successful candidate will hold a university degree in finance. He"
        " or she must have a minimum of 5 years of experience in budgeting.\n\n" + paragraph + "\n"
    )
    _, desirable = list_texts(text)
    assert desirable[-1] == wished, desirable


def test_a_french_sentence_considered_favourably_is_a_wish_of_its_own() -> None:
    text = (
        "Intitulé : Analyste\nGrade : G14\nDate limite : 1 mars 2027\n\n"
        "Profil recherché\nLe candidat retenu sera titulaire d'un diplôme universitaire en"
        " finance. Il doit avoir au moins cinq ans d'expérience en gestion budgétaire.\n\n"
        "Une expérience de SAP serait un atout. Une connaissance des règles de financement"
        " commun sera également considérée favorablement.\n"
    )
    vacancy = imported(text)
    assert [c.text.fr for c in vacancy.desirable][-1].startswith("Une connaissance des règles")


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["The candidate must have a good command of English, equivalent to", "NATO SLP 3333."],
            "The candidate must have a good command of English, equivalent to NATO SLP 3333.",
        ),
        (
            ["He or she must hold a security clearance at the level of", "NATO SECRET."],
            "He or she must hold a security clearance at the level of NATO SECRET.",
        ),
        (
            ["Le candidat doit avoir une bonne maîtrise de l'anglais, équivalente au", "SLP 3333."],
            "Le candidat doit avoir une bonne maîtrise de l'anglais, équivalente au SLP 3333.",
        ),
    ],
)
def test_a_sentence_wrapped_before_capitals_that_end_it_goes_on(
    lines: list[str], joined: str
) -> None:
    assert join_wrapped(lines) == [joined]


def test_a_heading_in_capitals_under_an_open_line_stays_apart() -> None:
    lines = ["The post holder reports to the head of the section in", "QUALIFICATIONS"]
    assert join_wrapped(lines) == lines


@pytest.mark.parametrize(
    ("wrapped", "title"),
    [
        ("A good level of French (SLP 2222) is\ndesirable.", "Attributes"),
        ("A good level of French (SLP 2222) is\ndesirable.", "Personal qualities"),
        ("Some knowledge of French would be an\nasset.", "Attributes"),
    ],
)
def test_paragraphs_after_the_requirements_go_on_under_a_wrapped_label_and_attributes(
    wrapped: str, title: str
) -> None:
    text = (
        NOTICE_TOP
        + "Requirements\nThe successful candidate will hold a university degree in finance. He"
        " or she must have a minimum of 5 years of experience in budgeting.\n\n"
        + "Experience with SAP would be an advantage. "
        + wrapped
        + f"\n\n{title}\nThe incumbent must be able to work under pressure, which may require"
        " work outside normal office hours.\n\nContract: 3 years.\n"
    )
    essential, desirable = list_texts(text)
    assert "French" in desirable[-1] and desirable[-1].endswith(("desirable", "asset")), desirable
    assert essential[-1].endswith("outside normal office hours"), essential


_FR_TOP = "Intitulé : Assistant(e)\nGrade : G7\nDate limite : 1 mars 2027\n\n"


@pytest.mark.parametrize("group", ["Compétences linguistiques", "Langues / Languages", "Langues :"])
@pytest.mark.parametrize("assets", ["Autres atouts", "Atouts supplémentaires", "Atouts"])
def test_a_french_languages_block_and_other_assets_after_the_list_are_read(
    group: str, assets: str
) -> None:
    text = (
        _FR_TOP
        + "Qualifications et expérience requises\n"
        + "- Diplôme de fin d'études secondaires ;\n"
        + "- Au moins 4 ans d'expérience dans un poste d'assistant(e) ;\n\n"
        + f"{group}\n"
        + "- Français : niveau IV ;\n"
        + "- Anglais : niveau IV.\n\n"
        + f"{assets}\n"
        + "- Connaissance de SharePoint souhaitable ;\n"
        + "- Notions de terminologie médicale.\n"
    )
    vacancy = imported(text)
    essential = [c.text.fr for c in vacancy.essential[1:]]
    assert [e.split()[0] for e in essential] == ["Diplôme", "Au", "Français", "Anglais"]
    assert [c.text.fr.split()[0] for c in vacancy.desirable] == ["Connaissance", "Notions"]


@pytest.mark.parametrize(
    ("section", "needs"),
    [
        ("Conditions : déplacements fréquents en Europe et en Amérique du Nord.", ["travel"]),
        (
            "Conditions particulières : déplacements occasionnels (environ 4 par an) pour les"
            " réunions du Panel.",
            ["travel"],
        ),
        ("Conditions particulières : de fréquents déplacements à l'étranger.", ["travel"]),
        (
            "SPECIAL REQUIREMENTS\n1. Working hours: during exercises the incumbent will work"
            " extended\nhours and weekends.",
            ["outside_office_hours", "weekends"],
        ),
        (
            "Special requirements: the post holder will be required to work shifts and weekends.",
            ["shifts", "weekends"],
        ),
    ],
)
def test_travel_and_hours_stated_after_the_lists_are_required(
    section: str, needs: list[str]
) -> None:
    text = (
        NOTICE_TOP
        + "Essential\n- A university degree in law.\n- 5 years of experience in contracts.\n\n"
        + "Desirable\n- Knowledge of German.\n\n"
        + section
        + "\n\nHow to apply\nOnline.\n"
    )
    vacancy = imported(text)
    found = [c for c in vacancy.essential if c.kind == "availability"]
    assert [sorted(n.value for n in c.needs) for c in found] == [needs]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "special",
    [
        "4. SPECIAL REQUIREMENTS.\na. The incumbent must be medically fit to handle loads of up"
        " to 25 kg.\nb. The incumbent will be required to work shifts, including weekends.",
        "Special requirements\n- The incumbent must be physically fit to climb ladders and"
        " masts.\n- Must be prepared to work shifts, including weekends.",
        "Exigences particulières\n- Le titulaire doit être médicalement apte au port de charges"
        " de 25 kg.\n- Le titulaire doit accepter de travailler en équipes, y compris les"
        " week-ends.",
    ],
)
def test_a_medical_fitness_under_special_requirements_is_required(special: str) -> None:
    text = (
        NOTICE_TOP
        + "Essential\n- Secondary education.\n- 2 years of experience in a warehouse.\n\n"
        + "Desirable\n- Knowledge of SAP.\n\n"
        + special
        + "\n\nHow to apply\nOnline.\n"
    )
    vacancy = imported(text)
    texts = [(c.text.en or c.text.fr) for c in vacancy.essential[1:]]
    assert any("fit" in t or "apte" in t for t in texts), texts
    assert any(c.kind == "availability" for c in vacancy.essential), texts


_ITEMS_BOTH = (
    "a) être titulaire d'un diplôme universitaire en droit / hold a university degree in law;\n"
    "b) justifier d'au moins 7 ans d'expérience en droit international / have at least 7 years'"
    " experience in international law;\n"
    "c) anglais niveau SLP 3333 / English SLP 3333.\n\n"
)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Le/la titulaire devra / The incumbent must:",
        "Le titulaire devra / The incumbent must:",
        "The incumbent must / Le/la titulaire devra :",
        "Les candidats devront / Candidates must:",
    ],
)
@pytest.mark.parametrize(
    ("wish", "marks"),
    [
        ("Atouts / Desirable:", ("i)", "ii)")),
        ("Atouts / Desirable:", ("a)", "b)")),
        ("Desirable / Atouts :", ("1.", "2.")),
    ],
)
def test_a_bilingual_lead_in_in_the_future_over_items_in_both_languages(
    lead_in: str, wish: str, marks: tuple[str, str]
) -> None:
    text = (
        "Poste / Post : Conseiller / Adviser\nGrade : A3\nDate limite / Deadline : 14 janvier"
        " 2027 / 14 January 2027\n\nProfil recherché / Required profile\n\n"
        + f"{lead_in}\n{_ITEMS_BOTH}{wish}\n"
        + f"{marks[0]} la connaissance de l'arabe serait un atout / knowledge of Arabic would be"
        " an asset;\n"
        + f"{marks[1]} de préférence, une expérience de l'OTAN / preferably, experience of NATO.\n"
    )
    vacancy = imported(text)
    essential = vacancy.essential[1:]
    assert [c.kind for c in essential] == ["education", "experience", "language_profile"]
    assert essential[0].text.en.startswith("hold a university degree")
    assert essential[0].text.fr.startswith("être titulaire")
    assert [c.text.en.split()[0] for c in vacancy.desirable] == ["knowledge", "preferably,"]
    assert vacancy.desirable[0].text.fr.startswith("la connaissance de l'arabe")


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("disponibilité pour travailler le week-end", "availability to work weekends"),
        ("disponibilité pour travailler les week-ends", "available to work at weekends"),
        ("être disponible pour travailler le week-end", "available for weekend work"),
    ],
)
def test_availability_in_a_bilingual_conditions_paragraph_is_one_requirement(
    fr: str, en: str
) -> None:
    text = (
        "Poste / Post : Conseiller / Adviser\nGrade : A3\nDate limite / Deadline : 14 janvier"
        " 2027 / 14 January 2027\n\nProfil recherché / Required profile\n\n"
        + f"Le/la titulaire devra / The incumbent must:\n{_ITEMS_BOTH}"
        + f"Conditions : affectation de 12 mois, non accompagnée ; {fr}.\n"
        + f"Conditions: 12-month unaccompanied assignment; {en}.\n"
    )
    vacancy = imported(text)
    found = [c for c in vacancy.essential if c.kind == "availability"]
    assert len(found) == 1, [c.text for c in vacancy.essential]
    assert found[0].text.en == en and found[0].text.fr == fr


@pytest.mark.parametrize(
    ("line", "needs"),
    [
        (
            "Working pattern: shift work, including nights, weekends and public holidays.",
            ["holidays", "nights", "shifts", "weekends"],
        ),
        ("Working hours: shift work, including nights.", ["nights", "shifts"]),
        ("Hours of work: weekends and public holidays on a rota.", ["holidays", "weekends"]),
        ("Horaires de travail : travail posté, y compris la nuit et le week-end.", None),
    ],
)
def test_a_labelled_working_pattern_is_availability(line: str, needs: list[str] | None) -> None:
    from screener.importer.recognizers import recognize

    lang = "fr" if line.startswith("Horaires") else "en"
    typing = recognize(line, lang)
    assert typing.kind == "availability"
    if needs is not None:
        assert sorted(str(n.value) for n in typing.params["needs"]) == needs  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("paragraph", "kinds"),
    [
        (
            "Experience on the E-3A or Boeing 707 airframe specifically; a German driving"
            " licence (category B) for access to the flight line; knowledge of German at SLP"
            " 2222.",
            ["statement", "driving_licence", "language_profile"],
        ),
        (
            "Experience with SAP warehouse modules; a driving licence category C; Italian at"
            " SLP 2222.",
            ["statement", "driving_licence", "language_profile"],
        ),
        (
            "Knowledge of German at SLP 2222; a master's degree in engineering; experience of"
            " NATO procurement.",
            ["language_profile", "education", "statement"],
        ),
    ],
)
def test_a_desirable_list_written_as_one_sentence_of_semicolons_is_split(
    paragraph: str, kinds: list[str]
) -> None:
    text = (
        NOTICE_TOP
        + "Essential requirements\n- A university degree in engineering.\n"
        + "- 5 years of experience in avionics maintenance.\n\n"
        + f"Desirable requirements\n{paragraph}\n\nHow to apply\nOnline.\n"
    )
    _, desirable = _kinds(text)
    assert desirable == kinds


def test_a_bullet_of_sentences_with_a_semicolon_inside_stays_whole() -> None:
    text = (
        NOTICE_TOP
        + "Essential requirements\n- A university degree in computer science and at least 8"
        " years of experience. Exceptionally, the lack of a degree may be compensated by"
        " particular abilities; that is, at least 12 years of progressive expertise.\n"
        + "- A current CISSP certification.\n\n"
        + "Desirable requirements\n- A master's degree in information security.\n"
    )
    essential, _ = list_texts(text)
    assert all(item.startswith("A ") for item in essential), essential


@pytest.mark.parametrize(
    ("bullet", "lang", "level"),
    [
        ("Diplôme de fin d'études secondaires", "fr", "higher_secondary"),
        ("Un diplôme de fin d'études secondaires ou équivalent", "fr", "higher_secondary"),
        ("Secondary school leaving certificate", "en", "higher_secondary"),
        ("A secondary leaving diploma or equivalent", "en", "higher_secondary"),
        # Canada's high-school diploma, read at secondary as its testers do.
        ("Diplôme d'études secondaires", "fr", "secondary"),
        ("Completed secondary education", "en", "secondary"),
    ],
)
def test_the_diploma_that_completes_secondary_school_is_higher_secondary(
    bullet: str, lang: str, level: str
) -> None:
    from screener.importer.recognizers import recognize

    typing = recognize(bullet, lang)  # type: ignore[arg-type]
    assert typing.kind == "education"
    assert str(typing.params["min_level"].value) == level  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("CIVILIAN VACANCY – DRIVER / MESSENGER", "Driver / Messenger"),
        ("Civilian Vacancy - Budget Analyst", "Budget Analyst"),
        ("Vacancy notice: Budget Officer", "Budget Officer"),
        ("Avis de vacance : Analyste budgétaire", "Analyste budgétaire"),
        ("VACANCE CIVILE – CHAUFFEUR / COURSIER", "Chauffeur / Coursier"),
    ],
)
def test_what_the_page_is_before_the_title_is_no_part_of_it(line: str, title: str) -> None:
    from screener.importer.header_titles import strip_title_prefix

    assert strip_title_prefix(line).lower() == title.lower()


@pytest.mark.parametrize(
    ("banner", "labels", "title"),
    [
        (
            "CIVILIAN VACANCY – DRIVER / MESSENGER",
            "Reference: CAOC TJ 27-001\nGrade: G3\nClosing date for applications: 20 January 2027",
            "Driver / Messenger",
        ),
        (
            "VACANCE CIVILE – CHAUFFEUR / COURSIER",
            "Référence : CAOC TJ 27-002\nGrade : G3\nDate limite : 20 janvier 2027",
            "Chauffeur / Coursier",
        ),
    ],
)
def test_a_civilian_vacancy_line_over_the_facts_gives_the_title(
    banner: str, labels: str, title: str
) -> None:
    text = (
        "Combined Air Operations Centre Torrejón (CAOC TJ)\n\n"
        f"{banner}\n{labels}\n\n"
        "Essential\n- Lower secondary education.\n- A driving licence category B.\n"
    )
    assert imported(text).title.en == title


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("English and French: SLP 4444 in one and 3333 in the other.", "en"),
        ("Anglais et français : niveau SLP 4444 dans l'une et 3333 dans l'autre.", "fr"),
        ("SLP 3333 in one official language and 2222 in the other", "en"),
        ("Anglais ou français : SLP 3333 dans l'un et SLP 2222 dans l'autre", "fr"),
    ],
)
def test_profiles_in_one_language_and_the_other_ask_no_profile_of_either(
    line: str, lang: str
) -> None:
    from screener.importer.recognizers import recognize

    typing = recognize(line, lang)  # type: ignore[arg-type]
    assert typing.kind == "statement" and not typing.also


def test_a_profile_per_language_is_still_one_criterion_each() -> None:
    from screener.importer.recognizers import recognize

    typing = recognize("English: SLP 3333; French: SLP 2222.", "en")
    asked = [typing, *typing.also]
    assert [(t.params["language"], t.params["profile"]) for t in asked] == [
        ("en", "3333"),
        ("fr", "2222"),
    ]


@pytest.mark.parametrize(
    "items",
    [
        [
            "Secondary education, and",
            "a vocational qualification in logistics, or",
            "2 additional years of warehouse experience in lieu thereof",
        ],
        ["A degree in law, or", "10 years of legal experience in lieu of the degree"],
        ["Un diplôme en droit, ou", "10 ans d'expérience juridique à la place du diplôme"],
    ],
)
def test_an_item_ending_on_or_goes_on_with_a_figure(items: list[str]) -> None:
    from screener.importer.item_halves import joined_halves

    assert joined_halves(items) == [" ".join(items)]


def test_an_item_ending_its_sentence_stays_apart_from_a_figure() -> None:
    from screener.importer.item_halves import joined_halves

    items = ["A degree in law.", "5 years of experience in contracts."]
    assert joined_halves(items) == items


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        (
            "Vous avez achevé la scolarité obligatoire et vous êtes titulaire d'un permis de"
            " conduire de catégorie B. Vous avez au moins 2 ans d'expérience comme chauffeur.",
            3,
        ),
        (
            "Vous êtes titulaire d'un permis de conduire de catégorie B et vous avez au moins 2"
            " ans d'expérience comme chauffeur. Vous êtes disponible le week-end.",
            3,
        ),
        (
            "Vous possédez un permis de conduire de catégorie B. Vous avez au moins 2 ans"
            " d'expérience comme chauffeur et vous maîtrisez l'espagnol.",
            3,
        ),
    ],
)
def test_a_french_profile_said_to_the_reader_gives_one_requirement_per_verb(
    paragraph: str, parts: int
) -> None:
    text = _FR_TOP + "Ce que nous recherchons\n" + paragraph + "\n"
    vacancy = imported(text)
    assert len(vacancy.essential[1:]) == parts, [c.text.fr for c in vacancy.essential]


@pytest.mark.parametrize(
    "wish",
    [
        "Ce serait un atout si vous êtes titulaire d'un permis D ou si vous avez suivi un cours"
        " de conduite défensive.",
        "It would be an advantage if you hold a category D licence or if you have completed a"
        " defensive driving course.",
        "It would be an asset if you speak Spanish and if you have completed a defensive driving"
        " course.",
    ],
)
def test_each_if_of_a_wish_is_a_desirable_of_its_own(wish: str) -> None:
    text = (
        _FR_TOP
        + "Ce que nous recherchons\nVous êtes titulaire d'un permis de conduire de catégorie B."
        " Vous avez au moins 2 ans d'expérience comme chauffeur.\n\n" + wish + "\n"
    )
    assert len(imported(text).desirable) == 2
