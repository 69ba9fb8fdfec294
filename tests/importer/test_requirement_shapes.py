"""Requirement shapes the blind batches met: vocational training, licences named by their
regulation, several languages in one bullet, years that are part of a total, alternative paths
of education and experience, and requirements outside the lists."""

from __future__ import annotations

import pytest

from screener.domain.vacancy import Vacancy
from screener.importer import import_notice_text, keep_answers
from screener.importer.recognizers import recognize
from screener.importer.review_notes import note_text
from screener.importer.review_text import review_message

_HEADER = (
    "Title: Technician\nReference: 270001\nNATO Grade: G7\nApplication Deadline: 1 March 2027\n"
    "Clearance: NATO SECRET\n\n"
)


def _import(essential: list[str], desirable: list[str] = ()) -> Vacancy:  # type: ignore[assignment]
    text = _HEADER + "ESSENTIAL\nThe incumbent must:\n" + "".join(f"- {b}\n" for b in essential)
    if desirable:
        text += "\nDESIRABLE\n" + "".join(f"- {b}\n" for b in desirable)
    return import_notice_text(text, "notice.txt").vacancy


@pytest.mark.parametrize(
    "bullet",
    [
        "Completed apprenticeship as an electrician.",
        "Completed technical vocational training in avionics or aircraft electronics.",
        "Trade certificate (City & Guilds Level 3, CAP/BEP or equivalent) in welding.",
        "Master craftsman certificate (Meisterbrief) in electrical engineering.",
        "Une formation professionnelle en électricité.",
    ],
)
def test_vocational_training_is_education_at_higher_secondary_level(bullet: str) -> None:
    """The scale has no vocational level: the nearest one, 'or equivalent', and a note that
    says so for the review list (never a certification, never a master's degree)."""
    typing = recognize(bullet, "fr" if bullet.startswith("Une") else "en")
    assert typing.kind == "education"
    assert typing.params["min_level"] == "higher_secondary"
    assert typing.params["or_equivalent"] is True
    assert any("no level of its own" in note_text(note, "en") for note in typing.notes)


def test_a_vocational_bullet_stating_its_level_keeps_it_without_a_note() -> None:
    typing = recognize("Vocational training at higher secondary level, or equivalent.", "en")
    assert (typing.kind, typing.params["min_level"]) == ("education", "higher_secondary")
    assert typing.notes == ()


def test_the_review_list_says_why_vocational_training_became_higher_secondary() -> None:
    vacancy = _import(["Completed apprenticeship as an electrician."])
    education = vacancy.essential[1]
    items = [i for i in vacancy.review if i.criterion == education.id]
    assert any("no level of its own" in i.message for i in items)


@pytest.mark.parametrize(
    ("bullet", "names"),
    [
        ("EASA Part-66 category B1.", ["EASA Part-66 B1"]),
        ("EASA Part-66 aircraft maintenance licence, category B2.", ["EASA Part-66 B2"]),
        ("EASA Part-66 B1 or B2 licence holder.", ["EASA Part-66 B1", "EASA Part-66 B2"]),
    ],
)
def test_a_licence_named_by_its_regulation_is_a_certification(
    bullet: str, names: list[str]
) -> None:
    typing = recognize(bullet, "en")
    assert typing.kind == "certification"
    assert typing.params["any_of"] == names


def test_experience_with_a_regulation_asks_for_no_licence() -> None:
    assert recognize("Experience with EASA Part-145 maintenance organisations.", "en").kind == (
        "statement"
    )


def test_two_languages_required_together_are_two_criteria_with_stable_ids() -> None:
    vacancy = _import(
        ["Knowledge of Russian (IV) and Ukrainian (III)."], ["Knowledge of German and Dutch."]
    )
    languages = [(c.id, c.language, c.min_level) for c in vacancy.essential if c.kind == "language"]
    assert languages == [("language-ru", "ru", "IV"), ("language-uk", "uk", "III")]
    assert [c.id for c in vacancy.desirable] == ["d-language-de", "d-language-nl"]
    assert all(c.text.en.startswith("Knowledge of German and Dutch") for c in vacancy.desirable)
    assert any(i.code == "bullet_split" and i.criterion == "language-ru" for i in vacancy.review)
    # Imported again over itself, each language keeps its own id.
    again = import_notice_text(
        _HEADER
        + "ESSENTIAL\n- Knowledge of Russian (IV) and Ukrainian (III).\n\nDESIRABLE\n"
        + "- Knowledge of German and Dutch.\n",
        "notice.txt",
    )
    kept = keep_answers(again, vacancy).vacancy
    assert [(c.id, getattr(c, "language", None)) for c in kept.criteria] == [
        (c.id, getattr(c, "language", None)) for c in vacancy.criteria
    ]


def test_either_language_stays_one_statement() -> None:
    vacancy = _import(["Knowledge of Polish or Romanian."])
    assert [c.kind for c in vacancy.essential[1:]] == ["statement"]


@pytest.mark.parametrize(
    ("bullet", "years"),
    [
        ("A minimum of 8 years of experience, of which 3 at management level.", 8),
        ("A minimum of 8 years, of which 3 at management level, in logistics.", 8),
        ("At least 10 years of experience, including 5 years in a supervisory role.", 10),
        ("Minimum 3 years of managerial experience within a total of 8 years in finance.", 8),
        ("At least 4 years of experience in data analysis within the last 8 years.", 4),
    ],
)
def test_years_that_are_part_of_a_total_ask_for_the_total(bullet: str, years: int) -> None:
    typing = recognize(bullet, "en")
    assert (typing.kind, typing.params["min_years"]) == ("experience", years)


def test_alternative_paths_of_education_and_experience_are_left_to_a_person() -> None:
    vacancy = _import(
        ["A university degree and 2 years of experience, or a diploma and 6 years of experience."]
    )
    education = vacancy.essential[1]
    assert (education.kind, education.min_level) == ("education", "bachelor")
    item = next(i for i in vacancy.review if i.code == "alternative_paths")
    assert item.criterion == education.id and "by hand" in item.message


def test_a_prose_sentence_naming_two_requirements_gives_two() -> None:
    text = _HEADER + (
        "Candidates must hold a university degree in law. They must have at least 6 years of "
        "experience in administrative law.\n\n"
        "Experience of litigation before international tribunals would also be an asset, as "
        "would a working knowledge of employment law.\n"
    )
    vacancy = import_notice_text(text, "notice.txt").vacancy
    wished = [c.text.en for c in vacancy.desirable]
    assert wished == [
        "Experience of litigation before international tribunals would also be an asset",
        "a working knowledge of employment law",
    ]


@pytest.mark.parametrize(
    "heading", ["ATTRIBUTES/COMPETENCIES", "SPECIAL REQUIREMENTS", "4. Special requirements:"]
)
def test_a_hard_requirement_under_attributes_is_read_and_reported(heading: str) -> None:
    text = _HEADER + (
        "ESSENTIAL\n- A university degree.\n\n"
        f"{heading}\n"
        "Must be able to deploy on operations and exercises, including at short notice.\n"
        "The incumbent must be able to work under pressure.\n"
    )
    vacancy = import_notice_text(text, "notice.txt").vacancy
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds == ["education", "availability"]
    assert vacancy.essential[-1].needs == ["travel", "short_notice"]
    assert any(
        i.code == "requirement_outside_lists" and "deploy on operations" in i.message
        for i in vacancy.review
    )


def test_soft_attributes_stay_out_of_the_requirements() -> None:
    text = _HEADER + (
        "ESSENTIAL\n- A university degree.\n\nATTRIBUTES/COMPETENCIES\n"
        "- Personal Attributes: The incumbent must be able to work under pressure.\n"
    )
    vacancy = import_notice_text(text, "notice.txt").vacancy
    assert [c.kind for c in vacancy.essential[1:]] == ["education"]


@pytest.mark.parametrize(
    ("section", "kinds"),
    [
        # NATO IS's COMPETENCIES list behaviours, not conditions of the post.
        (
            "4. COMPETENCIES\n- Teamwork: must be able to work in a team and willing to travel.\n",
            [],
        ),
        # A condition the list already asks for is not added twice.
        ("SPECIAL REQUIREMENTS\nMust hold a valid driving licence category B.\n", []),
        ("SPECIAL REQUIREMENTS\nMust be willing to work shifts.\n", ["availability"]),
    ],
)
def test_only_new_hard_requirements_come_from_outside_the_lists(
    section: str, kinds: list[str]
) -> None:
    text = _HEADER + "ESSENTIAL\n- Valid driving licence category B.\n\n" + section
    vacancy = import_notice_text(text, "notice.txt").vacancy
    assert [c.kind for c in vacancy.essential[2:]] == kinds


def test_a_year_after_a_name_is_no_reference() -> None:
    text = "Summer Internship - NATO HQ 2027\n\nESSENTIAL\n- A university degree.\n"
    assert import_notice_text(text, "notice.txt").vacancy.reference == "imported-notice"


def test_requirement_bullets_under_an_unknown_heading_are_reported() -> None:
    text = _HEADER + (
        "ESSENTIAL\n- A university degree in economics.\n\nGood to know (extras) :\n"
        "- Knowledge of German.\n- PMP certification.\n"
    )
    review = import_notice_text(text, "notice.txt").review
    item = next(i for i in review if i.code == "requirements_outside_lists")
    assert item.values["count"] == 2
    assert "('Knowledge of German.', 'PMP certification.')" in item.message
    assert "(« Knowledge of German. », « PMP certification. »)" in review_message(
        item, "fr"
    ).replace("\u00a0", " ")


def test_headings_named_after_their_noun() -> None:
    text = _HEADER + (
        "Qualifications required\n- A university degree.\n\nQualifications desired\n"
        "- Knowledge of German.\n\nMandatory:\n"
    )
    vacancy = import_notice_text(text, "notice.txt").vacancy
    assert [c.kind for c in vacancy.desirable] == ["language"]


@pytest.mark.parametrize(
    ("bullet", "kind", "params"),
    [
        ("BSc/MSc in Engineering.", "education", {"min_level": "bachelor"}),
        ("MBA.", "education", {"min_level": "master"}),
        ("LLB or equivalent law degree.", "education", {"min_level": "bachelor"}),
        ("Proven track record of at least 7 years in procurement.", "experience", {"min_years": 7}),
        ("Experience of 4 years or more in auditing.", "experience", {"domain": "in auditing"}),
        ("Valid driver's license (Class B).", "driving_licence", {"categories": ["B"]}),
        ("Driving licence categories C1E and D.", "driving_licence", {"categories": ["C1E", "D"]}),
        ("ITIL v4 Foundation.", "certification", {"any_of": ["ITIL v4 Foundation"]}),
        ("PRINCE2 Foundation or higher.", "certification", {"any_of": ["PRINCE2 Foundation"]}),
        ("Security+ or Network+.", "certification", {"any_of": ["Security+", "Network+"]}),
        ("Professional Experience.", "statement", {}),
        ("NATO Foundation course.", "statement", {}),
    ],
)
def test_common_phrasings(bullet: str, kind: str, params: dict[str, object]) -> None:
    typing = recognize(bullet, "en")
    assert typing.kind == kind
    assert {key: typing.params[key] for key in params} == params


@pytest.mark.parametrize(
    ("bullet", "params"),
    [
        ("English (Advanced, C1) and French (Intermediate, B1).", {"en": "V", "fr": "III"}),
        ("English, level V (Advanced); French, level I.", {"en": "V", "fr": "I"}),
    ],
)
def test_a_level_after_its_language_in_the_next_clause(bullet: str, params: dict[str, str]) -> None:
    typing = recognize(bullet, "en")
    assert typing.kind == "official_languages" and typing.params["mode"] == "per_language"
    assert {k: typing.params[k] for k in params} == params


def test_native_level_is_a_mother_tongue() -> None:
    typing = recognize("Native-level Turkish.", "en")
    assert (typing.kind, typing.params["language"], typing.params["mother_tongue"]) == (
        "language",
        "tr",
        True,
    )


@pytest.mark.parametrize(
    ("bullet", "domain"),
    [
        ("Experience in project management (minimum 5 years).", "in project management"),
        ("Significant experience (7+ years) in contract management.", "in contract management"),
        ("Experience in HR of at least 5 years.", "in HR"),
    ],
)
def test_the_domain_of_experience_before_or_around_its_years(bullet: str, domain: str) -> None:
    assert recognize(bullet, "en").params["domain"] == domain
