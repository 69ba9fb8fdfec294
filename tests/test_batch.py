"""Batch screening against the bundled vacancies, read the way a careful adviser would.

Expected cells come from the notices themselves (vacancies/*.toml, from /work/shared/notices):
250939 asks for 4 years, a B licence and languages V/I; 241600 asks for V in one official
language and III in the other; 250717 asks for 5 years; Switzerland is not a NATO member.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from screener import paths
from screener.batch import (
    BatchResult,
    requirement_labels,
    run_batch,
    to_json,
    write_csv,
)
from screener.batch_profiles import load_profiles
from screener.cli.entry import main as batch_main
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.persistence.profile_store import profile_bytes
from screener.persistence.vacancy_catalogue import load_paths

ON = dt.date(2025, 1, 15)
BUNDLED = [loaded.vacancy for loaded in load_paths([paths.bundled_vacancies_dir()]).vacancies]
BY_REF = {v.reference: v for v in BUNDLED}


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


def all_yes(reference: str, years: float, no: tuple[str, ...] = ()) -> dict[str, Any]:
    """Answers for one vacancy: `years` of experience, yes to everything except `no`."""
    answers: dict[str, Any] = {}
    for crit in BY_REF[reference].criteria:
        if crit.kind == "experience":
            answers[crit.id] = years
        elif crit.id in no:
            answers[crit.id] = False
        else:
            answers[crit.id] = True
    return answers


def candidates() -> dict[str, Profile]:
    return {
        # Polish, English V and French II: enough for V/I, not for 241600's V/III.
        "anna.json": Profile(
            name="Anna Kowalska",
            nationality="PL",
            education="bachelor",
            languages={"en": "V", "fr": "II"},
            mother_tongues=["pl"],
            driving_licences=["B"],
            answers={"250939": all_yes("250939", 3)},
        ),
        # French mother tongue, no driving licence; exactly 5 years for 250717.
        "jean.json": Profile(
            name="Jean Dupont",
            nationality="FR",
            education="master",
            languages={"en": "IV"},
            mother_tongues=["fr"],
            driving_licences=[],
            answers={
                "250939": all_yes("250939", 6),
                "250717": all_yes(
                    "250717",
                    5,
                    no=("d-military-police-training", "d-hr-processes", "d-security-technologies"),
                ),
            },
        ),
        # Swiss: not a NATO nation, so no vacancy is open to him, whatever else he answers.
        "sam.json": Profile(
            name="Sam Citizen",
            nationality="CH",
            education="doctorate",
            languages={"en": "VI", "fr": "VI"},
            driving_licences=["B"],
            answers={"241436": all_yes("241436", 20)},
        ),
        # Exactly 3 years meets 241436's "at least 3 years"; 3 of 6 desirables.
        "eva.json": Profile(
            name="Eva Peeters",
            nationality="BE",
            education="bachelor",
            languages={"en": "VI", "fr": "III"},
            answers={
                "241436": all_yes(
                    "241436",
                    3,
                    no=("d-nato-cyber-environment", "d-nato-security-policy", "d-ict-trends"),
                )
            },
        ),
    }


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir()
    for file, profile in candidates().items():
        (folder / file).write_bytes(profile_bytes(profile))
    (folder / "broken.json").write_text('{"name": "Broken", ')
    (folder / "notes.txt").write_text("not a profile, not looked at")
    return folder


@pytest.fixture
def result() -> BatchResult:
    return run_batch(sorted(candidates().items()), BUNDLED, ON)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def as_table(rows: list[list[str]]) -> dict[str, dict[str, str]]:
    header = rows[0]
    return {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in rows[1:]}


# --- the matrix ----------------------------------------------------------------------------


def test_cells_match_a_careful_reading(result: BatchResult) -> None:
    anna_250939 = result.cell("anna.json", "250939")
    assert anna_250939.verdict.value == "not_eligible"
    assert anna_250939.failing == ("experience",)  # 3 years; the notice asks for 4
    assert result.cell("anna.json", "241600").failing == ("languages",)  # French II < III
    assert result.cell("jean.json", "250939").failing == ("driving-licence",)
    jean_250717 = result.cell("jean.json", "250717")
    assert jean_250717.verdict.value == "eligible"  # 5 years is "at least five"
    assert (jean_250717.desirable_met, jean_250717.desirable_total) == (2, 5)
    for reference in BY_REF:
        assert result.cell("sam.json", reference).failing == ("nationality",)
    eva = result.cell("eva.json", "241436")
    assert (eva.verdict.value, eva.desirable_met, eva.desirable_total) == ("eligible", 3, 6)
    # Nothing answered for 241436 yet: experience, 9 statements and availability are open.
    anna_241436 = result.cell("anna.json", "241436")
    assert (anna_241436.verdict.value, anna_241436.open) == ("incomplete", 11)


def test_every_cell_agrees_with_the_engine(result: BatchResult) -> None:
    profiles = candidates()
    for row in result.candidates:
        for vacancy, cell in zip(result.vacancies, row.cells, strict=True):
            full = assess(vacancy, profiles[row.file], ON)
            assert cell.verdict == full.verdict
            assert cell.failing == tuple(r.id for r in full.failing)
            assert cell.open == len(full.open_questions)
            assert (cell.desirable_met, cell.desirable_total) == (
                full.desirable_met,
                full.desirable_total,
            )


def test_csv(result: BatchResult, tmp_path: Path) -> None:
    out = tmp_path / "matrix.csv"
    write_csv(result, out, "en")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM, for Excel
    rows = read_csv(out)
    assert rows[0] == ["candidate", "241436", "241600", "250411", "250717", "250939"]
    table = as_table(rows)
    assert table["Anna Kowalska"]["250939"] == "not eligible: experience (4 years)"
    assert table["Anna Kowalska"]["241600"] == "not eligible: official languages"
    assert table["Anna Kowalska"]["241436"] == "can't tell: 11 open"
    assert table["Jean Dupont"]["250939"] == "not eligible: driving licence (B)"
    assert table["Jean Dupont"]["250717"] == "eligible (desirable 2/5)"
    assert table["Eva Peeters"]["241436"] == "eligible (desirable 3/6)"
    assert set(table["Sam Citizen"].values()) == {"not eligible: nationality"}


def test_csv_in_french(result: BatchResult, tmp_path: Path) -> None:
    out = tmp_path / "matrice.csv"
    write_csv(result, out, "fr")
    table = as_table(read_csv(out))
    assert read_csv(out)[0][0] == "candidat"
    assert table["Anna Kowalska"]["250939"] == "non admissible : expérience (4 ans)"
    assert table["Jean Dupont"]["250717"] == "admissible (souhaitables 2/5)"
    assert table["Anna Kowalska"]["241436"] == "impossible de conclure : 11 en suspens"


def test_several_failures_are_listed_in_notice_order(tmp_path: Path) -> None:
    weak = Profile(
        name="Weak",
        nationality="IT",
        education="secondary",
        languages={"en": "III"},
        driving_licences=[],
        answers={"250939": all_yes("250939", 1, no=("firearms",))},
    )
    result = run_batch([("weak.json", weak)], [BY_REF["250939"]], ON)
    assert result.cell("weak.json", "250939").failing == (
        "education",
        "experience",
        "firearms",
        "driving-licence",
        "languages",
    )
    write_csv(result, tmp_path / "w.csv", "en")
    assert read_csv(tmp_path / "w.csv")[1][1] == (
        "not eligible: education; experience (4 years); firearms; driving licence (B); official languages"
    )


def test_statements_are_named_by_their_words_not_their_id() -> None:
    labels = requirement_labels(BY_REF["241436"], "en")
    assert labels["cyber-policy"] == "have good knowledge of the principles…"
    assert labels["experience"] == "experience (3 years)"
    french = requirement_labels(BY_REF["241436"], "fr")
    assert french["cyber-capabilities"] == "avoir une expérience s'agissant de gérer le…"
    statements = [c.id for c in BY_REF["241436"].essential if c.kind == "statement"]
    assert all(labels[cid] != cid and french[cid] != cid for cid in statements)


def test_names_are_safe_and_distinct_in_csv(tmp_path: Path) -> None:
    profiles = [
        ("a.json", Profile(name='=HYPERLINK("http://x")')),
        ("b.json", Profile(name="Twin")),
        ("c.json", Profile(name="Twin")),
        ("d.json", Profile(name="")),
    ]
    write_csv(run_batch(profiles, BUNDLED[:1], ON), tmp_path / "n.csv", "en")
    names = [row[0] for row in read_csv(tmp_path / "n.csv")[1:]]
    assert names == ['\'=HYPERLINK("http://x")', "Twin (b.json)", "Twin (c.json)", "d"]


def test_json(result: BatchResult) -> None:
    data = json.loads(json.dumps(to_json(result)))
    assert data["on"] == "2025-01-15"
    assert [v["reference"] for v in data["vacancies"]] == sorted(BY_REF)
    deadline = {v["reference"]: v["deadline_state"] for v in data["vacancies"]}
    assert deadline["241436"] == "closed"  # closed on 3 November 2024
    assert deadline["250939"] == "open"
    anna = next(c for c in data["candidates"] if c["file"] == "anna.json")
    assert anna["name"] == "Anna Kowalska"
    assert anna["results"]["250939"] == {
        "verdict": "not_eligible",
        "failing": ["experience"],
        "open": 0,
        # Yes to every desirable, but "Advanced in both languages" is not met: French II.
        "desirable": {"met": 11, "total": 12},
    }
    assert anna["results"]["241436"]["open"] == 11
    assert data["problems"] == []


def test_progress_is_reported_to_the_end() -> None:
    calls: list[tuple[int, int]] = []
    run_batch(sorted(candidates().items()), BUNDLED, ON, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (20, 20)


def test_duplicate_references_are_refused() -> None:
    with pytest.raises(ValueError, match="250939"):
        run_batch([], [BY_REF["250939"], BY_REF["250939"]], ON)


def test_load_profiles_reports_bad_files(profile_dir: Path) -> None:
    loaded, errors = load_profiles(profile_dir)
    assert [file for file, _ in loaded] == ["anna.json", "eva.json", "jean.json", "sam.json"]
    assert [e.path.name for e in errors] == ["broken.json"]


# --- the command ---------------------------------------------------------------------------


def run_cli(*args: str) -> int:
    return batch_main(["batch", *args])


def test_cli_writes_csv_and_json(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, js = tmp_path / "m.csv", tmp_path / "m.json"
    status = run_cli(
        "--profiles", str(profile_dir), "--vacancies", str(paths.bundled_vacancies_dir()),
        "--out", str(out), "--json", str(js), "--on", "2025-01-15", "--lang", "en",
    )  # fmt: skip
    err = capsys.readouterr().err
    assert status == 0
    # The bad file is named on one line; the four good ones are all in the matrix.
    broken = [line for line in err.splitlines() if "broken.json" in line]
    assert len(broken) == 1
    assert broken[0].startswith("warning: skipped ")
    assert "Traceback" not in err
    table = as_table(read_csv(out))
    assert sorted(table) == ["Anna Kowalska", "Eva Peeters", "Jean Dupont", "Sam Citizen"]
    assert table["Anna Kowalska"]["250939"] == "not eligible: experience (4 years)"
    data = json.loads(js.read_text(encoding="utf-8"))
    assert len(data["candidates"]) == 4
    assert any("broken.json" in p for p in data["problems"])


def test_cli_defaults_to_bundled_and_own_vacancies(
    profile_dir: Path, tmp_path: Path, data_dir: Path
) -> None:
    own = data_dir / "vacancies"
    own.mkdir(parents=True)
    # The user's own copy of 250939, asking for 2 years instead of 4, replaces the bundled one.
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
    (own / "250939.toml").write_text(text.replace("min_years = 4", "min_years = 2"))
    out = tmp_path / "m.csv"
    assert run_cli("--profiles", str(profile_dir), "--out", str(out), "--lang", "en") == 0
    table = as_table(read_csv(out))
    assert list(table["Anna Kowalska"]) == sorted(BY_REF)
    assert table["Anna Kowalska"]["250939"].startswith("eligible")


def test_cli_progress_on_request(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.csv"
    assert run_cli("--profiles", str(profile_dir), "--out", str(out), "--progress") == 0
    err = capsys.readouterr().err
    assert "screening: 100% (20/20)" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--profiles", "{missing}"], "folder not found"),
        (["--profiles", "{empty}"], "no readable profiles"),
        (["--profiles", "{profiles}", "--vacancies", "{empty}"], "no readable vacancy"),
        (["--profiles", "{profiles}", "--vacancies", "{missing}"], "folder not found"),
    ],
)
def test_cli_problems_exit_2(
    args: list[str],
    message: str,
    profile_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "empty").mkdir()
    names = {"missing": tmp_path / "nope", "empty": tmp_path / "empty", "profiles": profile_dir}
    filled = [a.format(**names) for a in args]
    out = tmp_path / "m.csv"
    assert run_cli(*filled, "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not out.exists()


def test_cli_unwritable_output_exit_2(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run_cli("--profiles", str(profile_dir), "--out", str(tmp_path / "no" / "m.csv"))
    assert status == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("screener: ")
    assert "does not exist" in err


def test_cli_same_file_twice_exit_2(profile_dir: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "m.csv")
    assert run_cli("--profiles", str(profile_dir), "--out", out, "--json", out) == 2


@pytest.mark.parametrize(
    "args",
    [[], ["--profiles", "x"], ["--profiles", "x", "--out", "y", "--on", "15/01/2025"]],
)
def test_cli_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(*args) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_cli_duplicate_vacancy_files_warn(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vacancies"
    shutil.copytree(paths.bundled_vacancies_dir(), folder)
    shutil.copy(folder / "250939.toml", folder / "copy-of-250939.toml")
    out = tmp_path / "m.csv"
    assert (
        run_cli("--profiles", str(profile_dir), "--vacancies", str(folder), "--out", str(out)) == 0
    )
    assert "reference '250939' is also used by copy-of-250939.toml" in capsys.readouterr().err
    assert read_csv(out)[0][1:] == sorted(BY_REF)


def test_cli_as_a_process(profile_dir: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "m.csv"
    base = [sys.executable, "-m", "screener", "batch"]
    done = subprocess.run(
        [*base, "--profiles", str(profile_dir), "--out", str(out), "--lang", "fr"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "non admissible : nationalité" in out.read_text(encoding="utf-8-sig")
    failed = subprocess.run(
        [*base, "--profiles", str(tmp_path / "nope"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and "folder not found" in failed.stderr
