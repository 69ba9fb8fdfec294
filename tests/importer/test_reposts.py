"""Notices as people pass them on: a newsletter listing other vacancies above the one it
features, a job board's page with its own name, menus and dates around the notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_support import imported, title_reference_grade

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
    assert title_reference_grade(vacancy) == (
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


def test_a_channel_s_emoji_post_reads_its_headings_and_header_facts() -> None:
    text = (
        "Forwarded from NATO Jobs Channel\n🔔 NEW VACANCY 🔔\n"
        "📌 Cyber Security Engineer – NCIA (The Hague)\n"
        "🏷️ Grade: G15 | Ref: NCIA-27-077\n⏰ Deadline: 21 March 2027\n\n"
        "✅ Required:\n• Master's degree in computer science\n• 5+ years in cyber defence\n"
        "• CISSP or CISM\n➕ Nice to have:\n• French\n\n"
        "🌍 Open to nationals of NATO countries only\n"
    )
    vacancy = imported(text)
    assert title_reference_grade(vacancy) == (
        "Cyber Security Engineer",
        "NCIA-27-077",
        "G15",
    )
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience", "certification"]
    assert [(c.kind, c.language) for c in vacancy.desirable] == [("language", "fr")]


def test_a_recruiter_s_slogan_is_no_title() -> None:
    text = "📢 We're hiring!\nNSPA – NATO Support and Procurement Agency\n\n" + _LISTS
    assert imported(text).title.en != "We're hiring!"


def test_a_ministry_s_endorsement_deadline_is_not_the_notice_s() -> None:
    text = (
        "Ministry of Defence - Directorate of International Postings\n"
        "Deadline for national endorsement: 25 January 2027\n\n"
        "Allied Joint Force Command Brunssum\nLogistics Assistant\n"
        "Post number: JFCBS 27/045\nNATO Grade: B-4\nClosing date: 8 February 2027\n\n" + _LISTS
    )
    assert imported(text).deadline.date.isoformat() == "2027-02-08"


def test_a_saved_job_board_page_s_menu_and_sidebars_give_no_title(tmp_path: Path) -> None:
    from screener.importer import import_notice_file

    page = tmp_path / "board.html"
    page.write_text(
        "<html><body><nav><ul><li>Home</li><li>Jobs</li><li>Sign in</li></ul></nav>"
        "<aside><h3>Recently viewed</h3><ul><li>HR Assistant - NATO IS - G8</li></ul></aside>"
        "<main><h1>Procurement Officer</h1><p>NATO Support and Procurement Agency (NSPA)</p>"
        "<dl><dt>Reference</dt><dd>NSPA 27-0555</dd><dt>Grade</dt><dd>G15</dd></dl>"
        "<h3>Essential</h3><ul><li>Five years of experience in public procurement.</li></ul>"
        "<p>Only nationals of NATO member countries may apply.</p></main></body></html>",
        encoding="utf-8",
    )
    vacancy = import_notice_file(page).vacancy
    assert (vacancy.title.en, vacancy.reference) == ("Procurement Officer", "NSPA-27-0555")


def test_an_attache_s_forward_gives_the_notice_s_title_not_the_greeting() -> None:
    text = (
        "From: Defence Attaché Office <dao@embassy.example>\nTo: Nationals list\n"
        "Subject: Vacancy at NATO HQ: Senior Policy Officer (Arms Control), ref. 270812, "
        "deadline 7 February 2027\n\nDear all,\n\nPlease see the vacancy below.\n\nBest,\nDAO\n\n"
        "Senior Policy Officer (Arms Control)\nGrade: A4\n\n" + _LISTS
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Senior Policy Officer (Arms Control)"
    assert (vacancy.reference, vacancy.deadline.date.isoformat()) == ("270812", "2027-02-07")


def test_a_digest_of_several_notices_reads_the_first_and_says_so() -> None:
    first = (
        "Logistics Officer (NSPA-27-0101)\nNATO Support and Procurement Agency\nGrade: G14\n"
        "Essential:\n- University degree in logistics;\n- 5 years of experience in logistics.\n\n"
    )
    second = (
        "HR Assistant (271333)\nNATO International Staff\nGrade: G8\n"
        "Essential:\n- Higher secondary education;\n- 3 years of experience in HR.\n\n"
    )
    vacancy = imported(f"NATO Careers Digest\n\n{first}{second}Open to nationals of NATO states.")
    assert (vacancy.reference, vacancy.title.en) == ("NSPA-27-0101", "Logistics Officer")
    several = [item for item in vacancy.review if item.code == "several_notices"]
    assert [item.values["references"] for item in several] == ["271333"]
    assert "other vacancies besides this one (271333)" in several[0].message


def test_a_bilingual_notice_is_one_notice() -> None:
    text = (
        "Assistant (Archives) (270503)\n\nESSENTIAL\n- higher secondary education.\n\n"
        "Assistant(e) (Archives) (270503)\n\nACQUIS ESSENTIELS\n- études secondaires.\n"
    )
    assert not [item for item in imported(text).review if item.code == "several_notices"]


def test_a_french_board_s_address_menu_and_dates_are_not_the_notice_s() -> None:
    text = (
        "Emploi-Défense.fr | Offres | Connexion\n\n"
        "Publié le 12/01/2027 | Date limite : 28/02/2027\n\n"
        "Assistant(e) administratif(ve) - OTAN (NSPA) - Capellen\n"
        "Référence : NSPA-27-0900\nGrade : G6\n\n"
        "ACQUIS ESSENTIELS\n- au moins deux ans d'expérience en secrétariat.\n\n"
        "Seuls les ressortissants des pays membres de l'OTAN peuvent postuler.\n"
    )
    vacancy = imported(text)
    assert vacancy.title.fr == "Assistant(e) administratif(ve)"
    # The board's "Date limite" is the only date: kept, as a flagged guess.
    assert vacancy.deadline.date.isoformat() == "2027-02-28"
    assert any(
        item.code == "header_guessed" and item.field == "deadline" for item in vacancy.review
    )


def test_more_reference_labels_and_an_address_s_post_code_is_none() -> None:
    def reference(line: str) -> str:
        return imported(f"Title: Officer\n{line}\nGrade: G12\n\n{_LISTS}").reference

    assert reference("Vacancy Number: 2027/IS/045") == "2027-IS-045"
    assert reference("Job Code: NCIA-SEC-27-01") == "NCIA-SEC-27-01"
    assert reference("Post code: 1110 Brussels") == "imported-notice"


def test_a_board_s_other_vacancies_give_no_body_and_no_deadline() -> None:
    text = (
        "Title: Officer\nGrade: G12\n\n" + _LISTS + "\nSimilar jobs: Cloud Architect – NCIA – "
        "G17 – Deadline 02.03.2027 | Buyer – NSPA\n"
    )
    vacancy = imported(text)
    assert vacancy.nato_body == "(not found in the notice)"
    assert any(
        item.code == "header_missing" and item.field == "deadline" for item in vacancy.review
    )


def test_a_newsletter_s_job_of_the_week_with_its_key_facts_below_the_lists() -> None:
    text = (
        "Job of the week: Intelligence Analyst at NATO HQ\n\n"
        "The Joint Intelligence and Security Division is looking for an analyst.\n\n"
        "What you need:\n- A university degree in political science.\n"
        "- At least 4 years of experience in intelligence analysis.\n\n"
        "Key facts\nReference: 271777\nGrade: G15\nClosing date: 9 April 2027\n\n"
        "Only nationals of NATO member countries may apply.\n"
    )
    vacancy = imported(text)
    assert title_reference_grade(vacancy) == ("Intelligence Analyst", "271777", "G15")
    assert vacancy.deadline.date.isoformat() == "2027-04-09"


def test_a_job_site_s_logo_in_small_letters_and_its_menu_are_no_title() -> None:
    text = (
        "indeed\nFind jobs   Company reviews   Salary guide\n\nFinance Assistant\n"
        "NATO Communications and Information Agency\nThe Hague\n\n"
        "Full job description\nVacancy: NCIA-27-0450\nGrade: G8\n\n" + _LISTS
    )
    assert title_reference_grade(imported(text)) == ("Finance Assistant", "NCIA-27-0450", "G8")


@pytest.mark.parametrize(
    "sentence",
    [
        "Applications must reach us by noon on Friday 5 March 2027.",
        "Send your application no later than 5 March 2027.",
        "Applications will be accepted until 5 March 2027.",
        "Candidatures à envoyer avant le 5 mars 2027.",
    ],
)
def test_more_deadline_sentences_are_read(sentence: str) -> None:
    vacancy = imported(f"Title: Officer\nGrade: G12\n\n{_LISTS}{sentence}\n")
    assert vacancy.deadline.date.isoformat() == "2027-03-05"


def test_a_start_date_is_no_deadline() -> None:
    text = f"Title: Officer\nGrade: G12\n\n{_LISTS}The candidate should start no later than 1 June 2027.\n"
    assert any(
        item.code == "header_missing" and item.field == "deadline" for item in imported(text).review
    )


def test_pictures_marking_a_list_s_items_are_bullets() -> None:
    text = (
        "📢 We're hiring: Logistics Officer (NSPA-27-0808)\nGrade: G14\n\nWhat you need:\n"
        "🎓 Master's degree in logistics\n💼 5 years of experience in supply chain\n"
        "🗣️ English level V\n\nNice to have:\n🌍 Experience in a multinational organisation\n\n"
        "🌍 Open to nationals of NATO member states.\n👉 Apply on the NSPA careers site\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential] == [
        "nationality",
        "education",
        "experience",
        "official_languages",
    ]
    assert [c.text.en for c in vacancy.desirable] == ["Experience in a multinational organisation"]
