"""The offer to resume a screening is answered with Alt letters both ways: Resume had one,
Not now none, so a keyboard user tabbed back up from the search box to put the offer away."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_french import mnemonic_clashes
from ui_keyboard import Keyboard

from screener.domain.profile import Profile
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, save_settings
from screener.ui.common.language import apply_language
from screener.ui.window.main_window import MainWindow


@pytest.mark.parametrize(("lang", "key"), [("en", Qt.Key.Key_N), ("fr", Qt.Key.Key_M)])
def test_not_now_has_its_alt_letter(
    qtbot: QtBot, make_window: Callable[[], MainWindow], lang: str, key: Qt.Key
) -> None:
    save_settings(Settings(last_profile="ana", wizard_position={"250939": "writing"}))
    ProfileStore().save(Profile(name="Ana").with_answer("250939", "experience", 5.0), "ana")
    window = make_window()
    bar = window.profiles.resume_bar
    qtbot.waitUntil(bar.isVisible)
    apply_language(lang)
    try:
        if lang == "fr":  # the bar says itself again once the change of language reaches it
            qtbot.waitUntil(lambda: bar.resume_button.text() == "&Reprendre")
        assert mnemonic_clashes(window) == []
        kb = Keyboard(qtbot)
        kb.wait_focus(lambda w: w is window.search)
        kb.alt(key)  # Alt+N, Not now (Alt+M in French: Pas &maintenant)
        qtbot.waitUntil(lambda: not bar.isVisible())
        assert window.wizard is None  # put away, not resumed
    finally:
        apply_language("en")
