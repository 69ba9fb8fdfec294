"""The commands' outputs, like the app's save dialogs, never replace a file Screener keeps.
The commands refused only their own inputs: `assess -o profiles/ana.json` replaced another
candidate's answers with an assessment (the profile then failed: "lang: unknown field"),
`batch --json` or `gaps -o` did the same, `import -o settings.json --force` put a vacancy
draft in place of the settings. They now say so (exit 2) and write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener import paths
from screener.persistence.profile_files import read_profile
from tests.hardening.hardening_support import REPO, run_cli

ANA = {"format": 1, "name": "Ana", "nationality": "BE", "languages": {"en": "V"}}
NOTICE = REPO / "tests" / "importer" / "notices" / "250717.txt"


@pytest.fixture
def kept(tmp_path: Path) -> dict[str, Path]:
    """Bo's profile (the input), and Ana's profile and the settings (Screener's own)."""
    profiles = paths.profiles_dir()
    profiles.mkdir(parents=True)
    bo = tmp_path / "candidates" / "bo.json"
    bo.parent.mkdir()
    bo.write_text(json.dumps({**ANA, "name": "Bo"}), "utf-8")
    ana = profiles / "ana.json"
    ana.write_text(json.dumps(ANA), "utf-8")
    settings = paths.settings_file()
    settings.write_text(json.dumps({"language": "fr"}), "utf-8")
    return {"bo": bo, "ana": ana, "settings": settings}


def _commands(kept: dict[str, Path], target: Path) -> list[list[str]]:
    bo, out = str(kept["bo"]), str(target)
    folder = str(kept["bo"].parent)
    return [
        ["assess", "--vacancy", "250717", "--profile", bo, "--format", "json", "-o", out],
        ["gaps", "--profile", bo, "--format", "json", "-o", out],
        ["calendar", "--profile", bo, "-o", out],
        ["batch", "--profiles", folder, "--out", str(target.with_suffix(".csv")), "--json", out],
        ["import", str(NOTICE), "-o", out, "--force"],
    ]


@pytest.mark.parametrize("which", ["ana", "settings"])
@pytest.mark.parametrize("command", range(5))
def test_a_command_never_writes_over_screeners_own_files(
    capsys: pytest.CaptureFixture[str], kept: dict[str, Path], which: str, command: int
) -> None:
    target = kept[which]
    before = target.read_bytes()
    args = _commands(kept, target)[command]
    status, _, err = run_cli(capsys, *args)
    assert status == 2
    assert f"{target}: is one of Screener's own files (a profile, a vacancy or the settings)" in err
    assert target.read_bytes() == before
    assert read_profile(kept["ana"]).name == "Ana"


def test_an_import_still_replaces_a_vacancy_file_when_told_to(
    capsys: pytest.CaptureFixture[str], kept: dict[str, Path]
) -> None:
    # Importing a notice again over its vacancy file is what --force is for.
    draft = paths.user_vacancies_dir() / "250717.toml"
    draft.parent.mkdir(parents=True)
    assert run_cli(capsys, "import", str(NOTICE), "-o", str(draft))[0] == 0
    status, _, err = run_cli(capsys, "import", str(NOTICE), "-o", str(draft), "--force")
    assert status == 0, err
