"""A requirement the notice states two ways (250717: English 'I ("Intermediate")', French
'III (« intermédiaire »)'): met under both readings is met, under neither not met, under one
only "can't tell yet", with a reason naming both readings and what the candidate has. The
engine, `screener assess` and `screener batch` all say so."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from vacancy_builders import meeting_profile

from screener.batch import run_batch
from screener.cli import entry
from screener.domain.assessment import Status, Verdict
from screener.domain.engine import assess
from screener.domain.fast_verdict import fast_verdict
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.paths import bundled_vacancies_dir
from screener.persistence.vacancy_files import load_vacancy
from screener.report.messages import render_reason
from screener.report.record import SectionKey, build_record

ON = dt.date(2025, 5, 1)


@pytest.fixture(scope="module")
def vacancy() -> Vacancy:
    return load_vacancy(bundled_vacancies_dir() / "250717.toml")


def candidate(vacancy: Vacancy, french: str | None) -> Profile:
    """Meets everything 250717 asks, with English V and French at the given level."""
    data = meeting_profile(vacancy).model_dump()
    data |= {"languages": {"en": "V"} | ({"fr": french} if french else {}), "mother_tongues": []}
    return Profile.model_validate(data)


def test_the_bundled_file_carries_both_readings(vacancy: Vacancy) -> None:
    criterion = vacancy.criterion("languages")
    assert criterion is not None and criterion.alternative is not None
    assert criterion.alternative.params == {"other": "III"}
    assert [w.code for w in vacancy.warnings] == ["language_level_contradiction"]


@pytest.mark.parametrize(
    ("french", "status", "verdict"),
    [
        ("III", Status.MET, Verdict.ELIGIBLE),
        ("II", Status.UNKNOWN, Verdict.INCOMPLETE),
        ("I", Status.UNKNOWN, Verdict.INCOMPLETE),
        (None, Status.NOT_MET, Verdict.NOT_ELIGIBLE),
    ],
)
def test_both_readings_decide(
    vacancy: Vacancy, french: str | None, status: Status, verdict: Verdict
) -> None:
    profile = candidate(vacancy, french)
    result = assess(vacancy, profile, ON)
    languages = next(r for r in result.criteria if r.id == "languages")
    assert (languages.status, result.verdict) == (status, verdict)
    assert fast_verdict(vacancy, profile).verdict is verdict


def test_the_reason_names_both_readings_and_what_the_candidate_has(vacancy: Vacancy) -> None:
    result = assess(vacancy, candidate(vacancy, "II"), ON)
    languages = next(r for r in result.criteria if r.id == "languages")
    assert languages.reason.code == "reading.split"
    english = render_reason(languages.reason, "en")
    assert english.startswith("You have English V (Advanced), French II (Elementary): enough")
    assert "enough for I (Beginner)" in english and "not for III (Intermediate)" in english
    assert "its French version" in english and english.endswith("Ask NATO which applies.")
    french = render_reason(languages.reason, "fr")
    assert "français II (élémentaire)" in french and "III (intermédiaire)" in french
    assert french.endswith("Demandez à l'OTAN laquelle s'applique.")
    assert result.open_questions == [languages]


def test_assess_on_the_command_line_says_cant_tell_yet(
    vacancy: Vacancy, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "french-ii.json"
    path.write_text(candidate(vacancy, "II").model_dump_json(), encoding="utf-8")
    args = ["assess", "--vacancy", "250717", "--profile", str(path), "--on", "2025-05-01"]
    assert entry.main(args) == 0
    out = capsys.readouterr().out
    assert "Can't tell yet" in out.replace("CAN'T TELL YET", "Can't tell yet")
    assert "not for III (Intermediate)" in out
    assert entry.main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "incomplete"
    languages = next(c for c in data["criteria"] if c["id"] == "languages")
    assert languages["status"] == "unknown"


def test_batch_says_cant_tell_yet(vacancy: Vacancy) -> None:
    profiles = [("ii.json", candidate(vacancy, "II")), ("iii.json", candidate(vacancy, "III"))]
    result = run_batch(profiles, [vacancy], ON)
    assert result.cell("ii.json", "250717").verdict is Verdict.INCOMPLETE
    assert result.cell("ii.json", "250717").open == 1
    assert result.cell("iii.json", "250717").verdict is Verdict.ELIGIBLE


def test_the_result_counts_it_apart_from_unanswered_questions(vacancy: Vacancy) -> None:
    record = build_record(assess(vacancy, candidate(vacancy, "II"), ON), "en")
    verdict = next(s for s in record.sections if s.key is SectionKey.VERDICT)
    assert verdict.lines[1:] == ("Requirements the notice states in two ways: 1",)
