"""The adviser's desk in the app, used as an adviser would: keyboard, clicks, files written."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from adviser_ui_helpers import open_matrix
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_keyboard_tables import choose, popup
from ui_french import mnemonic_clashes
from ui_keyboard import Keyboard

from screener.domain.profile import Profile
from screener.ui.adviser.candidate_views import CandidateSummaryDialog
from screener.ui.adviser.gap_plan_view import GapPlanDialog
from screener.ui.adviser.matrix_model import MatrixModel
from screener.ui.adviser.matrix_window import MatrixWindow
from screener.ui.common.language import apply_language
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


def shown_rows(matrix: MatrixWindow) -> list[str]:
    model = matrix.model
    return [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount())]


def cell(matrix: MatrixWindow, name: str, reference: str) -> str:
    model = matrix.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = shown_rows(matrix).index(name)
    return model.data(model.index(row, columns.index(reference)))


def test_the_matrix_shows_a_symbol_and_a_word_in_every_cell(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    assert shown_rows(matrix) == ["Anne Peeters", "Ben Ivanov", "Chloé Martin"]
    assert cell(matrix, "Ben Ivanov", "250939") == "✘ Not eligible: nationality"
    assert cell(matrix, "Anne Peeters", "241600") == "✘ Not eligible: official languages"
    assert cell(matrix, "Anne Peeters", "250939") == "✘ Not eligible: experience (4 years) (+1)"
    assert cell(matrix, "Chloé Martin", "250939") == "✔ Eligible"
    assert cell(matrix, "Anne Peeters", "250411").startswith("? Can't tell yet: ")
    assert "3 candidates" not in matrix.counts.text()
    assert matrix.counts.text() == "Candidates shown: 3 of 3. Vacancies shown: 5 of 5."
    # The tooltip gives the first reasons, in words, as plain text.
    model = matrix.model
    tip = model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert "Anne Peeters · 250939" in tip
    assert "4 years" in tip and "<b>" not in tip
    assert "• experience (4 years): You have " in tip  # each reason under its requirement


def test_filters_by_name_open_vacancies_and_verdict(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    qtbot.keyClicks(matrix.name_edit, "chloe")  # accents need not be typed
    assert shown_rows(matrix) == ["Chloé Martin"]
    # Escape clears the filter first: it closed the matrix, screening and all.
    qtbot.keyClick(matrix.name_edit, Qt.Key.Key_Escape)
    assert matrix.isVisible() and matrix.name_edit.text() == ""
    assert shown_rows(matrix) == ["Anne Peeters", "Ben Ivanov", "Chloé Martin"]
    qtbot.keyClicks(matrix.name_edit, "n")
    assert shown_rows(matrix) == ["Anne Peeters", "Ben Ivanov", "Chloé Martin"]
    matrix.name_edit.clear()

    matrix.open_only.setFocus()
    qtbot.keyClick(matrix.open_only, Qt.Key.Key_Space)
    headers = [
        matrix.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(matrix.model.columnCount())
    ]
    assert headers == ["250411", "250717", "250939"]
    assert "Vacancies shown: 3 of 5." in matrix.counts.text()

    matrix.verdict_combo.setCurrentIndex(matrix.verdict_combo.findText("Eligible"))
    assert shown_rows(matrix) == ["Chloé Martin"]
    matrix.verdict_combo.setCurrentIndex(matrix.verdict_combo.findText("Not eligible"))
    # Chloé meets 250939 but not 250411 (it asks for a university degree).
    assert shown_rows(matrix) == ["Anne Peeters", "Ben Ivanov", "Chloé Martin"]
    assert cell(matrix, "Chloé Martin", "250411") == "✘ Not eligible: education"


def test_sorting_by_a_vacancys_result_and_back_to_names(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    header = matrix.table.horizontalHeader()
    matrix.table.setCurrentIndex(matrix.model.index(1, 4))  # Ben, 250939
    matrix.table.scrollTo(matrix.model.index(1, 4))
    where = QPoint(header.sectionViewportPosition(4) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)  # 250939
    # Eligible first, then can't tell, then not eligible (fewest problems first).
    assert shown_rows(matrix) == ["Chloé Martin", "Anne Peeters", "Ben Ivanov"]
    current = matrix.table.currentIndex()
    assert matrix.model.name(current.row()) == "Ben Ivanov"  # the selection followed
    qtbot.keyClicks(matrix.name_edit, "e")  # filtering keeps the order
    assert shown_rows(matrix) == ["Chloé Martin", "Anne Peeters", "Ben Ivanov"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)  # descending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)  # no sort
    assert shown_rows(matrix) == ["Anne Peeters", "Ben Ivanov", "Chloé Martin"]  # by name


def test_enter_on_a_cell_opens_that_candidates_summary(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.model.index(0, 4))  # Anne, 250939
    qtbot.keyClick(matrix.table, Qt.Key.Key_Return)
    summary = matrix.child
    assert isinstance(summary, CandidateSummaryDialog) and summary.isVisible()
    assert summary.windowTitle() == "Anne Peeters: summary for 250939"
    verdict = summary.view.verdict_label.text()
    assert verdict.startswith("✘ Not eligible: 2 essential requirements not met.")
    # Read-only: another person's answers are changed in their own profile.
    assert summary.view.rows and not any(row.change_button.isVisible() for row in summary.view.rows)
    # Tab goes as the eye reads: the result, then its export buttons, then Close.
    kb = Keyboard(qtbot)
    summary.activateWindow()
    kb.wait_focus(lambda w: w is summary.view.verdict_label)
    close = summary.buttons.button(QDialogButtonBox.StandardButton.Close)
    passed: list[str] = []
    kb.tab_until(lambda w: w is close or passed.append(w.accessibleName()) is not None)
    assert passed[-4:] == ["Export PDF", "Print", "Copy as text", "More"]
    kb.tab()
    assert summary.view.verdict_label.hasFocus()  # round again to the result
    qtbot.keyClick(summary, Qt.Key.Key_Escape)
    assert matrix.child is None

    chloe = matrix.model.index(2, 4)  # Chloé, 250939
    matrix.table.scrollTo(chloe)
    rect = matrix.table.visualRect(chloe)
    qtbot.mouseClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(matrix.child, CandidateSummaryDialog)
    assert matrix.child.view.verdict_label.text().startswith("✔ Eligible: ")


def test_export_csv_and_excel(
    qtbot: QtBot,
    window: MainWindow,
    candidates: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    target = {"path": str(tmp_path / "m.csv")}
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: target["path"])
    qtbot.mouseClick(matrix.buttons["csv"], Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "m.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["candidate", "241436", "241600", "250411", "250717", "250939"]
    assert rows[2][-1] == "not eligible: nationality"
    target["path"] = str(tmp_path / "m")  # no suffix typed: .xlsx is added
    qtbot.mouseClick(matrix.buttons["xlsx"], Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").active
    assert sheet.freeze_panes == "B2"
    assert sheet["A4"].value == "Chloé Martin" and sheet["F4"].value.startswith("eligible")
    assert matrix.counts.text() == f"Saved as {tmp_path / 'm.xlsx'}."


def test_a_clear_message_when_openpyxl_is_missing(
    qtbot: QtBot,
    window: MainWindow,
    candidates: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import builtins

    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    real_import = builtins.__import__

    def no_openpyxl(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "openpyxl":
            raise ImportError("No module named 'openpyxl'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: str(tmp_path / "m.xlsx"))
    warnings: list[str] = []
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: warnings.append(text))
    qtbot.mouseClick(matrix.buttons["xlsx"], Qt.MouseButton.LeftButton)
    assert warnings and "openpyxl" in warnings[0] and "screener[xlsx]" in warnings[0]
    assert not (tmp_path / "m.xlsx").exists()


def test_gap_plan_for_the_selected_candidate_and_beside_the_overview(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Beside the overview: the current profile (Anne's), best change first.
    window.profiles.tabs.setCurrentIndex(1)
    gap_text = window.adviser.gap_view.text
    qtbot.waitUntil(lambda: "1. French at level III (Intermediate)." in gap_text.toPlainText())
    assert gap_text.isReadOnly()
    assert window.profiles.overview.isVisible()  # beside the overview, not instead of it

    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    matrix.table.setCurrentIndex(matrix.model.index(1, 0))  # Ben
    qtbot.mouseClick(matrix.buttons["gaps"], Qt.MouseButton.LeftButton)
    dialog = matrix.child
    assert isinstance(dialog, GapPlanDialog)
    assert dialog.windowTitle() == "What would open more vacancies: Ben Ivanov"
    plan = dialog.view.text.toPlainText()
    assert "No single change would open another vacancy." in plan
    assert "facts above" not in plan  # no change is listed above it


def test_matrix_model_without_widgets(vacancy, french_ii: Profile) -> None:
    from screener.batch import run_batch

    result = run_batch([("a.json", french_ii)], [vacancy("241600")], dt.date(2025, 3, 1))
    model = MatrixModel(result)
    assert model.rowCount() == 1 and model.columnCount() == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "241600"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Anne Peeters"
    assert model.data(model.index(0, 0), MatrixModel.VERDICT_ROLE).value == "not_eligible"
    assert model.open_vacancies == frozenset()  # 241600 closed in December 2024


def test_a_folder_without_profiles_is_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "nobody"
    empty.mkdir()
    (empty / "broken.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(profile_prompts, "ask_folder", lambda *args: str(empty))
    warnings: list[str] = []
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: warnings.append(text))
    window.adviser.matrix_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert warnings == [f"No readable profiles (*.json) in {empty}."]
    assert window.adviser.dialog is None


def test_the_matrix_follows_a_switch_to_french(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from screener.persistence.profile_store import ProfileStore
    from screener.ui.common.language import apply_language

    # A profile saved under the app's default name, in English: "Mon profil" in French, as
    # the main window's title says; the matrix kept "My profile" among French words.
    ProfileStore(candidates).save(Profile(name="My profile"), "my-profile")
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    try:
        apply_language("fr")
        qtbot.waitUntil(lambda: matrix.windowTitle() == "Candidats et postes")
        assert cell(matrix, "Ben Ivanov", "250939") == "✘ Non admissible\u00a0: nationalité"
        assert matrix.open_only.text() == "Postes &ouverts seulement"
        assert matrix.counts.text().startswith("Candidats affichés\u00a0: 4 sur 4.")
        header = matrix.model.headerData
        names = [header(row, Qt.Orientation.Vertical) for row in range(4)]
        assert "Mon profil" in names and "My profile" not in names
        # Each result read whole, not "? Impossible de conclure po…".
        table = matrix.table
        for row in range(matrix.model.rowCount()):
            for column in range(matrix.model.columnCount()):
                index = matrix.model.index(row, column)
                assert table.sizeHintForIndex(index).width() <= table.columnWidth(column)
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: matrix.windowTitle() == "Candidates and vacancies")
    assert cell(matrix, "Ben Ivanov", "250939") == "✘ Not eligible: nationality"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_two_things_share_an_access_key_in_the_matrix(
    qtbot: QtBot,
    window: MainWindow,
    candidates: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    (candidates / "broken.json").write_text("{", encoding="utf-8")  # Skipped files… shown
    apply_language(lang)
    try:
        matrix = open_matrix(qtbot, window, candidates, monkeypatch)
        assert matrix.skipped_button.isVisible()
        assert mnemonic_clashes(matrix) == []
        matrix.table.setCurrentIndex(matrix.model.index(0, 1))
        for button in ("summary", "gaps"):
            qtbot.mouseClick(matrix.buttons[button], Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: matrix.child is not None and matrix.child.isVisible())
            assert matrix.child is not None
            assert mnemonic_clashes(matrix.child) == [], button
            matrix.child.close()
    finally:
        apply_language("en")


def test_enter_on_a_cell_leaves_the_matrix_open(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter opened the summary, and the matrix's default button (Close) took the same
    Enter: the matrix closed, and the summary with it."""
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    matrix.activateWindow()
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is matrix.name_edit)
    kb.tab_until(lambda w: w is matrix.table)
    kb.press(Qt.Key.Key_Right)
    kb.enter()
    assert matrix.isVisible()
    summary = matrix.child
    assert isinstance(summary, CandidateSummaryDialog) and summary.isVisible()
    summary.close()

    # Enter on a focused button presses it: it pressed Close, and the matrix was gone.
    matrix.activateWindow()
    kb.tab_until(lambda w: w is matrix.buttons["gaps"])
    kb.enter()
    assert matrix.isVisible() and isinstance(matrix.child, GapPlanDialog)


def test_a_screen_reader_hears_each_columns_vacancy_by_its_title(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Across the matrix, a screen reader said each column's header: "250939" alone."""
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    model, accessible = matrix.model, Qt.ItemDataRole.AccessibleTextRole
    column = next(c for c in range(model.columnCount()) if model.vacancy(c).reference == "250939")
    said = model.headerData(column, Qt.Orientation.Horizontal, accessible)
    assert said == "250939 — Close Protection Operations Centre Agent (+Reserve List)"
    assert model.headerData(column, Qt.Orientation.Horizontal) == "250939"  # as shown


def test_down_from_the_name_filter_then_enter_opens_the_summary_on_its_result(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Down in the filter went nowhere (Enter only reached the table), and the summary
    opened on its Export PDF… button instead of the candidate's result."""
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is matrix.name_edit)
    qtbot.keyClicks(matrix.name_edit, "chlo")
    qtbot.keyClick(matrix.name_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is matrix.table
    assert matrix.table.currentIndex().row() == 0  # Chloé, the one row shown
    for _ in range(4):
        qtbot.keyClick(matrix.table, Qt.Key.Key_Right)  # to 250939
    qtbot.keyClick(matrix.table, Qt.Key.Key_Return)
    summary = matrix.child
    assert isinstance(summary, CandidateSummaryDialog)
    qtbot.waitExposed(summary)
    verdict = summary.view.verdict_label
    qtbot.waitUntil(lambda: QApplication.focusWidget() is verdict)
    assert verdict.accessibleDescription().startswith("Eligible: ")


def test_a_cell_names_a_statement_by_its_words_in_the_language_shown(
    qapp: QApplication, tmp_path: Path
) -> None:
    from vacancy_builders import crit, make_vacancy

    from screener.batch import run_batch
    from screener.persistence.profile_store import ProfileStore

    rules = {
        **crit("statement", "stanag-rules"),
        "text": {
            "en": "know the « STANAG » rules: handling, marking and storage of documents",
            "fr": "connaître les règles « STANAG » : traitement, marquage et stockage",
        },
    }
    vacancy = make_vacancy(crit("nationality"), rules)
    profile = Profile(name="Dana", nationality="BE").with_answer("T1", "stanag-rules", False)
    ProfileStore(tmp_path).save(profile, "dana")
    model = MatrixModel(
        run_batch([("dana.json", profile)], [vacancy], dt.date(2029, 1, 1)), tmp_path
    )
    shown = model.index(0, 0)
    assert model.data(shown) == "✘ Not eligible: know the « STANAG » rules: handling…"
    tip = model.data(shown, Qt.ItemDataRole.ToolTipRole)
    assert "• know the « STANAG » rules: handling…: You said no." in tip
    try:
        apply_language("fr")
        # On screen, French keeps its punctuation with its words (no-break spaces).
        assert model.data(shown) == (
            "✘ Non admissible\u00a0: connaître les règles «\u00a0STANAG\u00a0»…"
        )
        tip = model.data(shown, Qt.ItemDataRole.ToolTipRole)
        assert "• connaître les règles «\u00a0STANAG\u00a0»…\u00a0: " in tip
        said = model.data(shown, Qt.ItemDataRole.AccessibleTextRole)
        assert "stanag-rules" not in said and "connaître les règles" in said
    finally:
        apply_language("en")


def test_sorting_by_keyboard_and_the_skipped_files_named(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Menu key sorts as a header click does; the files skipped, counted under the
    table, are named with their problem by a button Tab reaches."""
    (candidates / "broken.json").write_text("{not json", encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr(profile_prompts, "inform", lambda parent, title, text: told.append(text))
    matrix = open_matrix(qtbot, window, candidates, monkeypatch)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is matrix.name_edit)
    kb.tab_until(lambda w: w is matrix.table)
    viewport = matrix.table.viewport()
    where = matrix.table.visualRect(matrix.table.currentIndex()).center()
    QApplication.sendEvent(  # what Qt makes of the Menu key, which offscreen keys skip
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, viewport.mapToGlobal(where)),
    )
    menu = popup(qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_S)  # &Sort by
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not menu)
    choose(qtbot, popup(qtbot), "250&939")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert shown_rows(matrix) == ["Chloé Martin", "Anne Peeters", "Ben Ivanov"]
    assert matrix.counts.text().endswith("Files skipped: 1.")
    kb.wait_focus(lambda w: w is matrix.table)
    kb.tab()
    assert kb.focus() is matrix.skipped_button and matrix.skipped_button.text() == "Skipped &files…"
    kb.space()
    assert len(told) == 1 and told[0].startswith(f"{candidates / 'broken.json'}: ")
