"""A candidate's profile nobody named ("My profile", saved while the app was in English) is
"Mon profil" in French wherever the adviser's matrix names it: the row said "Mon profil",
while the dossier's suggested file name and the dossier itself said "My profile"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from adviser_ui_helpers import open_matrix
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener.domain.profile import Profile
from screener.persistence.profile_store import ProfileStore
from screener.ui.common.language import apply_language
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    apply_language("fr")
    yield
    apply_language("en")


def test_a_default_named_candidate_is_mon_profil_in_the_french_dossier(
    qtbot: QtBot,
    window: MainWindow,
    french: None,
    french_ii: Profile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "candidates"
    ProfileStore(folder).save(french_ii.model_copy(update={"name": "My profile"}), "my-profile")
    matrix = open_matrix(qtbot, window, folder, monkeypatch)
    assert matrix.model.name(0) == "Mon profil"
    suggested: list[str] = []

    def ask(_parent: object, _title: str, name: str, _filter: str) -> str:
        suggested.append(name)
        return str(tmp_path / "dossier.html")

    monkeypatch.setattr(profile_prompts, "ask_save_file", ask)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is matrix.name_edit)
    kb.press(Qt.Key.Key_Down)  # into the table, on the candidate
    kb.press(Qt.Key.Key_D, CTRL_SHIFT)  # the candidate's dossier
    assert suggested == ["Mon-profil-dossier.pdf"]
    qtbot.waitUntil(lambda: (tmp_path / "dossier.html").exists(), timeout=10000)
    page = (tmp_path / "dossier.html").read_text(encoding="utf-8")
    assert "My profile" not in page
    assert "Mon profil" in page
