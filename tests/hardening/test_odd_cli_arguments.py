"""Odd command-line arguments: "-" as the output, and a 2 GB sparse file as any input.

`assess`, `gaps` and `calendar -o -` wrote a file named "-" in the current folder (`import
-o -` already wrote to standard output, as most tools do); the user saw nothing. So did
`batch --out -` and `--json -`.

And standard output that cannot be written: on a full disk (`screener list > /full/x.txt`)
every command ended in "unexpected error: OSError: [Errno 28] No space left on device",
exit 1, naming nothing; closed before the start (`>&-`, some schedulers), `list` and
`validate` ended in "unexpected error: AttributeError", whatever their result. So did
`import -` with standard input closed (`<&-`).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from screener import paths
from tests.hardening.hardening_support import run_cli

PROFILE = '{"format": 1, "name": "Ana", "nationality": "PT"}'


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "me.json"
    path.write_text(PROFILE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["assess", "--vacancy", "250939", "--profile", "me.json"], "Profile: Ana"),
        (
            ["assess", "--vacancy", "250939", "--profile", "me.json", "--format", "json"],
            '"verdict"',
        ),
        (["gaps", "--profile", "me.json"], "What would open more vacancies"),
        (["calendar", "--vacancy", "250939"], "BEGIN:VCALENDAR"),
    ],
)
def test_a_dash_as_the_output_is_standard_output(
    profile: Path, capsys: pytest.CaptureFixture[str], command: list[str], expected: str
) -> None:
    status, out, err = run_cli(capsys, *command, "--lang", "en", "-o", "-")
    assert status == 0, err
    assert expected in out
    assert not (profile.parent / "-").exists()


def test_a_two_gigabyte_sparse_file_is_refused_by_its_size(
    tmp_path: Path, profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big_json, big_toml, big_txt = (tmp_path / n for n in ("big.json", "big.toml", "big.txt"))
    for path in (big_json, big_toml, big_txt):
        with path.open("wb") as handle:
            handle.truncate(2 * 1024**3)  # no disk space taken
    commands = [
        ["assess", "--vacancy", "250939", "--profile", str(big_json)],
        ["assess", "--vacancy", str(big_toml), "--profile", str(profile)],
        ["validate", str(big_toml)],
        ["import", str(big_txt), "-o", str(tmp_path / "draft.toml")],
        ["gaps", "--profile", str(big_json)],
    ]
    for command in commands:
        status, _out, err = run_cli(capsys, *command)
        assert status == 2, command
        assert "file is too large (2,147,483,648 bytes; the limit is" in err, err
    assert not (tmp_path / "draft.toml").exists()
    assert os.stat(big_json).st_size == 2 * 1024**3  # left as it was


def test_a_vacancy_named_twice_is_one_and_the_catalogue_read_once(
    profile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from screener.cli import common

    reads: list[int] = []
    real = common.catalogue
    monkeypatch.setattr(common, "catalogue", lambda: reads.append(1) or real())
    bundled = str(paths.bundled_vacancies_dir() / "250939.toml")
    named = ["250939", "250717", "250939", bundled, "250717"]
    twice = [arg for ref in named for arg in ("--vacancy", ref)]
    status, _out, err = run_cli(capsys, "dossier", "--profile", "me.json", *twice, "-o", "d.html")
    assert status == 0, err
    assert "dossier of 2 vacancies" in err and len(reads) == 1
    html = (profile.parent / "d.html").read_text(encoding="utf-8")
    assert html.count("Close Protection Operations Centre Agent") == html.count(
        "Coordinator, HQ Security Force"
    )
    status, _out, err = run_cli(capsys, "pack", "export", *named, "-o", "p.zip")
    assert status == 0 and "packed 2 vacancies" in err
    status, out, _err = run_cli(capsys, "calendar", *twice)
    assert status == 0 and out.count("BEGIN:VEVENT") == 2


def test_a_batch_to_a_dash_writes_to_standard_output(
    tmp_path: Path, profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(capsys, "batch", "--profiles", str(tmp_path), "--out", "-")
    assert status == 0, err
    assert out.splitlines()[1].startswith("Ana,")
    assert err.endswith("vacancies: standard output\n")
    status, out, err = run_cli(
        capsys, "batch", "--profiles", str(tmp_path), "--out", "m.csv", "--json", "-"
    )
    assert status == 0, err
    assert '"name": "Ana"' in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.csv", "me.json"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="a device that is always full")
@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["assess", "--vacancy", "250939", "--profile", "me.json", "--format", "json"],
        ["batch", "--profiles", ".", "--out", "-"],
        # argparse swallows the failed write: they exited 0 without a word.
        ["--help"],
        ["--version"],
        ["import", "--help"],
    ],
)
def test_standard_output_on_a_full_disk_is_said_like_a_files(
    profile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    # Unbuffered (python -u, PYTHONUNBUFFERED): a write fails as it is made, not at the end.
    full = io.TextIOWrapper(io.FileIO("/dev/full", "w"), encoding="utf-8", write_through=True)
    monkeypatch.setattr(sys, "stdout", full)
    status, _out, err = run_cli(capsys, *command)
    assert status == 2
    assert err.splitlines()[-1] == "screener: standard output: No space left on device"


def test_a_command_started_with_its_output_closed_still_says_by_its_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scheduled `screener validate DIR >&-` is read by its exit status alone."""
    monkeypatch.setattr(sys, "stdout", None)
    good = paths.bundled_vacancies_dir() / "250939.toml"
    assert run_cli(capsys, "validate", str(good))[0] == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("reference = [", encoding="utf-8")
    status, _out, err = run_cli(capsys, "validate", str(bad))
    assert status == 2 and err.startswith(f"{bad}: ")


def test_import_from_a_closed_standard_input_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", None)  # `screener import - <&-`
    status, _out, err = run_cli(capsys, "import", "-")
    assert status == 2
    assert err == "screener: standard input is closed: give the notice's file instead of -\n"
