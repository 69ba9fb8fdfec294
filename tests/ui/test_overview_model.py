"""The all-vacancies overview model and its filter, without any widget."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_clock import NOW
from vacancy_builders import meeting_profile

from screener.domain.assessment import Verdict
from screener.domain.profile import Profile
from screener.domain.scales import EducationLevel, LanguageLevel
from screener.domain.vacancy import Vacancy
from screener.persistence.vacancy_catalogue import Catalogue
from screener.ui.catalogue.overview_filter import OverviewFilter, Show
from screener.ui.catalogue.overview_model import OverviewModel

M = OverviewModel
REFERENCES = ["241436", "241600", "250411", "250717", "250939"]


@pytest.fixture
def vacancies(bundled_catalogue: Catalogue) -> list[Vacancy]:
    return [loaded.vacancy for loaded in bundled_catalogue.vacancies]


def cells(model: OverviewModel, reference: str) -> list[str]:
    row = model.row_of_reference(reference)
    assert row is not None
    return [model.data(model.index(row, column)) for column in range(M.COLUMN_COUNT)]


def test_columns_and_an_empty_profile(vacancies: list[Vacancy]) -> None:
    model = OverviewModel(vacancies, Profile(), NOW)
    assert model.columnCount() == M.COLUMN_COUNT == 6
    assert model.rowCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(M.COLUMN_COUNT)]
    assert headers == ["Reference", "Title", "Result", "Why", "Desirable", "Deadline"]
    row = cells(model, "250939")
    assert row[M.COL_REFERENCE] == "250939"
    assert row[M.COL_TITLE].startswith("Close Protection Operations Centre Agent")
    assert row[M.COL_VERDICT] == "? Can't tell yet"  # a symbol and a word, not colour alone
    assert row[M.COL_DETAIL].startswith("Open questions: ")
    assert row[M.COL_DESIRABLE] == "0/12"
    assert row[M.COL_DEADLINE] == "Closes in 7 days"
    assert cells(model, "241436")[M.COL_DEADLINE] == "Closed"


def test_verdicts_follow_the_profile(
    qtbot: QtBot, vacancies: list[Vacancy], vacancy: Callable[[str], Vacancy]
) -> None:
    model = OverviewModel(vacancies, Profile(), NOW)
    good = meeting_profile(vacancy("250939"))
    with qtbot.waitSignal(model.dataChanged):
        model.set_profile(good)
    row = cells(model, "250939")
    assert row[M.COL_VERDICT] == "✔ Eligible"
    assert row[M.COL_DETAIL] == "Every essential requirement met"
    assert row[M.COL_DESIRABLE] == "12/12"
    index = model.index(model.row_of_reference("250939") or 0, M.COL_VERDICT)
    assert model.data(index, M.VERDICT_ROLE) == Verdict.ELIGIBLE
    # One symbol per status: the cell's own "✔", no icon beside it.
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None

    # Education below what every notice asks for: the first failing essential, in words.
    low = good.model_copy(update={"education": EducationLevel.SECONDARY})
    model.set_profile(low)
    row = cells(model, "250939")
    assert row[M.COL_VERDICT] == "✘ Not eligible"
    # The requirement's name is the one the matrix, the CSV and the dossier give it.
    assert row[M.COL_DETAIL] == "Not met: education"
    tip = model.data(model.index(model.row_of_reference("250939") or 0, M.COL_DETAIL),
                     Qt.ItemDataRole.ToolTipRole)  # fmt: skip
    assert tip == "• education"

    # A self-declared statement is named in the notice's words.
    declined = good.with_answer("250939", "writing", False)
    model.set_profile(declined)
    assert cells(model, "250939")[M.COL_DETAIL].startswith("Not met: ")
    assert "writ" in cells(model, "250939")[M.COL_DETAIL].lower()


def test_no_signal_when_nothing_changes(qtbot: QtBot, vacancies: list[Vacancy]) -> None:
    model = OverviewModel(vacancies, Profile(), NOW)
    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_profile(Profile(name="Same answers, new name"))


def test_first_open_question_in_notice_order(vacancies: list[Vacancy]) -> None:
    model = OverviewModel(vacancies, Profile(nationality="BE"), NOW)
    row = model.row_of_reference("250939")
    assert row is not None
    assert model.first_open(row) == "education"
    model.set_profile(meeting_profile(model.vacancy(row)))
    assert model.first_open(row) is None


def test_a_reference_given_twice_keeps_its_last_copy(vacancy: Callable[[str], Vacancy]) -> None:
    original = vacancy("250939")
    copy = original.model_copy(update={"title": original.title.model_copy(update={"en": "Mine"})})
    model = OverviewModel([original, copy], Profile(), NOW)
    assert model.rowCount() == 1
    assert cells(model, "250939")[M.COL_TITLE] == "Mine"


def meeting_all(vacancies: list[Vacancy]) -> Profile:
    """One candidate meeting every vacancy's requirements (facts at their highest)."""
    profiles = [meeting_profile(v) for v in vacancies]
    languages: dict[str, LanguageLevel] = {}
    for profile in profiles:
        for code, level in profile.languages.items():
            if code not in languages or languages[code] < level:
                languages[code] = level
    return Profile(
        nationality="BE",
        education=max((p.education for p in profiles if p.education), key=lambda e: e.rank),
        languages=languages,
        driving_licences=sorted({cat for p in profiles for cat in p.driving_licences or []}),
        answers={ref: dict(a) for p in profiles for ref, a in p.answers.items()},
    )


def test_filter_and_sort(vacancies: list[Vacancy]) -> None:
    # Eligible everywhere, but only 250939 is still open on the test day.
    model = OverviewModel(vacancies, meeting_all(vacancies), NOW)
    proxy = OverviewFilter()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        column = M.COL_REFERENCE
        return sorted(proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount()))

    assert all(model.verdict(row) is Verdict.ELIGIBLE for row in range(model.rowCount()))
    proxy.set_show(Show.ELIGIBLE)
    assert shown() == REFERENCES
    proxy.set_show(Show.OPEN_ELIGIBLE)
    assert shown() == ["250939"]
    proxy.set_show(Show.NOT_ELIGIBLE)
    assert shown() == []

    # The filter follows answers as they change.
    model.set_profile(Profile())
    proxy.set_show(Show.INCOMPLETE)
    assert shown() == REFERENCES
    model.set_profile(Profile(nationality="RU"))  # not a NATO member: not eligible anywhere
    assert shown() == []
    proxy.set_show(Show.NOT_ELIGIBLE)
    assert shown() == REFERENCES
    proxy.set_show(Show.ALL)
    assert shown() == REFERENCES

    proxy.sort(M.COL_DEADLINE, Qt.SortOrder.DescendingOrder)
    assert proxy.data(proxy.index(0, M.COL_REFERENCE)) == "250939"
    model.set_profile(meeting_profile(model.vacancy(model.row_of_reference("250717") or 0)))
    proxy.sort(M.COL_VERDICT, Qt.SortOrder.AscendingOrder)
    assert proxy.data(proxy.index(0, M.COL_REFERENCE)) == "250717"  # eligible sorts first
