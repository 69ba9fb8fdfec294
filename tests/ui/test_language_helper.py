"""The language level pickers and the "Not sure of your level?" helper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from screener.domain.language_equivalents import Evidence
from screener.domain.profile import Profile
from screener.domain.scales import LanguageLevel
from screener.domain.vacancy import Vacancy
from screener.ui.profiles.session import ScreeningSession
from screener.ui.wizard import language_level_helper
from screener.ui.wizard.language_level_helper import LanguageLevelHelper
from screener.ui.wizard.languages_page import LanguagesPage
from screener.ui.wizard.page_plan import Topic, plan_pages

LANGUAGES = [("en", "English"), ("fr", "French")]


@pytest.fixture
def helper(qtbot: QtBot) -> LanguageLevelHelper:
    dialog = LanguageLevelHelper(LANGUAGES)
    qtbot.addWidget(dialog)
    return dialog


def choose(helper: LanguageLevelHelper, evidence: Evidence) -> None:
    helper.evidence.setCurrentIndex(helper.evidence.findData(evidence.value))


def test_ielts_band_maps_to_a_level(helper: LanguageLevelHelper) -> None:
    choose(helper, Evidence.IELTS)
    helper.score.setValue(7.5)
    assert helper.chosen() == ("en", LanguageLevel.VI)
    assert helper.use_button.isEnabled()
    assert helper.result.text() == (
        "Approximately level VI — Proficiency, CEFR C2, as NATO's equivalence table puts it."
    )
    helper.score.setValue(6.5)
    assert helper.chosen() == ("en", LanguageLevel.V)


def test_low_scores_are_not_guessed(helper: LanguageLevelHelper) -> None:
    choose(helper, Evidence.TOEFL_IBT)
    helper.score.setValue(95)
    assert helper.chosen() is None
    assert not helper.use_button.isEnabled()
    assert "cannot be mapped reliably" in helper.result.text()


def test_delf_dalf_points_at_french(helper: LanguageLevelHelper) -> None:
    choose(helper, Evidence.DELF_DALF)
    assert helper.language.currentData() == "fr"
    helper.choice.setCurrentIndex(helper.choice.findData("DALF C1"))
    assert helper.chosen() == ("fr", LanguageLevel.V)


def test_cefr_below_b2_is_marked_as_inferred(helper: LanguageLevelHelper) -> None:
    choose(helper, Evidence.CEFR)
    helper.choice.setCurrentIndex(helper.choice.findData("B1"))
    assert "inferred from the CEFR level" in helper.result.text()
    assert helper.chosen() == ("en", LanguageLevel.III)


def test_the_dialog_says_it_is_an_approximation(helper: LanguageLevelHelper) -> None:
    texts = " ".join(label.text() for label in helper.findChildren(type(helper.result)))
    assert "approximation" in texts


def languages_page(qtbot: QtBot, vacancy: Vacancy) -> tuple[LanguagesPage, ScreeningSession]:
    session = ScreeningSession(vacancy, Profile())
    plan = next(p for p in plan_pages(vacancy) if p.topic is Topic.LANGUAGES)
    page = LanguagesPage(session, plan.criteria)
    qtbot.addWidget(page)
    page.initializePage()
    return page, session


def test_helper_result_lands_in_the_picker_and_profile(
    qtbot: QtBot, vacancy, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, session = languages_page(qtbot, vacancy("250939"))
    offered: list[list[tuple[str, str]]] = []

    def fake_helper(parent: object, languages: list[tuple[str, str]]):
        offered.append(languages)
        return ("fr", LanguageLevel.IV)

    monkeypatch.setattr(language_level_helper, "ask_level_from_evidence", fake_helper)
    qtbot.mouseClick(page.helper_button, Qt.MouseButton.LeftButton)
    assert offered == [LANGUAGES]
    assert page.pickers["fr"].level() is LanguageLevel.IV
    assert session.profile.languages == {"fr": LanguageLevel.IV}


def test_pickers_describe_each_level_with_its_cefr(qtbot: QtBot, vacancy) -> None:
    page, _ = languages_page(qtbot, vacancy("250939"))
    combo = page.pickers["en"].combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "Not answered"  # an untouched box says so, never "None"
    assert items[1] == "None"
    assert items[5] == "IV — Upper Intermediate, CEFR B2"
    for index in range(combo.count()):
        assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(6)
    assert page.pickers["en"].description.text() == (
        "You use the language flexibly and precisely at work, including complex documents."
    )


def test_mother_tongue_and_other_languages(qtbot: QtBot, vacancy) -> None:
    page, session = languages_page(qtbot, vacancy("250411"))
    assert set(page.pickers) == {"en", "fr", "ru"}
    page.pickers["ru"].mother_tongue.setChecked(True)
    assert not page.pickers["ru"].combo.isEnabled()
    assert session.profile.mother_tongues == ["ru"]
    assert session.profile.languages["ru"] is LanguageLevel.VI


def test_a_language_below_the_minimum_is_explained_on_the_page(qtbot: QtBot, vacancy) -> None:
    page, _ = languages_page(qtbot, vacancy("241600"))  # V in one, III in the other
    page.pickers["en"].combo.setCurrentIndex(7)  # VI
    page.pickers["fr"].combo.setCurrentIndex(3)  # II
    assert page.explanation.text().splitlines()[0] == (
        "Not met: English VI (Proficiency), French II (Elementary): the notice asks for "
        "V (Advanced) in one and III (Intermediate) in the other."
    )
    assert "What would change it: French at level III (Intermediate)." in page.explanation.text()
    assert page.isComplete()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_alt_r_takes_the_keyboard_to_the_result_shown(
    qtbot: QtBot, helper: LanguageLevelHelper, lang: str
) -> None:
    """ "Result:" was bound to the box that swaps the level list for the score field, which
    takes no focus: Alt+R (Alt+R in French too: "&Résultat") did nothing, and a screen reader
    found the label bound to no field."""
    from ui_keyboard import Keyboard

    from screener.ui.common.language import apply_language

    apply_language(lang)
    try:
        helper.show()
        qtbot.waitExposed(helper)
        helper.activateWindow()
        kb = Keyboard(qtbot)
        kb.wait_focus(lambda w: w is helper.evidence)
        kb.alt(Qt.Key.Key_R)
        assert kb.focus() is helper.choice
        kb.press(Qt.Key.Key_Down)  # nothing chosen yet → A1, in the level list
        assert helper.chosen() == ("en", LanguageLevel.I)
        kb.press(Qt.Key.Key_Down)  # A1 → A2
        assert helper.chosen() == ("en", LanguageLevel.II)

        choose(helper, Evidence.IELTS)  # a score now: the field under "Result:" changes
        kb.alt(Qt.Key.Key_R)
        assert kb.focus() is helper.score
        assert helper.form_labels[1].buddy() is helper.score
        kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        kb.type(f"7{helper.score.locale().decimalPoint()}5")
        assert helper.chosen() == ("en", LanguageLevel.VI)
    finally:
        apply_language("en")


@pytest.mark.parametrize("evidence", [Evidence.CEFR, Evidence.IELTS, Evidence.DELF_DALF])
def test_nothing_is_offered_before_a_result_is_given(
    qtbot: QtBot, helper: LanguageLevelHelper, evidence: Evidence
) -> None:
    """The helper opened on "A1" (or the lowest score band) with Use this level ready: Enter
    set the language to level I whatever the user's level was."""
    choose(helper, evidence)
    helper.show()
    qtbot.waitExposed(helper)
    assert not helper.use_button.isEnabled()
    assert helper.chosen() is None
    assert helper.result.text() == "Give your result to see the NATO level it matches."
    qtbot.keyClick(helper, Qt.Key.Key_Return)
    assert helper.isVisible()  # Enter accepted nothing
    if evidence is Evidence.IELTS:
        helper.score.setValue(7.5)
    else:
        helper.choice.setCurrentIndex(helper.choice.count() - 1)
    assert helper.use_button.isEnabled() and helper.chosen() is not None


def test_another_kind_of_result_asks_again(helper: LanguageLevelHelper) -> None:
    choose(helper, Evidence.CEFR)
    helper.choice.setCurrentIndex(helper.choice.findData("C1"))
    assert helper.chosen() == ("en", LanguageLevel.V)
    choose(helper, Evidence.CAMBRIDGE)
    assert helper.choice.currentIndex() == -1 and helper.chosen() is None
