"""The twenty-eighth to thirty-first blind batches' list misses: desirable lists under headings
and lead-ins the importer did not know (lost without a word), a page footer splitting a
bullet, a job board's footer read as a requirement, availability outside normal hours, and
alternatives lost from a certification."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported, list_texts

_ESSENTIAL = (
    "Must-have\n"
    "• A university degree in business or a related field.\n"
    "• At least 4 years of experience in project management.\n\n"
)
_WISHED = "• Knowledge of French.\n• Experience with SAP.\n\nEligibility\nOpen to all.\n"


@pytest.mark.parametrize(
    "lead_in",
    [
        "Nice-to-have",
        "It would be nice if you also have:",
        "It is also desirable that you have:",
        "Ideally, you will also bring:",
        "Bonus points if you have:",
        "The following would be beneficial:",
        "Good to haves",
        "You'll stand out if you have:",
        "Would be great if you have:",
        "We'd love it if you also had:",
    ],
)
def test_a_desirable_list_under_any_wished_heading_or_lead_in_is_read(lead_in: str) -> None:
    essential, desirable = list_texts(NOTICE_TOP + _ESSENTIAL + lead_in + "\n" + _WISHED)
    assert len(essential) == 2
    assert desirable == ["Knowledge of French", "Experience with SAP"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Ce serait un plus si vous avez :",
        "Idéalement, vous avez aussi :",
        "Atouts :",
        "Nous apprécierions également :",
        "Vous vous démarquerez si vous avez :",
        "Un atout :",
        "Appréciés :",
    ],
)
def test_a_french_desirable_lead_in_opens_the_desirable_list(lead_in: str) -> None:
    text = NOTICE_TOP + (
        "Le titulaire du poste doit :\n"
        "- être titulaire d'un diplôme universitaire en gestion ;\n"
        "- avoir au moins 4 ans d'expérience en gestion de projets.\n\n"
        f"{lead_in}\n- connaissance de l'allemand ;\n- expérience de SAP.\n\n"
        "Conditions d'emploi\nContrat de trois ans.\n"
    )
    vacancy = imported(text)
    assert len(vacancy.desirable) == 2
    assert "allemand" in (vacancy.desirable[0].text.fr or "")


@pytest.mark.parametrize(
    "essential_lead_in", ["You must have:", "What you must bring:", "Must haves"]
)
def test_a_you_must_lead_in_opens_the_essential_list(essential_lead_in: str) -> None:
    text = NOTICE_TOP + (
        "What you will do\n- Organise meetings.\n- Draft reports.\n\n"
        f"{essential_lead_in}\n- A university degree in engineering.\n"
        "- At least 6 years of experience in research management.\n\n"
        "It is also desirable that you have:\n- A doctorate (PhD).\n"
    )
    essential, desirable = list_texts(text)
    assert essential == [
        "A university degree in engineering",
        "At least 6 years of experience in research management",
    ]
    assert desirable == ["A doctorate (PhD)"]


def test_a_list_after_the_lists_under_unknown_words_is_quoted_for_review() -> None:
    text = NOTICE_TOP + (
        "Must-have\n• A university degree in business.\n"
        "• At least 4 years of experience in project management.\n\n"
        "It would be grand if you came with:\n• Knowledge of French.\n• Experience with SAP.\n\n"
        "What we offer:\n• A tax-free salary.\n• An education allowance.\n"
    )
    vacancy = imported(text)
    lost = [item for item in vacancy.review if item.code == "list_not_read"]
    assert len(lost) == 1
    assert "It would be grand" in lost[0].message and "Knowledge of French" in lost[0].message
    assert "salary" not in lost[0].message


def test_what_a_post_offers_after_the_lists_is_not_reported() -> None:
    text = NOTICE_TOP + (
        "Essential:\n- A university degree in business.\n- At least 4 years of experience.\n\n"
        "Desirable:\n- Knowledge of French.\n\nWhat we offer:\n- A tax-free salary.\n"
        "- An education allowance for children.\n\nHow to apply:\n- Send your CV.\n"
    )
    assert "list_not_read" not in {item.code for item in imported(text).review}


_LANGUAGES_LEVELS = '  V ("Advanced") in one; III ("Intermediate") in the other.\n'


@pytest.mark.parametrize(
    ("cut", "rest"),
    [
        (
            "- possess the following levels of NATO's official languages (English/French):\n",
            _LANGUAGES_LEVELS,
        ),
        ("- have a university degree in\n", "Computer Science or a related field;\n"),
        ("- have at least 5 years of experience in archives,\n", "Records Management or both;\n"),
        (
            "- have experience of records management\n  systems, including:\n",
            "SharePoint and Documentum;\n",
        ),
        ("- have a university degree in Law\n", "Economics or a related field;\n"),
    ],
)
@pytest.mark.parametrize(
    "footer",
    [
        "NATO UNCLASSIFIED                  - 1 -                         261955\n",
        "Page 1 of 2\n",
        "-----------------------------\nNATO UNCLASSIFIED\n-----------------------------\n",
    ],
)
def test_an_item_cut_by_a_page_footer_is_joined_to_its_rest(
    cut: str, rest: str, footer: str
) -> None:
    text = NOTICE_TOP + (
        "ESSENTIAL\nThe incumbent must:\n- have a sound knowledge of archival standards;\n"
        f"{cut}\n{footer}\n{rest}\nDESIRABLE\n- a post-graduate degree in archival science.\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 2
    assert " ".join(rest.split()).rstrip(";.") in essential[1]
    assert desirable == ["a post-graduate degree in archival science"]


def test_the_levels_after_a_page_break_make_the_official_languages_criterion() -> None:
    text = NOTICE_TOP + (
        "ESSENTIAL\nThe incumbent must:\n- have a university degree;\n"
        "- possess the following minimum levels of NATO's official languages (English/French):\n"
        "\nNATO UNCLASSIFIED - 1 -\n\n" + _LANGUAGES_LEVELS + "\nDESIRABLE\n- a PhD.\n"
    )
    assert imported(text).essential[2].kind == "official_languages"


def test_a_heading_after_a_page_break_still_ends_the_item() -> None:
    text = NOTICE_TOP + (
        "ESSENTIAL\nThe incumbent must:\n- have a university degree;\n"
        "- have experience with the following tools:\n\nPage 1 of 2\n\n"
        "DESIRABLE\n- a PhD.\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 2 and desirable == ["a PhD"]


@pytest.mark.parametrize(
    "footer",
    [
        "\nSalary: tax-free, according to NATO scales\n"
        "More jobs like this:  Staff Officer · Systems Engineer\n",
        "Salary: tax-free, according to NATO scales\n",
        "\nSimilar jobs\nLogistics Officer · Budget Assistant\n",
        "Salaire : net d'impôt, selon les barèmes OTAN\n",
        "Start date: 1 April 2027\n",
    ],
)
def test_a_job_boards_footer_under_an_unmarked_list_is_not_a_requirement(footer: str) -> None:
    text = NOTICE_TOP + (
        "Required\nUniversity degree in a relevant field.\n"
        "At least 5 years' experience in air operations.\n"
        "Preferred\nCompletion of a NATO evaluator course.\nGerman SLP 2222.\n" + footer
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 2
    assert len(desirable) == 2 and desirable[1].startswith("German SLP 2222")


@pytest.mark.parametrize(
    ("bullet", "needs"),
    [
        ("be able to respond to incidents outside normal working hours", ["outside_office_hours"]),
        ("Respond to building incidents out of hours", ["outside_office_hours"]),
        ("Support users out-of-hours during exercises", ["outside_office_hours"]),
        ("participate in the section's on-call rota", ["on_call"]),
        ("Attend call-outs after hours to restore power", ["on_call", "outside_office_hours"]),
        ("intervenir en dehors des heures de service en cas d'incident", ["outside_office_hours"]),
        ("Occasional weekend work", ["weekends"]),
        ("être disponible les soirs et week-ends", ["outside_office_hours", "weekends"]),
        ("be on standby during exercises", ["on_call"]),
    ],
)
def test_working_outside_normal_hours_is_availability_whatever_the_verb(
    bullet: str, needs: list[str]
) -> None:
    text = (
        NOTICE_TOP + f"ESSENTIAL\nThe incumbent must:\n- have a university degree;\n- {bullet}.\n"
    )
    criterion = imported(text).essential[2]
    assert criterion.kind == "availability"
    assert [str(need) for need in criterion.needs] == needs  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "bullet",
    [
        "Experience of working outside normal hours",
        "Knowledge of on-call procedures",
        "Manage the on-call rota of the section",
    ],
)
def test_knowing_or_organising_availability_is_not_the_candidates_own(bullet: str) -> None:
    text = (
        NOTICE_TOP + f"ESSENTIAL\nThe incumbent must:\n- have a university degree;\n- {bullet}.\n"
    )
    assert imported(text).essential[2].kind != "availability"


@pytest.mark.parametrize(
    ("bullet", "names"),
    [
        ("avoir la qualification BA4/BA5 (RGIE) ou une habilitation équivalente", ["BA4", "BA5"]),
        ("hold a CISSP (ISC2) certification", ["CISSP"]),
        (
            "Microsoft certification (e.g. Microsoft 365 Certified: Modern Desktop Administrator) "
            "or CompTIA Network+",
            ["Microsoft", "CompTIA Network+"],
        ),
        ("Cisco certification or CompTIA Network+", ["Cisco", "CompTIA Network+"]),
        ("Professional certification or CompTIA A+", ["CompTIA A+"]),
        ("Linux certification (RHCSA or LPIC-1) or equivalent", ["RHCSA", "LPIC-1"]),
        (
            "a recognised IT certification (e.g. CompTIA, Microsoft or Cisco)",
            ["CompTIA", "Microsoft", "Cisco"],
        ),
        (
            "IT certification such as CompTIA A+, Microsoft or Cisco",
            ["CompTIA A+", "Microsoft", "Cisco"],
        ),
    ],
)
def test_every_certificate_offered_is_kept_and_a_bracketed_gloss_is_not_one(
    bullet: str, names: list[str]
) -> None:
    text = (
        NOTICE_TOP + f"ESSENTIAL\nThe incumbent must:\n- have a university degree;\n- {bullet}.\n"
    )
    criterion = imported(text).essential[2]
    assert criterion.kind == "certification"
    assert criterion.any_of == names  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "bullet",
    [
        "Technical secondary diploma (e.g. perito elettrotecnico) or equivalent",
        "hold a technical secondary school diploma (A2 or equivalent) in HVAC",
        "Technological secondary diploma in electronics",
    ],
)
def test_a_technical_secondary_diploma_is_higher_secondary(bullet: str) -> None:
    text = (
        NOTICE_TOP + f"ESSENTIAL\nThe incumbent must:\n- {bullet};\n- have 3 years' experience.\n"
    )
    assert str(imported(text).essential[1].min_level) == "higher_secondary"  # type: ignore[union-attr]


def test_an_unmarked_list_under_an_unknown_lead_in_is_quoted_for_review() -> None:
    text = NOTICE_TOP + (
        "Must-have\n• A university degree in business.\n"
        "• At least 4 years of experience in project management.\n\n"
        "It would be grand if you came with:\nKnowledge of French.\nExperience with SAP.\n\n"
        "How to apply:\nSend your CV.\nA motivation letter.\n"
    )
    lost = [item for item in imported(text).review if item.code == "list_not_read"]
    assert len(lost) == 1 and "Experience with SAP" in lost[0].message
    assert "motivation" not in lost[0].message


_REQUIRED = (
    "Requirements:\n- A university degree in business.\n"
    "- At least 4 years of experience in project management.\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Nice to have:", "Preferred:", "It would be an advantage if you have:", "Atouts :"],
)
def test_a_desirable_lead_in_written_as_a_list_item_opens_the_desirable_list(
    heading: str,
) -> None:
    text = (
        NOTICE_TOP
        + _REQUIRED
        + (f"- {heading}\n- Knowledge of French.\n- Experience with SAP.\n\nAbout us\nAn agency.\n")
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 2
    assert desirable == ["Knowledge of French", "Experience with SAP"]


@pytest.mark.parametrize(
    "line",
    [
        "Nice to have: knowledge of French; experience with SAP.",
        "Nice-to-have: knowledge of French; experience with SAP.",
        "Assets: knowledge of French; experience with SAP.",
        "Advantageous but not essential:\n- knowledge of French;\n- experience with SAP.",
    ],
)
def test_a_desirable_list_on_its_lead_ins_line_or_under_an_asset_heading_is_read(
    line: str,
) -> None:
    text = NOTICE_TOP + _REQUIRED + f"\n{line}\n\nAbout us\nAn agency.\n"
    assert list_texts(text)[1] == ["knowledge of French", "experience with SAP"]


def test_a_french_desirable_list_under_constituent_des_atouts_is_read() -> None:
    text = NOTICE_TOP + (
        "Profil requis\n- diplôme universitaire en gestion ;\n"
        "- au moins 4 ans d'expérience en gestion de projets.\n\n"
        "Constituent des atouts :\n- la connaissance de l'allemand ;\n- l'expérience de SAP.\n\n"
        "À propos\nNous sommes une agence.\n"
    )
    assert len(imported(text).desirable) == 2


@pytest.mark.parametrize(
    "tail",
    [
        "• Salary: tax-free, according to NATO scales\n• Start date: 1 April 2027\n",
        "Salary: tax-free\nMore jobs like this: Officer · Assistant\n",
        "\nJob details\n• Salary: tax-free\n• Contract type: definite duration\n",
    ],
)
def test_a_job_boards_facts_right_under_a_bulleted_list_are_not_requirements(tail: str) -> None:
    text = NOTICE_TOP + (
        "Requirements\n• A university degree.\n• At least 4 years of experience.\n\n"
        "Nice to have\n• Knowledge of French.\n• Experience with SAP.\n" + tail
    )
    assert list_texts(text)[1] == ["Knowledge of French", "Experience with SAP"]
