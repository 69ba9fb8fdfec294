"""Atomic writes: the old file survives any failure, and no temporary file is left behind."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from screener.persistence import atomic
from screener.persistence.atomic import is_temp_file, write_atomic


class Crash(Exception):
    """Stands for the process dying between the write and the rename."""


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCREENER_DATA_DIR", str(tmp_path / "data"))


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert os.listdir(tmp_path) == ["a.json"]


def test_replaces_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["a.json"]


def test_failure_before_rename_keeps_old_file_and_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    seen: list[Path] = []

    def crash(temp: Path, destination: Path) -> None:
        # The new data is complete on disk at this point; only the rename is missing.
        assert temp.read_bytes() == b"new"
        assert destination == target
        seen.append(temp)
        raise Crash

    monkeypatch.setattr(atomic, "_before_replace", crash)
    with pytest.raises(Crash):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert seen and not seen[0].exists()
    assert os.listdir(tmp_path) == ["a.json"]


def test_failure_during_write_removes_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.json"]


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nowhere" / "a.json", b"x")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_file_is_private_by_default(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    write_atomic(target, b"y", mode=0o644)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_temp_names_are_recognisable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names: list[str] = []

    def record(temp: Path, destination: Path) -> None:
        names.append(temp.name)

    monkeypatch.setattr(atomic, "_before_replace", record)
    write_atomic(tmp_path / "a.json", b"x")
    assert names and names[0].startswith(".a.json.")
    assert is_temp_file(tmp_path / names[0])
    assert not is_temp_file(tmp_path / "a.json")
