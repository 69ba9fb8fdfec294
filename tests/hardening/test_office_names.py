"""The adviser's office name heads every dossier. Given with `screener dossier --office` or
kept in a hand-edited settings file, it reached the dossier as it was: an escape character,
a bidi override or a line break went into the HTML and PDF raw (the header of every PDF page
on two lines), a name of 100,000 characters was printed whole at the top of each of 38 pages,
and a name given in bytes that are not UTF-8 stopped the command with "unexpected error:
UnicodeEncodeError". The name is now one line of at most 200 characters, without controls,
whichever way it is given, as the app's own Office name dialog already cut it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from screener import paths
from screener.adviser.office import office_name
from screener.persistence.settings import load_settings
from tests.hardening.hardening_support import run_cli

PROFILE = {"format": 1, "name": "Ana", "nationality": "BE", "languages": {"en": "V"}}
HOSTILE = "Bureau\n\x1bNamur\u202e\t\u2028Centre\x07"


def _dossier(capsys: pytest.CaptureFixture[str], tmp_path: Path, *extra: str) -> str:
    profile = tmp_path / "ana.json"
    profile.write_text(json.dumps(PROFILE), "utf-8")
    out = tmp_path / "ana.html"
    args = ["dossier", "--profile", str(profile), "--vacancy", "250717", "-o", str(out)]
    status, _, err = run_cli(capsys, *args, *extra)
    assert status == 0, err
    return out.read_text("utf-8")


def test_an_office_name_given_with_controls_is_one_clean_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = _dossier(capsys, tmp_path, "--office", HOSTILE)
    assert "Prepared by Bureau Namur Centre</b>" in page
    assert "\x1b" not in page and "\u202e" not in page


def test_an_office_name_in_bytes_that_are_not_utf8_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = os.fsdecode(b"Bureau d'Andr\xe9")  # as a Latin-1 terminal passes it
    page = _dossier(capsys, tmp_path, "--office", name)  # exited 1: UnicodeEncodeError
    assert "Prepared by Bureau d&#x27;Andr</b>" in page


def test_an_office_name_is_cut_as_the_dialog_cuts_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = _dossier(capsys, tmp_path, "--office", "A" * 100_000)
    assert f"Prepared by {'A' * 200}</b>" in page
    assert "A" * 201 not in page


def test_an_office_name_edited_into_the_settings_is_one_clean_line() -> None:
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"office_name": HOSTILE}), "utf-8")
    assert office_name(load_settings()) == "Bureau Namur Centre"
    settings.write_text(json.dumps({"office_name": "\x1b\u202e\n"}), "utf-8")
    assert office_name(load_settings()) is None  # nothing left to print
