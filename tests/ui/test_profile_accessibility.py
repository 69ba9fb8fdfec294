"""The profile features for keyboard and screen-reader users: names, shortcuts, 1024x700."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from test_accessibility import inputs_in, unnamed
from ui_clock import NOW, fixed_clock
from ui_french import mnemonic_clashes
from vacancy_builders import meeting_profile

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.profile_store import ProfileStore
from screener.ui.adviser.batch_dialog import BatchDialog
from screener.ui.adviser.pack_dialogs import PackExportDialog
from screener.ui.common.language import apply_language
from screener.ui.profiles.my_profile_dialog import MyProfileDialog
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.wizard import ScreeningWizard


def fits(qtbot: QtBot, widget: QWidget, named: bool = True) -> None:
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    hint = widget.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    if named:
        assert unnamed(inputs_in(widget)) == []


def test_dialogs_are_named_and_fit(
    qtbot: QtBot, window: MainWindow, vacancy: Callable[[str], Vacancy]
) -> None:
    store = ProfileStore()
    store.save(Profile(name="Anna"), "anna")
    (store.folder / "broken.json").write_text("{", encoding="utf-8")
    fits(qtbot, MyProfileDialog(meeting_profile(vacancy("250411")), window))
    fits(qtbot, OpenProfileDialog(store, None, window))
    fits(qtbot, BatchDialog([vacancy("250939")], NOW.date(), store.folder, "en", window))


def test_the_wizard_with_facts_from_the_profile(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    known = meeting_profile(vacancy("250939"))
    wizard = ScreeningWizard(ScreeningSession(vacancy("250411"), known, fixed_clock))
    # 250411 names a field of study and asks for Russian: only the nationality is known.
    assert wizard.facts_panel.texts() == ["Nationality: Belgium"]
    fits(qtbot, wizard, named=False)  # QWizard's own buttons: test_accessibility's business
    assert unnamed(inputs_in(wizard.facts_panel)) == []
    assert all(button.accessibleName().startswith("Edit ") for button in wizard.facts_panel.buttons.values())  # fmt: skip


def test_profile_menu_shortcuts_are_unique(window: MainWindow) -> None:
    actions = window.profiles.actions
    assert actions.new_action.shortcut().toString() == "Ctrl+N"
    shortcuts = [
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts
    texts = [action.text() for action in actions.menu.actions() if not action.isSeparator()]
    assert all("&" in text for text in texts)  # every item has a mnemonic
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(letters) == len(set(letters)), texts


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_two_things_share_an_access_key_in_the_dialogs(
    qtbot: QtBot, window: MainWindow, vacancy: Callable[[str], Vacancy], lang: str
) -> None:
    """Alt+letter reaches one thing in each dialog, in both languages."""
    store = ProfileStore()
    store.save(Profile(name="Anna"), "anna")
    apply_language(lang)
    try:
        dialogs = [
            MyProfileDialog(meeting_profile(vacancy("250411")), window),
            OpenProfileDialog(store, None, window),
            BatchDialog([vacancy("250939")], NOW.date(), store.folder, lang, window),
            PackExportDialog(window.adviser._entries(), set(), window),
        ]
        for dialog in dialogs:
            fits(qtbot, dialog, named=False)
            assert mnemonic_clashes(dialog) == [], type(dialog).__name__
    finally:
        apply_language("en")
