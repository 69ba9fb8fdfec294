"""Words a candidate understands: years as people write them, languages not answered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_steps import Steps

from screener import paths
from screener.ui.common.language import apply_language
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    apply_language("en")


def experience_spin(steps: Steps, reference: str = "250939"):  # type: ignore[no-untyped-def]
    wizard = steps.open(reference)
    while (page := wizard.current_question_page()) is None or page.topic is not Topic.EXPERIENCE:
        wizard.next()
    page = steps._on(Topic.EXPERIENCE)
    return page, page.first_input()


def test_years_without_a_zero_decimal_and_with_their_unit(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    _page, spin = experience_spin(steps)
    assert spin.text() == "Not answered"
    steps.kb.type("5")
    steps.kb.tab()
    assert spin.text() == "5 years"
    assert window.profile.answer("250939", "experience") == 5.0
    spin.setFocus()
    steps.kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    steps.kb.type("1")
    steps.kb.tab()
    assert spin.text() == "1 year"
    spin.setFocus()
    steps.kb.press(Qt.Key.Key_Up)  # half a year more
    assert spin.text() == "1.5 years"


def test_years_in_french(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    apply_language("fr")
    window = make_window()
    steps = Steps(qtbot, window)
    _page, spin = experience_spin(steps)
    steps.kb.type("2,5")
    steps.kb.tab()
    assert spin.text() == "2,5 ans"
    assert window.profile.answer("250939", "experience") == 2.5
    spin.setFocus()
    steps.kb.press(Qt.Key.Key_Down)
    assert spin.text() == "2 ans"
    steps.kb.press(Qt.Key.Key_Down)
    steps.kb.press(Qt.Key.Key_Down)
    assert spin.text() == "1 an"


def test_you_said_no_says_to_which_question(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    while (page := wizard.current_question_page()) is None or page.topic is not Topic.STATEMENTS:
        wizard.next()
    page = steps._on(Topic.STATEMENTS)
    steps.kb.tab_until(lambda w: w is page.questions["first-aid-self-defence"].yes)  # type: ignore[attr-defined]
    steps.kb.space()
    steps.kb.press(Qt.Key.Key_Right)  # No
    first_line = page.explanation.text().splitlines()[0]
    words = page.criteria[1].text.en
    assert first_line.startswith(f"Not met: “{words[:40]}")
    assert first_line.endswith("”: You said no.")


def test_a_language_box_starts_at_not_answered(qtbot: QtBot, window: MainWindow) -> None:
    """Untouched, French stays open (Can't tell yet); "None" must be chosen to mean none."""
    steps = Steps(qtbot, window)
    wizard = steps.open("250939")
    steps.nationality("Belgium")
    steps.education("bachelor")
    steps.experience("6")
    page = steps._on(Topic.LANGUAGES)
    french = page.pickers["fr"]  # type: ignore[attr-defined]
    assert french.combo.currentText() == "Not answered"
    assert french.description.text().startswith("Choose your level, or None")
    for _ in range(6):  # English V, by keyboard; French left as it is
        steps.kb.press(Qt.Key.Key_Down)
    steps._next()
    profile = window.profile
    assert profile.languages == {"en": "V"}
    assert profile.unanswered_languages == ["fr"]
    while wizard.currentId() != wizard.check_id:
        wizard.next()
    assert wizard.check_page.answers()["languages"] == "English V, French not answered"
    steps.check_answers()
    view = wizard.summary_page.view
    shown = view.row_for("languages").texts()
    assert shown[2] == "Your level in French is not answered yet."  # never "French none"
    assert not any("none" in text for text in shown)

    # Back to the languages page: French still says "Not answered"; None is a choice.
    wizard.go_to_criterion("languages")
    page = steps._on(Topic.LANGUAGES)
    french = page.pickers["fr"]  # type: ignore[attr-defined]
    assert french.combo.currentText() == "Not answered"
    french.combo.setFocus()
    steps.kb.press(Qt.Key.Key_Down)
    assert french.combo.currentText() == "None"
    assert window.profile.unanswered_languages == []
    assert window.profile.languages == {"en": "V"}


def test_a_draft_with_every_review_item_ticked_is_no_longer_unreviewed(
    qtbot: QtBot,
    make_window,
    user_vacancies,  # type: ignore[no-untyped-def]
) -> None:
    bundled = next(paths.bundled_vacancies_dir().glob("250939*.toml")).read_text("utf-8")
    draft = bundled.replace('reference = "250939"', 'reference = "259999"\ndraft = true', 1)
    review = '\n[[review]]\ncode = "check_level"\nmessage = "Check it."\ndone = {done}\n'
    (user_vacancies / "259999.toml").write_text(draft + review.format(done="true"), "utf-8")
    (user_vacancies / "259998.toml").write_text(
        draft.replace("259999", "259998") + review.format(done="false"), "utf-8"
    )
    window = make_window()
    assert window.select_reference("259999")
    notes = window.details.text_widgets()[1]
    assert notes.text().splitlines()[0] == (
        "Draft vacancy: imported from a notice; every point flagged for review has been checked."
    )
    assert window.select_reference("259998")
    assert notes.text().splitlines()[0] == (
        "Draft vacancy: imported from a notice and not yet fully reviewed."
    )


def test_my_profile_keeps_not_answered_apart_from_none(qtbot: QtBot, window: MainWindow) -> None:
    from screener.domain.scales import LanguageLevel
    from screener.ui.profiles.my_profile_dialog import MyProfileDialog

    profile = window.profile.model_copy(
        update={"languages": {"en": LanguageLevel.V}, "unanswered_languages": ["fr"]}
    )
    dialog = MyProfileDialog(profile, window)
    qtbot.addWidget(dialog)
    french = dialog.languages.pickers["fr"]
    assert french.combo.currentText() == "Not answered"
    assert dialog.profile().unanswered_languages == ["fr"]
    french.combo.setFocus()
    qtbot.keyClick(french.combo, Qt.Key.Key_Down)  # None
    assert french.combo.currentText() == "None"
    edited = dialog.profile()
    assert edited.unanswered_languages == []
    assert edited.languages == {"en": LanguageLevel.V}
