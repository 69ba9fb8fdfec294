"""What a keyboard-only user met walking through the app: every Tab stop shows something,
small dialogs show their whole title, Escape never loses what was kept."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_clock import NOW, fixed_clock
from ui_keyboard import Keyboard
from ui_steps import Steps, open_import_review
from vacancy_builders import meeting_profile

from screener.adviser.office import office_name, set_office_name
from screener.domain.profile import Profile
from screener.domain.slp import SKILLS
from screener.domain.vacancy import Vacancy
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import load_settings, save_settings
from screener.ui.adviser.batch_dialog import BatchDialog
from screener.ui.common.error_dialog import ErrorDialog
from screener.ui.common.language import apply_language
from screener.ui.common.qt_words import qt_words
from screener.ui.importing.import_paste_dialog import ImportPasteDialog
from screener.ui.importing.review_items_list import ReviewItemsList
from screener.ui.profiles.my_profile_dialog import MyProfileDialog
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.language_level_helper import LanguageLevelHelper
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.wizard import ScreeningWizard

NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"


def tab_stops(qtbot: QtBot, window: QWidget, presses: int = 60) -> list[QWidget]:
    """Where the focus rests after each Tab, as many times as it takes to come round."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    kb = Keyboard(qtbot)
    stops = []
    for _ in range(presses):
        kb.tab()
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_never_stops_on_a_scroll_area(
    qtbot: QtBot, window: MainWindow, vacancy: Callable[[str], Vacancy]
) -> None:
    """A scroll area took a Tab stop of its own before the first input (My profile, the
    result, the import review): the focus seemed lost, since the area draws no focus."""
    dialog = MyProfileDialog(meeting_profile(vacancy("250411")), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    stops = tab_stops(qtbot, dialog)
    assert dialog.buttons.buttons()[0] in stops  # came round the whole dialog
    assert [w for w in stops if isinstance(w, QScrollArea)] == []

    wizard = ScreeningWizard(
        ScreeningSession(vacancy("250939"), meeting_profile(vacancy("250939")), fixed_clock)
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    while wizard.currentId() != wizard.summary_id:
        wizard.next()
    stops = tab_stops(qtbot, wizard)
    assert wizard.summary_page.view.verdict_label in stops
    assert [w for w in stops if isinstance(w, QScrollArea)] == []


def _menu_clashes(menu: QMenu) -> list[str]:
    """Two items of one menu with the same access key: the key then only moves between them
    (Conseil: "Ce qui ouvrirait &d'autres postes" and "&Dossier…")."""
    found = []
    owners: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = re.search(r"&([^&\s])", action.text().replace("&&", ""))
        if key is not None:
            owners.setdefault(key.group(1).casefold(), []).append(action.text())
        if action.menu() is not None:
            found += _menu_clashes(action.menu())
    found += [f"{menu.title()}: {names}" for names in owners.values() if len(names) > 1]
    return found


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_two_items_of_a_menu_share_an_access_key(window: MainWindow, lang: str) -> None:
    apply_language(lang)
    try:
        QApplication.processEvents()  # the windows' LanguageChange
        assert window.menuBar().actions()[0].text() == {"en": "&File", "fr": "&Fichier"}[lang]
        menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
        assert len(menus) >= 6
        for menu in menus:
            menu.aboutToShow.emit()  # the menus filled as they open (View > Sort by)
        assert [clash for menu in menus for clash in _menu_clashes(menu)] == []
    finally:
        apply_language("en")


def test_qt_file_dialog_labels_are_in_french(qtbot: QtBot) -> None:
    """Qt 6.11's file dialog says "&Look in:" and "Files of &type:", which Qt's own French
    catalogue lacks: the French user read them in English (File > Import notice…)."""
    apply_language("fr")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Voir dans\xa0:", "Fichiers de &type\xa0:"} <= labels
        assert "&Look in:" not in qt_words()
    finally:
        apply_language("en")


def _when_shown(qtbot: QtBot, keys: list[tuple[Qt.Key, Qt.KeyboardModifier]]) -> list[bool]:
    """Once a modal dialog opens (exec() blocks the test) and is active (Alt+letter needs
    it), these keys go to the widget with its focus; the list says whether the dialog showed
    its whole title. A dialog the keys left open is closed, so the test fails, not hangs."""
    seen: list[bool] = []
    tries = [0]

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        tries[0] += 1
        if dialog is None or (not dialog.isActiveWindow() and tries[0] < 50):
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(20, drive)
            return
        seen.append(_title_fits(dialog))
        for key, modifier in keys:
            qtbot.keyClick(dialog.focusWidget() or dialog, key, modifier)
        if isinstance(dialog, QDialog):
            QTimer.singleShot(200, dialog, dialog.reject)  # none once the keys closed it

    QTimer.singleShot(0, drive)
    return seen


def _title_fits(dialog: QWidget) -> bool:
    """Room for the title as the title bar shows it, beside its icon and three buttons."""
    font = dialog.font()
    font.setBold(True)
    shown = f"{dialog.windowTitle()} — Screener"
    return dialog.width() >= QFontMetrics(font).horizontalAdvance(shown) + 100


_NONE = Qt.KeyboardModifier.NoModifier


def test_escape_keeps_the_office_name_and_the_dialog_shows_its_title(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Adviser > Office name…: Escape cleared the name kept, as if emptied on purpose."""
    settings = load_settings()
    set_office_name(settings, "Career Office, Ghent")
    save_settings(settings)

    seen = _when_shown(qtbot, [(Qt.Key.Key_Escape, _NONE)])
    window.adviser.office_action.trigger()
    assert seen == [True]
    assert office_name(load_settings()) == "Career Office, Ghent"

    select_all = (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _when_shown(qtbot, [select_all, (Qt.Key.Key_Delete, _NONE), (Qt.Key.Key_Return, _NONE)])
    window.adviser.office_action.trigger()
    assert office_name(load_settings()) is None  # emptied on purpose: none printed


def test_the_about_box_shows_its_whole_title(qtbot: QtBot, window: MainWindow) -> None:
    apply_language("fr")
    try:
        window.help.about_action.trigger()
        dialog = window.help.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "À propos de Screener"
        assert _title_fits(dialog)
        dialog.activateWindow()
        kb = Keyboard(qtbot)
        kb.wait_focus(lambda w: w.window() is dialog)
        kb.press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.help.dialog is None)
    finally:
        apply_language("en")


def test_enter_on_an_item_to_review_goes_to_it_and_saves_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list says "Enter to go to the requirement": it did, then the dialog's default
    button took the same Enter and saved the draft, closing the review."""
    dialog = open_import_review(qtbot, monkeypatch)
    items = dialog.findChild(ReviewItemsList)
    assert items is not None and items.count() > 0
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w is items)
    kb.press(Qt.Key.Key_Down)
    kb.enter()
    assert dialog.isVisible() and dialog.saved_path is None
    assert QApplication.focusWidget() is not items  # gone to what the item is about


def _box_dialogs(window: MainWindow) -> dict[str, QDialog]:
    store = ProfileStore()
    store.save(Profile(name="Anna"), "anna")
    folder = store.folder
    return {
        "batch": BatchDialog([], NOW.date(), folder, "en", window),
        "error": ErrorDialog("Something", "Traceback", window),
        "level helper": LanguageLevelHelper([("en", "English"), ("fr", "French")], window),
        "open profile": OpenProfileDialog(store, "anna", window),
        "paste": ImportPasteDialog(window),
    }


@pytest.mark.parametrize("name", ["batch", "error", "level helper", "open profile", "paste"])
def test_tab_goes_through_a_dialogs_buttons_left_to_right(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    """Batch screening shows Screen … Close, the level helper Use this level, Cancel; Tab
    went Close then Screen, Cancel then Use this level: backwards."""
    dialog = _box_dialogs(window)[name]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    for button in box.buttons():
        button.setEnabled(True)  # some wait for a result, all are in the order
    shown = sorted(
        (b for b in box.buttons() if b.isVisible()), key=lambda b: b.mapToGlobal(QPoint()).x()
    )
    assert len(shown) >= 2
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    shown[0].setFocus(Qt.FocusReason.TabFocusReason)
    kb = Keyboard(qtbot)
    reached = [kb.focus()]
    for _ in shown[1:]:
        kb.tab()
        reached.append(kb.focus())
    assert [_name(w) for w in reached] == [_name(b) for b in shown]


def _name(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QAbstractButton) else type(widget).__name__


def test_after_deleting_a_requirement_its_neighbour_is_shown_beside_the_list(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alt+D deleted E4: the list went to the new E4 while the editor beside it showed E5."""
    dialog = open_import_review(qtbot, monkeypatch)
    kb = Keyboard(qtbot)
    kb.alt(Qt.Key.Key_R)  # the Requirements tab
    panel = dialog.requirements
    kb.tab_until(lambda w: w is panel.criteria_list)
    kb.press(Qt.Key.Key_Home)
    for _ in range(3):
        kb.press(Qt.Key.Key_Down)
    assert panel.criteria_list.currentRow() == 3
    count = len(panel.editors)
    kb.alt(Qt.Key.Key_D)
    qtbot.waitUntil(lambda: len(panel.editors) == count - 1)
    assert panel.criteria_list.currentRow() == 3
    assert panel.stack.currentWidget() is panel.editors[3]


def test_my_profile_tabs_down_the_languages_as_shown(
    qtbot: QtBot, window: MainWindow, vacancy: Callable[[str], Vacancy]
) -> None:
    """Tab went from the education to Another language and Add, below, then back up to
    English and French; an added language came after Add."""
    dialog = MyProfileDialog(meeting_profile(vacancy("250411")), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    editor = dialog.languages
    kb = Keyboard(qtbot)
    kb.tab_until(lambda w: w is dialog.education)
    expected = []
    shown = len(editor.pickers)
    for code, picker in editor.pickers.items():
        # Each language's level, then its STANAG 6001 profile's four skills and "no SLP".
        slp = editor.slp_fields[code]
        expected += [picker.combo, picker.mother_tongue, *slp.fields, slp.none_box]
    expected += [editor.add_combo, editor.add_button]
    reached = []
    for _ in expected:
        kb.tab()
        reached.append(kb.focus())
    assert reached == expected
    kb.space()  # Add the language chosen: its level is asked next, below French
    added = list(editor.pickers.values())[-1]
    assert len(editor.pickers) == shown + 1
    qtbot.waitUntil(added.mother_tongue.isVisible)  # shown once the event loop runs
    assert kb.focus() is added.combo
    kb.tab()
    assert kb.focus() is added.mother_tongue
    kb.tab(len(SKILLS) + 1)  # its SLP's four skills and "no SLP"
    kb.tab()
    assert kb.focus() is editor.add_combo


def test_a_one_line_question_shows_its_whole_title(qtbot: QtBot, window: MainWindow) -> None:
    """Profile > Save as… in French: the title bar read "Enregi… eener"."""
    apply_language("fr")
    try:
        seen = _when_shown(qtbot, [(Qt.Key.Key_Escape, _NONE)])
        window.profiles.actions.save_as_action.trigger()
        assert seen == [True]
    finally:
        apply_language("en")


def test_the_level_helper_applies_to_the_language_being_answered(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Alt+L from the French level opened the helper on "Apply to: English": OK then set
    the English level, which the user had not asked for."""
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("belgium")
    steps.education("bachelor")
    steps.experience("5")
    page = steps._on(Topic.LANGUAGES)
    steps.kb.tab_until(lambda w: w is page.pickers["fr"].combo)  # type: ignore[attr-defined]
    applies_to: list[str] = []

    def read_and_close() -> None:
        helper = QApplication.activeModalWidget()
        if not isinstance(helper, LanguageLevelHelper):
            QTimer.singleShot(20, read_and_close)
            return
        applies_to.append(str(helper.language.currentData()))
        qtbot.keyClick(helper.focusWidget() or helper, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    steps.kb.alt(Qt.Key.Key_L)
    qtbot.waitUntil(lambda: bool(applies_to))
    assert applies_to == ["fr"]


def test_the_profiles_facts_come_just_before_the_questions_for_tab(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """The panel on the left ("Nationality: Belgium [Edit]") came after the last question,
    and Shift+Tab from the first question went to the wizard's buttons."""
    known = Profile(nationality="BE")
    wizard = ScreeningWizard(ScreeningSession(vacancy("250411"), known, fixed_clock))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    page = wizard.current_question_page()
    assert page is not None and page.topic is Topic.EDUCATION
    first = page.first_input()
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is first)
    (edit,) = wizard.facts_panel.buttons.values()
    kb.press(Qt.Key.Key_Backtab)
    assert kb.focus() is edit
    kb.tab()
    assert kb.focus() is first


@pytest.mark.parametrize("lang, key", [("en", Qt.Key.Key_D), ("fr", Qt.Key.Key_S)])
def test_alt_and_a_letter_confirms_deleting_a_profile(
    qtbot: QtBot, window: MainWindow, lang: str, key: Qt.Key
) -> None:
    """Profile > Delete…: "Delete" had no access key; only Tab then Space reached it."""
    apply_language(lang)
    try:
        _when_shown(qtbot, [(key, Qt.KeyboardModifier.AltModifier)])
        window.profiles.actions.delete_action.trigger()
        message = window.statusBar().currentMessage()
        assert (
            message
            == {
                "en": "Profile deleted. A new, empty profile was started.",
                "fr": "Profil supprimé. Un nouveau profil, vide, a été commencé.",
            }[lang]
        )
    finally:
        apply_language("en")


@pytest.mark.parametrize("name", ["batch", "level helper", "open profile"])
def test_a_dialogs_inputs_are_named_with_their_labels_words(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    """Open profile's "Find:" box was "Filter profiles" to a screen reader; batch's "Save
    results as:" was "CSV file". (The paste box's label is the instructions above it.)"""
    from test_accessibility import named_unlike_their_label

    dialog = _box_dialogs(window)[name]
    qtbot.addWidget(dialog)
    assert named_unlike_their_label(dialog) == []
