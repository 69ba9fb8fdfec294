"""The main window as a user meets it: search, details, bad files, opening and dropping files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from screener import paths
from screener.ui.catalogue.catalogue_model import CatalogueModel as M
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window import main_window as main_window_module
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.wizard import ScreeningWizard

MARKUP_TITLE = '<b>Bold</b> <img src="file:///etc/hostname"> & <a href="x">link</a>'
MARKUP_REQUIREMENT = "<i>knowledge</i> of <img src=x onerror=alert(1)> systems"


def shown_references(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.data(proxy.index(row, M.COL_REFERENCE)) for row in range(proxy.rowCount())]


def write_markup_vacancy(folder: Path) -> Path:
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
    text = text.replace('reference = "250939"', 'reference = "X-MARKUP"')
    text = text.replace(
        'title.en = "Close Protection Operations Centre Agent (+Reserve List)"',
        f"title.en = '{MARKUP_TITLE}'",
    )
    text = text.replace(
        "'''knowledge in the operation and use of Closed-Circuit Television (CCTV), Intruder "
        "Detection Systems (IDS) and fire detection systems'''",
        f"'''{MARKUP_REQUIREMENT}'''",
    )
    path = folder / "markup.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_search_box_filters_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    assert len(shown_references(window)) == 5
    qtbot.keyClicks(window.search, "cyber")
    assert shown_references(window) == ["241436"]
    assert window.details.title_text() == "Officer, Defensive Cyberspace Operations"
    assert window.counts.text() == "Shown: 1 of 5."
    window.search.clear()
    qtbot.keyClicks(window.search, "shooting")
    assert sorted(shown_references(window)) == ["250717", "250939"]
    qtbot.keyClicks(window.search, " nothing-like-this")
    assert shown_references(window) == []
    assert not window.check_button.isEnabled()


def test_details_show_header_facts_and_requirements(window: MainWindow) -> None:
    assert window.select_reference("250717")
    details = window.details
    assert details.field_text("reference") == "250717"
    assert details.field_text("grade") == "G10-G12 (twin-graded: appointment at G10)"
    assert details.field_text("salary") == "4,565.36 EUR per month"
    assert details.field_text("deadline") == "Closed since 13 May 2025"
    assert details.field_text("clearance") == "NATO SECRET"
    text = details.requirements_text()
    assert text.startswith("Essential requirements\n• Please note that we can only accept")
    assert "Desirable (an advantage)\n• formal military/police training" in text
    assert window.check_button.isEnabled()


def test_badges_use_the_clock(window: MainWindow) -> None:
    row = window.model.row_of_reference("250939")
    assert window.model.data(window.model.index(row, M.COL_STATUS)) == "Closes in 7 days"


def test_bad_file_in_user_folder_is_an_error_entry(
    user_vacancies: Path, make_window: Callable[[], MainWindow]
) -> None:
    (user_vacancies / "broken.toml").write_text('reference = "1"\ntitle = [', encoding="utf-8")
    window = make_window()
    model = window.model
    assert model.rowCount() == 6
    errors = [r for r in range(model.rowCount()) if model.entry(r).is_error]
    assert len(errors) == 1
    row = errors[0]
    assert model.data(model.index(row, M.COL_REFERENCE)) == "broken.toml"
    assert model.data(model.index(row, M.COL_STATUS)) == "Error"
    assert model.data(model.index(row, M.COL_STATUS), Qt.ItemDataRole.DecorationRole) is not None
    assert "TOML syntax error" in model.data(model.index(row, M.COL_TITLE))
    assert sum(1 for r in range(model.rowCount()) if not model.entry(r).is_error) == 5
    assert "Files that could not be loaded: 1." in window.counts.text()

    window.search.setText("broken")
    assert window.details.title_text() == "Error: this file could not be loaded"
    assert "TOML syntax error" in window.details.requirements_text()
    assert not window.check_button.isEnabled()


def test_vacancy_text_is_shown_literally(
    qtbot: QtBot, user_vacancies: Path, make_window: Callable[[], MainWindow]
) -> None:
    write_markup_vacancy(user_vacancies)
    window = make_window()
    assert window.select_reference("X-MARKUP")
    row = window.model.row_of_reference("X-MARKUP")
    assert window.model.data(window.model.index(row, M.COL_TITLE)) == MARKUP_TITLE
    details = window.details
    assert details.title_text() == MARKUP_TITLE
    assert f"• {MARKUP_REQUIREMENT}" in details.requirements_text()
    for widget in details.text_widgets():
        assert isinstance(widget, PlainTextLabel | QPlainTextEdit)
        if isinstance(widget, QLabel):
            assert widget.textFormat() == Qt.TextFormat.PlainText
    # Even asking for rich text cannot switch a PlainTextLabel away from plain text.
    details.text_widgets()[0].setTextFormat(Qt.TextFormat.RichText)  # type: ignore[attr-defined]
    assert details.text_widgets()[0].textFormat() == Qt.TextFormat.PlainText  # type: ignore[attr-defined]

    window.check_selected()
    wizard = window.wizard
    assert isinstance(wizard, ScreeningWizard)
    statements = next(
        p for p in wizard.question_pages if "cctv-ids-fire" in getattr(p, "questions", {})
    )
    label = statements.findChild(PlainTextLabel, "notice-cctv-ids-fire")
    assert label.text() == MARKUP_REQUIREMENT
    assert label.textFormat() == Qt.TextFormat.PlainText
    while wizard.currentId() != wizard.summary_id:
        wizard.next()
    view = wizard.summary_page.view
    assert view.title_label.text() == MARKUP_TITLE
    assert view.title_label.textFormat() == Qt.TextFormat.PlainText
    requirement = view.row_for("cctv-ids-fire").requirement
    assert requirement.text() == MARKUP_REQUIREMENT
    assert requirement.textFormat() == Qt.TextFormat.PlainText


def test_file_open_loads_for_this_session(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_markup_vacancy(tmp_path)

    def choose(parent: object, caption: str, file_filter: str) -> list[str]:
        assert "*.toml" in file_filter
        return [str(path)]

    monkeypatch.setattr(main_window_module, "ask_open_paths", choose)
    window.open_action.trigger()
    assert window.selected_vacancy() is not None
    assert window.selected_vacancy().vacancy.reference == "X-MARKUP"  # type: ignore[union-attr]
    assert not any(paths.user_vacancies_dir().glob("*.toml"))  # nothing copied


def test_dropping_toml_files_loads_them(window: MainWindow, tmp_path: Path) -> None:
    path = write_markup_vacancy(tmp_path)
    other = tmp_path / "notes.txt"
    other.write_text("not a vacancy")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.model.rowCount() == 6
    assert window.selected_vacancy().vacancy.reference == "X-MARKUP"  # type: ignore[union-attr]


def test_enter_on_the_table_opens_the_wizard(qtbot: QtBot, window: MainWindow) -> None:
    window.select_reference("241600")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard is not None)
    assert window.wizard.windowTitle() == "Check my eligibility: 241600"  # type: ignore[union-attr]


def test_sessions_are_announced_and_answers_carry_over(qtbot: QtBot, window: MainWindow) -> None:
    started: list[ScreeningSession] = []
    window.sessionStarted.connect(started.append)
    window.select_reference("250939")
    window.check_selected()
    assert len(started) == 1
    with qtbot.waitSignal(started[0].profileChanged):
        started[0].set_answer("writing", True)
    started[0].set_profile(started[0].profile.model_copy(update={"nationality": "NO"}))
    window.wizard.close()  # type: ignore[union-attr]
    window.select_reference("241436")
    window.check_selected()
    assert started[1].profile.nationality == "NO"  # facts given once are kept
    assert started[1].profile.answer("250939", "writing") is True


def test_quit_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_deadline_still_to_come_says_it_is_brussels_time(window: MainWindow) -> None:
    assert window.select_reference("250939")
    deadline = window.details.field_text("deadline")
    assert deadline.startswith("Closes in 7 days (")
    assert deadline.endswith(") (Brussels time)")
    assert window.select_reference("250717")  # closed: no clock to go by
    assert window.details.field_text("deadline") == "Closed since 13 May 2025"
