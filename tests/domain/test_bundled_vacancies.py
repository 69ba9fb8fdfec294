"""The five bundled vacancies against the notices they were made from."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from vacancy_builders import failing_profile, meeting_profile, open_day, unknown_profile

from screener.domain.criteria import Source
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.vacancy_catalogue import Catalogue
from screener.persistence.vacancy_files import load_vacancy
from screener.report.json_report import assessment_to_dict
from screener.report.text_report import render_text

REPO = Path(__file__).resolve().parents[2]
VACANCY_FILES = sorted((REPO / "vacancies").glob("*.toml"))
# The copies kept with the importer tests, so these run in any clone.
NOTICES = REPO / "tests" / "importer" / "notices"
BUNDLED = ("241436", "241600", "250411", "250717", "250939")

_BULLET = re.compile(r"^\s*[-•*]\s+\S")
_SECTION_3 = re.compile(r"^3\.\s*[A-Z]")


def _plain(line: str) -> str:
    """A notice line without markdown decoration: '### **ESSENTIAL**' -> 'ESSENTIAL'."""
    return line.replace("*", "").replace("#", "").strip()


def count_bullets(notice: str) -> tuple[int, int]:
    """Bullets of the English ESSENTIAL and DESIRABLE lists of section 2."""
    counts = {"ESSENTIAL": 0, "DESIRABLE": 0}
    current = None
    for line in notice.splitlines():
        plain = _plain(line)
        if plain in counts:
            current = plain
            continue
        if current == "DESIRABLE" and _SECTION_3.match(plain):
            break
        if current is not None and _BULLET.match(line):
            counts[current] += 1
    return counts["ESSENTIAL"], counts["DESIRABLE"]


def test_the_five_notices_are_bundled(bundled_catalogue: Catalogue) -> None:
    references = sorted(v.vacancy.reference for v in bundled_catalogue.vacancies)
    assert references == sorted(BUNDLED)
    assert all(v.bundled for v in bundled_catalogue.vacancies)


@pytest.mark.parametrize("path", VACANCY_FILES, ids=[p.stem for p in VACANCY_FILES])
def test_file_validates_and_is_named_after_its_reference(path: Path) -> None:
    vacancy = load_vacancy(path)
    assert vacancy.reference == path.stem
    assert not vacancy.draft
    nationality = [c for c in vacancy.essential if c.source is Source.NOTICE]
    assert [c.kind for c in nationality] == ["nationality"]


@pytest.mark.parametrize("reference", BUNDLED)
def test_one_criterion_per_notice_bullet(reference: str, vacancy: Callable[[str], Vacancy]) -> None:
    notice = NOTICES / f"{reference}.txt"
    if not notice.is_file():
        pytest.skip(f"notice {notice} not available")
    essential, desirable = count_bullets(notice.read_text(encoding="utf-8"))
    assert essential > 0 and desirable > 0, "the bullet parser found no list"
    v = vacancy(reference)
    # The nationality rule comes from the notice's last section, not from a bullet.
    assert len(v.essential) == essential + 1
    assert len([c for c in v.essential if c.source is Source.BULLET]) == essential
    assert len(v.desirable) == desirable


def test_bullet_parser_on_a_small_notice() -> None:
    notice = """
### **ESSENTIAL**
The incumbent must:
- one;
- two;
### **DESIRABLE**
The following would be considered an advantage:
- three.
### **3. MAIN ACCOUNTABILITIES**
- not a qualification
#### **ESSENTIAL**
- the French part is not counted
"""
    assert count_bullets(notice) == (2, 1)
    # Plain-text notices: no markup, and sometimes no space after the section number.
    plain = notice.replace("#", "").replace("*", "").replace("3. MAIN", "3.MAIN")
    assert count_bullets(plain) == (2, 1)


def _profiles(v: Vacancy) -> list[Profile]:
    ids = [c.id for c in v.essential]
    failing = [failing_profile(v, i) for i in ids]
    return [
        Profile(),
        meeting_profile(v),
        *[p for p in failing if p is not None],
        *[unknown_profile(v, i) for i in ids],
    ]


def test_250717_carries_the_language_contradiction(vacancy: Callable[[str], Vacancy]) -> None:
    v = vacancy("250717")
    [warning] = v.warnings
    assert warning.code == "language_level_contradiction"
    assert warning.criterion == "languages"
    assert v.criterion("languages") is not None
    assert "III" in warning.text.en and "III" in warning.text.fr


def test_every_assessment_of_250717_shows_the_warning(vacancy: Callable[[str], Vacancy]) -> None:
    v = vacancy("250717")
    for profile in _profiles(v):
        result = assess(v, profile, on=open_day(v))
        assert [w.code for w in result.warnings] == ["language_level_contradiction"]
        for lang in ("en", "fr"):
            assert v.warnings[0].text.get(lang)[:40] in render_text(result, lang)
            data = assessment_to_dict(result, lang)
            assert data["warnings"][0]["code"] == "language_level_contradiction"
            assert data["warnings"][0]["criterion"] == "languages"


@pytest.mark.parametrize("reference", [r for r in BUNDLED if r != "250717"])
def test_other_vacancies_have_no_warning(reference: str, vacancy: Callable[[str], Vacancy]) -> None:
    assert vacancy(reference).warnings == []


def test_twin_graded_posts_say_appointment_is_at_the_lower_grade(
    vacancy: Callable[[str], Vacancy],
) -> None:
    for reference in BUNDLED:
        v = vacancy(reference)
        result = assess(v, Profile(), on=open_day(v))
        assert result.lower_grade == (v.grade.min if v.grade.is_range else None)
