"""The seventh and eighth blind batches, and what they brought: full-length notices whose
qualifications come in labelled parts or labelled paragraphs, notices with no headings at all,
OCR'd scans, emoji bullets, a header run onto one line, per-language official levels, STANAG
profiles of other languages, and the wrong answers that would have hurt a candidate."""

from __future__ import annotations

import tomllib

import pytest

from screener.importer import import_notice_text
from screener.importer.recognizers import recognize
from screener.importer.toml_writer import vacancy_to_toml

_TOP = "Title: Technician\nNATO Grade: G7\nApplication Deadline: 1 March 2027\n\n"


def _lists(text: str) -> tuple[list[str], list[str]]:
    vacancy = import_notice_text(text, "notice.txt").vacancy
    return [c.text.en for c in vacancy.essential[1:]], [c.text.en for c in vacancy.desirable]


# --- Wrong answers that would hurt a candidate ------------------------------------------------


def test_a_duty_station_in_a_one_line_header_is_not_the_nations_allowed() -> None:
    text = (
        "Legal Assistant Reference 271402 Primary Location Belgium-Brussels NATO Body NATO "
        "International Staff (NATO IS) Schedule Full-time Application Deadline 01-Mar-2027 "
        "Grade NATO Grade G10-G12 Clearance Level CTS Description Please note that we can only "
        "accept applications from nationals of NATO member countries.\n\n"
        "ESSENTIAL\n- A university degree.\n"
    )
    vacancy = import_notice_text(text, "n.txt").vacancy
    nationality = vacancy.essential[0]
    assert (nationality.scope, nationality.countries) == ("nato_members", [])
    assert nationality.text.en.startswith("Please note")
    # The header's labels are read again once split: reference, title, grade.
    assert (vacancy.reference, vacancy.title.en) == ("271402", "Legal Assistant")
    assert (str(vacancy.grade.min), str(vacancy.grade.max)) == ("G10", "G12")


def test_per_language_levels_are_kept_even_after_both() -> None:
    typing = recognize(
        "The incumbent must have a very good command of both NATO official languages: "
        "English, level V (Advanced), and French, level IV (Upper Intermediate).",
        "en",
    )
    assert typing.kind == "official_languages"
    assert (typing.params["mode"], typing.params["en"], typing.params["fr"]) == (
        "per_language",
        "V",
        "IV",
    )


@pytest.mark.parametrize(
    ("bullet", "names"),
    [
        (
            "AWS Certified Solutions Architect - Professional or Microsoft Azure Solutions "
            "Architect Expert.",
            ["AWS Certified Solutions Architect - Professional", "Microsoft Azure"],
        ),
        (
            "Red Hat Certified Engineer (RHCE) or Certified Kubernetes Administrator (CKA).",
            ["RHCE", "CKA"],
        ),
        ("Certified Technical Communicator (tekom) or CPTC certificate.", ["tekom", "CPTC"]),
        ("ITIL v4 Managing Professional.", ["ITIL v4 Managing Professional"]),
    ],
)
def test_no_alternative_certificate_is_dropped(bullet: str, names: list[str]) -> None:
    typing = recognize(bullet, "en")
    assert typing.kind == "certification"
    found = typing.params["any_of"]
    assert len(found) == len(names) and all(any(name in got for got in found) for name in names), (
        found
    )


def test_a_deadline_closing_on_a_us_date_is_read() -> None:
    text = "Plans Officer\nReference #: JFCNF-CIV-27-004\nApplication closes: Feb 19, 2027\n\n"
    vacancy = import_notice_text(text + "ESSENTIAL\n- A university degree.\n", "n.txt").vacancy
    assert vacancy.deadline.date.isoformat() == "2027-02-19"
    assert not [r for r in vacancy.review if r.field == "deadline"]


def test_a_missing_deadline_is_flagged_and_marked_a_placeholder_in_the_file() -> None:
    text = "Title: Technician\nNATO Grade: G7\n\nESSENTIAL\n- A university degree.\n"
    vacancy = import_notice_text(text, "n.txt").vacancy
    flagged = [r for r in vacancy.review if r.field == "deadline"]
    assert flagged and "not the notice's deadline" in flagged[0].message
    written = vacancy_to_toml(vacancy)
    line = next(x for x in written.splitlines() if x.startswith("deadline ="))
    assert "# placeholder" in line
    assert tomllib.loads(written)["deadline"]["date"] == vacancy.deadline.date


@pytest.mark.parametrize(
    ("bullet", "code", "profile"),
    [
        ("Portuguese language, SLP 2222.", "pt", "2222"),
        ("German SLP 3232", "de", "3232"),
        ("Italian language, SLP 3333 (STANAG 6001).", "it", "3333"),
        ("English SLP 3333", "en", "3333"),
    ],
)
def test_a_language_at_a_stanag_profile_is_that_language_at_that_profile(
    bullet: str, code: str, profile: str
) -> None:
    typing = recognize(bullet, "en")
    assert (typing.kind, typing.params) == (
        "language_profile",
        {"language": code, "profile": profile},
    )
    assert typing.confidence < 0.7  # another scale than NATO's: reviewed


@pytest.mark.parametrize(
    ("bullet", "code"),
    [
        ("Proficiency in Spanish at NATO SLP level 3 or higher.", "es"),
        ("German language at SLP 3 level.", "de"),
    ],
)
def test_another_language_at_a_profile_not_read_whole_is_that_language(
    bullet: str, code: str
) -> None:
    # STANAG 6001's levels are not NATO IS's I-VI (SLP 3 is not level III): no level is made
    # up, a review item asks for one.
    typing = recognize(bullet, "en")
    assert (typing.kind, typing.params["language"], typing.params["min_level"]) == (
        "language",
        code,
        None,
    )
    assert typing.confidence < 0.7


# --- Lists that were lost -------------------------------------------------------------------


def test_a_qualifications_section_in_labelled_parts_is_read_to_its_end() -> None:
    bulleted = _TOP + (
        "ESSENTIAL QUALIFICATIONS\n\nProfessional Experience:\n- At least 5 years of experience "
        "in IT service management.\n\nEducation and Training:\n- A university degree in "
        "computer science.\n- ITIL v4 Foundation certification.\n\nDESIRABLE QUALIFICATIONS\n\n"
        "Education and Training:\n- PRINCE2 Practitioner certification.\n\nREMARKS\nNone.\n"
    )
    essential, desirable = _lists(bulleted)
    assert len(essential) == 3 and essential[2] == "ITIL v4 Foundation certification"
    assert desirable == ["PRINCE2 Practitioner certification"]
    plain = _TOP + (
        "QUALIFICATIONS\n\nEducation & Experience\nHigher secondary education.\nA minimum of four "
        "years of experience in ammunition storage.\n\nLanguage\nEnglish - Intermediate Level "
        "(III).\n\nOther\nA valid category B driving licence.\n\nDESIRABLE\nKnowledge of French.\n"
    )
    essential, desirable = _lists(plain)
    assert [recognize(x, "en").kind for x in essential] == [
        "education",
        "experience",
        "official_languages",
        "driving_licence",
    ]
    assert desirable == ["Knowledge of French"]


def test_an_ocr_scan_keeps_its_headings_and_wrapped_lines() -> None:
    text = _TOP + (
        "ESSENTlAL\n-  A university degree in chemical engineering.\n-  Thorough knowledge of "
        "NATO fuel standards (STANAG\n   3747, AFLP-3747) and ASTM test methods.\n-  Valid "
        "civilian driving licence, category B.\n\nDESlRABLE\n-  ISO 9001 Lead Auditor "
        "certification.\n"
    )
    essential, desirable = _lists(text)
    assert (
        essential[1]
        == "Thorough knowledge of NATO fuel standards (STANAG 3747, AFLP-3747) and ASTM test methods"
    )
    assert len(essential) == 3 and desirable == ["ISO 9001 Lead Auditor certification"]


def test_emoji_bullets_and_decorated_headings() -> None:
    text = (
        "📢 We're hiring!\n\nTechnical Writer\n\nReference\nNSPA 27-0211\n\nWhat you need ✅\n"
        "✔ Bachelor's degree in engineering\n✔ 5 years' experience writing manuals\n\n"
        "Nice to have ➕\n➕ Experience with Arbortext\n➕ French or German language skills\n\n"
        "#NATO #Jobs\n"
    )
    vacancy = import_notice_text(text, "n.txt").vacancy
    assert vacancy.title.en == "Technical Writer"
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert len(vacancy.desirable) == 2


def test_lettered_groups_with_sub_bullets() -> None:
    text = _TOP + (
        "ESSENTIAL REQUIREMENTS\na. Professional experience:\n   - at least 5 years' experience "
        "in logistics;\n   - experience of data analysis tools:\n       o Microsoft Power BI;\n"
        "       o SQL at user level.\nb. Language: English - level V (Advanced).\n"
        "c. Travel: must be prepared to travel up to 40 days a year.\n\nDESIRABLE\n"
        "a. Education:\n   - PRINCE2 Foundation certification.\nb. Language: Italian.\n"
    )
    essential, desirable = _lists(text)
    assert essential == [
        "at least 5 years' experience in logistics",
        "experience of data analysis tools: Microsoft Power BI; SQL at user level",
        "Language: English - level V (Advanced)",
        "Travel: must be prepared to travel up to 40 days a year",
    ]
    assert desirable == ["PRINCE2 Foundation certification", "Language: Italian"]


def test_requirements_in_paragraphs_without_headings() -> None:
    text = _TOP + (
        "The person\nThe successful candidate must hold a university degree in engineering. "
        "He/she must have at least 4 years of experience at sea. The candidate must be willing "
        "to spend up to\n60 days per year at sea.\nThe candidate should be able to pass the "
        "seafarer's medical examination and must complete basic STCW safety training.\n"
        "A good command of English is essential (NATO level V).\nExperience with acoustic "
        "modems would be an asset.\nKnowledge of Italian is a plus.\n\nHow to apply\n"
        "Applications must be sent by e-mail before the deadline.\n"
    )
    essential, desirable = _lists(text)
    assert essential[2].endswith("up to 60 days per year at sea")
    assert essential[3:] == [
        "must complete basic STCW safety training",
        "A good command of English is essential (NATO level V)",
    ]
    assert desirable == [
        "The candidate should be able to pass the seafarer's medical examination",
        "Experience with acoustic modems would be an asset",
        "Knowledge of Italian is a plus",
    ]


def test_labelled_paragraphs() -> None:
    text = _TOP + (
        "QUALIFICATIONS\n\nEducation. The incumbent must hold a master's degree in history.\n\n"
        "Experience. The incumbent must have at least ten years of experience in higher "
        "education. He or she must also have proven experience in managing academic staff.\n\n"
        "Desirable. A doctorate in a relevant discipline; teaching experience at a staff "
        "college; a working knowledge of Italian.\n\nSPECIAL REQUIREMENTS\nOccasional travel.\n"
    )
    essential, desirable = _lists(text)
    assert len(essential) == 3 and essential[2].endswith("managing academic staff")
    assert desirable == [
        "A doctorate in a relevant discipline",
        "teaching experience at a staff college",
        "a working knowledge of Italian",
    ]


# --- Non-requirements and header ------------------------------------------------------------


def test_numbered_sections_rules_and_facts_after_a_semicolon_are_not_requirements() -> None:
    text = _TOP + (
        "3. QUALIFICATIONS AND EXPERIENCE:\n   a. Essential:\n      (1) Higher secondary "
        "education.\n      (2) A good command of English is required; the working language "
        "of the unit is English.\n   b. Desirable:\n      (1) First aid certificate.\n"
        "----------------------------------------\n\n4. ELIGIBILITY: Applicants must be "
        "nationals of a NATO member nation.\n\n5. CONDITIONS: Salary EUR 4,290 per month.\n"
    )
    essential, desirable = _lists(text)
    assert len(essential) == 2 and desirable == ["First aid certificate"]


def test_one_requirement_numbered_as_two_is_one() -> None:
    text = _TOP + (
        "Qualifications required\n1) Completed higher secondary education (Abitur or "
        "equivalent) and\n2) a vocational qualification in electronics.\n3) Minimum 3 years "
        "of experience in IT support.\n"
    )
    essential, _ = _lists(text)
    assert essential[0].endswith("and a vocational qualification in electronics")
    assert len(essential) == 2


@pytest.mark.parametrize(
    ("top", "title", "reference"),
    [
        (
            "Plans Officer (Exercise Planning) - NATO Civilian\nReference #: JFCNF-CIV-27-004\n",
            "Plans Officer (Exercise Planning)",
            "JFCNF-CIV-27-004",
        ),
        (
            "VACANCY NOTICE NO. CMRE 27-11\n\nOcean Engineer (Sea Trials)  --  Grade A2\n",
            "Ocean Engineer (Sea Trials)",
            "CMRE-27-11",
        ),
        (
            "Logistics Assistant (Supply)\nVacancy No.:     E3A 27/06\n",
            "Logistics Assistant (Supply)",
            "E3A-27-06",
        ),
        (
            "Job Title: Staff Officer\nPost Number: TSC FCX 0310\nJob Reference: ACT-2027-0019\n",
            "Staff Officer",
            "ACT-2027-0019",
        ),
        (
            "Facility Management Officer\nReference 271356\nPrimary Location Belgium-Brussels\n",
            "Facility Management Officer",
            "271356",
        ),
    ],
)
def test_header_titles_and_references(top: str, title: str, reference: str) -> None:
    vacancy = import_notice_text(top + "\nESSENTIAL\n- A university degree.\n", "n.txt").vacancy
    assert (vacancy.title.en, vacancy.reference) == (title, reference)
