"""The thirty-sixth and thirty-seventh blind batches' typing misses, each with further wordings
of the same cause: a degree named with its abbreviation read as a certificate ("Bachelor's
degree in Nursing (BSN)"), a certificate named by what it makes its holder ("Certificate as
authorised low-voltage installer") kept as a statement, a two-letter licence named bare ("RN"),
a duty roster not read as on call, and a licence category the candidate may obtain later read
as required."""

from __future__ import annotations

import pytest

from screener.domain.criteria import AvailabilityNeed as Need
from screener.domain.scales import EducationLevel as Edu
from screener.domain.scales import LanguageLevel as Level
from screener.importer.recognizers import recognize


@pytest.mark.parametrize(
    ("text", "lang", "level"),
    [
        (
            "Bachelor's degree in Nursing (BSN) from an accredited school of nursing.",
            "en",
            Edu.BACHELOR,
        ),
        ("A Master's degree in Nursing (MSN) from an accredited university.", "en", Edu.MASTER),
        ("BSN from an accredited school of nursing.", "en", Edu.BACHELOR),
        (
            "Bachelor's degree (BSc or BEng) in electrical engineering from an accredited institution.",
            "en",
            Edu.BACHELOR,
        ),
        (
            "A university degree from an accredited university in Law (LLB or LLM).",
            "en",
            Edu.BACHELOR,
        ),
        ("BA (Hons) in Translation or Modern Languages.", "en", Edu.BACHELOR),
        ("Licence (L3) en langues étrangères appliquées.", "fr", Edu.BACHELOR),
        ("Master 2 (M2) en droit international ou diplôme équivalent.", "fr", Edu.MASTER),
    ],
)
def test_a_degree_named_with_its_abbreviation_is_education(
    text: str, lang: str, level: Edu
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "education"
    assert typing.params["min_level"] == level


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Certified Scrum Master (CSM) or PSM.", ["CSM", "PSM"]),
        ("Airline Transport Pilot Licence (ATPL).", ["ATPL"]),
        ("Degree in IT security or a certification (CISSP).", ["CISSP"]),
    ],
)
def test_a_certificate_in_brackets_is_not_taken_for_a_degree(text: str, names: list[str]) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "certification"
    assert typing.params["any_of"] == names


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Certificate as authorised low-voltage installer issued by a Spanish regional "
            "authority, or equivalent EU certificate.",
            "en",
            "Certificate as authorised low-voltage installer",
        ),
        (
            "Valid certificate of competence as a crane operator.",
            "en",
            "certificate of competence as a crane operator",
        ),
        (
            "Licensed as a gas installation engineer by a national authority of a NATO nation.",
            "en",
            "Licensed as a gas installation engineer",
        ),
        (
            "Registration as a nurse with a national nursing authority of a NATO member country.",
            "en",
            "Registration as a nurse",
        ),
        (
            "Habilitation en tant qu'installateur électricien basse tension.",
            "fr",
            "Habilitation en tant qu'installateur électricien basse tension",
        ),
    ],
)
def test_a_certificate_named_by_what_it_makes_its_holder_is_a_certification(
    text: str, lang: str, name: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "certification"
    assert typing.params["any_of"] == [name]


def test_a_degree_with_a_registration_stays_the_degree() -> None:
    typing = recognize(
        "University degree in pharmacy (Master's level), with registration as a pharmacist "
        "in a NATO member nation.",
        "en",
    )
    assert typing.kind == "education"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Current, unrestricted Registered Nurse (RN) license issued by a NATO nation.",
            "Registered Nurse (RN)",
        ),
        ("Valid Professional Engineer (PE) licence.", "Professional Engineer (PE)"),
        # Three letters and more name the certificate well enough.
        ("Current Basic Life Support (BLS) certification.", "BLS"),
    ],
)
def test_a_two_letter_licence_is_named_as_the_notice_spells_it(text: str, name: str) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "certification"
    assert typing.params["any_of"] == [name]


@pytest.mark.parametrize(
    ("text", "lang", "needs"),
    [
        (
            "Willingness to perform duties outside normal working hours and to be part of the "
            "duty roster.",
            "en",
            [Need.OUTSIDE_OFFICE_HOURS, Need.ON_CALL],
        ),
        (
            "Participation in the duty roster, including weekends.",
            "en",
            [Need.ON_CALL, Need.WEEKENDS],
        ),
        ("Takes part in the on-call roster for infrastructure failures.", "en", [Need.ON_CALL]),
        ("Be prepared to serve on the duty officer rota.", "en", [Need.ON_CALL]),
        ("Willingness to join the standby rota.", "en", [Need.ON_CALL]),
        ("Accepter de participer au service de garde.", "fr", [Need.ON_CALL]),
        ("Willingness to work on a 24/7 watch roster.", "en", [Need.SHIFTS]),
        # A shift worker's duty roster is the shift plan, not an on-call rota.
        ("Willingness to work on the 24/7 duty roster.", "en", [Need.SHIFTS]),
        ("Be prepared to work in shifts according to the duty roster.", "en", [Need.SHIFTS]),
    ],
)
def test_a_duty_roster_is_on_call(text: str, lang: str, needs: list[Need]) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "availability"
    assert typing.params["needs"] == needs


@pytest.mark.parametrize(
    "text",
    [
        "Occasional work outside normal duty hours to support visiting delegations",
        "Willingness to work beyond normal duty hours when required.",
        "Availability outside core hours during exercises.",
    ],
)
def test_work_outside_duty_or_core_hours_is_outside_office_hours(text: str) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "availability"
    assert typing.params["needs"] == [Need.OUTSIDE_OFFICE_HOURS]


def test_organising_the_roster_is_no_availability() -> None:
    assert recognize("Prepares the duty roster of the section.", "en").kind == "statement"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Valid driving licence category B; category C, or the willingness to obtain it "
            "within 12 months of appointment.",
            "en",
        ),
        (
            "Driving licence category B and category C (or be willing to obtain C within the "
            "first year).",
            "en",
        ),
        (
            "Valid driving licence (B), category C to be obtained within 6 months of taking up "
            "the post.",
            "en",
        ),
        (
            "Permis de conduire catégorie B ; catégorie C ou s'engager à l'obtenir dans les 12 mois.",
            "fr",
        ),
    ],
)
def test_a_licence_category_to_obtain_later_is_not_required(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "driving_licence"
    assert typing.params["categories"] == ["B"]
    # A person decides whether C counts as desirable: the draft's review list says so.
    assert [n.code for n in typing.notes] == ["licence_to_obtain"]
    assert typing.confidence < 0.7


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Valid driving licence category B, or willingness to obtain it.", ["B"]),
        ("Driving licence categories B and C.", ["B", "C"]),
    ],
)
def test_licence_categories_without_a_later_one_are_all_required(
    text: str, categories: list[str]
) -> None:
    typing = recognize(text, "en")
    assert typing.params["categories"] == categories
    assert not typing.notes


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Current registration with the Nursing and Midwifery Council (NMC).",
            "en",
            "NMC",
        ),
        (
            "Inscription auprès de l'Ordre national des infirmiers.",
            "fr",
            "Inscription auprès de l'Ordre national des infirmiers",
        ),
        (
            "Registered with the Engineering Council as a Chartered Engineer.",
            "en",
            "Registered with the Engineering Council as a Chartered Engineer",
        ),
    ],
)
def test_a_registration_with_a_professional_body_is_a_certification(
    text: str, lang: str, name: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "certification"
    assert typing.params["any_of"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Be registered with the national employment office.",
        "The incumbent will be registered with the Belgian social security.",
    ],
)
def test_a_registration_with_no_professional_body_is_no_certificate(text: str) -> None:
    assert recognize(text, "en").kind == "statement"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("MA in International Relations or a related field.", Edu.MASTER),
        ("BA in English or French.", Edu.BACHELOR),
    ],
)
def test_a_bare_ba_or_ma_in_a_subject_is_a_degree(text: str, level: Edu) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "education"
    assert typing.params["min_level"] == level


@pytest.mark.parametrize(
    ("text", "level", "names"),
    [
        (
            "Bachelor of Science in Nursing (BSN) and a current Registered Nurse licence.",
            Edu.BACHELOR,
            ["Registered Nurse"],
        ),
        ("A degree in law and a valid bar admission certificate.", Edu.BACHELOR, ["bar admission"]),
        (
            "A university degree in electrical engineering and a valid BA4/BA5 electrical "
            "habilitation.",
            Edu.BACHELOR,
            ["BA4", "BA5"],
        ),
        (
            "Higher secondary education and a valid first aid certificate.",
            Edu.HIGHER_SECONDARY,
            ["first aid"],
        ),
        (
            "A degree in nursing and registration with the Nursing and Midwifery Council.",
            Edu.BACHELOR,
            ["registration with the Nursing and Midwifery Council"],
        ),
    ],
)
def test_a_licence_asked_beside_a_degree_is_a_criterion_of_its_own(
    text: str, level: Edu, names: list[str]
) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["min_level"]) == ("education", level)
    assert [(also.kind, also.params["any_of"]) for also in typing.also] == [
        ("certification", names)
    ]


def test_a_technical_qualification_beside_a_level_is_no_certificate() -> None:
    typing = recognize(
        "Higher secondary education and a technical qualification in chemistry.", "en"
    )
    assert typing.kind == "education"
    assert typing.also == ()


@pytest.mark.parametrize(
    ("text", "lang", "native", "other", "flagged"),
    [
        ("English mother tongue and an excellent knowledge of French.", "en", "en", "fr", True),
        ("French mother tongue, with a very good knowledge of English.", "en", "fr", "en", True),
        (
            "English must be the candidate's mother tongue or main language, and he/she must "
            "have an excellent knowledge of French.",
            "en",
            "en",
            "fr",
            True,
        ),
        (
            "Langue maternelle française et très bonne connaissance de l'anglais.",
            "fr",
            "fr",
            "en",
            True,
        ),
        ("English mother tongue and knowledge of French.", "en", "en", "fr", False),
    ],
)
def test_a_mother_tongue_and_the_other_official_language_are_two_criteria(
    text: str, lang: str, native: str, other: str, flagged: bool
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params["language"], typing.params["mother_tongue"]) == (
        "language",
        native,
        True,
    )
    [second] = typing.also
    assert (second.kind, second.params["language"], second.params["min_level"]) == (
        "language",
        other,
        None,
    )
    # "Excellent" says a level the notice does not give: a person checks it.
    assert (second.confidence < 0.7) == flagged


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Valid driving licence category B; category C would be an asset.", "en"),
        ("Permis de conduire B obligatoire, permis C souhaité.", "fr"),
        ("Driving licence category B (category D desirable).", "en"),
        ("Valid driving licence category B. A category C licence would be an advantage.", "en"),
        # A wished category read nowhere else is reported all the same.
        ("Driving licence B; C preferred.", "en"),
        ("Valid driving licence category B, preferably also C.", "en"),
        ("Permis de conduire B, idéalement la catégorie C.", "fr"),
    ],
)
def test_a_licence_category_only_wished_for_is_not_required(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.params["categories"] == ["B"]
    assert [n.code for n in typing.notes] == ["licence_category_wished"]
    assert typing.confidence < 0.7


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Forklift truck licence (counterbalance and reach).", "en", "forklift truck"),
        ("Valid crane operator licence.", "en", "crane operator"),
        ("Titulaire du CACES R489 catégories 3 et 5.", "fr", "CACES R489"),
    ],
)
def test_a_licence_named_by_the_words_before_it_is_a_certification(
    text: str, lang: str, name: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "certification"
    assert typing.params["any_of"] == [name]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Forklift operator licence or the ability to obtain one within 6 months.", "en"),
        (
            "ADR certificate for the transport of dangerous goods, or willingness to obtain it.",
            "en",
        ),
        ("Authorisation as a forklift truck operator (or willingness to obtain it).", "en"),
        ("Certificat SST ou s'engager à l'obtenir dans les six mois.", "fr"),
    ],
)
def test_a_certificate_the_candidate_may_obtain_later_is_declared(text: str, lang: str) -> None:
    # A certification criterion would rule out a candidate the notice lets apply.
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "statement"
    assert [n.code for n in typing.notes] == ["certificate_to_obtain"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('level III ("Intermediate") in the second official language.', "en"),
        ("niveau III (« Intermédiaire ») dans la seconde langue officielle.", "fr"),
        ("A higher level (III) in the other official language would be an advantage.", "en"),
    ],
)
def test_a_level_in_the_second_official_language_is_that_level_in_both(
    text: str, lang: str
) -> None:
    # The second language is the weaker one: at III, both are at III at least.
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "official_languages"
    assert typing.params == {"mode": "both", "level": Level.III}
    assert typing.confidence >= 0.7  # read with confidence: no review item


def test_a_doctorate_and_the_registration_to_practise_are_two_criteria() -> None:
    typing = recognize("Doctorat en médecine et inscription à l'Ordre des médecins.", "fr")
    assert (typing.kind, typing.params["min_level"]) == ("education", Edu.DOCTORATE)
    assert [(also.kind, also.params["any_of"]) for also in typing.also] == [
        ("certification", ["inscription à l'Ordre des médecins"])
    ]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "A degree in nursing and registration with the Nursing and Midwifery Council.",
            "in nursing",
        ),
        ("A university degree in engineering and a valid PMP certification.", "in engineering"),
        ("A university degree in economics and finance.", "in economics and finance"),
    ],
)
def test_a_degrees_field_ends_before_what_else_the_bullet_asks(text: str, field: str) -> None:
    assert recognize(text, "en").params["field"] == field


@pytest.mark.parametrize(
    ("text", "lang", "field"),
    [
        # A list of fields is the field: cut at its first comma, the wizard asked whether the
        # degree was "in political science" alone, and an economist answered no.
        (
            "A university degree in political science, international relations, economics or "
            "engineering.",
            "en",
            "in political science, international relations, economics or engineering",
        ),
        (
            "Bachelor's degree in electrical, electronic or aeronautical engineering.",
            "en",
            "in electrical, electronic or aeronautical engineering",
        ),
        (
            "A degree in computer science, information security or a related discipline and at "
            "least 5 years of experience.",
            "en",
            "in computer science, information security or a related discipline",
        ),
        (
            "A university degree in library or information science, or a university degree in "
            "another discipline complemented by a recognised qualification in librarianship.",
            "en",
            "in library or information science",
        ),
        (
            "A degree in logistics, transport management or a related discipline, or completed "
            "national staff college training.",
            "en",
            "in logistics, transport management or a related discipline",
        ),
        (
            "A postgraduate degree in energy policy or a closely related field would be an "
            "advantage.",
            "en",
            "in energy policy or a closely related field",
        ),
        ("A master's degree in ocean engineering is a plus.", "en", "in ocean engineering"),
        (
            "Diplôme universitaire en finance, comptabilité ou économie.",
            "fr",
            "en finance, comptabilité ou économie",
        ),
        ("Un master en droit international serait un atout.", "fr", "en droit international"),
    ],
)
def test_a_list_of_fields_is_the_field_and_what_follows_it_is_not(
    text: str, lang: str, field: str
) -> None:
    assert recognize(text, lang).params["field"] == field
