"""The nineteenth to twenty-first blind batches, and what they brought: representative mixes of
careers pages, PDF text, job-board reposts, forwarded e-mails and national circulars, whose
misses gave candidates wrong verdicts (the wrong nations, requirements lost or filed as
assets, a doctorate read as a bachelor's)."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported, list_texts

from screener.importer.recognizers import recognize

# --- Who may apply -----------------------------------------------------------------------------


def test_a_forwarders_cover_note_does_not_set_who_may_apply() -> None:
    text = (
        "From: Ministry desk\nSubject: FW: vacancy\n\nDear colleagues,\n\nPlease find below a "
        "vacancy. Slovakia is a sponsoring nation, so Slovak nationals may apply.\n\n"
        "-----Original Message-----\nFrom: Personnel\n\n"
        + NOTICE_TOP
        + "The post is open to nationals of the Sponsoring Nations: the Czech Republic, "
        "Germany, Slovakia and the United States.\n\nRequirements:\n* A university degree.\n"
    )
    rule = imported(text).essential[0]
    assert rule.scope == "listed"  # type: ignore[union-attr]
    assert sorted(rule.countries) == ["CZ", "DE", "SK", "US"]  # type: ignore[union-attr]


# --- Lists ---------------------------------------------------------------------------------


def test_numbered_items_under_lettered_parts_are_requirements_of_their_own() -> None:
    text = NOTICE_TOP + (
        "5. ESSENTIAL QUALIFICATIONS.\n\n   a. Professional experience.\n"
        "      (1) At least 10 years of experience in public sector accounting.\n"
        "      (2) Experience in preparing financial statements under IPSAS.\n"
        "   b. Education and training.\n      (1) A university degree in accounting.\n"
        "      (2) A professional accountancy qualification (CPA, ACCA or CIMA).\n\n"
        "   c. Language. English - SLP 4444.\n\n6. DESIRABLE QUALIFICATIONS.\n\n"
        "   a. Professional experience.\n      (1) Experience with an ERP system.\n\n"
        "7. REMARKS. Only nationals of NATO member nations may apply.\n"
    )
    essential, desirable = list_texts(text)
    assert essential[:4] == [
        "At least 10 years of experience in public sector accounting",
        "Experience in preparing financial statements under IPSAS",
        "A university degree in accounting",
        "A professional accountancy qualification (CPA, ACCA or CIMA)",
    ]
    assert essential[4].startswith("Language. English - SLP 4444")
    assert desirable == ["Experience with an ERP system"]


@pytest.mark.parametrize(
    ("heading", "lead_in"),
    [("Advantages:", "Requirements:"), ("Atouts (conditions souhaitables)", "Le titulaire doit :")],
)
def test_other_names_of_the_desirable_list_open_it(heading: str, lead_in: str) -> None:
    text = NOTICE_TOP + f"{lead_in}\n* A university degree.\n\n{heading}\n* Knowledge of Czech.\n"
    _, desirable = list_texts(text)
    assert desirable == ["Knowledge of Czech"]


def test_a_line_marked_essential_in_the_desirable_list_is_essential() -> None:
    text = NOTICE_TOP + (
        "Essential\n- A PhD in oceanography.\n\nDesirable\n- Experience of sea trials.\n\n"
        "Language proficiency\n- English: V (Advanced) - essential\n"
        "- Italian: any level - desirable\n"
    )
    vacancy = imported(text)
    assert vacancy.essential[-1].kind == "official_languages"
    assert [c.text.en for c in vacancy.desirable][-1].startswith("Italian")
    assert any(r.code == "essential_in_desirable_list" for r in vacancy.review)


def test_an_unmarked_list_ends_where_the_job_board_s_own_lines_start() -> None:
    text = NOTICE_TOP + (
        "Essential qualifications:\nUniversity degree in law.\nAt least 10 years of experience "
        "in contracting.\n\nDesirable qualifications:\nMaster's degree in law.\nKnowledge of "
        "NAPMO procedures.\n\n"
        "Applications must be made through the NATO Talent Acquisition Platform.\n\n"
        "Seniority level\nDirector\n"
    )
    _, desirable = list_texts(text)
    assert desirable == ["Master's degree in law", "Knowledge of NAPMO procedures"]


# --- Bullets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind", "params"),
    [
        (
            "A university degree in physics or a related discipline, with a PhD in acoustics.",
            "en",
            "education",
            {"min_level": "doctorate"},
        ),
        (
            "a university degree in interpretation or a university degree in any discipline "
            "together with a post-graduate qualification",
            "en",
            "education",
            {"min_level": "bachelor"},
        ),
        (
            "diplôme d'ingénieur ou master en génie mécanique",
            "fr",
            "education",
            {"min_level": "master"},
        ),
        (
            "être titulaire du diplôme SSIAP 2 (chef d'équipe de sécurité incendie)",
            "fr",
            "certification",
            {"any_of": ["SSIAP"]},
        ),
        (
            "Valid PES/PAV qualification for electrical work (CEI 11-27)",
            "en",
            "certification",
            {"any_of": ["PES", "PAV"]},
        ),
        (
            "accepter de travailler en service posté, y compris la nuit",
            "fr",
            "availability",
            {"needs": ["shifts", "nights"]},
        ),
        (
            "willing to work outside normal office hours and to go on field study trips",
            "en",
            "availability",
            {"needs": ["outside_office_hours", "travel"]},
        ),
        (
            "Knowledge of military airworthiness and certification requirements (EMAR 21)",
            "en",
            "statement",
            {},
        ),
    ],
)
def test_bullets_read_as_the_candidate_must_meet_them(
    text: str, lang: str, kind: str, params: dict[str, object]
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == kind
    got = {key: typing.params.get(key) for key in params}
    assert got == params


# --- Header --------------------------------------------------------------------------------


def test_an_office_s_endorsement_deadline_is_not_the_notice_s() -> None:
    text = (
        "Title: Systems Engineer\nNATO Grade: G17\n\n1. UK candidates apply through the office "
        "so that the application can be endorsed and forwarded. Applications must reach the "
        "office by 4 January 2027.\n\nAnnex A\nClosing date:      15 January 2027\n\n"
        "ESSENTIAL\n- A university degree.\n"
    )
    assert str(imported(text).deadline.date) == "2027-01-15"


def test_a_site_s_name_above_its_breadcrumb_is_no_title() -> None:
    text = (
        "EURAXESS - Researchers in Motion\nJobs & Funding > Job offer\n\n"
        "Scientist (Ocean Modelling)\n\nOrganisation/Company:  NATO STO - Centre for Maritime "
        "Research and Experimentation (CMRE)\nApplication Deadline:  31 Jan 2027\n\n"
        "Essential:\n- A PhD in oceanography.\n"
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Scientist (Ocean Modelling)"
    assert vacancy.nato_body.startswith("NATO STO")
