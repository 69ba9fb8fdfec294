"""Answer once: facts given for one vacancy are not asked again; stop anywhere, carry on later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_steps import Steps

from screener.domain.scales import EducationLevel, LanguageLevel
from screener.persistence.profile_store import ProfileStore
from screener.ui.catalogue.overview_model import OverviewModel as M
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.wizard import ScreeningWizard


def screen_250939(steps: Steps) -> None:
    wizard = steps.open("250939")
    assert wizard.currentPage().title() == "Step 1 of 11: Nationality"
    assert not wizard.facts_panel.isVisible()  # nothing known yet
    steps.nationality("Belgium")
    steps.education("higher_secondary")
    steps.experience("6")
    steps.languages(english="V", french="I")
    steps.driving_licence("B")
    steps.declarations(Topic.TESTS, "yy")
    steps.declarations(Topic.AVAILABILITY, "y")
    steps.declarations(Topic.STATEMENTS, "yyy")
    steps.declarations(Topic.DESIRABLE, "yn")
    steps.check_answers()
    steps.qtbot.waitUntil(lambda: wizard.currentId() == wizard.summary_id)
    assert wizard.summary_page.view.verdict_label.text().startswith("✔ Eligible: ")
    steps.finish()


def open_next(steps: Steps, reference: str) -> ScreeningWizard:
    """Back in the main window after a screening: a fresh search for the next vacancy."""
    window = steps.window
    window.search.clear()
    window.activateWindow()
    steps.qtbot.waitUntil(window.isActiveWindow)
    window.search.setFocus()
    return steps.open(reference)


def overview_cell(window: MainWindow, reference: str, column: int) -> str:
    model = window.profiles.overview_model
    row = model.row_of_reference(reference)
    assert row is not None
    return str(model.data(model.index(row, column)))


def test_answer_once_then_carry_on_after_a_restart(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    steps = Steps(qtbot, window)
    screen_250939(steps)

    # 241600: nationality, education and languages come from the profile, not asked again.
    wizard = open_next(steps, "241600")
    topics = [wizard.page(page_id).topic for page_id in wizard.shown_ids()[:-2]]  # type: ignore[attr-defined]
    assert topics == [Topic.EXPERIENCE, Topic.STATEMENTS, Topic.DESIRABLE]
    assert wizard.currentPage().title() == "Step 1 of 5: Experience"
    assert wizard.facts_panel.isVisible()
    assert wizard.facts_panel.texts() == [
        "Nationality: Belgium",
        "Education: Higher secondary level",
        "Languages: English V, French I",
    ]
    steps.experience("3")
    steps.declarations(Topic.STATEMENTS, "yyyyyy")
    steps.skip(Topic.DESIRABLE)
    steps.check_answers()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.summary_id)
    view = wizard.summary_page.view
    assert view.row_for("nationality").texts()[2] == "Your answer: Belgium"  # used, not asked
    assert "French I" in view.row_for("languages").texts()[2]
    steps.finish()

    # A third vacancy, left in the middle: the app is closed on its statements page.
    wizard = open_next(steps, "250717")
    assert wizard.currentPage().title().endswith(": Experience")
    steps.experience("7")
    steps.declarations(Topic.TESTS, "yy")
    steps.declarations(Topic.AVAILABILITY, "y")
    steps._on(Topic.STATEMENTS)
    stored = ProfileStore().load(window.profiles.keeper.profile_id or "")
    assert stored.answer("250717", "experience") == 7.0  # saved on the way, page by page
    assert stored.answer("250717", "availability") is True
    window.close()

    # Restart: same data folder, a new window. It offers to carry on, and does.
    window = make_window()
    assert window.profile.nationality == "BE"
    assert window.profile.answer("250717", "fitness") is True
    bar = window.profiles.resume_bar
    assert bar.isVisible()
    assert "250717" in bar.message.text()
    assert "Other essential requirements" in bar.message.text()
    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wizard is not None)
    steps = Steps(qtbot, window)
    assert steps.page().topic is Topic.STATEMENTS
    steps.declarations(Topic.STATEMENTS, "yyy")
    steps.skip(Topic.DESIRABLE)
    wizard = steps.wizard
    steps.check_answers()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.summary_id)
    # French I meets the English notice's level I, not the French notice's III: 250717's two
    # readings of its language requirement leave this one open.
    assert wizard.summary_page.view.verdict_label.text().startswith("? Can't tell yet: 1 answer")
    assert window.profiles.keeper.position is None  # seen through: nothing left to resume


def test_edit_puts_a_profile_page_back(qtbot: QtBot, window: MainWindow) -> None:
    steps = Steps(qtbot, window)
    screen_250939(steps)
    wizard = open_next(steps, "241600")
    assert wizard.currentPage().title() == "Step 1 of 5: Experience"
    qtbot.mouseClick(wizard.facts_panel.buttons[0], Qt.MouseButton.LeftButton)  # nationality
    page = steps._on(Topic.NATIONALITY)  # its search box has the keyboard focus
    assert page.title() == "Step 1 of 6: Nationality"
    assert page.selected_code() == "BE"  # type: ignore[attr-defined]
    assert wizard.facts_panel.texts() == [
        "Education: Higher secondary level",
        "Languages: English V, French I",
    ]
    steps.kb.type("Norway")
    qtbot.waitUntil(lambda: window.profile.nationality == "NO")


def test_overview_follows_answers_and_opens_where_needed(qtbot: QtBot, window: MainWindow) -> None:
    assert window.profiles.tabs.tabText(1) == "&All at a glance"
    assert overview_cell(window, "250939", M.COL_VERDICT) == "? Can't tell yet"
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("Russia")  # not a NATO member
    assert overview_cell(window, "250939", M.COL_VERDICT) == "✘ Not eligible"
    assert overview_cell(window, "250939", M.COL_DETAIL) == "Not met: nationality"
    steps.wizard.close()
    qtbot.waitUntil(lambda: window.wizard is None)

    # Enter on a row with open questions: the wizard at the first of them.
    window.set_profile(window.profile.model_copy(update={"nationality": "BE"}))
    assert overview_cell(window, "250939", M.COL_VERDICT) == "? Can't tell yet"
    window.profiles.tabs.setCurrentIndex(1)
    overview = window.profiles.overview
    row = next(r for r in range(overview.proxy.rowCount())
               if overview.proxy.index(r, 0).data() == "250939")  # fmt: skip
    overview.table.setCurrentIndex(overview.proxy.index(row, 0))
    overview.table.setFocus()
    qtbot.keyClick(overview.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard is not None)
    assert steps.page().topic is Topic.EDUCATION
    steps.wizard.close()
    qtbot.waitUntil(lambda: window.wizard is None)

    # Everything answered: the summary straight away.
    profile = window.profile.model_copy(
        update={
            "education": EducationLevel.BACHELOR,
            "languages": {"en": LanguageLevel.V, "fr": LanguageLevel.III},
            "driving_licences": ["B"],
        }
    )
    for criterion in ("experience", "firearms", "fitness", "availability", "cctv-ids-fire",
                      "first-aid-self-defence", "writing"):  # fmt: skip
        profile = profile.with_answer(
            "250939", criterion, 5.0 if criterion == "experience" else True
        )
    window.set_profile(profile)
    assert overview_cell(window, "250939", M.COL_VERDICT) == "✔ Eligible"
    window.profiles.open_vacancy("250939")
    wizard = steps.wizard
    assert wizard.currentId() == wizard.summary_id
    assert wizard.summary_page.view.verdict_label.text().startswith("✔ Eligible: ")
