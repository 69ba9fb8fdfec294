"""Specialist posts' requirements: years of practice, certificates named side by side, and the
list's end right above who may apply."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported, title_reference_grade

from screener.domain.vacancy import Vacancy


def _notice(bullet: str) -> Vacancy:
    """A notice whose essential list is the one bullet."""
    return imported(f"{NOTICE_TOP}ESSENTIAL\n- {bullet}\n\nOpen to nationals of NATO states.\n")


def _one(bullet: str) -> dict[str, object]:
    criterion = _notice(bullet).essential[1]
    return criterion.model_dump(mode="json", exclude={"id", "text", "source", "alternative"})


def _reasons(vacancy: Vacancy) -> list[str]:
    """What the review list says about the bullets typed with low confidence (in English)."""
    return [
        item.values["reasons"]["en"] for item in vacancy.review if item.code == "low_confidence"
    ]


@pytest.mark.parametrize(
    ("bullet", "years"),
    [
        ("fifteen years of clinical practice", 15),
        ("at least 6 years' post-qualification practice as a lawyer", 6),
        ("A three-year experience in logistics", 3),
        ("Between 5 and 8 years of experience in finance", 5),
    ],
)
def test_years_of_practice_or_written_as_an_adjective_or_a_range_are_experience(
    bullet: str, years: int
) -> None:
    got = _one(bullet)
    assert got["kind"] == "experience" and got["min_years"] == years


def test_certificates_named_together_are_each_kept_and_flagged() -> None:
    vacancy = _notice("CompTIA A+ and Network+.")
    criterion = vacancy.essential[1]
    assert criterion.kind == "certification"
    assert criterion.any_of == ["CompTIA A+", "CompTIA Network+"]
    # The criterion accepts any one of them: the review says the notice asks for both.
    assert any("asks for all these certificates" in reason for reason in _reasons(vacancy))


def test_who_may_apply_right_under_the_last_item_is_not_part_of_it() -> None:
    text = (
        f"{NOTICE_TOP}Essential qualifications\n- Three years of experience in IT support;\n"
        "Desirable qualifications\n- Bachelor's degree in computer science.\n"
        "Open to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert [c.text.en for c in vacancy.desirable] == ["Bachelor's degree in computer science"]
    assert vacancy.desirable[0].kind == "education"
    assert vacancy.essential[0].kind == "nationality"


def test_items_marked_e_and_d_under_a_heading_with_a_note_on_the_marks() -> None:
    text = (
        f"{NOTICE_TOP}Qualifications and experience (E = essential, D = desirable)\n\n"
        "1) PhD in physics or acoustics. (E)\n"
        "2) At least three years of post-doctoral research in underwater acoustics. (E)\n"
        "3) Knowledge of Italian. (D)\n\nOpen to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert vacancy.essential[2].min_years == 3
    assert [c.kind for c in vacancy.desirable] == ["language"]


def test_a_list_s_last_and_after_a_semicolon_does_not_join_two_items() -> None:
    text = (
        f"{NOTICE_TOP}Essential\nThe incumbent must:\n"
        "(a) hold a law degree at master's level;\n"
        "(b) possess the following levels of NATO's official languages: VI in English; IV in "
        "French; and\n(c) be willing to travel to NATO bodies and host nations.\n\n"
        "Open to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds == ["education", "official_languages", "availability"]
    assert vacancy.essential[1].min_level == "master"
    assert vacancy.essential[2].text.en.endswith("IV in French")


@pytest.mark.parametrize(
    ("bullet", "names"),
    [
        ("Certified lead auditor for ISO 9001 or AS9100", ["ISO 9001", "AS9100"]),
        (
            "ITIL 4 Managing Professional or ITIL v3 Expert certification",
            ["ITIL 4 Managing Professional", "ITIL v3 Expert"],
        ),
        (
            "Microsoft Certified: Azure Administrator Associate (AZ-104) or AWS Certified "
            "Solutions Architect – Associate",
            [
                "Microsoft Certified: Azure Administrator Associate (AZ-104)",
                "AWS Certified Solutions Architect – Associate",
            ],
        ),
    ],
)
def test_certificates_keep_their_numbers_levels_and_exam_codes(
    bullet: str, names: list[str]
) -> None:
    got = _one(bullet)
    assert got["kind"] == "certification" and got["any_of"] == names


def test_experience_of_a_standard_is_no_certificate() -> None:
    bullet = (
        "Experience of the qualification of airborne software to DO-178C or an equivalent standard"
    )
    assert _one(bullet)["kind"] == "statement"


@pytest.mark.parametrize(
    ("first_line", "body"),
    [
        (
            "NATO AIRBORNE EARLY WARNING AND CONTROL PROGRAMME MANAGEMENT AGENCY (NAPMA)",
            "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)",
        ),
        (
            "INTERNATIONAL BOARD OF AUDITORS FOR NATO (IBAN)",
            "International Board of Auditors for NATO (IBAN)",
        ),
    ],
)
def test_agencies_whose_names_hold_another_body_s_are_named(first_line: str, body: str) -> None:
    text = f"{first_line}\n{NOTICE_TOP}ESSENTIAL\n- A university degree.\n"
    assert imported(text).nato_body == body


@pytest.mark.parametrize(
    ("bullet", "categories"),
    [
        ("Hold a valid category C+E driving licence", ["CE"]),
        ("Driving licence categories B, C and D1 + E", ["B", "C", "D1E"]),
        ("Driving licence C and CE", ["C", "CE"]),
        ("Category D (bus) licence", ["D"]),
        ("Licence to drive heavy vehicles (C)", ["C"]),
    ],
)
def test_licence_categories_however_they_are_written(bullet: str, categories: list[str]) -> None:
    got = _one(bullet)
    assert got["kind"] == "driving_licence" and got["categories"] == categories


_STANAG = "STANAG 6001"
_EXPERIENCE_INSTEAD = "accepts experience instead of the degree"


@pytest.mark.parametrize(
    ("bullet", "kind", "reason"),
    [
        # STANAG 6001's figures are another scale than NATO's I-VI: never read as level III,
        # but as the profile, checked against the candidate's SLP.
        ("English: Listening 3, Speaking 3, Reading 2, Writing 2", "language_profile", _STANAG),
        ("English 3/3/3/3", "language_profile", _STANAG),
        ("English (L3 S3 R3 W3)", "language_profile", _STANAG),
        ("English: 3332 (L/S/R/W)", "language_profile", _STANAG),
        # The education criterion does not meet a candidate with the experience alone.
        ("A university degree in IT or equivalent experience", "education", _EXPERIENCE_INSTEAD),
        (
            "Bachelor degree or 4 years of relevant experience in lieu of a degree",
            "education",
            _EXPERIENCE_INSTEAD,
        ),
    ],
)
def test_readings_a_person_must_check_are_flagged(bullet: str, kind: str, reason: str) -> None:
    vacancy = _notice(bullet)
    assert vacancy.essential[1].kind == kind
    assert any(reason in said for said in _reasons(vacancy))


def test_a_level_per_skill_is_flagged() -> None:
    bullet = "English: Listening V, Speaking V, Reading IV, Writing IV"
    vacancy = _notice(bullet)
    criterion = vacancy.essential[1]
    # The lowest level the notice accepts: a candidate with reading and writing IV meets it.
    assert criterion.kind == "official_languages" and criterion.en == "IV"
    said = [reason for reason in _reasons(vacancy) if "a level is given per skill" in reason]
    assert said and "Reading IV" in said[0] and "the lowest, IV" in said[0]


@pytest.mark.parametrize(
    ("bullet", "kind", "facts"),
    [
        ("Frequent duty travel (up to 40%)", "availability", {"needs": ["travel"]}),
        ("Must be prepared to undertake missions abroad", "availability", {"needs": ["travel"]}),
        ("At least a year of experience with Kubernetes", "experience", {"min_years": 1.0}),
        ("A minimum of twenty years of service", "experience", {"min_years": 20.0}),
        ("Holder of a HGV licence (Category C)", "driving_licence", {"categories": ["C"]}),
        ("Valid PCV licence", "driving_licence", {"categories": ["D"]}),
    ],
)
def test_specialist_requirements_written_without_the_usual_words(
    bullet: str, kind: str, facts: dict[str, object]
) -> None:
    got = _one(bullet)
    assert got["kind"] == kind
    assert {key: got[key] for key in facts} == facts


def test_days_a_year_are_no_years_of_experience() -> None:
    assert _one("Able to travel up to 40 days a year")["kind"] == "availability"


def test_a_table_with_an_e_d_column_gives_both_lists_and_the_title_line_its_grade() -> None:
    text = (
        "NATO Helicopter Management Agency (NAHEMA)\n"
        "Airworthiness Engineer - NAHEMA 27/004 - Grade A-3\nClosing date: 15 March 2027\n\n"
        "Person specification\n| Criteria | E/D |\n|---|---|\n"
        "| Degree in aeronautical engineering | E |\n"
        "| Eight years in rotorcraft airworthiness | E |\n"
        "| Experience with NH90 | D |\n\nOpen to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert title_reference_grade(vacancy) == (
        "Airworthiness Engineer",
        "NAHEMA-27-004",
        "A3",
    )
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [c.text.en for c in vacancy.desirable] == ["Experience with NH90"]


@pytest.mark.parametrize(
    "body",
    [
        "Requirements:\n- [E] University degree in finance.\n- [E] Five years of experience in "
        "audit.\n- [D] CIA certification.",
        "Qualifications\nE - University degree in finance.\nE - Five years of experience in "
        "audit.\nD - CIA certification.",
        "Job requirements\n1. University degree in finance (essential)\n2. Five years of "
        "experience in audit (essential)\n3. CIA certification (desirable)",
    ],
)
def test_items_marked_essential_or_desirable_before_or_after_them(body: str) -> None:
    vacancy = imported(f"{NOTICE_TOP}{body}\n\nOpen to nationals of NATO member states.\n")
    assert [c.text.en for c in vacancy.essential[1:]] == [
        "University degree in finance",
        "Five years of experience in audit",
    ]
    assert [c.kind for c in vacancy.desirable] == ["certification"]


def test_a_lettered_list_s_d_and_e_items_are_not_marks() -> None:
    text = (
        f"{NOTICE_TOP}Essential\nThe incumbent must:\n(a) hold a university degree;\n"
        "(b) have five years of experience in audit;\n(c) have experience of IPSAS;\n"
        "(d) have experience of advising senior managers;\n(e) be willing to travel.\n\n"
        "Open to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert len(vacancy.essential) == 6 and not vacancy.desirable


def test_marked_items_in_both_languages_pair_and_the_french_s_is_desirable() -> None:
    text = (
        f"{NOTICE_TOP}QUALIFICATIONS (E = essential, D = desirable)\n"
        "- Higher secondary education (E)\n- 3 years of experience in electronics (E)\n"
        "- Knowledge of German (D)\n\n"
        "QUALIFICATIONS ET EXPÉRIENCE (E = essentiel, S = souhaitable)\n"
        "- études secondaires du second cycle (E)\n- 3 ans d'expérience en électronique (E)\n"
        "- connaissance de l'allemand (S)\n\nOpen to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert vacancy.essential[2].text.fr == "3 ans d'expérience en électronique"
    assert [c.kind for c in vacancy.desirable] == ["language"]
    # The English list ends at the French heading: nothing is reported as cut short.
    assert not [item for item in vacancy.review if item.code == "list_cut_short"]


@pytest.mark.parametrize(
    ("bullet", "language", "level"),
    [
        ("IELTS 7.0 or equivalent", "en", "V"),
        ("TOEFL iBT 110", "en", "V"),
        ("Cambridge Proficiency (CPE)", "en", "VI"),
        ("DALF C1", "fr", "V"),
    ],
)
def test_a_language_test_s_result_is_read_at_the_level_nato_is_s_table_gives(
    bullet: str, language: str, level: str
) -> None:
    vacancy = _notice(bullet)
    criterion = vacancy.essential[1]
    assert criterion.kind == "official_languages" and getattr(criterion, language) == level
    assert any("stated by NATO IS's table" in reason for reason in _reasons(vacancy))


def test_a_test_result_the_table_does_not_place_gives_no_level() -> None:
    assert _one("IELTS 5.5")["kind"] == "statement"


def test_a_vendor_of_two_words_stays_whole() -> None:
    assert _one("Red Hat Certified Engineer (RHCE)")["any_of"] == [
        "Red Hat Certified Engineer (RHCE)"
    ]


def test_a_degree_and_a_licence_in_one_bullet_keep_the_licence_too() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL\n- hold a medical degree and be licensed to practise medicine "
        "in a NATO member country;\n- have five years of experience.\n\n"
        "ACQUIS ESSENTIELS\n- être titulaire d'un diplôme de médecine et être autorisé(e) à "
        "exercer la médecine dans un pays membre de l'OTAN ;\n- avoir cinq ans d'expérience.\n\n"
        "Open to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "statement", "experience"]
    assert any("also asks for a licence" in reason for reason in _reasons(vacancy))
    # Both halves read the licence, so the bullets after it stay paired with their French.
    assert vacancy.essential[3].text.fr == "avoir cinq ans d'expérience"


def test_a_labelled_nationality_bullet_is_the_nationality_rule() -> None:
    text = f"{NOTICE_TOP}Requirements\n- Nationality: NATO member state\n- University degree.\n"
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential] == ["nationality", "education"]
    assert vacancy.essential[0].text.en == "Nationality: NATO member state"


def test_a_certificate_named_in_words_before_a_bracket_is_named() -> None:
    assert _one("A valid first aid certificate (e.g. Red Cross)")["any_of"] == ["first aid"]


@pytest.mark.parametrize(
    ("bullet", "level"),
    [
        (
            "French as mother tongue, or a perfect command of French equivalent to that of an "
            "educated native speaker",
            "VI",
        ),
        ("Russian as mother tongue or an equivalent level (VI)", "VI"),
        ("Polish mother tongue or level V in Polish", "V"),
    ],
)
def test_a_mother_tongue_or_a_level_asks_for_the_level_a_mother_tongue_meets(
    bullet: str, level: str
) -> None:
    # A mother tongue counts as level VI: a candidate with the level alone is not refused.
    got = _one(bullet)
    assert (got["kind"], got["min_level"], got["mother_tongue"]) == ("language", level, False)


def test_a_mother_tongue_alone_stays_a_mother_tongue() -> None:
    assert _one("French mother tongue")["mother_tongue"] is True


def test_a_professional_qualification_accepted_instead_of_the_degree_is_flagged() -> None:
    vacancy = _notice(
        "A university degree in finance or accounting, or a recognised professional "
        "accountancy qualification (ACCA, CIMA, CPA)"
    )
    assert vacancy.essential[1].kind == "education"
    assert any("instead of the degree" in reason for reason in _reasons(vacancy))


def test_numbered_items_joined_by_or_stay_one_requirement() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL\nThe incumbent must:\n(a) hold a university degree in law; or\n"
        "(b) hold a higher secondary diploma with ten years of legal experience;\n"
        "(c) have five years of experience.\n\nOpen to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    # Two alternatives of one requirement: asking for both would refuse who has either.
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert vacancy.essential[1].text.en.startswith("hold a university degree in law; or hold")


def test_certificates_offered_as_a_choice_of_brands_are_named() -> None:
    assert _one("Databricks or Snowflake certification")["any_of"] == ["Databricks", "Snowflake"]


def test_a_post_open_to_partner_nations_too_is_flagged() -> None:
    text = (
        f"{NOTICE_TOP}ESSENTIAL\n- A university degree.\n\nOpen to nationals of NATO member "
        "countries and of Partner nations participating in the programme.\n"
    )
    vacancy = imported(text)
    assert vacancy.essential[0].scope == "nato_members"
    flagged = [item for item in vacancy.review if item.code == "nations_beyond_members"]
    assert flagged and "outside NATO (partners)" in flagged[0].message


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [
        ("ESSENTIAL REQUIREMENTS (the candidate must meet all):", "DESIRABLE (not required):"),
        ("What we require", "What would be a plus"),
        ("Required skills and experience", "Additional skills (an advantage)"),
        ("Your profile", "Good to know"),
    ],
)
def test_more_ways_of_heading_the_desirable_list(essential: str, desirable: str) -> None:
    text = (
        f"{NOTICE_TOP}{essential}\n- A university degree in law.\n- Five years of experience "
        f"in litigation.\n\n{desirable}\n- Knowledge of German.\n\nOpen to nationals of NATO "
        "member states.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [c.text.en for c in vacancy.desirable] == ["Knowledge of German"]


@pytest.mark.parametrize(
    ("bullet", "desirable"),
    [
        ("English (V) essential; French (III) desirable", "official_languages"),
        ("English level V; knowledge of French an advantage", "language"),
    ],
)
def test_a_clause_that_calls_itself_desirable_without_a_verb_moves(
    bullet: str, desirable: str
) -> None:
    vacancy = _notice(bullet)
    assert [c.kind for c in vacancy.essential[1:]] == ["official_languages"]
    assert vacancy.essential[1].en == "V" and vacancy.essential[1].fr is None
    assert [c.kind for c in vacancy.desirable] == [desirable]


def test_a_preference_in_brackets_leaves_the_requirement_essential() -> None:
    vacancy = _notice("A university degree in law (LL.M. preferred)")
    assert [c.kind for c in vacancy.essential[1:]] == ["education"] and not vacancy.desirable


@pytest.mark.parametrize(
    "bullet",
    ["Over 21 years at the time of appointment", "At least 18 years at the closing date"],
)
def test_an_age_limit_is_no_years_of_experience(bullet: str) -> None:
    assert _one(bullet)["kind"] == "statement"
