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


def test_a_page_s_table_rows_and_its_own_dates_are_told_from_the_notice_s() -> None:
    text = (
        "jobsboard.example > Belgium > Mons > IT\n"
        "Service Manager (Cloud) – NCIA – Mons\n"
        "Posted: 20.01.2027 | Deadline: 28.02.2027 | Views: 412\n\n"
        "Organisation   | NATO Communications and Information Agency (NCIA)\n"
        "Grade          | G16\n"
        "Reference      | NCIA 27-0266\n"
        "Closing date: 16 February 2027\n\n" + _LISTS
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Service Manager (Cloud)"
    assert vacancy.nato_body == "NATO Communications and Information Agency (NCIA)"
    assert (str(vacancy.grade), vacancy.reference) == ("G16", "NCIA-27-0266")
    # The board's "Deadline" beside its "Posted" date is the board's, not the notice's.
    assert vacancy.deadline.date.isoformat() == "2027-02-16"


def test_a_board_s_date_stands_in_only_when_the_notice_gives_none() -> None:
    text = (
        "Service Manager (Cloud) – NCIA – Mons\n"
        "Posted: 20.01.2027 | Deadline: 28.02.2027 | Views: 412\n\n" + _LISTS
    )
    vacancy = imported(text)
    assert vacancy.deadline.date.isoformat() == "2027-02-28"
    assert any(
        item.code == "header_guessed" and item.field == "deadline" for item in vacancy.review
    )


def test_an_agency_s_repost_gives_the_client_s_title_and_deadline() -> None:
    text = (
        "ATLAS Defence Recruitment  |  Candidates  |  Clients  |  Contact\n\n"
        "Financial Controller - SHAPE, Mons (Belgium)\n"
        "Our ref: ATL-4471     Client ref: SHAPE 27/FIN/014\n"
        "Apply before: 3 March 2027\n\n" + _LISTS
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Financial Controller"
    assert vacancy.deadline.date.isoformat() == "2027-03-03"


def test_a_forwarded_mail_s_subject_is_not_the_title_line() -> None:
    text = (
        "From: NATO IS Recruitment <noreply@example.org>\n"
        "Subject: New vacancy / Nouvelle vacance : Assistant (Archives) (270503)\n\n"
        "Assistant (Archives) (270503)\n\n" + _LISTS
    )
    assert imported(text).title.en == "Assistant (Archives)"


def test_a_lettered_list_is_read_above_a_page_s_similar_jobs() -> None:
    text = (
        "Title: Officer\nGrade: G16\n\nEssential:\na. A university degree in engineering.\n"
        "b. At least 8 years of experience in quality assurance.\n\n"
        "Desirable:\na. Master's degree in a relevant field.\nb. Six Sigma Green Belt.\n\n"
        "Eligibility\nOnly nationals of NATO member countries are eligible.\n\n"
        "Similar jobs\n- Quality Assurance Technician, NSPA, Capellen, G10\n"
        "- Contracting Officer, NCIA, The Hague, G15\n"
    )
    vacancy = imported(text)
    assert [c.text.en for c in vacancy.desirable] == [
        "Master's degree in a relevant field",
        "Six Sigma Green Belt",
    ]
    assert [c.kind for c in vacancy.desirable] == ["education", "certification"]


def test_a_collapsed_page_s_desirable_heading_and_nationality_start_lines() -> None:
    text = (
        "Officer | Vacancy 270266 | Grade G16 | Closing date: 16 February 2027 | The Agency "
        "provides services to NATO customers and runs its private cloud for them. Essential "
        "qualifications: • A university degree in engineering. • At least 6 years of "
        "experience in IT service management. Desirable qualifications: • Microsoft Azure or "
        "VMware certification. • Knowledge of French. Nationality: only nationals of NATO "
        "member states are eligible.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential] == ["nationality", "education", "experience"]
    assert [c.text.en for c in vacancy.desirable] == [
        "Microsoft Azure or VMware certification",
        "Knowledge of French",
    ]
    assert vacancy.desirable[0].any_of == ["Microsoft Azure", "VMware"]
    assert (vacancy.reference, str(vacancy.grade)) == ("270266", "G16")


def test_a_list_in_labelled_parts_goes_on_past_skills_and_other() -> None:
    text = (
        "Title: Technician\nGrade: G10\n\nQualifications required:\n\n"
        "Education and experience\n - Minimum of 4 years' experience in maintenance.\n\n"
        "Skills\n - Working knowledge of Linux.\n\n"
        "Other\n - Must hold a valid category B driving licence.\n\n"
        "Desirable:\n - Knowledge of German.\n\nOpen to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["experience", "statement", "driving_licence"]


def test_a_social_site_s_name_and_menu_are_no_title_and_a_reference_in_a_sentence_is_read() -> None:
    text = (
        "LinkedIn\nHome  My Network  Jobs  Messaging  Notifications\n\n"
        "Budget Analyst\nNATO Support and Procurement Agency (NSPA) · Luxembourg · 2 weeks ago\n\n"
        "About the job\nNSPA is looking for a Budget Analyst (G14) - Vacancy NSPA 27-0301.\n"
        "Closing date: 12 March 2027.\n\n" + _LISTS
    )
    vacancy = imported(text)
    assert (vacancy.title.en, vacancy.reference) == ("Budget Analyst", "NSPA-27-0301")
    assert any(
        item.code == "header_guessed" and item.field == "reference" for item in vacancy.review
    )


def test_a_forwarder_s_internal_deadline_is_not_the_notice_s() -> None:
    text = (
        "Subject: FW: NATO vacancy - Contracting Officer\n\n"
        "Dear colleagues, our internal deadline for nominations is 2 February 2027.\n\n"
        "> NATO Communications and Information Agency\n"
        "> Contracting Officer (NCIA-27-210), grade G15\n>\n"
        "> Essential requirements:\n> - University degree in law;\n"
        "> - a minimum of five years' experience in public procurement.\n>\n"
        "> Applications must be received by 5 February 2027.\n"
        "> The NCIA accepts applications from nationals of NATO member nations only.\n"
    )
    vacancy = imported(text)
    assert vacancy.deadline.date.isoformat() == "2027-02-05"
    assert (vacancy.title.en, vacancy.reference, str(vacancy.grade)) == (
        "Contracting Officer",
        "NCIA-27-210",
        "G15",
    )


def test_deadlines_with_a_time_after_t_or_a_two_figure_year_are_read() -> None:
    from screener.importer.header import parse_deadline

    iso = parse_deadline("2027-02-14T23:59")
    assert iso is not None and (iso.date.isoformat(), str(iso.time)) == ("2027-02-14", "23:59:00")
    short = parse_deadline("14/02/27")
    assert short is not None and short.date.isoformat() == "2027-02-14"
    assert parse_deadline("31/02/27") is None
