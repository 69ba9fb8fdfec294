"""Showing the summary again: the same assessment keeps the page as built; anything that
changes what it says (answers, grade, "not sure" answers, language) builds it anew."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from ui_clock import NOW

from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.ui.summary import summary_view
from screener.ui.summary.summary_view import SummaryView


def content(view: SummaryView) -> object:
    return view._scroll.widget()


@pytest.fixture
def view(qtbot: QtBot) -> SummaryView:
    widget = SummaryView()
    qtbot.addWidget(widget)
    return widget


def test_the_same_assessment_is_not_built_again(
    view: SummaryView, vacancy: Callable[[str], Vacancy], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = vacancy("250939")
    profile = Profile(nationality="BE")
    view.show_assessment(assess(target, profile, NOW), "G6")
    first = content(view)
    # An equal assessment computed again (what the wizard does on each visit).
    view.show_assessment(assess(target, profile, NOW), "G6")
    assert content(view) is first

    answered = profile.with_answer("250939", "firearms", True)
    view.show_assessment(assess(target, answered, NOW), "G6")
    second = content(view)
    assert second is not first
    assert view.row_for("firearms") is not None

    view.show_assessment(assess(target, answered, NOW), "G7")
    third = content(view)
    assert third is not second

    view.show_assessment(assess(target, answered, NOW), "G7", frozenset({"firearms"}))
    fourth = content(view)
    assert fourth is not third

    monkeypatch.setattr(summary_view, "current_language", lambda: "fr")
    view.show_assessment(assess(target, answered, NOW), "G7", frozenset({"firearms"}))
    assert content(view) is not fourth
