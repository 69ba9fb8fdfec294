"""`screener validate` and `screener assess` on hostile files: exit status 2, one line per
problem naming the file, no traceback, and the other files in the folder left untouched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES, REPO, time_limit

from screener.persistence.bounded_read import MAX_FILE_BYTES

cli = pytest.importorskip("screener.cli.entry")

BASE = BUNDLED_FILES[0].read_text("utf-8")
HOSTILE: dict[str, bytes] = {
    "empty.toml": b"",
    "truncated.toml": BASE.encode()[: len(BASE) // 2],
    "binary.toml": b"\x00\x01\x02\xff" * 64,
    "latin1.toml": "title = 'é'".encode("latin-1"),
    "deep.toml": b"a = " + b"[" * 100_000 + b"]" * 100_000,
    "huge.toml": b"# " + b"x" * (MAX_FILE_BYTES + 1),
    "unknown-kind.toml": BASE.replace('kind = "statement"', 'kind = "telepathy"', 1).encode(),
    "wrong-type.toml": BASE.replace("min_years = 3", 'min_years = "three"', 1).encode(),
    "duplicate-ids.toml": BASE.replace('id = "presentations"', 'id = "network-security"').encode(),
    "html.toml": BASE.replace('schedule = "Full-time"', "schedule = 5").encode(),
}
GOOD_PROFILE = {"format": 1, "name": "A", "nationality": "BE", "languages": {"en": "V"}}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "vacancies"
    target.mkdir()
    for path in BUNDLED_FILES[:2]:
        shutil.copy2(path, target / path.name)
    for name, content in HOSTILE.items():
        (target / name).write_bytes(content)
    (target / "notes.txt").write_text("not a vacancy file", encoding="utf-8")
    return target


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with time_limit(20):
        status = cli.main(args)
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_per_problem(err: str, files: list[Path]) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "no problem was reported"
    for line in lines:
        assert any(line.startswith(f"{path}: ") for path in files), f"unclear line: {line!r}"


def test_validate_a_folder_of_hostile_files(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(folder)
    status, out, err = run_cli(["validate", str(folder)], capsys)
    assert status == 2
    bad = [folder / name for name in HOSTILE]
    assert_one_line_per_problem(err, bad)
    for path in bad:
        assert f"{path}: " in err, f"{path.name} is not reported"
    for path in BUNDLED_FILES[:2]:
        assert str(folder / path.name) not in err
    assert "Traceback" not in out
    assert "2 of" in out
    assert snapshot(folder) == before, "validate changed files"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_validate_one_hostile_file(
    folder: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    before = snapshot(folder)
    status, _, err = run_cli(["validate", str(folder / name)], capsys)
    assert status == 2
    assert_one_line_per_problem(err, [folder / name])
    assert snapshot(folder) == before


@pytest.mark.parametrize("name", ["truncated.toml", "binary.toml", "deep.toml", "huge.toml"])
def test_assess_with_a_hostile_vacancy(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(GOOD_PROFILE), encoding="utf-8")
    before = snapshot(folder)
    status, _, err = run_cli(
        ["assess", "--vacancy", str(folder / name), "--profile", str(profile)], capsys
    )
    assert status == 2
    assert_one_line_per_problem(err, [folder / name])
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff" * 10, b"[" * 100_000, b'{"nationality": "Belgium"}', b'{"format": 9}'],
    ids=["empty", "binary", "deep", "wrong-value", "newer"],
)
def test_assess_with_a_hostile_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    profile = tmp_path / "profile.json"
    profile.write_bytes(content)
    status, _, err = run_cli(
        ["assess", "--vacancy", str(BUNDLED_FILES[0]), "--profile", str(profile)], capsys
    )
    assert status == 2
    assert_one_line_per_problem(err, [profile])
    assert profile.read_bytes() == content


@pytest.mark.parametrize("key", ["a\\nb", "\\u001b[2Jcleared", "x\\r\\ny", "\\u202eevil"])
def test_control_characters_in_a_key_stay_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    path = tmp_path / "control.toml"
    path.write_text(BASE.replace("format = 1", f'format = 1\n"{key}" = 1', 1), encoding="utf-8")
    status, _, err = run_cli(["validate", str(path)], capsys)
    assert status == 2
    assert_one_line_per_problem(err, [path])
    assert "\x1b" not in err
    assert "\u202e" not in err


def test_validate_in_a_real_process_shows_no_traceback(folder: Path, tmp_path: Path) -> None:
    env = {**os.environ, "SCREENER_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO)}
    env.pop("SCREENER_DEBUG", None)
    before = snapshot(folder)
    done = subprocess.run(
        [sys.executable, "-m", "screener", "validate", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr + done.stdout
    assert_one_line_per_problem(done.stderr, [folder / name for name in HOSTILE])
    assert snapshot(folder) == before
