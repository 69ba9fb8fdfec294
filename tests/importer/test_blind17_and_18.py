"""The seventeenth and eighteenth blind batches, and what they brought: everyday careers-site
copies across job families and grades, and requirements whose meaning is the trap (nations
excluded or added, official levels either way round, two requirements in one bullet, an
essential level with an asset tail, a maximum of years, an internal competition)."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported

from screener.domain.countries import nato_members
from screener.importer.recognizers import recognize

# --- Who may apply -----------------------------------------------------------------------------


def _nationality(rule: str) -> tuple[str, list[str]]:
    text = NOTICE_TOP + f"{rule}\n\nESSENTIAL\n- A university degree.\n"
    vacancy = imported(text)
    criterion = vacancy.essential[0]
    return criterion.scope, list(criterion.countries)  # type: ignore[union-attr]


def test_countries_named_as_excluded_are_the_ones_left_out() -> None:
    scope, countries = _nationality(
        "This vacancy is open to nationals of all NATO member nations participating in the "
        "NAEW&C Programme, i.e. all NATO nations except Albania, Bulgaria, Canada, Croatia, "
        "Estonia and the United Kingdom."
    )
    assert scope == "listed"
    assert not {"AL", "BG", "CA", "HR", "EE", "GB"} & set(countries)
    assert {"BE", "DE", "US", "NO"} <= set(countries)
    assert len(countries) == len(nato_members()) - 6


def test_partner_countries_named_beside_the_members_may_apply_too() -> None:
    scope, countries = _nationality(
        "Applications are accepted from nationals of NATO member countries and of Australia, "
        "Japan, the Republic of Korea and New Zealand."
    )
    assert scope == "listed"
    assert set(nato_members()) <= set(countries)
    assert countries[-4:] == ["AU", "JP", "KR", "NZ"]


def test_partners_turned_away_add_nobody() -> None:
    scope, countries = _nationality(
        "Only nationals of NATO member countries may apply; nationals of partner countries "
        "such as Ukraine are not eligible."
    )
    assert (scope, countries) == ("nato_members", [])


def test_the_rule_with_the_excluded_countries_is_flagged() -> None:
    text = NOTICE_TOP + (
        "Open to nationals of all NATO nations except Canada, Iceland and Luxembourg.\n\n"
        "ESSENTIAL\n- A university degree.\n"
    )
    messages = [item.message for item in imported(text).review]
    assert any("names the countries that may not apply" in m for m in messages)


# --- Official languages ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "possess the following minimum levels of NATO's official languages: either English "
            "level V and French level III, or French level V and English level III;",
            "en",
        ),
        (
            "Level V in English and level III in French, or level V in French and level III in "
            "English.",
            "en",
        ),
        (
            "anglais niveau V et français niveau III, ou français niveau V et anglais niveau III",
            "fr",
        ),
    ],
)
def test_levels_offered_either_way_round_are_one_and_the_other(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "official_languages"
    assert typing.params == {"mode": "one_and_other", "one": "V", "other": "III"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("English level V and French level III, or vice versa.", "en"),
        ("Anglais niveau V et français niveau III, ou inversement.", "fr"),
    ],
)
def test_levels_swapped_in_words_are_one_and_the_other(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.params == {"mode": "one_and_other", "one": "V", "other": "III"}


def test_levels_named_once_per_language_stay_fixed() -> None:
    typing = recognize("English level V and French level III.", "en")
    assert typing.params == {"mode": "per_language", "en": "V", "fr": "III"}


def test_an_asset_tail_leaves_the_essential_level_essential() -> None:
    text = NOTICE_TOP + (
        "ESSENTIAL\n- University degree.\n"
        '- English level V ("Advanced"); French level II ("Elementary") - French level III '
        "would be an asset.\n"
    )
    vacancy = imported(text)
    languages = vacancy.essential[2]
    assert languages.kind == "official_languages"
    assert (languages.en, languages.fr) == ("V", "II")  # type: ignore[union-attr]
    assert [c.text.en for c in vacancy.desirable] == ["French level III would be an asset"]


# --- Two requirements in one bullet ------------------------------------------------------------


def test_travel_and_a_licence_in_one_bullet_are_both_asked() -> None:
    essential = imported(
        NOTICE_TOP + "ESSENTIAL\n- be willing to travel frequently, including at short notice, "
        "and hold a valid category B driving licence;\n"
    ).essential[1:]
    assert [c.kind for c in essential] == ["availability", "driving_licence"]
    assert essential[0].needs == ["travel", "short_notice"]  # type: ignore[union-attr]
    assert essential[1].categories == ["B"]  # type: ignore[union-attr]


def test_a_shooting_qualification_and_a_fitness_test_are_two_tests() -> None:
    typing = recognize(
        "Must pass the SHAPE pistol shooting qualification and the annual physical fitness test.",
        "en",
    )
    assert (typing.kind, typing.params["shooting_test"]) == ("firearms", True)
    assert [(t.kind, t.params) for t in typing.also] == [("fitness_test", {"recurring": True})]


def test_a_licence_and_shifts_joined_by_a_semicolon_are_both_asked() -> None:
    typing = recognize("hold a valid category B driving licence; be willing to work shifts", "en")
    assert (typing.kind, [t.kind for t in typing.also]) == ("driving_licence", ["availability"])


def test_years_and_a_licence_in_one_bullet_are_both_asked() -> None:
    typing = recognize(
        "5 years of experience in logistics and a valid driving licence (category B)", "en"
    )
    assert (typing.kind, typing.params["min_years"]) == ("experience", 5)
    assert [(t.kind, t.params["categories"]) for t in typing.also] == [("driving_licence", ["B"])]


def test_needs_joined_by_and_stay_one_criterion() -> None:
    typing = recognize("Willing to work shifts and weekends.", "en")
    assert typing.kind == "availability" and typing.also == ()


# --- Years -------------------------------------------------------------------------------------


def test_a_maximum_of_years_is_never_a_minimum() -> None:
    typing = recognize("have a maximum of 3 years of full-time professional experience", "en")
    assert typing.kind == "statement"
    assert [n.code for n in typing.notes] == ["experience_maximum"]
    assert recognize("not less than 5 years of experience in HR", "en").params["min_years"] == 5


def test_a_minimum_and_a_maximum_ask_the_minimum() -> None:
    typing = recognize("Minimum 2, maximum 5 years of experience in logistics.", "en")
    assert (typing.kind, typing.params["min_years"]) == ("experience", 2)
    assert [n.code for n in typing.notes] == ["experience_range_maximum"]


def test_the_experience_maximum_is_flagged_for_review() -> None:
    vacancy = imported(
        NOTICE_TOP + "ESSENTIAL\n- have a maximum of 3 years of professional experience;\n"
    )
    assert vacancy.essential[1].kind == "statement"
    assert any("maximum of 3 years" in item.message for item in vacancy.review)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Minimum 3, and ideally 5, years of experience in maritime situational awareness.", 3),
        ("At least 36 months of seagoing service, of which 12 months as watchkeeping officer.", 3),
    ],
)
def test_years_with_a_wish_or_in_months_of_service(text: str, years: float) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "experience" and typing.params["min_years"] == years


# --- Needs and certificates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        (
            "Must be willing to work outside normal working hours, including weekends, and to "
            "undertake overnight trips across Italy.",
            ["outside_office_hours", "weekends", "travel"],
        ),
        ("Available for sea periods of up to 6 weeks at a time.", ["travel"]),
        ("Willing to work in a 24/7 watch rota when required.", ["shifts"]),
    ],
)
def test_needs_worded_as_trips_sea_periods_and_rotas(text: str, needs: list[str]) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "availability" and typing.params["needs"] == needs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Certificate of Competency as Officer in Charge of a Navigational Watch (STCW "
            "Regulation II/1).",
            ["STCW"],
        ),
        ("Must hold a CIPS Level 4 Diploma in Procurement and Supply or equivalent.", ["CIPS"]),
        ("hold the BA4 or BA5 electrical habilitation;", ["BA4", "BA5"]),
        (
            "Microsoft Certified: Identity and Access Administrator Associate.",
            ["Microsoft Certified: Identity and Access Administrator Associate"],
        ),
    ],
)
def test_certificates_named_the_way_trades_and_vendors_name_them(
    text: str, names: list[str]
) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "certification" and typing.params["any_of"] == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Knowledge of French at any level.", "en"),
        ("Connaissance du français à tout niveau.", "fr"),
    ],
)
def test_a_language_at_any_level_is_the_language_without_a_level(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params["language"], typing.params["min_level"]) == (
        "language",
        "fr",
        None,
    )


def test_a_security_habilitation_is_no_certificate() -> None:
    assert recognize("Être titulaire d'une habilitation de sécurité OTAN.", "fr").kind != (
        "certification"
    )


# --- Internal competitions ---------------------------------------------------------------------


def test_a_post_open_only_to_serving_staff_asks_the_candidate() -> None:
    text = NOTICE_TOP + (
        "IMPORTANT: This is an internal competition. This vacancy is open only to serving NATO\n"
        "international civilian staff members holding a definite duration contract.\n\n"
        "ESSENTIAL\n- A university degree.\n"
    )
    vacancy = imported(text)
    last = vacancy.essential[-1]
    assert last.kind == "statement"
    assert last.text.en.startswith("This vacancy is open only to serving NATO international")
    assert any(item.values.get("case") == "internal" for item in vacancy.review)


def test_serving_staff_named_in_the_contract_paragraph_restrict_nothing() -> None:
    text = NOTICE_TOP + (
        "Serving NATO staff will be offered a contract in accordance with the NATO Civilian "
        "Personnel Regulations.\n\nESSENTIAL\n- A university degree.\n"
    )
    assert [c.kind for c in imported(text).essential[1:]] == ["education"]


# --- Header ------------------------------------------------------------------------------------

_REQUIREMENTS = "\n\nESSENTIAL\n- A university degree.\n"


def test_labels_on_lines_of_their_own_and_a_bare_requisition_number() -> None:
    vacancy = imported(
        "Secretary, Defence Investment Division (+ Reserve List)\n271187\n\n"
        "Primary Location\nBelgium-Brussels\n\nNATO Body\nNATO International Staff (NATO IS)\n\n"
        "Application Deadline\n11-Jan-2027, 11:59:00 PM\n\nGrade\nNATO Grade G5\n\n"
        "Clearance Level\nNS" + _REQUIREMENTS
    )
    assert vacancy.reference == "271187"
    assert vacancy.title.en == "Secretary, Defence Investment Division (+ Reserve List)"
    assert str(vacancy.grade) == "G5"


def test_a_header_run_onto_one_line_keeps_its_labels_whole() -> None:
    vacancy = imported(
        "Finance Officer, Collaboration Support Office (271350) Primary Location: France-Neuilly-"
        "sur-Seine NATO Body: Science and Technology Organization (STO) Schedule: Full-time "
        "Application Deadline: 28-Feb-2027, 11:59:00 PM Salary (Pay Basis): 7,845.30Euro (EUR) "
        "Monthly Grade: NATO Grade A2 Clearance Level: NS Description\n\n1. SUMMARY\n\nThe "
        "Finance Officer reports to the International Board of Auditors for NATO (IBAN)."
        + _REQUIREMENTS
    )
    assert vacancy.reference == "271350"
    assert vacancy.title.en == "Finance Officer, Collaboration Support Office"
    assert "STO" in vacancy.nato_body
    assert vacancy.deadline.date.isoformat() == "2027-02-28"


def test_a_title_line_ending_with_the_body_and_its_town() -> None:
    vacancy = imported(
        "Temporary Electrician (12 months) - NCIA Mons\nJob Number\t271633\n"
        "Grade\tNATO Grade G6\nApplication Deadline\t05-Jan-2027" + _REQUIREMENTS
    )
    assert (vacancy.reference, vacancy.title.en) == ("271633", "Temporary Electrician (12 months)")


def test_facts_joined_by_dashes_and_the_title_after_the_reference() -> None:
    vacancy = imported(
        "NATO Headquarters - International Military Staff (IMS)\nBrussels, Belgium\n\n"
        "Vacancy IMS 27/03 - Personnel Assistant\n"
        "NATO Grade G9 - NATO SECRET - Closing date: 29 January 2027" + _REQUIREMENTS
    )
    assert vacancy.title.en == "Personnel Assistant"
    assert vacancy.clearance is not None and vacancy.clearance.value == "NS"
    assert str(vacancy.grade) == "G9"


def test_a_title_in_capitals_under_the_reference_not_the_deadline_sentence() -> None:
    vacancy = imported(
        "NATO Science and Technology Organization\n\nVACANCY  STO-CSO 27/04\n"
        "SCIENTIFIC PROGRAMME OFFICER (AIR AND SPACE SYSTEMS)\n"
        "Grade G16 | NATO SECRET | Applications must be received by 31 March 2027" + _REQUIREMENTS
    )
    assert vacancy.title.en == "Scientific Programme Officer (Air and Space Systems)"
