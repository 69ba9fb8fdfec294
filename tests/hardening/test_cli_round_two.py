"""The commands on the files that broke them (issue 12 items 1, 3, 6, 7, 9 and 10; issue 11
item 3): named problems and exit 2, never an input overwritten, never a raw escape sequence."""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES, run_cli

from screener import paths

HUGE = "reference = " + "9" * 5_000 + "\n"
GOOD_PROFILE = {"format": 1, "name": "Ana", "nationality": "BE", "languages": {"en": "V"}}
ESCAPES = "\x1b[2J\x1b]0;owned\x07\u202e"


run = run_cli


@pytest.fixture
def user_vacancies() -> Path:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "ana.json"
    path.write_text(json.dumps(GOOD_PROFILE))
    return path


@pytest.fixture
def profiles(tmp_path: Path, profile: Path) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir()
    shutil.copy(profile, folder / "ana.json")
    return folder


# --- item 1: one file with an integer tomllib cannot read ---------------------------------


def test_every_command_goes_on_past_a_huge_integer(
    capsys: pytest.CaptureFixture[str], user_vacancies: Path, profile: Path, profiles: Path
) -> None:
    bad = user_vacancies / "huge.toml"
    bad.write_text(HUGE)
    status, out, err = run(capsys, "list")
    assert status == 0 and "250939" in out
    assert f"warning: skipped {bad}: " in err and "4,300 digits" in err
    status, out, err = run(capsys, "validate")
    assert status == 2 and err.startswith(f"{bad}: ")
    status, out, err = run(capsys, "assess", "--vacancy", "250939", "--profile", str(profile))
    assert status == 0 and "250939" in out
    csv_path = profiles.parent / "m.csv"
    status, out, err = run(capsys, "batch", "--profiles", str(profiles), "--out", str(csv_path))
    assert status == 0 and csv_path.exists() and str(bad) in err


# --- one profile reader (issue 11 item 3) -------------------------------------------------


def test_assess_migrates_a_format_0_profile_like_batch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    old = folder / "old.json"
    old.write_text(json.dumps({"name": "Old", "nationality": "BE",
                               "languages": [{"code": "en", "level": "V"}]}))  # fmt: skip
    status, out, err = run(
        capsys, "assess", "--vacancy", "250939", "--profile", str(old), "--format", "json",
        "--on", "2025-01-01",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assessed = json.loads(out)
    status, _, err = run(
        capsys, "batch", "--profiles", str(folder), "--out", str(tmp_path / "m.csv"),
        "--json", str(tmp_path / "m.json"), "--on", "2025-01-01",
    )  # fmt: skip
    assert status == 0
    batch = json.loads((tmp_path / "m.json").read_text())
    [row] = batch["candidates"]
    assert row["name"] == "Old"
    # The same file, read the same way: the same verdict.
    assert assessed["verdict"] == row["results"]["250939"]["verdict"]


def test_assess_and_batch_refuse_a_newer_profile_in_the_same_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    newer = folder / "new.json"
    newer.write_text('{"format": 9, "name": "Later"}')
    _, _, assess_err = run(capsys, "assess", "--vacancy", "250939", "--profile", str(newer))
    _, _, batch_err = run(capsys, "batch", "--profiles", str(folder), "--out", str(tmp_path / "x"))
    wording = "was saved by a newer version of Screener (profile format 9"
    assert wording in assess_err and wording in batch_err


# --- item 3: a lone surrogate ---------------------------------------------------------------


def test_batch_writes_its_csv_past_a_profile_with_a_lone_surrogate(
    capsys: pytest.CaptureFixture[str], profiles: Path, tmp_path: Path
) -> None:
    (profiles / "bad.json").write_text('{"format": 1, "name": "Ana \\ud800"}', encoding="ascii")
    out = tmp_path / "m.csv"
    status, _, err = run(capsys, "batch", "--profiles", str(profiles), "--out", str(out))
    assert status == 0
    assert f"{profiles / 'bad.json'}: name: holds a lone surrogate" in err
    assert out.read_text("utf-8-sig").count("\n") == 2  # the header and Ana


# --- item 6: an output that is an input --------------------------------------------------


def test_assess_never_overwrites_the_vacancy_it_read_by_reference(
    capsys: pytest.CaptureFixture[str], user_vacancies: Path, profile: Path
) -> None:
    mine = user_vacancies / "250717.toml"
    shutil.copy(paths.bundled_vacancies_dir() / "250717.toml", mine)
    before = mine.read_bytes()
    link = profile.parent / "link.toml"
    link.symlink_to(mine)
    for target in (str(mine), str(link), os.path.relpath(mine)):
        status, _, err = run(
            capsys, "assess", "--vacancy", "250717", "--profile", str(profile), "-o", target
        )
        assert status == 2 and "this is an input file" in err
    assert mine.read_bytes() == before


def test_assess_never_overwrites_its_profile(
    capsys: pytest.CaptureFixture[str], profile: Path
) -> None:
    hard_link = profile.parent / "other-name.json"
    os.link(profile, hard_link)
    before = profile.read_bytes()
    status, _, err = run(
        capsys, "assess", "--vacancy", "250939", "--profile", str(profile), "-o", str(hard_link)
    )
    assert status == 2 and "input file" in err and profile.read_bytes() == before


def test_batch_never_overwrites_a_profile_or_a_vacancy(
    capsys: pytest.CaptureFixture[str], profiles: Path, tmp_path: Path
) -> None:
    vacancies = tmp_path / "v"
    vacancies.mkdir()
    shutil.copy(BUNDLED_FILES[0], vacancies / BUNDLED_FILES[0].name)
    before = (profiles / "ana.json").read_bytes()
    for option, target in (
        ("--json", profiles / "ana.json"),
        ("--out", vacancies / BUNDLED_FILES[0].name),
    ):
        args = ["batch", "--profiles", str(profiles), "--vacancies", str(vacancies)]
        args += ["--out", str(tmp_path / "m.csv"), option, str(target)]
        if option == "--out":
            args = [*args[:-4], "--out", str(target)]
        status, _, err = run(capsys, *args)
        assert status == 2 and "this is an input file" in err
    assert (profiles / "ana.json").read_bytes() == before
    assert (vacancies / BUNDLED_FILES[0].name).read_bytes() == BUNDLED_FILES[0].read_bytes()


# --- item 9: terminal escapes ---------------------------------------------------------------


def test_vacancy_text_with_escape_sequences_is_refused_at_validation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = BUNDLED_FILES[0].read_text("utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(base.replace('schedule = "', 'schedule = "\\u001b[2J\\u0007', 1))
    status, out, err = run(capsys, "validate", str(bad))
    assert status == 2
    assert f"{bad}: schedule: holds the control character U+001B at position 1" in err
    assert "\x1b" not in out + err and "\x07" not in out + err


def test_no_control_character_reaches_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, profile: Path
) -> None:
    """Direction marks and invisible format characters are not refused in vacancies (bidi
    overrides are, see test_bidi_controls), but the terminal gets them escaped, as every
    control character."""
    base = BUNDLED_FILES[0].read_text("utf-8")
    odd = tmp_path / "odd.toml"
    odd.write_text(base.replace('title.en = "', 'title.en = "\u200fevil\u2060', 1))
    for args in (
        ("show", str(odd)),
        ("assess", "--vacancy", str(odd), "--profile", str(profile)),
    ):
        status, out, _err = run(capsys, *args)
        assert status == 0
        assert "\u200f" not in out and "\\u200f" in out and "\\u2060" in out


def test_a_file_name_with_a_line_break_and_escapes_stays_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / f"bad\nname{ESCAPES}.toml").write_text("x = ")
    status, _out, err = run(capsys, "validate", str(folder))
    assert status == 2
    [line] = err.splitlines()
    assert line.startswith(f"{folder}/bad\\nname\\x1b[2J") and "\x1b" not in err


def test_command_errors_show_no_escape_sequence(
    capsys: pytest.CaptureFixture[str], profile: Path
) -> None:
    status, _, err = run(
        capsys, "assess", "--vacancy", f"x{ESCAPES}/v.toml", "--profile", str(profile)
    )
    assert status == 2 and "\x1b" not in err and "\u202e" not in err


# --- item 10: CSV cells that a spreadsheet would run ----------------------------------------


@pytest.mark.parametrize("name", [" =1+2", '\n=HYPERLINK("x")', "\u00a0@SUM(A1)", "  -2+3", "\t+1"])
def test_csv_neutralises_formulas_after_blanks(
    capsys: pytest.CaptureFixture[str], profiles: Path, tmp_path: Path, name: str
) -> None:
    (profiles / "ana.json").write_text(json.dumps({**GOOD_PROFILE, "name": name}))
    out = tmp_path / "m.csv"
    status, _, _ = run(capsys, "batch", "--profiles", str(profiles), "--out", str(out))
    assert status == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == "'" + name


@pytest.mark.parametrize(
    "command",
    [
        ["gaps"],
        ["dossier"],
        ["calendar"],
        ["dossier", "--vacancy", "250717"],
        ["calendar", "--vacancy", "250717"],
    ],
)
def test_the_adviser_commands_never_overwrite_a_vacancy_they_read(
    capsys: pytest.CaptureFixture[str], user_vacancies: Path, profile: Path, command: list[str]
) -> None:
    """gaps, dossier and calendar read every vacancy of the catalogue (or those named): an
    output named like one of the user's vacancy files is refused, the file kept as it was."""
    mine = user_vacancies / "250717.toml"
    shutil.copy(paths.bundled_vacancies_dir() / "250717.toml", mine)
    before = mine.read_bytes()
    target = mine if command[0] != "dossier" else mine.with_suffix(".html")
    if command[0] == "dossier":
        os.link(mine, target)  # the same file under a name a dossier may have
    status, _, err = run(capsys, *command, "--profile", str(profile), "-o", str(target))
    assert status == 2 and "this is an input file" in err
    assert mine.read_bytes() == before
