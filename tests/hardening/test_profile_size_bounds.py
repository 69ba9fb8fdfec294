"""Profiles with enormous text or lists, under the file size limit: a 900,000-character name
made every page of the wizard take seconds (the facts panel and the result lay it out), and
100,000 driving licences as long. Such profiles are refused at load, naming the field; what
the app itself writes always stays within the bounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hardening_support import refused
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from screener.persistence.profile_files import read_profile
from screener.persistence.profile_store import ProfileStore
from screener.persistence.text_checks import MAX_LIST_ITEMS, MAX_TEXT_CHARS
from screener.ui.profiles import profile_prompts

GOOD = {"format": 1, "name": "Ana", "nationality": "BE", "driving_licences": ["B"]}


def _write(tmp_path: Path, **changes: object) -> Path:
    path = tmp_path / "ana.json"
    path.write_text(json.dumps({**GOOD, **changes}), "utf-8")
    assert path.stat().st_size < 1024 * 1024
    return path


def test_a_name_of_the_longest_length_loads(tmp_path: Path) -> None:
    name = "A" * MAX_TEXT_CHARS
    assert read_profile(_write(tmp_path, name=name)).name == name


def test_an_enormous_name_is_refused_naming_the_field(tmp_path: Path) -> None:
    path = _write(tmp_path, name="A" * 900_000)
    error = refused(lambda: read_profile(path), path)
    assert str(error) == f"{path}: name: is 900,000 characters long; at most 10,000 are allowed"


@pytest.mark.parametrize("field", ["driving_licences", "mother_tongues"])
def test_an_enormous_list_is_refused_naming_the_field(tmp_path: Path, field: str) -> None:
    value = ["B"] * 100_000 if field == "driving_licences" else ["en"] * 100_000
    path = _write(tmp_path, **{field: value})
    error = refused(lambda: read_profile(path), path)
    assert (
        str(error) == f"{path}: {field}: has 100,000 items; at most {MAX_LIST_ITEMS:,} are allowed"
    )


def test_an_enormous_answer_key_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, answers={"250939": {"x" * 20_000: True}})
    error = refused(lambda: read_profile(path), path)
    assert str(error) == (
        f"{path}: answers.250939: a key is 20,000 characters long; at most 10,000 are allowed"
    )


def test_a_pasted_name_too_long_to_load_again_is_cut(qtbot: QtBot, tmp_path: Path) -> None:
    """The name box takes what is pasted; the profile saved with it must open again."""
    pasted = "  " + "N" * (MAX_TEXT_CHARS + 5_000) + "  "

    def paste_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, paste_and_accept)
            return
        dialog.setTextValue(pasted)
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)

    QTimer.singleShot(0, paste_and_accept)
    name = profile_prompts.ask_text(None, "New profile", "Name:")  # type: ignore[arg-type]
    assert name == "N" * MAX_TEXT_CHARS
    store = ProfileStore(tmp_path / "profiles")
    store.folder.mkdir()
    store.save(read_profile(_write(tmp_path)).model_copy(update={"name": name}), "ana")
    assert store.load("ana").name == name
