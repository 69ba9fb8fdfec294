"""The twenty-fifth to twenty-seventh blind batches, and what they brought: misses that gave
candidates wrong verdicts (a deadline four months late, the forwarder's nation as the rule, a
whole list lost, an asset made essential, a licence filed as an asset) and headers read from a
site's chrome."""

from __future__ import annotations

import datetime as dt

from importer_support import NOTICE_TOP, imported, list_texts

# --- Deadline and who may apply ----------------------------------------------------------------


def test_an_ambiguous_date_on_a_month_first_page_is_read_month_first() -> None:
    text = (
        "Officer (Talent Acquisition)\n\nJob Identification 262071\n"
        "Posting Date 11/20/2026, 09:14 AM\nApply Before 01/05/2027, 11:59 PM\nGrade G15\n\n"
        "Requirements:\n* A university degree.\n"
    )
    assert imported(text).deadline.date == dt.date(2027, 1, 5)


def test_an_ambiguous_date_stays_day_first_on_a_day_first_page() -> None:
    text = (
        "Title: Clerk\nGrade: G5\nPublished: 20/11/2026\nClosing date: 01/05/2027\n\n"
        "Requirements:\n* A university degree.\n"
    )
    assert imported(text).deadline.date == dt.date(2027, 5, 1)


def test_the_cover_note_of_an_outlook_forward_does_not_set_who_may_apply() -> None:
    text = (
        "From: Desk <desk@mod.example>\nSent: 26 November 2026\nSubject: FW: vacancy\n\n"
        "Dear colleague, UK nationals apply directly to NATO.\n\n________________\n"
        "From: HQ <hq@nato.example>\nSent: 24 November 2026\nSubject: vacancy\n\n"
        + NOTICE_TOP
        + "Open to nationals of NATO member nations.\n\nRequirements:\n* A university degree.\n"
    )
    rule = imported(text).essential[0]
    assert rule.scope == "nato_members"  # type: ignore[union-attr]


# --- Lists ---------------------------------------------------------------------------------------


def test_a_job_boards_glossed_headings_with_unmarked_lines_are_read() -> None:
    text = NOTICE_TOP + (
        "What you bring (essential)\nDegree from a university in a relevant field.\n"
        "Minimum 5 years' experience in planning military exercises.\n\n"
        "Nice to have (desirable)\nExperience with exercise management tools.\n\n"
        "Seniority level\nMid-Senior level\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 2 and essential[1].startswith("Minimum 5 years")
    assert desirable == ["Experience with exercise management tools"]


def test_double_arrow_items_are_bullets_and_an_asset_clause_stays_with_its_item() -> None:
    text = NOTICE_TOP + (
        "Essential qualifications:\n"
        ">> A master's degree in engineering; a PhD in a relevant field is an asset.\n"
        ">> At least 5 years of experience in at-sea testing.\n"
        ">> Proficiency in CAD tools.\n\nDesirable qualifications:\n>> Knowledge of Italian.\n\n"
        "The Centre offers an international working environment.\n"
    )
    essential, desirable = list_texts(text)
    assert essential == [
        "A master's degree in engineering",
        "At least 5 years of experience in at-sea testing",
        "Proficiency in CAD tools",
    ]
    assert "Knowledge of Italian" in desirable
    assert not any("working environment" in item for item in desirable)


def test_a_bracketed_asset_keeps_the_words_before_it_required() -> None:
    text = NOTICE_TOP + (
        "Required:\n* Valid driving licence categories B and C (CE is an asset).\n"
        "* Minimum 4 years of experience in vehicle repair.\n"
    )
    vacancy = imported(text)
    licence = vacancy.essential[1]
    assert licence.kind == "driving_licence"
    assert licence.categories == ["B", "C"]  # type: ignore[union-attr]
    assert [c.text.en for c in vacancy.desirable] == ["CE is an asset"]


def test_an_item_after_a_note_under_a_lettered_group_is_kept() -> None:
    text = NOTICE_TOP + (
        "ESSENTIAL QUALIFICATIONS\na. Education and Training:\n   (1) Higher secondary education.\n"
        "b. Language:\n   (1) English - SLP 3333.\n   NOTE: The work is conducted mainly in\n"
        "   English.\nc. Skills:\n   (1) Advanced user of Microsoft Word and Excel.\n"
    )
    essential, _ = list_texts(text)
    assert essential[-1] == "Advanced user of Microsoft Word and Excel"
    assert not any("NOTE" in item for item in essential)


def test_readiness_for_an_on_call_roster_is_availability() -> None:
    text = NOTICE_TOP + (
        "Requirements:\n* Readiness to take part in an on-call duty roster, including nights "
        "and weekends.\n* A university degree.\n"
    )
    criterion = imported(text).essential[1]
    assert criterion.kind == "availability"


# --- Header ------------------------------------------------------------------------------------


def test_titles_are_not_read_from_a_careers_sites_menu_or_banner() -> None:
    menu = (
        "NATO Careers | Search Jobs | My Applications | Sign In\n\nOfficer (Talent Acquisition)\n\n"
        "Job Identification 262071\nGrade G15\nClosing date: 1 March 2027\n\n"
        "Requirements:\n* A university degree.\n"
    )
    assert imported(menu).title.en == "Officer (Talent Acquisition)"
    banner = (
        "SHAPE Civilian Careers\n\nHEAD, CONTRACTING SECTION\nSupreme Headquarters Allied "
        "Powers Europe (SHAPE), Mons, Belgium\n\nVacancy reference   SHAPE 27/ACQ/01\n"
        "Grade               G19\nSecurity            NATO SECRET\n"
        "Closing date        28 February 2027\n\nRequirements:\n* A university degree.\n"
    )
    vacancy = imported(banner)
    assert vacancy.title.en == "Head, Contracting Section"
    assert vacancy.clearance is not None and vacancy.clearance.value == "NS"


def test_a_circulars_bulleted_title_label_wins_over_its_letterhead() -> None:
    text = (
        "MINISTRY OF NATIONAL DEFENCE\nDirectorate for International Organisations - Posts Office"
        "\n\nSUBJECT: Vacancy in the Agency - Warehouse Supervisor\n\nPost details:\n"
        "   - Title: Warehouse Supervisor\n   - Vacancy reference: NSPA/26/0455\n   - Grade: G8\n"
        "   - Closing date for applications: 17 January 2027\n\nRequirements:\n"
        "* A university degree.\n"
    )
    assert imported(text).title.en == "Warehouse Supervisor"


def test_applications_by_and_the_french_offer_identifier_are_read() -> None:
    text = (
        "Title: Engineer\nGrade: G13\nApplications by: 4 February 2027\n\n"
        "Requirements:\n* A university degree.\n"
    )
    assert imported(text).deadline.date == dt.date(2027, 2, 4)
    french = (
        "Carrières OTAN\n\nAgent(e) de sécurité\nIdentifiant de l'offre : 261850\n"
        "Grade : G5\nDate limite de candidature : 24-janv.-2027, 23:59:00\n\n"
        "Acquis essentiels :\n* Diplôme d'études secondaires.\n"
    )
    assert imported(french).reference == "261850"
