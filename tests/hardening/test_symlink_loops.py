"""A symbolic link that points at itself, by way of another (a -> b -> a), given as an
output: Path.resolve raises RuntimeError there ("Symlink loop from ..."), and `batch --out`
or `--json` ended in "unexpected error" (exit 1), the batch dialog in a crash dialog. Each
now says the file cannot be written, exit 2, and writes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.hardening.hardening_support import run_cli


@pytest.fixture
def loop(tmp_path: Path) -> Path:
    (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    return tmp_path / "a.csv"


@pytest.fixture
def profiles(tmp_path: Path) -> Path:
    folder = tmp_path / "candidates"
    folder.mkdir()
    (folder / "ana.json").write_text(json.dumps({"format": 1, "name": "Ana"}))
    return folder


@pytest.mark.parametrize("option", ["--out", "--json"])
def test_batch_says_a_loop_cannot_be_written(
    capsys: pytest.CaptureFixture[str], loop: Path, profiles: Path, option: str
) -> None:
    outputs = {"--out": str(profiles.parent / "m.csv"), option: str(loop)}
    args = [arg for pair in outputs.items() for arg in pair]
    status, _, err = run_cli(capsys, "batch", "--profiles", str(profiles), *args)
    assert status == 2
    assert f"{loop}: cannot be written: Too many levels of symbolic links" in err
    assert loop.is_symlink()


def test_batch_under_a_loop_names_the_folder(
    capsys: pytest.CaptureFixture[str], loop: Path, profiles: Path
) -> None:
    status, _, err = run_cli(capsys, "batch", "--profiles", str(profiles), "--out", f"{loop}/m.csv")
    assert status == 2 and f"{loop}/m.csv: cannot be written" in err


def test_the_batch_dialog_asks_for_another_file(qtbot: QtBot, loop: Path, profiles: Path) -> None:
    from screener.ui.adviser.batch_dialog import BatchDialog

    dialog = BatchDialog([], dt.date(2025, 7, 1), profiles, "en")
    qtbot.addWidget(dialog)
    dialog.profiles_edit.setText(str(profiles))
    dialog.output_edit.setText(f"{loop}/m.csv")
    assert "choose a file in an existing folder" in (dialog._problem() or "")  # raised
