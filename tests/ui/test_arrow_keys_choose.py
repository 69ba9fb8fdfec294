"""A question not answered yet is answered with the arrow keys alone, as in a web form.

Qt checks the radio button the arrows land on only when the one they leave was checked;
without ArrowKeysChoose a keyboard user pressing Down to "Master" answered nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot
from ui_steps import Steps

from screener.domain.scales import EducationLevel
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic


def test_down_arrows_choose_an_education_level(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    steps.open("250717")
    steps.nationality("Belgium")
    page = steps._on(Topic.EDUCATION)
    assert page.selected_level() is None  # type: ignore[attr-defined]
    for _ in range(3):
        steps.kb.press(Qt.Key.Key_Down)
    assert page.selected_level() is EducationLevel.MASTER  # type: ignore[attr-defined]
    focused = window.focusWidget() if window.isActiveWindow() else steps.wizard.focusWidget()
    assert isinstance(focused, QRadioButton) and focused.isChecked()


def test_right_arrow_answers_a_yes_no_question(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("Belgium")
    steps.education("higher_secondary")
    steps.experience("3")
    steps.languages("V", "V")
    steps.driving_licence("B")
    page = steps._on(Topic.TESTS)
    question = next(iter(page.questions.values()))  # type: ignore[attr-defined]
    assert question.value() is None
    steps.kb.press(Qt.Key.Key_Right)
    assert question.value() is False  # Yes, then on to No: the answer is No


def test_arrows_move_through_the_licence_categories_as_drawn(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Down goes to the category under the one focused, not to the one beside it; an arrow
    ticks nothing, Space does; Tab still stops on every category."""
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("Belgium")
    steps.education("higher_secondary")
    steps.experience("3")
    steps.languages("V", "V")
    page = steps._on(Topic.LICENCE)
    boxes = page.categories  # type: ignore[attr-defined]
    steps.kb.space()  # "I hold a driving licence"
    steps.kb.tab_until(lambda w: w is boxes["B"])
    steps.kb.press(Qt.Key.Key_Down)
    below = steps.kb.focus()
    assert below is boxes["D1E"], below.text()
    steps.kb.press(Qt.Key.Key_Up)
    assert steps.kb.focus() is boxes["B"]
    steps.kb.press(Qt.Key.Key_Right)
    assert steps.kb.focus() is boxes["BE"]
    assert not any(box.isChecked() for box in boxes.values())
    steps.kb.space()
    assert boxes["BE"].isChecked()
    steps.kb.tab()
    assert steps.kb.focus() is boxes["C1"]
