"""The command line, called in-process through main([...]); one subprocess proves the entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import BUNDLED, REFERENCES, REPO, SOURCE_250939, Run, bad_vacancy

from screener.cli import entry as cli
from screener.cli import entry as cli_main
from screener.cli import vacancy_commands

# --- list ----------------------------------------------------------------------------------


def test_list(run: Callable[..., Run]) -> None:
    result = run("list", "--on", "2025-05-01")
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["Reference", "Grade", "Deadline"]
    assert [line.split()[0] for line in lines[1:]] == REFERENCES
    row = next(line for line in lines if line.startswith("250717"))
    assert "G10-G12" in row and "Closes in 12 days" in row and "Coordinator, HQ Security" in row
    assert "Closed since 3 November 2024" in result.out


def test_list_json(run: Callable[..., Run]) -> None:
    data = run("list", "--format", "json", "--on", "2025-05-13").json()
    assert data["format"] == 1 and data["problems"] == []
    by_ref = {v["reference"]: v for v in data["vacancies"]}
    assert list(by_ref) == REFERENCES
    item = by_ref["250717"]
    assert item["grade"] == "G10-G12" and item["bundled"] is True and item["draft"] is False
    assert item["deadline"]["state"] == "closing_soon" and item["deadline"]["days_left"] == 0
    assert item["deadline"]["closes_at"] == "2025-05-13T23:59:59+02:00"
    assert by_ref["241436"]["deadline"]["state"] == "closed"


def test_list_in_french(run: Callable[..., Run]) -> None:
    out = run("list", "--lang", "fr", "--on", "2026-01-01").out
    assert out.startswith("Référence")
    assert "Clôturé depuis le 13 mai 2025" in out
    assert "Coordonnatrice/Coordonnateur" in out


def test_list_shows_the_users_copy_and_skips_bad_files(
    run: Callable[..., Run], _isolated_environment: Path
) -> None:
    user = _isolated_environment / "vacancies"
    user.mkdir(parents=True)
    bad_vacancy(
        user, 'title.en = "Close Protection', 'title.en = "My copy of Close Protection', "mine.toml"
    )
    bad_vacancy(user, 'schedule = "Full-time"\n', "", "broken.toml")
    result = run("list", "--format", "json")
    assert result.code == 0
    items = result.json()["vacancies"]
    assert [v["reference"] for v in items] == REFERENCES
    mine = items[-1]
    assert mine["title"].startswith("My copy") and mine["bundled"] is False
    assert "broken.toml: schedule: required field is missing" in result.err
    assert result.json()["problems"][0]["where"] == "schedule"


# --- show ----------------------------------------------------------------------------------


def test_show_text(run: Callable[..., Run]) -> None:
    result = run("show", "250939", "--on", "2025-07-20")
    assert result.code == 0
    out = result.out
    assert out.startswith("Close Protection Operations Centre Agent (+Reserve List) (250939)")
    assert "Grade: G6" in out and "Salary: 3,778.93 EUR per month" in out
    assert "Deadline: Closes in 7 days (27 July 2025) (Brussels time)" in out
    assert "[driving licence] have a valid B category" in out
    assert "Desirable qualifications" in out


def test_show_json(run: Callable[..., Run]) -> None:
    data = run("show", "250717", "--format", "json").json()
    assert data["reference"] == "250717"
    assert data["title"]["en"] == "Coordinator, HQ Security Force"
    assert data["grade"] == {"min": "G10", "max": "G12"}
    assert data["deadline"] == {"date": "2025-05-13", "time": None}
    assert len(data["essential"]) == 10 and len(data["desirable"]) == 5
    for item in data["essential"] + data["desirable"]:
        assert {"id", "kind", "text"} <= item.keys()
    languages = next(c for c in data["essential"] if c["id"] == "languages")
    assert (languages["kind"], languages["one"], languages["other"]) == (
        "official_languages",
        "V",
        "I",
    )
    assert data["warnings"][0]["code"] == "language_level_contradiction"


def test_show_french_and_a_file_path(run: Callable[..., Run]) -> None:
    out = run("show", str(BUNDLED / "241600.toml"), "--lang", "fr").out
    assert "Salaire : 4\u202f319,16 EUR par mois" in out
    assert "[langues officielles]" in out


def test_show_unknown_reference(run: Callable[..., Run]) -> None:
    result = run("show", "999999")
    assert result.code == 2 and result.out == ""
    assert result.err.strip() == (
        "screener: unknown vacancy reference '999999'; `screener list` shows the known ones"
    )


# --- assess --------------------------------------------------------------------------------


def test_assess_text(run: Callable[..., Run], short_of_experience: Path) -> None:
    result = run(
        "assess", "--vacancy", "250939", "--profile", str(short_of_experience), "--on", "2025-08-01"
    )
    assert result.code == 0
    out = result.out
    flat = " ".join(out.split())
    assert (
        "✘ Not eligible: 1 essential requirement not met. This post closed on 27 July 2025." in flat
    )
    assert "Profile: Meets everything" in out and "Reference 250939 · Grade G6" in out
    assert out.index("What to settle first") < out.index("Essential requirements met: 10")
    assert "[Not met] have at least 4 years' experience" in out
    assert "What would change it: " in out
    assert "[Met] have a valid B category" in out
    assert "What self-screening cannot settle" in out
    assert "generative AI" in out


def test_assess_json(run: Callable[..., Run], eligible: Path) -> None:
    result = run(
        "assess", "--vacancy", "250939", "--profile", str(eligible), "--on", "2025-07-01",
        "--format", "json",
    )  # fmt: skip
    data = result.json()
    assert data["verdict"] == "eligible" and data["reference"] == "250939"
    assert data["on"] == "2025-07-01"
    assert data["desirable"] == {"met": 12, "total": 12}
    assert data["deadline"]["state"] == "open" and data["deadline"]["days_left"] == 26
    assert data["deadline"]["closes_at"] == "2025-07-27T23:59:00+02:00"
    assert data["warnings"] == []
    assert [c["code"] for c in data["conditions"]][:2] == ["security_clearance", "medical_approval"]
    assert len(data["criteria"]) == 11 + 12
    first = data["criteria"][0]
    assert first["id"] == "nationality" and first["essential"] is True
    assert first["kind"] == "nationality" and first["status"] == "met"
    assert first["reason"] == {
        "code": "nationality.member",
        "values": {"country": "BE"},
        "text": "Belgium is a NATO member state.",
    }
    assert first["remedy"] is None and first["answer"] == "BE"
    # Added fields: whose screening, the statement at the top, the record's sections.
    assert data["profile_name"] == data["candidate_text"] == "Meets everything"
    assert data["headline"]["text"].startswith("Eligible: you meet every essential requirement")
    assert [s["key"] for s in data["sections"]] == [
        "verdict", "met", "desirables", "conditions", "notes"
    ]  # fmt: skip


def test_assess_json_not_met_has_a_remedy_in_french(
    run: Callable[..., Run], short_of_experience: Path
) -> None:
    data = run(
        "assess", "--vacancy", str(BUNDLED / "250939.toml"), "--profile", str(short_of_experience),
        "--format", "json", "--lang", "fr",
    ).json()  # fmt: skip
    assert data["verdict"] == "not_eligible"
    experience = next(c for c in data["criteria"] if c["id"] == "experience")
    assert experience["status"] == "not_met"
    assert experience["reason"]["values"] == {"has": 3.5, "needs": 4.0, "short": 0.5}
    assert experience["remedy"]["code"] == "remedy.more_years"
    assert experience["remedy"]["text"] == "0,5 an d'expérience de plus."  # singular below two
    assert experience["requirement"].startswith("avoir travaillé au moins quatre ans")


def test_assess_250717_shows_the_warning(run: Callable[..., Run], eligible: Path) -> None:
    text = run("assess", "--vacancy", "250717", "--profile", str(eligible)).out
    assert 'calls it "Intermediate"' in " ".join(text.split())  # the text report wraps lines
    data = run("assess", "--vacancy", "250717", "--profile", str(eligible), "--format", "json")
    assert [w["criterion"] for w in data.json()["warnings"]] == ["languages"]


def test_assess_html_to_a_file(run: Callable[..., Run], eligible: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = run(
        "assess", "--vacancy", "250939", "--profile", str(eligible), "--format", "html",
        "-o", str(target), "--lang", "fr",
    )  # fmt: skip
    assert result.code == 0 and result.out == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    assert '<section id="verdict">' in page and "Admissible\u00a0: vous remplissez" in page


def test_output_never_overwrites_the_profile(run: Callable[..., Run], eligible: Path) -> None:
    before = eligible.read_bytes()
    result = run("assess", "--vacancy", "250939", "--profile", str(eligible), "-o", str(eligible))
    assert result.code == 2 and "refusing to overwrite" in result.err
    assert eligible.read_bytes() == before


def test_lang_follows_the_locale(
    run: Callable[..., Run], eligible: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    assert (
        "✔ Admissible\u00a0: vous remplissez"
        in run("assess", "--vacancy", "250939", "--profile", str(eligible)).out
    )
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert (
        "✔ Eligible: you meet"
        in run("assess", "--vacancy", "250939", "--profile", str(eligible)).out
    )
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert (
        "✔ Eligible: you meet"
        in run("assess", "--vacancy", "250939", "--profile", str(eligible), "--lang", "en").out
    )


@pytest.mark.parametrize(
    ("env", "lang"),
    [({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "de_DE"}, "en"), ({"LC_ALL": "fr_CA"}, "fr"),
     ({"LC_ALL": "C", "LANG": "fr_FR"}, "en"), ({"LC_MESSAGES": "fr", "LANG": "en"}, "fr"), ({}, "en")],
)  # fmt: skip
def test_default_lang(env: dict[str, str], lang: str) -> None:
    assert cli.default_lang(env) == lang


# --- validate ------------------------------------------------------------------------------


def test_validate_the_bundled_vacancies(run: Callable[..., Run]) -> None:
    result = run("validate")
    assert (result.code, result.out, result.err) == (0, "ok: 5 vacancy files\n", "")


def test_validate_reports_a_bad_file_and_checks_the_others(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    for ref in ("241436", "250411"):
        (folder / f"{ref}.toml").write_bytes((BUNDLED / f"{ref}.toml").read_bytes())
    bad = bad_vacancy(folder, "min_years = 4", 'min_years = "four"')
    result = run("validate", str(folder))
    assert result.code == 2
    assert result.err.splitlines() == [
        f"{bad}: essential[2].min_years: Input should be a valid number, "
        "unable to parse string as a number (got 'four')"
    ]
    assert result.out == "2 of 3 vacancy files ok; 1 with problems\n"


def test_validate_finds_two_files_with_one_reference(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(SOURCE_250939, encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.code == 2
    assert (
        f"{tmp_path / 'a.toml'}: reference: reference '250939' is also used by b.toml, "
        "which is the one used" in result.err
    )


# --- errors, usage, the GUI and the entry point --------------------------------------------


def test_unexpected_errors_are_one_line(
    run: Callable[..., Run], eligible: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("engine exploded\nsecond line")

    monkeypatch.setattr(vacancy_commands, "assess", broken)
    result = run("assess", "--vacancy", "250939", "--profile", str(eligible))
    assert result.code == 1
    assert result.err.splitlines() == [
        "screener: unexpected error: RuntimeError: engine exploded "
        "(set SCREENER_DEBUG=1 to see the details)"
    ]


def test_debug_shows_the_traceback(
    capsys: pytest.CaptureFixture[str], eligible: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(vacancy_commands, "assess", broken)
    monkeypatch.setenv("SCREENER_DEBUG", "1")
    assert cli.main(["assess", "--vacancy", "250939", "--profile", str(eligible)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "engine exploded" in err


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["--version"], 0, "screener 0.1.0"),
        (["--help"], 0, "assess"),
        (["frobnicate"], 2, "invalid choice: 'frobnicate'"),
        (["assess", "--vacancy", "250939"], 2, "the following arguments are required: --profile"),
        (["list", "--on", "2025-13-01"], 2, "expected a date as YYYY-MM-DD, got '2025-13-01'"),
        (["list", "--lang", "de"], 2, "invalid choice: 'de'"),
    ],
)
def test_usage(run: Callable[..., Run], args: list[str], code: int, expected: str) -> None:
    result = run(*args)
    assert result.code == code
    assert expected in result.out + result.err


def test_no_arguments_starts_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_gui(argv: list[str]) -> int:
        calls.append(argv)
        return 0

    monkeypatch.setattr(cli_main, "run_gui", fake_gui)
    assert cli.main([]) == 0
    assert len(calls) == 1 and len(calls[0]) == 1  # just the program name, for QApplication


def test_python_m_screener_list(tmp_path: Path) -> None:
    env = {**os.environ, "SCREENER_DATA_DIR": str(tmp_path), "LANG": "en_GB.UTF-8"}
    env.pop("LC_ALL", None)
    completed = subprocess.run(
        [sys.executable, "-m", "screener", "list", "--format", "json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert [v["reference"] for v in json.loads(completed.stdout)["vacancies"]] == REFERENCES


def test_assess_names_whose_screening_it_is_in_every_format(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    from cli_helpers import write_profile
    from vacancy_builders import meeting_profile

    from screener.persistence.vacancy_files import load_vacancy

    profile = meeting_profile(load_vacancy(BUNDLED / "250939.toml")).model_copy(
        update={"name": "Ana Pérez"}
    )
    path = write_profile(tmp_path, profile)
    base = ("assess", "--vacancy", "250939", "--profile", str(path), "--on", "2025-07-01")
    assert "Profile: Ana Pérez\nScreening date: 1 July 2025" in run(*base).out
    page = run(*base, "--format", "html").out
    assert "<p>Profile: Ana Pérez</p>" in page and "Close Protection" in page
    data = run(*base, "--format", "json").json()
    assert data["profile_name"] == "Ana Pérez" and data["facts"][1] == "Profile: Ana Pérez"
