"""Bad vacancy and profile files through the CLI: one clear line each, exit 2, files untouched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import SOURCE_250939, Run, bad_vacancy

BAD_FILES = [
    pytest.param(
        'schedule = "Full-time"', "schedule = Full-time",
        "line 8, column 12: text must be between straight quotes",
        id="toml-syntax",
    ),
    pytest.param(
        'grade = { min = "G6" }', "grade = 6", "grade: expected a table of named values",
        id="wrong-type",
    ),
    pytest.param(
        'kind = "fitness_test"', 'kind = "fitness"',
        "essential[6]: unknown kind 'fitness'; expected one of: nationality, education",
        id="unknown-kind",
    ),
    pytest.param(
        'min_years = 4\n', "", "essential[2].min_years: required field is missing",
        id="missing-field",
    ),
    pytest.param(
        'id = "writing"', 'id = "firearms"', "criterion id 'firearms' is used more than once",
        id="duplicate-ids",
    ),
    pytest.param(
        'one = "V"', 'one = "VII"',
        "essential[8].one: Input should be 'I', 'II', 'III', 'IV', 'V' or 'VI' (got 'VII')",
        id="bad-level",
    ),
    pytest.param(
        "format = 1", "format = 1\nsalery = 3", "salery: unknown field (check its spelling)",
        id="typo",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), BAD_FILES)
def test_bad_vacancy_files(
    run: Callable[..., Run], tmp_path: Path, eligible: Path, old: str, new: str, message: str
) -> None:
    bad = bad_vacancy(tmp_path, old, new)
    for args in (
        ("validate", str(bad)),
        ("show", str(bad)),
        ("assess", "--vacancy", str(bad), "--profile", str(eligible)),
    ):
        result = run(*args)
        assert result.code == 2, args
        assert f"{bad}: {message}" in result.err, (args, result.err)
        assert all(line.startswith(str(bad)) for line in result.err.splitlines())
        assert "(got {" not in result.err  # never the whole document


def test_a_huge_file_is_refused(run: Callable[..., Run], tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    huge.write_text("# padding\n" * 120_000, encoding="utf-8")
    result = run("validate", str(huge))
    assert result.code == 2 and "file is too large" in result.err


# --- profiles ------------------------------------------------------------------------------


def test_unknown_reference_in_assess(run: Callable[..., Run], eligible: Path) -> None:
    result = run("assess", "--vacancy", "250000", "--profile", str(eligible))
    assert result.code == 2
    assert "unknown vacancy reference '250000'; `screener list` shows the known ones" in result.err


def test_missing_profile_file(run: Callable[..., Run], tmp_path: Path) -> None:
    missing = tmp_path / "nobody.json"
    result = run("assess", "--vacancy", "250939", "--profile", str(missing))
    assert (result.code, result.err) == (2, f"{missing}: file not found\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{\n  "name": "A",\n  "nationality": BE\n}', "line 3, column 18: text must be between straight quotes"),
        ('{"name": "A",}', "line 1, column 14: JSON syntax error"),
        ("[]", "expected a JSON object"),
        ('{"format": 2, "name": "A"}', "format: was saved by a newer version of Screener "
         "(profile format 2; this version reads formats up to 1)"),
        ('{"nationality": "be"}', "nationality: expected a two-letter country code in capitals"),
        ('{"languages": {"en": "VII"}}', "languages.en: Input should be 'I', 'II'"),
        ('{"answers": {"250939": {"experience": "four"}}}',
         'answers.250939.experience: expected true, false, "unsure" or a number of years'),
        ('{"name": "A", "name": "B"}', "the key 'name' appears more than once"),
        ('{"nmae": "A"}', "nmae: unknown field"),
    ],
)  # fmt: skip
def test_bad_profiles(run: Callable[..., Run], tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "profile.json"
    path.write_text(content, encoding="utf-8")
    result = run("assess", "--vacancy", "250939", "--profile", str(path))
    assert result.code == 2 and result.out == ""
    assert f"{path}: {message}" in result.err
    assert len(result.err.splitlines()) == 1


def test_user_files_are_never_modified(
    run: Callable[..., Run], tmp_path: Path, eligible: Path
) -> None:
    vacancy = tmp_path / "copy.toml"
    vacancy.write_text(SOURCE_250939, encoding="utf-8")
    bad = bad_vacancy(tmp_path, "min_years = 4", 'min_years = "four"')
    files = [vacancy, bad, eligible]
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    run("validate", str(tmp_path))
    run("show", str(vacancy))
    run("assess", "--vacancy", str(vacancy), "--profile", str(eligible), "--format", "json")
    run("assess", "--vacancy", str(bad), "--profile", str(eligible))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.toml", "copy.toml", "me.json"]
