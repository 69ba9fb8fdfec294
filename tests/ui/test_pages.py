"""Single wizard pages against edge cases of vacancy files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock

from screener.domain.criteria import NationalityCriterion
from screener.domain.profile import UNSURE, Profile
from screener.domain.vacancy import Vacancy
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.profiles.session import ScreeningSession
from screener.ui.wizard.education_page import EducationPage
from screener.ui.wizard.nationality_page import CODE_ROLE, NationalityPage
from screener.ui.wizard.page_plan import Topic, plan_pages
from screener.ui.wizard.wizard import ScreeningWizard


def listed_vacancy(base: Vacancy) -> Vacancy:
    listed = NationalityCriterion(
        id="nationality",
        text=base.essential[0].text,
        scope="listed",
        countries=["DE", "FR", "IT"],
    )
    return base.model_copy(update={"essential": [listed, *base.essential[1:]]})


def test_listed_nationalities_are_marked_and_explained(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    session = ScreeningSession(listed_vacancy(vacancy("250939")), Profile(), fixed_clock)
    plan = next(p for p in plan_pages(session.vacancy) if p.topic is Topic.NATIONALITY)
    page = NationalityPage(session, plan.criteria)
    qtbot.addWidget(page)
    page.initializePage()
    texts = {page.countries.item(i).data(CODE_ROLE): page.countries.item(i).text()
             for i in range(page.countries.count())}  # fmt: skip
    assert len(texts) >= 190  # every nationality; a territory is found under its state
    assert "GF" not in texts and "PR" not in texts
    assert texts["DE"] == "Germany — open to this post"
    assert texts["BE"] == "Belgium — NATO member"
    assert texts["CH"] == "Switzerland"
    labels = [label.text() for label in page.findChildren(PlainTextLabel)]
    assert "This post is open to nationals of: France, Germany, Italy." in labels

    qtbot.keyClicks(page.search, "belg")
    assert page.selected_code() == "BE"
    assert session.profile.nationality == "BE"
    assert page.explanation.text().startswith(
        "Not met: Belgium is not among the nations this post is open to (Germany, France, Italy)."
    )
    page.search.clear()
    qtbot.keyClicks(page.search, "ital")
    assert session.profile.nationality == "IT"
    assert page.explanation.text() == ""


def test_a_territory_finds_the_nationality_its_people_hold(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    """People of French Guiana are French, of Puerto Rico American: typing the territory's
    name chooses that nationality (a territory of its own would have ruled them out)."""
    session = ScreeningSession(vacancy("250939"), Profile(), fixed_clock)
    page = NationalityPage(session, plan_pages(session.vacancy)[0].criteria)
    qtbot.addWidget(page)
    page.initializePage()
    qtbot.keyClicks(page.search, "guiana")
    assert page.selected_code() == "FR"
    assert page.countries.currentItem().text() == "France — NATO member — for French Guiana"
    assert session.profile.nationality == "FR"
    assert page.explanation.text() == ""  # met: France is a NATO member
    page.search.clear()
    assert page.countries.currentItem().text() == "France — NATO member"
    qtbot.keyClicks(page.search, "puerto")
    assert page.selected_code() == "US"
    page.search.clear()
    qtbot.keyClicks(page.search, "guyana")  # a country of its own, not French Guiana
    assert page.selected_code() == "GY"


def test_arrow_keys_in_the_country_search_move_through_the_list(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    session = ScreeningSession(vacancy("250939"), Profile(), fixed_clock)
    page = NationalityPage(session, plan_pages(session.vacancy)[0].criteria)
    qtbot.addWidget(page)
    page.initializePage()
    qtbot.keyClicks(page.search, "united")
    first = page.selected_code()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.selected_code() != first
    assert session.profile.nationality == page.selected_code()


def test_education_not_sure_is_kept_per_vacancy(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    session = ScreeningSession(vacancy("241600"), Profile(), fixed_clock)
    plan = next(p for p in plan_pages(session.vacancy) if p.topic is Topic.EDUCATION)
    page = EducationPage(session, plan.criteria)
    qtbot.addWidget(page)
    page.initializePage()
    page.levels[next(iter(page.levels))].setChecked(True)
    page.unsure.setChecked(True)
    assert session.answer("education") == UNSURE
    page.unsure.setChecked(False)
    assert session.answer("education") is None


def test_the_notice_contradiction_is_shown_on_the_languages_page(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    wizard = ScreeningWizard(ScreeningSession(vacancy("250717"), Profile(), fixed_clock))
    qtbot.addWidget(wizard)
    page = next(p for p in wizard.question_pages if p.topic is Topic.LANGUAGES)
    note = page.findChild(PlainTextLabel, "warning-languages")
    assert note is not None
    assert note.text().startswith("Please note: The English notice asks for level I")
    assert note.textFormat() == Qt.TextFormat.PlainText
