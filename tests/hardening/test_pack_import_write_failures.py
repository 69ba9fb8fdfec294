"""Importing a vacancy pack where its files cannot be written: a full disk, a vacancies
folder that is read-only or that the user may not search. The OSError went up unhandled:
a crash dialog in the app (Adviser > Import vacancy pack…), a bare system message in the
CLI. Each file that cannot be written is now a problem naming it and the others go on; the
app says which folder cannot take files, as the command does."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from screener import paths
from screener.adviser import packs
from tests.hardening.hardening_support import run_cli


@pytest.fixture
def pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "two.zip"
    status, _, err = run_cli(capsys, "pack", "export", "250939", "250717", "-o", str(path))
    assert status == 0, err
    return path


def _disk_full_for(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    real = packs.write_atomic

    def write(path: Path, data: bytes, mode: int = 0o600) -> None:
        if Path(path).name == name:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, data, mode)

    monkeypatch.setattr(packs, "write_atomic", write)


def test_a_file_that_cannot_be_written_is_named_and_the_others_imported(
    monkeypatch: pytest.MonkeyPatch, pack: Path
) -> None:
    _disk_full_for(monkeypatch, "250939.toml")
    folder = paths.user_vacancies_dir()
    report = packs.import_pack(pack, folder, lambda *args: False)  # raised OSError
    assert report.added == ["250717.toml"]
    assert [str(p) for p in report.problems] == [
        f"{folder / '250939.toml'}: cannot be written: No space left on device; skipped"
    ]


def test_the_cli_exits_2_naming_the_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pack: Path
) -> None:
    _disk_full_for(monkeypatch, "250717.toml")
    status, out, err = run_cli(capsys, "pack", "import", str(pack))
    assert status == 2
    assert "250717.toml: cannot be written: No space left on device" in err
    assert "250939.toml" in out


def test_the_app_says_a_folder_that_cannot_take_files(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, pack: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from screener.ui.adviser import pack_dialogs
    from screener.ui.profiles import profile_prompts

    said: list[str] = []
    monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: str(pack))
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: said.append(text))

    def refused(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "mkdir", refused)
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    assert pack_dialogs.import_chosen(parent) is None  # raised OSError: a crash dialog
    assert said == [f"{paths.user_vacancies_dir()}: Read-only file system"]


def test_the_app_says_it_and_goes_on(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, pack: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from screener.ui.adviser import pack_dialogs
    from screener.ui.profiles import profile_prompts

    said: list[str] = []
    monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: str(pack))
    monkeypatch.setattr(profile_prompts, "inform", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: said.append(text))
    _disk_full_for(monkeypatch, "250939.toml")
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    report = pack_dialogs.import_chosen(parent)  # raised OSError: a crash dialog
    assert report is not None and report.added == ["250717.toml"]
    assert "250939.toml: cannot be written: No space left on device" in said[0]
