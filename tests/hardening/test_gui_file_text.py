"""Text from files in the app (issue 12 items 1, 4 and 10): never rendered as markup, never
making a window huge, one row per vacancy, and one bad file never stopping the start."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QTimer
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, save_settings
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.profiles import profile_prompts
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.wizard import ScreeningWizard

MARK = "<u>zq"  # in every hostile text and file name below
HOSTILE = f'{MARK}</u><img src="zq.png"><b>'


def markup_vacancy(folder: Path, reference: str = "X-MARKUP") -> Path:
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
    text = text.replace('reference = "250939"', f'reference = "{reference}"')
    text = re.sub(r"(text\.(?:en|fr) = ''')", rf"\g<1>{HOSTILE} ", text)
    text = re.sub(r'^((?:title\.en|title\.fr|nato_body|location|schedule) = ")',
                  rf"\g<1>{HOSTILE.replace(chr(34), chr(39))} ", text, flags=re.M)  # fmt: skip
    text = text.replace('categories = ["B"]', f"categories = [\"B\", '{HOSTILE}']")
    path = folder / f"{reference}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def renders(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """True if Qt would show MARK in `text` as markup: rich text, or automatic (as every
    tooltip is) and looking like markup by Qt's own test."""
    # Case-blind: some values are upper-cased on load (licence categories).
    if MARK not in text.casefold() or text_format == Qt.TextFormat.PlainText:
        return False
    return text_format != Qt.TextFormat.AutoText or Qt.mightBeRichText(text)  # type: ignore[attr-defined]


def _model_tooltips(model: QAbstractItemModel, parent: QModelIndex, found: list[str]) -> None:
    if not isinstance(model, QAbstractListModel):
        for section in range(model.columnCount(parent)):
            tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and renders(tip):
                found.append(f"header tooltip of {type(model).__name__}: {tip[:80]}")
    for row in range(min(model.rowCount(parent), 200)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
        for column in range(columns):
            tip = model.data(model.index(row, column, parent), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and renders(tip):
                found.append(f"tooltip of {type(model).__name__} row {row}: {tip[:80]}")


def rendered_markup() -> list[str]:
    """Every widget of the app that would render MARK as markup: labels whose format is not
    plain text, tooltips (Qt renders any tooltip that looks like markup), item tooltips,
    and rich-text editors whose text lost the tags (they were rendered)."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and renders(widget.text(), widget.textFormat()):
            found.append(f"{name}: {widget.text()[:80]}")
        for tip in (widget.toolTip(), widget.whatsThis()):
            if renders(tip):
                found.append(f"tooltip of {name}: {tip[:80]}")
        if isinstance(widget, QTextEdit):
            shown = widget.toPlainText()
            if "zq" in shown.casefold() and MARK not in shown.casefold():
                found.append(f"{name} rendered: {shown[:80]}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            _model_tooltips(widget.model(), QModelIndex(), found)
    return found


@pytest.fixture
def hostile_files(tmp_path: Path) -> Path:
    """A vacancy and profiles full of markup, the profile being the last one used."""
    markup_vacancy(_user_vacancies())
    store = ProfileStore()
    store.folder.mkdir(parents=True)
    (store.folder / "ana.json").write_text(json.dumps({"format": 1, "name": f"{HOSTILE} Ana"}))
    (store.folder / f"{MARK}.json").write_text(json.dumps({"format": 1, "nationality": HOSTILE}))
    save_settings(Settings(last_profile="ana"))
    bad = tmp_path / f"{MARK}-import.json"
    bad.write_text(json.dumps({"format": 1, "name": 3, "nationality": HOSTILE}))
    return bad


def _user_vacancies() -> Path:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _window(qtbot: QtBot) -> MainWindow:
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sweep_the_modal_box(found: list[str], seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if box is None:
        QTimer.singleShot(20, lambda: _sweep_the_modal_box(found, seen))
        return
    seen.extend(label.text() for label in box.findChildren(QLabel))
    found.extend(rendered_markup())
    box.close()


def test_no_file_text_is_rendered_as_markup_anywhere(
    qtbot: QtBot, hostile_files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot)
    assert window.select_reference("X-MARKUP")
    assert rendered_markup() == []
    window.profiles.tabs.setCurrentIndex(1)  # the overview, with its tooltips
    assert rendered_markup() == []
    window.profiles.tabs.setCurrentIndex(0)

    window.check_selected()
    wizard = window.wizard
    assert isinstance(wizard, ScreeningWizard)
    seen_pages = 0
    while True:
        qtbot.wait(1)
        assert rendered_markup() == [], f"page {wizard.currentId()}"
        seen_pages += 1
        if wizard.currentId() == wizard.summary_id:
            break
        wizard.next()
    assert seen_pages > 5
    licence = [
        label.text() for label in wizard.findChildren(QLabel) if label.text().startswith("This post asks")
    ]  # fmt: skip
    assert licence and MARK in licence[0].casefold()  # shown, as written
    wizard.close()

    dialog = OpenProfileDialog(ProfileStore(), "ana", window)
    qtbot.addWidget(dialog)
    dialog.show()
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        assert rendered_markup() == []
    dialog.close()

    # Profile > Import of a file with problems: the real warning box, looked at while open.
    monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: str(hostile_files))
    found: list[str] = []
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _sweep_the_modal_box(found, seen))
    window.profiles.actions.import_action.trigger()
    assert any(MARK in text.casefold() for text in seen), "the warning did not quote the file"
    assert found == []


def test_a_ten_thousand_letter_word_does_not_widen_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    word = "W" * 9_500  # with the words after it, within the 10,000 characters a text may hold
    folder = _user_vacancies()
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
    text = text.replace('reference = "250939"', 'reference = "X-LONG"')
    text = text.replace('title.en = "', f'title.en = "{word} ', 1)
    text = re.sub(r"(text\.en = ''')", rf"\g<1>{word} ", text)
    (folder / "long.toml").write_text(text, encoding="utf-8")
    window = _window(qtbot)
    assert window.select_reference("X-LONG")
    window.check_selected()
    wizard = window.wizard
    assert isinstance(wizard, ScreeningWizard)
    while wizard.currentId() != wizard.summary_id:
        wizard.next()
    qtbot.wait(1)
    screen = 1366  # a small laptop's screen; the window was 118,725 pixels wide
    for widget in (window, wizard):
        assert widget.minimumSizeHint().width() <= screen
        assert widget.width() <= screen
    wide = [w for w in wizard.findChildren(QWidget) if w.minimumSizeHint().width() > screen]
    assert wide == []
    assert window.details.title_text().startswith(word)  # shown whole, wrapped
    wizard.close()


def test_the_users_copy_of_a_bundled_vacancy_is_one_row(qtbot: QtBot) -> None:
    mine = _user_vacancies() / "250717.toml"
    text = (paths.bundled_vacancies_dir() / "250717.toml").read_text(encoding="utf-8")
    mine.write_text(text.replace("Full-time", "Part-time", 1), encoding="utf-8")
    window = _window(qtbot)
    rows = [window.model.entry(r) for r in range(window.model.rowCount())]
    shown = [e.loaded for e in rows if e.loaded and e.loaded.vacancy.reference == "250717"]
    assert len(shown) == 1 and shown[0].path == mine and not shown[0].bundled
    assert window.model.rowCount() == 5


def test_the_app_starts_past_a_file_no_parser_can_read(qtbot: QtBot) -> None:
    (_user_vacancies() / "huge.toml").write_text("reference = " + "9" * 5_000 + "\n")
    window = _window(qtbot)
    errors = [window.model.entry(r) for r in range(window.model.rowCount())]
    bad = [e for e in errors if e.is_error]
    assert len(bad) == 1 and bad[0].path.name == "huge.toml"
    assert window.model.rowCount() == 6  # the five bundled vacancies and the named problem
