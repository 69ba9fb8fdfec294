"""Fixes from the third keyboard and screen-reader walk through the app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from ui_clock import NOW, fixed_clock
from ui_keyboard import Keyboard
from ui_tab_cycle import tab_round

from screener.batch import run_batch
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.importer import import_notice_file
from screener.persistence.profile_store import ProfileStore
from screener.ui.adviser.batch_dialog import BatchDialog
from screener.ui.adviser.gap_plan_view import GapPlanDialog
from screener.ui.adviser.matrix_window import MatrixWindow
from screener.ui.adviser.pack_dialogs import PackExportDialog
from screener.ui.common.error_dialog import ErrorDialog
from screener.ui.common.focus_style import install_focus_style
from screener.ui.importing import import_prompts
from screener.ui.importing.import_paste_dialog import ImportPasteDialog
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.profiles import profile_prompts
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window import window_placement
from screener.ui.window.main_window import MainWindow
from screener.ui.window.shortcuts_dialog import ShortcutsDialog
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.wizard import ScreeningWizard

NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"


def test_tab_goes_round_the_wizard_as_it_reads_with_the_profiles_facts_first(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """Facts from the profile (three Edit buttons), then the page's years (a spin box), then
    the buttons below, and from Close back to the first Edit."""
    known = Profile(nationality="BE", education="master", languages={"en": "IV", "fr": "IV"})
    wizard = ScreeningWizard(ScreeningSession(vacancy("250939"), known, fixed_clock))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    page = wizard.current_question_page()
    assert page is not None and page.topic is Topic.EXPERIENCE
    first = page.first_input()
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is first or w.parentWidget() is first)
    edits = list(wizard.facts_panel.buttons.values())
    assert len(edits) == 3
    kb.press(Qt.Key.Key_Backtab)
    assert kb.focus() is edits[-1]
    kb.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert kb.focus() is edits[-2]
    close = wizard.button(QWizard.WizardButton.CancelButton)
    kb.tab_until(lambda w: w is close)
    kb.tab()
    assert kb.focus() is edits[0]
    assert tab_round(qtbot, wizard) == []


def _review_of_250717(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, keep_review: bool
) -> ImportReviewDialog:
    """The review of notice 250717, its items kept or dropped, shown and active."""
    monkeypatch.setattr(import_prompts, "ask_confirm", lambda *args: True)
    result = import_notice_file(NOTICES / "250717.txt")
    if not keep_review:
        result = replace(result, vacancy=result.vacancy.model_copy(update={"review": []}))
    dialog = ImportReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_an_empty_review_list_is_no_tab_stop(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing flagged, Tab stopped on an empty box a screen reader named "Items to
    review" and nothing more; its heading's Alt+V led there too."""
    dialog = _review_of_250717(qtbot, monkeypatch, keep_review=False)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is dialog.criteria_list)
    assert not dialog.review_list.isVisible()
    assert dialog.review_list.label.text() == (
        "Items to review: nothing was flagged; still compare with the notice."
    )
    assert tab_round(qtbot, dialog) == []
    for _ in range(40):
        kb.tab()
        assert kb.focus() is not dialog.review_list


def test_the_review_list_goes_once_its_last_item_goes_with_its_requirement(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _review_of_250717(qtbot, monkeypatch, keep_review=True)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is dialog.review_list)
    assert dialog.review_list.label.text().startswith("Items to re&view (2)")
    kb.press(Qt.Key.Key_Return)  # to the requirement the first item is about
    kb.wait_focus(lambda w: w is not dialog.review_list)
    dialog.criteria_list.setFocus()
    kb.wait_focus(lambda w: w is dialog.criteria_list)
    kb.alt(Qt.Key.Key_D)  # Delete requirement, confirmed
    qtbot.waitUntil(lambda: dialog.editor_for("languages") is None)
    assert not dialog.review_list.isVisible()
    assert dialog.review_list.label.text() == (
        "Items to review: none left; still compare with the notice."
    )
    focus = kb.focus()
    assert focus.isVisible() and focus.window() is dialog


# 1366x768 at twice the text size (QT_SCALE_FACTOR=2): a screen of 683x384.
LARGE_TEXT_SCREEN = QRect(0, 0, 683, 384)


def test_every_dialog_opens_within_a_screen_at_twice_the_text_size(
    qtbot: QtBot,
    vacancy: Callable[[str], Vacancy],
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seven dialogs were sized in fixed pixels and the wizard could not be made smaller
    than 640x480: their buttons were below the screen's edge."""
    monkeypatch.setattr(window_placement, "_available", lambda _window: LARGE_TEXT_SCREEN)
    vacancies = [vacancy(reference) for reference in ("250939", "250717")]
    batch = run_batch([("a.json", Profile(nationality="BE"))], vacancies, NOW.date())
    dialogs: list[QWidget] = [
        ScreeningWizard(ScreeningSession(vacancies[0], Profile(), fixed_clock)),
        OpenProfileDialog(ProfileStore(), None, window),
        ImportPasteDialog(window),
        BatchDialog(vacancies, NOW.date(), Path("."), "en", window),
        GapPlanDialog("a", Profile(nationality="BE"), vacancies, NOW.date(), window),
        ShortcutsDialog(window.menuBar(), window),
        ErrorDialog("Something went wrong", "details", window),
        PackExportDialog(window.adviser._entries(), set(), window),
        MatrixWindow(batch, None, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        size = dialog.size().expandedTo(dialog.minimumSize())
        assert size.width() <= 683 and size.height() <= 384, type(dialog).__name__


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[None]:
    """A high-contrast theme's palette: white on black."""
    before = qapp.palette()
    dark = QPalette(before)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("black"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        dark.setColor(role, QColor("white"))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(before)


def test_the_matrix_verdicts_read_on_a_high_contrast_theme(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], dark_palette: None
) -> None:
    """ "? Can't tell yet" was dark brown (#6d4c00) on the theme's black."""
    vacancies = [vacancy("250939")]
    batch = run_batch([("a.json", Profile(nationality="BE"))], vacancies, NOW.date())
    matrix = MatrixWindow(batch, None)
    qtbot.addWidget(matrix)
    index = matrix.model.index(0, 0)
    assert matrix.model.data(index).startswith("? Can't tell yet")
    colour = matrix.model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert colour.lightness() > 160  # light text on the black background


def test_the_welcome_is_read_whole_in_a_small_window(qtbot: QtBot, window: MainWindow) -> None:
    """At twice the text size the main window is about 680x350 and each of the welcome's
    paragraphs was cut off after two lines; scrolled, each is whole and the buttons are
    brought into view as Tab reaches them."""
    window.resize(680, 350)
    window.help.welcome_action.trigger()
    kb = Keyboard(qtbot)
    welcome = window.help.welcome
    kb.wait_focus(lambda w: w is welcome.close_button)
    for paragraph in welcome.paragraphs:
        assert paragraph.height() >= paragraph.heightForWidth(paragraph.width())
    kb.press(Qt.Key.Key_Backtab)
    assert kb.focus() is welcome.import_button
    assert not welcome.import_button.visibleRegion().isEmpty()


def test_after_deleting_a_profile_file_the_list_keeps_its_filter_and_place(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Open profile, "ann" typed, Annabel deleted: every profile came back under the filter
    still showing "ann", the first of them current, and the focus left the list."""
    store = ProfileStore()
    for name in ("Anna", "Annabel", "Annette", "Bob"):
        store.save(Profile(name=name), name.lower())
    monkeypatch.setattr(profile_prompts, "confirm", lambda *args: True)
    dialog = OpenProfileDialog(store, "bob", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is dialog.filter)
    kb.type("ann")
    kb.press(Qt.Key.Key_Down)
    kb.press(Qt.Key.Key_Down)
    assert dialog.chosen_id() == "annabel"
    kb.alt(Qt.Key.Key_D)  # Delete file…, confirmed
    qtbot.waitUntil(lambda: not store.path_of("annabel").exists())
    shown = [
        dialog.list.item(row).text().split(" (")[0]
        for row in range(dialog.list.count())
        if not dialog.list.item(row).isHidden()
    ]
    assert shown == ["Anna", "Annette"]
    assert dialog.chosen_id() == "annette"  # the next one, where the deleted one was
    assert kb.focus() is dialog.list


def _lightest(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return max(
        QColor(image.pixel(x, y)).lightness()
        for y in range(image.height())
        for x in range(image.width())
    )


@pytest.mark.parametrize("make", [QCheckBox, QRadioButton, QLineEdit])
def test_boxes_have_an_edge_on_a_high_contrast_theme(
    qtbot: QtBot, qapp: QApplication, dark_palette: None, make: type[QWidget]
) -> None:
    """On black, an unticked check box, a radio button and a text box were black on black."""
    previous = qapp.style().name()
    install_focus_style(qapp)
    try:
        box = make()
        qtbot.addWidget(box)
        box.resize(box.sizeHint())
        assert _lightest(box) > 100
    finally:
        qapp.setStyle(previous)
