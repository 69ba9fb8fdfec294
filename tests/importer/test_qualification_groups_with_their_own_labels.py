"""An agency's page that gives Essential and Desirable lists for each group of qualifications
("Education and Training" / "Essential: a degree", "Experience and Knowledge" / "Essential:"
- ... / "Desirable:" - ..., "Language" / "Essential: English - SLP 3333"): every group's
lists are read, a group's one requirement on its label's line too. The held-out batch 49's
NCI Agency page lost its five essential items under the second group's "Essential:"."""

from __future__ import annotations

import pytest

from screener.importer import import_notice_text

ONE_LINE_EDUCATION = """Senior Cloud Platform Engineer
Vacancy number: 260977
Grade: G16
Closing date: 18 January 2027

Requirements

Education and Training
Essential: A university degree in computer science, information technology or a related
discipline.

Experience and Knowledge
Essential:
- Minimum of 7 years of experience in IT infrastructure engineering.
- Experience with infrastructure-as-code tools such as Terraform and Ansible.
- Willingness to participate in the Branch on-call rota.
Desirable:
- Knowledge of ITIL v4 service management processes.

Language
English - SLP 3333 (Listening, Speaking, Reading and Writing)."""

EVERY_GROUP_LABELLED = """Data Scientist
Vacancy number: 270101
Grade: G15
Closing date: 3 February 2027

Qualifications

Education
Essential: A master's degree in data science, statistics or a related field.
Desirable: A doctorate in machine learning.

Experience
Essential:
- At least 5 years of experience in data analysis.
- Experience with Python and SQL.
Desirable:
- Experience with NATO capability development.

Language
Essential: English - SLP 3333.
Desirable: French - SLP 2222."""

FRENCH_GROUPS = """Analyste de données
Numéro de vacance : 270102
Grade : G15
Date de clôture : 3 février 2027

Qualifications

Formation
Essentiel : Un master en science des données, en statistique ou dans un domaine connexe.

Expérience
Essentiel :
- Au moins 5 ans d'expérience en analyse de données.
- Expérience de Python et de SQL.
Souhaitable :
- Expérience du développement capacitaire de l'OTAN."""

TWO_SENTENCES_UNDER_THE_FIRST_LABEL = ONE_LINE_EDUCATION.replace(
    "related discipline.",
    "related discipline. Two years of additional relevant experience may be considered in lieu of the university degree.",
)


def _read(text: str) -> tuple[list[str], list[str]]:
    vacancy = import_notice_text(text, "notice.txt").vacancy
    essential = [c.text.en for c in vacancy.essential if c.kind != "nationality"]
    return essential, [c.text.en for c in vacancy.desirable]


@pytest.mark.parametrize(
    "text", [ONE_LINE_EDUCATION, TWO_SENTENCES_UNDER_THE_FIRST_LABEL], ids=["one", "two"]
)
def test_every_groups_essential_list_is_read(text: str) -> None:
    essential, desirable = _read(text)
    assert any(item.startswith("A university degree") for item in essential)
    for words in ("7 years", "Terraform", "on-call rota", "SLP 3333"):
        assert any(words in item for item in essential), (words, essential)
    assert desirable == ["Knowledge of ITIL v4 service management processes"]


def test_a_groups_requirements_on_their_labels_lines_go_to_their_lists() -> None:
    essential, desirable = _read(EVERY_GROUP_LABELLED)
    assert essential == [
        "A master's degree in data science, statistics or a related field",
        "At least 5 years of experience in data analysis",
        "Experience with Python and SQL",
        "English - SLP 3333",
    ]
    assert desirable == [
        "A doctorate in machine learning",
        "Experience with NATO capability development",
        "French - SLP 2222",
    ]


def test_french_groups_are_read_as_the_english_ones() -> None:
    essential, desirable = _read(FRENCH_GROUPS)
    assert essential[0].startswith("Un master en science des données")
    assert any("5 ans" in item for item in essential)
    assert desirable == ["Expérience du développement capacitaire de l'OTAN"]
