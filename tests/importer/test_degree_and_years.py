"""A bullet asking for a degree and years of experience gives both criteria; a bullet offering
a choice between them gives one, left to a person."""

from __future__ import annotations

import pytest

from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.scales import EducationLevel
from screener.importer import import_notice_text

HEADER = """Logistics Assistant
Reference: 270111
Grade: G10
Closing date: 15 January 2027
ESSENTIAL
The incumbent must:
- {bullet}
DESIRABLE
- knowledge of SAP.
"""


def _essential(bullet: str) -> list[tuple[str, dict[str, object]]]:
    vacancy = import_notice_text(HEADER.format(bullet=bullet), "notice.txt").vacancy
    return [
        (c.kind, c.model_dump(include={"min_level", "min_years"}))
        for c in vacancy.essential
        if c.kind != "nationality"
    ]


@pytest.mark.parametrize(
    ("bullet", "level", "years"),
    [
        ("have higher secondary education and 4 years of experience in logistics;", "higher_secondary", 4),
        ("possess a university degree in engineering and at least 2 years of experience in project management;", "bachelor", 2),
        ("a Master's degree in law with a minimum of five years of experience as a legal adviser;", "master", 5),
    ],
)  # fmt: skip
def test_a_degree_and_years_are_two_criteria(bullet: str, level: str, years: int) -> None:
    assert _essential(bullet) == [
        ("education", {"min_level": EducationLevel(level)}),
        ("experience", {"min_years": years}),
    ]


@pytest.mark.parametrize(
    "bullet",
    [
        "a university degree or 5 years of experience in logistics;",
        "a university degree and 2 years of experience, or a higher secondary diploma and 6 years of experience, in finance;",
    ],
)  # fmt: skip
def test_a_choice_between_a_degree_and_years_stays_one_criterion(bullet: str) -> None:
    assert [kind for kind, _ in _essential(bullet)] == ["education"]


def test_the_years_beside_a_degree_are_checked() -> None:
    """A candidate with the diploma but one year of experience is not eligible: the years
    were lost with one criterion for the bullet."""
    text = HEADER.format(bullet="have higher secondary education and 4 years of experience;")
    vacancy = import_notice_text(text, "notice.txt").vacancy
    experience = next(c for c in vacancy.essential if c.kind == "experience")
    education = next(c for c in vacancy.essential if c.kind == "education")
    profile = Profile(nationality="BE", education=EducationLevel.HIGHER_SECONDARY)
    profile = profile.with_answer(vacancy.reference, experience.id, 1.0)
    result = assess(vacancy, profile)
    by_id = {r.id: r.status for r in result.criteria}
    assert by_id[education.id] == "met"
    assert by_id[experience.id] == "not_met"
