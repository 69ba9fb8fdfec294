"""The review dialog saves only a draft Screener can read back. It checked the draft against
the vacancy model alone, while loading a file also refuses controls, bidi overrides and
texts over 10,000 characters or 50 lines: a title pasted from a web page with a bidi
override, or a location pasted with an escape, was saved without a word, and the app then
refused its own draft ("title.en: holds the bidirectional control U+202E"). The dialog now
names the field, in the user's language, and saves nothing until it is corrected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from test_import_review_dialog import NOTICES, open_dialog

from screener import paths
from screener.importer import ImportResult, import_notice_file
from screener.persistence.vacancy_files import load_vacancy
from screener.ui.common.language import apply_language
from screener.ui.importing import import_prompts


@pytest.fixture(autouse=True)
def _confirm_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_prompts, "ask_confirm", lambda *args: True)


@pytest.fixture(scope="module")
def result_250717() -> ImportResult:
    return import_notice_file(NOTICES / "250717.txt")


def _save_with(qtbot: QtBot, result: ImportResult, field: str, value: str) -> str:
    dialog = open_dialog(qtbot, result)
    line = dialog.header_form.inputs[field]
    assert isinstance(line, QLineEdit)
    line.setText(value)  # as a paste puts it
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.isVisible()
    assert dialog.isVisible()  # the review goes on
    assert not (paths.user_vacancies_dir() / "250717.toml").exists()
    return dialog.errors.text().replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        (
            "title.en",
            "Coord\u202einator, HQ Security Force",
            "English title (title.en): holds the bidirectional control U+202E at position 6",
        ),
        (
            "title.en",
            "Coordinator " * 1_000,
            "English title (title.en): is 11,999 characters long; at most 10,000 are allowed",
        ),
        (
            "location",
            "Brussels\x1b[0m",
            "Location (location): holds the control character U+001B at position 9",
        ),
        (
            "nato_body",
            "NATO\u2028" * 60,
            "NATO body (nato_body): is 60 lines long; at most 50 are allowed",
        ),
    ],
)
def test_a_text_the_file_could_not_hold_is_named_before_saving(
    qtbot: QtBot, result_250717: ImportResult, field: str, value: str, said: str
) -> None:
    shown = _save_with(qtbot, result_250717, field, value)
    assert shown.startswith("The vacancy cannot be saved yet:")
    assert said in shown


def test_it_is_named_in_french_too(qtbot: QtBot, result_250717: ImportResult) -> None:
    apply_language("fr")
    try:
        shown = _save_with(qtbot, result_250717, "title.en", "Coord\u202einator")
    finally:
        apply_language("en")
    assert "Intitulé en anglais (title.en) : contient la commande bidirectionnelle U+202E" in shown


def test_once_corrected_the_draft_saves_and_loads(
    qtbot: QtBot, result_250717: ImportResult
) -> None:
    dialog = open_dialog(qtbot, result_250717)
    title = dialog.header_form.inputs["title.en"]
    assert isinstance(title, QLineEdit)
    title.setText("Coord\u202einator")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    title.setText("Coordinator, HQ Security Force")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = load_vacancy(paths.user_vacancies_dir() / "250717.toml")
    assert saved.title.en == "Coordinator, HQ Security Force"
