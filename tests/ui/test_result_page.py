"""The result page as a candidate reads it: the statement first, what to settle next, the
requirements met folded away, one symbol per status, readable and usable by keyboard, and
nothing cut off at 800x600 in English or French."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from test_summary_exports import ELIGIBLE_250939
from ui_clock import NOW
from ui_steps import Steps

from screener.domain.assessment import Status
from screener.domain.engine import assess
from screener.domain.vacancy import Vacancy
from screener.report.record import SectionKey
from screener.ui.common.language import apply_language
from screener.ui.summary.summary_view import SummaryView
from screener.ui.window.main_window import MainWindow


@pytest.fixture
def french_ui() -> Iterator[None]:
    apply_language("fr")
    yield
    apply_language("en")


SHORT_OF_EXPERIENCE = ELIGIBLE_250939.with_answer("250939", "experience", 3.5).with_answer(
    "250939", "fitness", "unsure"
)


@pytest.fixture
def show(qtbot: QtBot, vacancy: Callable[[str], Vacancy]) -> Callable[..., SummaryView]:
    def make(profile=ELIGIBLE_250939, size: tuple[int, int] = (1000, 650)) -> SummaryView:  # type: ignore[no-untyped-def]
        view = SummaryView()
        qtbot.addWidget(view)
        view.resize(*size)
        view.show_assessment(assess(vacancy("250939"), profile, NOW), "G6")
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def _visible_rows(view: SummaryView) -> list[str]:
    return [row.result.id for row in view.rows if row.isVisibleTo(view)]


def test_what_to_settle_comes_first_and_the_met_requirements_are_folded(
    show: Callable[..., SummaryView],
) -> None:
    view = show(SHORT_OF_EXPERIENCE)
    assert view.verdict_label.text() == (
        "✘ Not eligible: 1 essential requirement not met. Applications close in 7 days, "
        "on 27\u00a0July\u00a02025 (Brussels time)."
    )
    assert view.section_keys() == [
        SectionKey.VERDICT, SectionKey.TO_SETTLE, SectionKey.MET,
        SectionKey.DESIRABLES, SectionKey.CONDITIONS, SectionKey.NOTES,
    ]  # fmt: skip
    visible = _visible_rows(view)
    assert visible[:2] == ["experience", "fitness"]  # unmet and unsure, before anything else
    experience, fitness = view.row_for("experience"), view.row_for("fitness")
    assert experience.texts()[-1] == "What would change it: Another 0.5 years of experience."
    assert fitness.texts()[-1].startswith("What would change it: Finding out, then answering")
    met = [row for row in view.rows if row.result.essential and row.result.status is Status.MET]
    assert met and not any(row.isVisibleTo(view) for row in met)
    assert view.met_group is not None
    assert view.met_group.toggle.text() == f"Essential requirements met: {len(met)}"
    # Desirables stay in view, after the folded group.
    assert "d-close-protection" in visible


def test_the_met_group_opens_and_closes_with_the_keyboard(
    qtbot: QtBot, show: Callable[..., SummaryView]
) -> None:
    view = show()
    group = view.met_group
    assert group is not None and not group.is_open()
    assert group.toggle.accessibleName() == "Essential requirements met: 11"
    assert group.toggle.accessibleDescription().startswith("Collapsed")
    view.focus_result()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.verdict_label)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is group.toggle  # right after the statement
    qtbot.keyClick(group.toggle, Qt.Key.Key_Space)
    assert group.is_open() and group.toggle.accessibleDescription().startswith("Expanded")
    assert view.row_for("nationality").isVisibleTo(view)
    qtbot.keyClick(group.toggle, Qt.Key.Key_Space)
    assert not view.row_for("nationality").isVisibleTo(view)


def test_one_symbol_for_the_verdict_and_no_icon(show: Callable[..., SummaryView]) -> None:
    for profile, symbol in ((ELIGIBLE_250939, "✔"), (SHORT_OF_EXPERIENCE, "✘")):
        view = show(profile)
        text = view.verdict_label.text()
        assert text.startswith(f"{symbol} ")
        assert sum(text.count(s) for s in "✔✘") == 1
        assert not any(label.pixmap() and not label.pixmap().isNull()
                       for label in view.findChildren(QLabel))  # fmt: skip


def test_the_page_is_read_by_keyboard_and_page_down_scrolls_it(
    qtbot: QtBot, show: Callable[..., SummaryView]
) -> None:
    view = show(SHORT_OF_EXPERIENCE, size=(800, 400))
    bar = view._scroll.verticalScrollBar()
    assert bar.maximum() > 0
    view.focus_result()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.verdict_label)
    assert view.verdict_label.accessibleName() == "Result"
    # Said without its symbol ("heavy ballot X"): the word says it.
    assert view.verdict_label.text().startswith("✘ Not eligible: ")
    assert view.verdict_label.accessibleDescription() == view.verdict_label.text()[2:]
    qtbot.keyClick(view.verdict_label, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(view.verdict_label, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    # Tab reads on, row by row: a row says its status and requirement, then its Change….
    qtbot.keyClick(view.verdict_label, Qt.Key.Key_Tab)
    counts = QApplication.focusWidget()
    assert counts.accessibleName() == "Result"
    assert counts.accessibleDescription() == "Questions answered “Not sure”: 1"
    qtbot.keyClick(counts, Qt.Key.Key_Tab)
    row = view.row_for("experience")
    assert QApplication.focusWidget() is row
    assert row.accessibleName().startswith("Not met: have at least 4 years")
    assert "What would change it: Another 0.5 years" in row.accessibleDescription()
    qtbot.keyClick(row, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.change_button
    with qtbot.waitSignal(view.changeRequested) as changed:
        qtbot.keyClick(row.change_button, Qt.Key.Key_Space)
    assert changed.args == ["experience"]
    # The sentences at the end (conditions, notes) are reached by Tab too, and scrolled to.
    for _ in range(60):
        focused = QApplication.focusWidget()
        if focused.accessibleName() == "Notes":
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert "This is a self-screening estimate" in focused.accessibleDescription()
    assert bar.value() > 0


def _cut_off(view: SummaryView) -> list[str]:
    """Buttons narrower than their text needs, or reaching past the page's right edge."""
    problems = []
    for button in view.findChildren(QPushButton):
        if not button.isVisibleTo(view):
            continue
        right = button.mapTo(view, button.rect().topRight()).x()
        if button.width() < button.sizeHint().width() or right > view.width():
            problems.append(button.text())
    return problems


def test_nothing_is_cut_off_at_800x600_in_english(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    wizard.resize(800, 600)
    while wizard.currentId() != wizard.summary_id:
        wizard.next()
    view = wizard.summary_page.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.verdict_label)
    qtbot.wait(50)
    # Whose screening it is: the profile in use, or "not named".
    name = window.profile.name or "not named"
    assert any(f"Profile: {name}\n" in label.text() for label in view.findChildren(QLabel))
    assert wizard.width() == 800
    assert view.minimumSizeHint().width() <= 700
    assert view.mapTo(wizard, view.rect().topRight()).x() < 800
    assert _cut_off(view) == []
    assert view.verdict_label.wordWrap()


@pytest.mark.usefixtures("french_ui")
def test_nothing_is_cut_off_at_800x600_in_french(
    qtbot: QtBot, show: Callable[..., SummaryView]
) -> None:
    view = show(SHORT_OF_EXPERIENCE, size=(780, 560))
    assert view.verdict_label.text().startswith("✘ Non admissible\u00a0: 1 acquis essentiel")
    assert view.buttons["more"].text() == "P&lus"
    assert _cut_off(view) == []
    # The page asks for no more width than an 800-pixel window leaves it.
    assert view.minimumSizeHint().width() <= 700
