"""Generated from the data: every vacancy file in vacancies/, every essential criterion.

For each file, a candidate derived from the criteria themselves meets everything; then each
essential criterion alone is made not met, and then unknown, and the verdict must follow and
name exactly that criterion. A new vacancy file is covered without writing a test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from vacancy_builders import failing_profile, meeting_profile, open_day, unknown_profile

from screener.domain.assessment import Status, Verdict
from screener.domain.engine import assess
from screener.domain.vacancy import Vacancy
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_files import load_vacancy

VACANCY_FILES = sorted((Path(__file__).resolve().parents[2] / "vacancies").glob("*.toml"))


def _essential_ids(path: Path) -> list[str | None]:
    try:
        return [criterion.id for criterion in load_vacancy(path).essential]
    except FileProblemError:
        return [None]  # the file's own test reports the problem


CASES = [(path, cid) for path in VACANCY_FILES for cid in _essential_ids(path)]
CASE_IDS = [f"{path.stem}-{cid}" for path, cid in CASES]


def test_there_are_vacancy_files() -> None:
    assert VACANCY_FILES, "no vacancies/*.toml found"


@pytest.mark.parametrize("path", VACANCY_FILES, ids=[p.stem for p in VACANCY_FILES])
def test_candidate_meeting_everything_is_eligible(path: Path) -> None:
    vacancy = load_vacancy(path)
    result = assess(vacancy, meeting_profile(vacancy), on=open_day(vacancy))
    not_met = [(r.id, r.reason.code) for r in result.criteria if r.status is not Status.MET]
    assert result.verdict is Verdict.ELIGIBLE, not_met
    assert not not_met
    assert result.desirable_met == result.desirable_total == len(vacancy.desirable)


def _load(path: Path, criterion_id: str | None) -> Vacancy:
    vacancy = load_vacancy(path)  # raises with the file's problems if it does not load
    assert criterion_id is not None
    return vacancy


@pytest.mark.parametrize(("path", "criterion_id"), CASES, ids=CASE_IDS)
def test_one_essential_not_met_makes_not_eligible(path: Path, criterion_id: str | None) -> None:
    vacancy = _load(path, criterion_id)
    assert criterion_id is not None
    profile = failing_profile(vacancy, criterion_id)
    if profile is None:
        pytest.skip(f"{criterion_id}: asks for the lowest level, which nobody can fall short of")
    result = assess(vacancy, profile, on=open_day(vacancy))
    assert result.verdict is Verdict.NOT_ELIGIBLE
    assert [r.id for r in result.failing] == [criterion_id]
    assert result.open_questions == []
    failing = result.failing[0]
    assert failing.essential
    assert failing.reason.code  # explained, never a bare status


@pytest.mark.parametrize(("path", "criterion_id"), CASES, ids=CASE_IDS)
def test_one_essential_unknown_makes_incomplete(path: Path, criterion_id: str | None) -> None:
    vacancy = _load(path, criterion_id)
    assert criterion_id is not None
    result = assess(vacancy, unknown_profile(vacancy, criterion_id), on=open_day(vacancy))
    assert result.verdict is Verdict.INCOMPLETE
    assert [r.id for r in result.open_questions] == [criterion_id]
    assert result.failing == []
