"""A profile naming hundreds of languages (every two-letter code is a valid one): My
profile rebuilt the whole Tab order after each language it added, so opening it took work
growing with the square of the languages (676: 11-18 s of a frozen window, the Tab order
alone ~300,000 Qt calls). The order is now built once per batch of languages."""

from __future__ import annotations

import string
from itertools import product

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from screener.domain.profile import Profile
from screener.ui.profiles.my_profile_dialog import MyProfileDialog

CODES = ["".join(pair) for pair in product(string.ascii_lowercase, repeat=2)]


def _tab_order_calls(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    calls = 0
    real = QWidget.setTabOrder

    def counted(first: QWidget, second: QWidget) -> None:
        nonlocal calls
        calls += 1
        real(first, second)

    monkeypatch.setattr(QWidget, "setTabOrder", staticmethod(counted))
    codes = CODES[:count]
    profile = Profile(
        languages={code: "III" for code in codes}, slp={code: "3333" for code in codes}
    )
    dialog = MyProfileDialog(profile)
    qtbot.addWidget(dialog)
    monkeypatch.undo()
    return calls


def test_the_tab_order_work_grows_with_the_languages_not_their_square(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    few = _tab_order_calls(qtbot, monkeypatch, 20)
    many = _tab_order_calls(qtbot, monkeypatch, 80)
    assert many < 6 * few  # four times the languages: ~4x (was ~16x)
