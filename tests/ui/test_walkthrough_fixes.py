"""Rough edges found walking through the app with the keyboard alone, each held by a test."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot
from test_check_answers import answer_250939
from test_focus_visible import pixels
from ui_keyboard import Keyboard
from ui_steps import Steps, open_import_review

from screener import paths
from screener.domain.vacancy import ReviewItem
from screener.ui.common.focus_style import install_focus_style
from screener.ui.common.language import apply_language
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic


def test_open_vacancy_file_starts_in_the_folder_chosen_last(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "my notices"
    folder.mkdir()
    source = next(paths.bundled_vacancies_dir().glob("250939*.toml"))
    chosen = folder / "250939-copy.toml"
    shutil.copy(source, chosen)
    starts: list[str] = []

    def dialog(parent: object, caption: str, start: str, file_filter: str) -> tuple[list[str], str]:
        starts.append(start)
        return [str(chosen)], file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.press(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File > Open vacancy file…
    assert starts and starts[0] != str(folder)
    kb.press(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert starts[1] == str(folder)


def _draft_of_250939(folder: Path, done: bool) -> None:
    from screener.importer.toml_writer import write_vacancy_toml
    from screener.persistence.vacancy_files import load_vacancy

    bundled = load_vacancy(next(paths.bundled_vacancies_dir().glob("250939*.toml")))
    items = [
        ReviewItem(
            code="check_deadline", field="deadline", message="Check the deadline", done=done
        ),
        ReviewItem(code="check_grade", field="grade", message="Check the grade", done=True),
    ]
    draft = bundled.model_copy(update={"draft": True, "review": items})
    write_vacancy_toml(draft, folder / "250939.toml")


@pytest.mark.parametrize("done", [True, False])
def test_a_reviewed_draft_is_not_called_unreviewed_in_the_copied_text(
    make_window: Callable[[], MainWindow], qtbot: QtBot, user_vacancies: Path, done: bool
) -> None:
    _draft_of_250939(user_vacancies, done)
    window = make_window()
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    kb = steps.kb
    while wizard.currentId() != wizard.check_id:
        before = wizard.currentId()
        kb.wait_focus(lambda w: w.window() is wizard)
        kb.enter()  # Next through every page
        qtbot.waitUntil(lambda b=before: wizard.currentId() != b)
    steps.check_answers()  # See my result
    kb.wait_focus(lambda w: w.objectName() == "verdict")
    QApplication.clipboard().clear()
    copy = wizard.summary_page.view.buttons["copy"]
    kb.tab_until(lambda w: w is copy, limit=80)
    kb.space()  # Copy as text
    text = QApplication.clipboard().text()
    assert "Draft vacancy" in text
    assert ("not yet fully reviewed" in text) is not done
    assert ("every point flagged for review has been checked" in text) is done


def test_back_from_the_result_to_the_list_enter_shows_the_result_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    steps = Steps(qtbot, window)
    answer_250939(steps)
    steps.check_answers()
    wizard = steps.wizard
    steps.kb.wait_focus(lambda w: w.objectName() == "verdict")
    steps.kb.alt(Qt.Key.Key_B)  # Back: the list of answers
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.check_id)
    see_result = wizard.button(QWizard.WizardButton.NextButton)
    steps.kb.wait_focus(lambda w: w is see_result)
    steps.kb.enter()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.summary_id)


def test_tab_follows_reading_order_with_the_welcome_shown(qtbot: QtBot, window: MainWindow) -> None:
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    welcome = window.help.welcome
    assert welcome.isVisible()
    seen = []
    for _ in range(6):
        kb.tab()
        seen.append(kb.focus())
    # The list, then the right-hand pane top to bottom, then round to the tabs at the top.
    assert seen == [
        window.table,
        welcome.import_button,
        welcome.close_button,
        window.check_button,
        window.profiles.tabs.tabBar(),
        window.search,
    ]


def test_the_import_review_names_each_requirement_by_its_words(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:

    dialog = open_import_review(qtbot, monkeypatch)
    kb = Keyboard(qtbot)
    kb.alt(Qt.Key.Key_R)  # the Requirements tab
    kb.alt(Qt.Key.Key_N)  # its list
    kb.press(Qt.Key.Key_Down)
    editor = dialog.editors[dialog.requirements.stack.currentIndex()]
    words = editor.source_en.text()
    shown = editor.identity.text()
    assert "Id:" not in shown and editor.criterion_id not in shown
    assert shown.startswith("“") and shown.endswith("”")
    core = shown[1:-1].removesuffix("…")
    assert core and words.startswith(core)


def clipped_labels(root: QWidget) -> list[str]:
    """Wrapped labels on screen shorter than their text needs: lines cut off at the bottom."""
    return [
        f"{label.text()!r}: {label.height()} < {label.heightForWidth(label.width())}"
        for label in root.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_details_of_a_vacancy_are_not_cut_off_at_800x600(
    qtbot: QtBot, make_window: Callable[[], MainWindow], lang: str
) -> None:
    apply_language(lang)
    try:
        window = make_window()
        window.resize(792, 568)  # an 800x600 screen less the window's frame
        qtbot.waitUntil(lambda: window.width() == 792)
        kb = Keyboard(qtbot)
        kb.wait_focus(lambda w: w is window.search)
        kb.type("250717")
        qtbot.waitUntil(window.details.isVisible)
        assert window.details.field_text("reference") == "250717"
        qtbot.wait(50)  # the layout settles
        assert clipped_labels(window.details) == []
    finally:
        apply_language("en")


def test_going_from_vacancy_to_vacancy_shows_each_ones_facts_whole(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    """1366x768 at 150 % leaves the window 910x490: the NATO body and the deadline wrap.
    In a form layout their rows kept the heights of the vacancy shown before, and their
    second lines were cut in half."""
    apply_language("fr")
    try:
        window = make_window()
        window.resize(910, 490)
        qtbot.waitUntil(lambda: window.width() == 910)
        kb = Keyboard(qtbot)
        kb.wait_focus(lambda w: w is window.search)
        kb.tab()
        assert kb.focus() is window.table
        for key in [Qt.Key.Key_Down] * 4 + [Qt.Key.Key_Up] * 4:
            kb.press(key)
            qtbot.wait(30)  # each vacancy laid out, as the user sees it
            reference = window.details.field_text("reference")
            assert clipped_labels(window.details) == [], reference
    finally:
        apply_language("en")


def test_the_first_file_dialog_opens_on_a_folder_that_exists(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()  # a fresh account: no Documents folder
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    starts: list[str] = []

    def dialog(parent: object, caption: str, start: str, file_filter: str) -> tuple[str, str]:
        starts.append(start)
        return "", file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # File > Import notice…
    # Not ".../Documents", which the dialog would show as a file name to open.
    assert starts == [str(home)]


@pytest.fixture
def focus_style(qapp: QApplication) -> Iterator[None]:
    previous = qapp.style().name()
    install_focus_style(qapp)
    yield
    qapp.setStyle(previous)


def test_a_language_box_reached_by_enter_shows_its_focus(
    qtbot: QtBot, window: MainWindow, focus_style: None
) -> None:
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("Belgium")
    steps.education("bachelor")
    steps.experience("6")  # Enter: on to the languages, no Tab pressed in this window
    page = steps._on(Topic.LANGUAGES)
    english = page.pickers["en"].combo  # type: ignore[attr-defined]
    french = page.pickers["fr"].combo  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is english
    frame = 2 * (english.width() + english.height()) - 8
    assert pixels(english) >= frame
    assert pixels(french) < frame
