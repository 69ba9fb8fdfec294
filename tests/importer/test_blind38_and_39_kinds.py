"""The thirty-eighth and thirty-ninth blind batches' typing misses, each with further wordings
of the same cause: travel named by an abbreviation or a synonym ("TDY travel, up to 25% of
working time") read as a statement; a language given a level per skill ("English - oral level
V, written level IV") read at the higher level with no review item; a mother tongue accepted
instead of a profile lost; a diploma accepted instead of the degree dropped; a registration,
admission to the bar or membership of a professional body kept as a statement while a
registration with a named council was a certification."""

from __future__ import annotations

import pytest

from screener.domain.criteria import AvailabilityNeed as Need
from screener.domain.scales import EducationLevel as Edu
from screener.domain.scales import LanguageLevel as Level
from screener.importer.recognizers import recognize


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ability to undertake TDY travel, up to 25% of working time.", "en"),
        ("Frequent TDYs within the NATO Command Structure.", "en"),
        ("Ability to undertake temporary duty (TDY) assignments of up to 3 weeks.", "en"),
        ("Able to go on missions, up to 20% of the time.", "en"),
        (
            "Must be prepared to perform missions to operational theatres up to 60 days per year.",
            "en",
        ),
        ("Capacity to carry out short missions abroad.", "en"),
        ("Ability to conduct duty visits to subordinate HQs (approx. 20 days a year).", "en"),
        (
            "Être en mesure d'effectuer des missions de courte durée (environ 30 jours par an).",
            "fr",
        ),
        ("Aptitude à partir en mission jusqu'à 40 jours par an.", "fr"),
        ("Déplacements fréquents à prévoir, jusqu'à 25 % du temps de travail.", "fr"),
        ("The position requires frequent travel within Europe.", "en"),
        ("Travel to NATO locations, approx. 6 times a year.", "en"),
        ("Le poste implique des déplacements fréquents.", "fr"),
        ("Être prêt(e) à partir en opération.", "fr"),
        ("Disponibilité pour des déploiements de courte durée.", "fr"),
        ("Aptitude aux projections en opérations extérieures.", "fr"),
    ],
)
def test_travel_named_by_its_abbreviations_and_synonyms_is_travel(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params.get("needs")) == ("availability", [Need.TRAVEL])


@pytest.mark.parametrize(
    "text",
    [
        "Ability to prepare travel claims and budgets.",
        "Knowledge of NATO missions and operations.",
        "Experience in 3 missions abroad.",
    ],
)
def test_travel_paperwork_and_missions_known_are_not_travel(text: str) -> None:
    assert recognize(text, "en").kind != "availability"


@pytest.mark.parametrize(
    ("text", "lang", "levels", "words"),
    [
        (
            'English - oral level V ("Advanced"), written level IV ("Upper intermediate"); '
            'French - I ("Beginner")',
            "en",
            {"en": Level.IV, "fr": Level.I},
            'English - oral level V ("Advanced"), written level IV ("Upper intermediate")',
        ),
        ("English – oral V, written IV", "en", {"en": Level.IV}, "English – oral V, written IV"),
        (
            "English: Listening V, Speaking V, Reading IV, Writing IV.",
            "en",
            {"en": Level.IV},
            "English: Listening V, Speaking V, Reading IV, Writing IV",
        ),
        (
            "Oral English V, written English III; French II",
            "en",
            {"en": Level.III, "fr": Level.II},
            "Oral English V, written English III",
        ),
        (
            "Anglais : niveau V à l'oral, IV à l'écrit ; français : II",
            "fr",
            {"en": Level.IV, "fr": Level.II},
            "Anglais : niveau V à l'oral, IV à l'écrit",
        ),
        # CEFR levels per skill: the notice's words are quoted, not their NATO levels.
        (
            "English: C1 spoken, B2 written",
            "en",
            {"en": Level.IV},
            "English: C1 spoken, B2 written",
        ),
        (
            "Excellent English (NATO level V oral, level IV written) and a working knowledge of "
            "French (level II)",
            "en",
            {"en": Level.IV, "fr": Level.II},
            "Excellent English (NATO level V oral, level IV written)",
        ),
    ],
)
def test_a_level_per_skill_is_screened_at_the_lowest_and_flagged(
    text: str, lang: str, levels: dict[str, Level], words: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "official_languages"
    assert {k: typing.params[k] for k in ("en", "fr") if typing.params.get(k)} == levels
    # The review list quotes the notice's words: a person checks the screening level.
    flags = [n for n in typing.notes if n.code == "skill_levels_lowest"]
    assert [dict(n.values)["words"] for n in flags] == [words]
    assert typing.confidence < 0.7


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("V (oral) and IV (written) in one official language; II in the other", "en"),
        ("V (oral) et IV (écrit) dans l'une des langues officielles ; II dans l'autre", "fr"),
    ],
)
def test_a_level_per_skill_in_one_language_and_one_in_the_other(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.params["mode"], typing.params["one"], typing.params["other"]) == (
        "one_and_other",
        Level.IV,
        Level.II,
    )
    assert [n.code for n in typing.notes] == ["skill_levels_lowest"]


def test_another_language_per_skill_is_at_its_lowest_level() -> None:
    typing = recognize("Italian: oral level IV, written level III.", "en")
    assert (typing.kind, typing.params["language"], typing.params["min_level"]) == (
        "language",
        "it",
        Level.III,
    )
    assert [n.code for n in typing.notes] == ["skill_levels_lowest"]


@pytest.mark.parametrize(
    "text",
    ["English IV (Upper Intermediate); French II", "English: oral and written level IV"],
)
def test_one_level_for_every_skill_is_no_review(text: str) -> None:
    assert not [n for n in recognize(text, "en").notes if n.code == "skill_levels_lowest"]


@pytest.mark.parametrize(
    ("text", "lang", "named"),
    [
        ("Polish: mother tongue or SLP 4444.", "en", "Polish"),
        ("Polonais : langue maternelle ou SLP 4444.", "fr", "Polonais"),
        ("Native speaker of Turkish or STANAG 6001 SLP 3333 in Turkish.", "en", "Turkish"),
        ("Italian: native speaker or STANAG 6001 profile 3333.", "en", "Italian"),
        ("Native or near-native English (SLP 4444).", "en", "English"),
    ],
)
def test_a_mother_tongue_beside_a_profile_is_flagged_for_the_native_speaker(
    text: str, lang: str, named: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "language_profile"
    flags = [n for n in typing.notes if n.code == "mother_tongue_or_profile"]
    assert [dict(n.values)["language"] for n in flags] == [named]
    assert typing.confidence < 0.7


def test_only_the_language_said_to_be_a_mother_tongue_is_flagged() -> None:
    typing = recognize("English SLP 3333; Polish mother tongue or SLP 4444.", "en")
    by_language = {str(t.params["language"]): t for t in (typing, *typing.also)}
    assert {code: t.params["profile"] for code, t in by_language.items()} == {
        "en": "3333",
        "pl": "4444",
    }
    assert "mother_tongue_or_profile" not in [n.code for n in by_language["en"].notes]
    assert "mother_tongue_or_profile" in [n.code for n in by_language["pl"].notes]


def test_the_review_list_says_both_readings_in_both_languages() -> None:
    from screener.importer import import_notice_text
    from screener.importer.review_text import review_message

    notice = (
        "Translator (Polish-English)\nReference: 260001\nGrade: G12\n"
        "Closing date: 01 March 2027\n\nESSENTIAL\nThe incumbent must:\n"
        "- English - oral level V, written level IV; French - I\n"
        "- Polish: mother tongue or SLP 4444\n"
    )
    review = import_notice_text(notice).vacancy.review
    said = {
        lang: " ".join(review_message(item, lang) for item in review).replace("\xa0", " ")
        for lang in ("en", "fr")
    }
    assert "'English - oral level V, written level IV'" in said["en"]
    assert "« English - oral level V, written level IV »" in said["fr"]
    assert "the mother tongue (Polish)" in said["en"]
    assert "la langue maternelle (Polish)" in said["fr"]


@pytest.mark.parametrize(
    ("text", "lang", "level", "words"),
    [
        (
            "A bachelor's degree in nursing or a state-recognised nursing diploma.",
            "en",
            Edu.BACHELOR,
            "state-recognised nursing diploma",
        ),
        (
            "University degree in electrical engineering or a Higher National Diploma (HND).",
            "en",
            Edu.BACHELOR,
            "Higher National Diploma (HND)",
        ),
        (
            "Licence en soins infirmiers ou diplôme d'État d'infirmier.",
            "fr",
            Edu.BACHELOR,
            "diplôme d'État d'infirmier",
        ),
        (
            "Diplôme universitaire de niveau licence ou titre professionnel de niveau équivalent.",
            "fr",
            Edu.BACHELOR,
            "titre professionnel de niveau équivalent",
        ),
        (
            "Diplôme universitaire en comptabilité ou BTS comptabilité et gestion.",
            "fr",
            Edu.BACHELOR,
            "BTS comptabilité et gestion",
        ),
        (
            "A degree in finance, or a recognised professional accountancy qualification "
            "(ACCA, CPA).",
            "en",
            Edu.BACHELOR,
            "recognised professional accountancy qualification (ACCA, CPA)",
        ),
    ],
)
def test_a_qualification_below_the_degree_is_the_degrees_other_reading(
    text: str, lang: str, level: Edu, words: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params["min_level"]) == ("education", level)
    # The lower qualification is kept as another reading: who has it alone is not told no.
    alternative = typing.params["alternative"]
    assert alternative["params"] == {"min_level": "higher_secondary"}  # type: ignore[index]
    assert words in alternative["note"]["en"]  # type: ignore[index]
    assert [dict(n.values)["words"] for n in typing.notes if n.code == "or_diploma"] == [words]
    assert typing.confidence < 0.7


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("hold a bachelor's degree in nursing or a state-recognised nursing diploma", "in nursing"),
        (
            "University degree in electrical engineering or a Higher National Diploma (HND)",
            "in electrical engineering",
        ),
    ],
)
def test_the_degrees_field_ends_before_the_other_qualification(text: str, field: str) -> None:
    assert recognize(text, "en").params["field"] == field


@pytest.mark.parametrize(
    "text",
    [
        "University degree or equivalent qualification.",
        "Master's degree or a postgraduate diploma in law.",
        "Diplôme universitaire ou diplôme équivalent.",
        "Higher secondary education or a vocational diploma in mechanics.",
    ],
)
def test_the_degrees_equivalent_or_a_level_already_lowest_has_no_other_reading(text: str) -> None:
    typing = recognize(text, "fr" if "ô" in text else "en")
    assert typing.kind == "education"
    assert "alternative" not in typing.params


def test_a_diploma_trained_nurse_is_not_told_she_does_not_meet_the_notice() -> None:
    from screener.domain.engine import assess_criterion
    from screener.domain.outcomes import Status
    from screener.domain.profile import Profile
    from screener.importer import import_notice_text

    notice = (
        "Nurse (Medical Support)\nReference: 260002\nGrade: G12\n"
        "Closing date: 01 March 2027\n\nESSENTIAL\nThe incumbent must:\n"
        "- hold a bachelor's degree in nursing or a state-recognised nursing diploma;\n"
    )
    vacancy = import_notice_text(notice).vacancy
    degree = next(c for c in vacancy.essential if c.kind == "education")
    answers: dict[str, dict[str, bool | str]] = {"260002": {degree.id: True}}
    results = {
        # (The candidate confirms the field: nursing.)
        level: assess_criterion(degree, Profile(education=level, answers=answers), "260002", True)
        for level in (Edu.SECONDARY, Edu.HIGHER_SECONDARY, Edu.BACHELOR)
    }
    # Secondary school alone: not met; the diploma's level: can't tell, the two readings shown
    # with the notice's words; the degree: met.
    assert results[Edu.SECONDARY].status == Status.NOT_MET
    split = results[Edu.HIGHER_SECONDARY]
    assert (split.status, split.reason.code) == (Status.UNKNOWN, "reading.split")
    assert "state-recognised nursing diploma" in str(split.reason.values["note"])
    assert results[Edu.BACHELOR].status == Status.MET


@pytest.mark.parametrize(
    ("text", "lang", "names", "equivalent"),
    [
        (
            "be registered as a nurse with the competent national nursing regulator, with no "
            "restrictions",
            "en",
            ["Registered as a nurse"],
            False,
        ),
        (
            "Admission to the bar, or qualification as a solicitor or Rechtsanwalt, in one of "
            "the four Nations",
            "en",
            ["Admission to the bar", "Qualification as a solicitor", "Rechtsanwalt"],
            False,
        ),
        (
            "be a member of a national bar or hold an equivalent professional qualification;",
            "en",
            ["Member of a national bar"],
            True,
        ),
        (
            "Full membership of a professional accountancy body (ACCA, CIMA, ICAEW).",
            "en",
            ["ACCA", "CIMA", "ICAEW"],
            False,
        ),
        ("Licensed to practise law in a NATO nation.", "en", ["Licensed to practise law"], False),
        (
            "Member of the Institution of Engineering and Technology (IET).",
            "en",
            ["IET"],
            False,
        ),
        (
            "Être inscrit au tableau de l'Ordre des avocats.",
            "fr",
            ["Inscrit au tableau de l'Ordre des avocats"],
            False,
        ),
        (
            "Inscription au barreau d'un pays membre de l'OTAN.",
            "fr",
            ["Inscription au barreau"],
            False,
        ),
        (
            "Être inscrit(e) à l'Ordre des infirmiers.",
            "fr",
            ["Inscrit(e) à l'Ordre des infirmiers"],
            False,
        ),
    ],
)
def test_a_standing_with_a_professional_body_is_a_certification(
    text: str, lang: str, names: list[str], equivalent: bool
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "certification"
    assert (typing.params["any_of"], typing.params["or_equivalent"]) == (names, equivalent)


def test_a_degree_and_admission_to_the_bar_are_two_criteria() -> None:
    typing = recognize(
        "Master's degree in law, or equivalent, and admission to the bar in a NATO member nation.",
        "en",
    )
    assert (typing.kind, typing.params["min_level"]) == ("education", Edu.MASTER)
    assert [(also.kind, also.params["any_of"]) for also in typing.also] == [
        ("certification", ["Admission to the bar"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Not held yet: the candidate declares it.
        "Membership of a recognised accountancy body (e.g. ACCA) or progress towards it.",
        "Be registered, or eligible for registration, with the Belgian Order of Physicians.",
        # A topic, not a standing.
        "Experience as a member of a professional association.",
        "Knowledge of the rules of the professional body.",
        "Be registered with the national employment office.",
        "Member of the NATO Staff Association.",
    ],
)
def test_a_standing_not_held_yet_or_a_topic_is_no_certification(text: str) -> None:
    assert recognize(text, "en").kind == "statement"


def test_the_same_slip_in_both_versions_is_said_as_such() -> None:
    from screener.importer.level_contradictions import alternative_note, contradiction_warning

    english = recognize('IV ("Advanced") in English; III ("Intermediate") in French', "en")
    french = recognize("IV (« Avancé ») en anglais ; III (« Intermédiaire ») en français", "fr")
    found = english.contradictions[0]
    note = alternative_note(found, french)
    # Not "the French text asks for IV in English, III in French", as if it read otherwise.
    assert note.en.endswith('the French text calls it "Avancé" too.')
    assert "la version française le qualifie aussi de « Avancé »" in note.fr
    assert (
        'The French notice calls it "Avancé" too.'
        in contradiction_warning("x", found, french).text.en
    )
    other = recognize("V (« Avancé ») en anglais ; III (« Intermédiaire ») en français", "fr")
    assert (
        "the French text asks for V in English, III in French" in alternative_note(found, other).en
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "First aid or emergency medical technician certificate",
            ["first aid", "emergency medical technician"],
        ),
        ("Hold a first aid or lifeguard certificate.", ["first aid", "lifeguard"]),
        ("A welding or brazing certificate.", ["welding", "brazing"]),
        (
            'Fire fighter qualification ("brevet de sapeur-pompier" / Firefighter I or equivalent '
            "national certificate).",
            ["brevet de sapeur-pompier"],
        ),
    ],
)
def test_a_certificate_named_in_words_keeps_the_one_before_or(text: str, names: list[str]) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["any_of"]) == ("certification", names)


@pytest.mark.parametrize(
    ("text", "lang", "language", "profile"),
    [
        ("Anglais : SLP OTAN 3333", "fr", "en", "3333"),
        ("Anglais : profil linguistique OTAN 3332 (STANAG 6001)", "fr", "en", "3332"),
        ("Italien : SLP OTAN 2222", "fr", "it", "2222"),
        ("English: NATO SLP 3333", "en", "en", "3333"),
    ],
)
def test_a_profile_with_natos_name_before_its_figures_is_read(
    text: str, lang: str, language: str, profile: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params.get("language"), typing.params.get("profile")) == (
        "language_profile",
        language,
        profile,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Willingness to embark on research vessels for periods of up to 4 weeks.", "en"),
        ("Disposition à embarquer sur des navires de recherche jusqu'à 4 semaines.", "fr"),
        ("Prepared to embark on NATO ships during sea trials.", "en"),
    ],
)
def test_embarking_on_ships_is_travel(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params.get("needs")) == ("availability", [Need.TRAVEL])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Process duty travel claims for 50 staff, 20% of the workload.", "en"),
        ("Gestion des frais de déplacement, 30 % du temps de travail.", "fr"),
        ("Plan and coordinate missions of up to 10 days.", "en"),
        ("Expérience du déploiement de réseaux informatiques.", "fr"),
    ],
)
def test_travel_with_a_share_that_is_paperwork_or_a_duty_is_not_travel(
    text: str, lang: str
) -> None:
    assert recognize(text, lang).kind != "availability"  # type: ignore[arg-type]


def test_a_near_native_profile_is_no_mother_tongue() -> None:
    assert not recognize("Near-native English (SLP 4444).", "en").notes[1:]


@pytest.mark.parametrize(
    ("text", "lang", "profile"),
    [
        ("English: SLP 3332", "en", "3332"),
        ("English: Listening 3, Speaking 3, Reading 3, Writing 2", "en", "3332"),
        ("Anglais : compréhension 3, expression 3, lecture 3, écriture 2 (SLP 3332)", "fr", "3332"),
        ("English - L3 S3 R3 W2", "en", "3332"),
        (
            "Anglais : compréhension de l'oral 3, expression orale 3, compréhension de l'écrit 3, "
            "expression écrite 2",
            "fr",
            "3332",
        ),
        ("Anglais : écoute 3, expression orale 3, lecture 3, écriture 2", "fr", "3332"),
    ],
)
def test_a_stanag_profile_per_skill_keeps_every_skill(text: str, lang: str, profile: str) -> None:
    # The format holds a level per skill: nothing is raised or lowered, nothing to review.
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params["profile"]) == ("language_profile", profile)
    assert "skill_levels_lowest" not in [n.code for n in typing.notes]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "Master en acoustique, en physique ou en génie électrique",
            "en acoustique, en physique ou en génie électrique",
        ),
        ("Licence en droit ou diplôme équivalent", "en droit"),
        (
            "Diplôme universitaire en gestion des ressources humaines",
            "en gestion des ressources humaines",
        ),
        ("Doctorat en médecine et inscription à l'Ordre des médecins", "en médecine"),
    ],
)
def test_a_french_degrees_field_after_en_is_read(text: str, field: str) -> None:
    # As the English half's "in acoustics": a bilingual copy's field in both languages.
    assert recognize(text, "fr").params["field"] == field


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("PhD in underwater acoustics", "in underwater acoustics"),
        ("Master's in international law", "in international law"),
        ("MSc in physics", "in physics"),
    ],
)
def test_a_degree_named_by_its_title_has_its_field(text: str, field: str) -> None:
    assert recognize(text, "en").params["field"] == field
