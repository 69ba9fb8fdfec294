"""Files in an encoding or with line ends Screener does not read are said to be so, with
what to do: a UTF-16 profile (as Notepad and PowerShell write) was "a binary file, not text",
and a vacancy file with old Mac line ends "line 1, column 99: found invalid character '\\r'".
And a vacancy file or a profile that Notepad saved as text ("250939.toml.txt", "ana.json.txt",
shown as "250939.toml" and "ana.json" where Windows hides known extensions) was left out of
the list, the batch and Profile > Open without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES, refused, run_cli

from screener.persistence.profile_files import read_profile
from screener.persistence.profile_store import ProfileStore
from screener.persistence.vacancy_files import load_vacancy

PROFILE = '{"format": 1, "name": "Ana Pérez", "nationality": "BE"}'
VACANCY = BUNDLED_FILES[0].read_text("utf-8")
UTF16 = "is UTF-16 text; save it as UTF-8 (the encoding Screener reads)"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_profile_is_said_to_be_utf16(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "ana.json"
    path.write_bytes(PROFILE.encode(encoding))
    assert str(refused(lambda: read_profile(path), path)) == f"{path}: {UTF16}"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_vacancy_is_said_to_be_utf16(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "v.toml"
    path.write_bytes(VACANCY.encode(encoding))
    assert str(refused(lambda: load_vacancy(path), path)) == f"{path}: {UTF16}"


@pytest.mark.parametrize(
    "content", [b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", bytes(range(256)) * 4, b"a\x00"]
)
def test_binary_files_are_still_binary(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    assert str(refused(lambda: read_profile(path), path)) == f"{path}: is a binary file, not text"


def test_old_mac_line_ends_are_named(tmp_path: Path) -> None:
    path = tmp_path / "v.toml"
    path.write_bytes(VACANCY.replace("\n", "\r").encode("utf-8"))
    assert str(refused(lambda: load_vacancy(path), path)) == (
        f"{path}: lines end with a carriage return alone (old Mac line endings), which TOML "
        "does not allow; save the file with LF or CRLF line endings"
    )


def test_windows_line_ends_load(tmp_path: Path) -> None:
    path = tmp_path / "v.toml"
    path.write_bytes(VACANCY.replace("\n", "\r\n").encode("utf-8"))
    assert load_vacancy(path).reference == BUNDLED_FILES[0].stem


def test_a_vacancy_saved_as_text_by_notepad_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mine.toml").write_text(VACANCY.replace(BUNDLED_FILES[0].stem, "MINE"), "utf-8")
    saved = tmp_path / "250939.TOML.txt"
    saved.write_text(VACANCY, "utf-8")
    status, out, err = run_cli(capsys, "validate", str(tmp_path))
    assert status == 2 and out.startswith("1 of 2 vacancy files ok")
    assert err == (
        f"{saved}: the file name ends in '.TOML.txt' (Notepad adds .txt to what it saves as "
        "text), not '.toml'; rename the file to use it\n"
    )


def test_a_profile_saved_as_text_by_notepad_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ana.json").write_text(PROFILE, "utf-8")
    saved = tmp_path / "bob.json.txt"
    saved.write_text(PROFILE.replace("Ana Pérez", "Bob"), "utf-8")
    said = (
        f"{saved}: the file name ends in '.json.txt' (Notepad adds .txt to what it saves as "
        "text), not '.json'; rename the file to use it"
    )
    out = tmp_path / "m.csv"
    status, _, err = run_cli(capsys, "batch", "--profiles", str(tmp_path), "--out", str(out))
    assert status == 0 and f"warning: skipped {said}\n" in err
    screened = out.read_text("utf-8-sig")
    assert "Ana Pérez" in screened and "Bob" not in screened
    listing = ProfileStore(tmp_path).list()
    assert [entry.id for entry in listing.entries] == ["ana"]
    assert [str(error) for error in listing.errors] == [said]
