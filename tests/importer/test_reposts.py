"""Notices as people pass them on: a newsletter listing other vacancies above the one it
features, a job board's page with its own name, menus and dates around the notice."""

from __future__ import annotations

from importer_support import imported

_LISTS = (
    "Essential\n- a university degree in translation;\n- at least eight years' experience.\n"
    "Desirable\n- knowledge of Ukrainian.\n\nOpen to nationals of NATO member states only.\n"
)


def test_a_newsletter_s_featured_notice_gives_its_own_title_and_body() -> None:
    text = (
        "NATO Vacancies Weekly - Newsletter no. 47 - 12 January 2027\n\n"
        "In this issue: three new posts at NATO bodies.\n\n"
        "1. Network Engineer - NCIA, Mons (G14) - closing 2 February 2027\n"
        "2. Medical Officer - NSPA - closing 20 February 2027\n\n"
        "FEATURED VACANCY\n"
        "Translator/Reviser (Russian), NATO International Staff\n"
        "Reference: 270455\nGrade: A2/A3\n\n" + _LISTS
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Translator/Reviser (Russian)"
    assert vacancy.nato_body == "NATO International Staff (NATO IS)"
    assert vacancy.reference == "270455"


def test_a_job_board_s_name_and_menu_are_no_title() -> None:
    text = (
        "JobsInDefence.com | Search | Post a job | Sign in\n\n"
        "Logistics Officer (G14) - NATO Support and Procurement Agency\n"
        "Capellen, Luxembourg | Posted: 10 January 2027 | Closing date: 7 February 2027\n"
        "Reference: NSPA-27-0077\n\nAbout the role\nPlans logistics support.\n\n" + _LISTS
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Logistics Officer"
    assert str(vacancy.grade) == "G14"
    assert vacancy.deadline.date.isoformat() == "2027-02-07"
    assert vacancy.nato_body == "NATO Support and Procurement Agency (NSPA)"
