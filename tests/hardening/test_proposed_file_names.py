"""The file names the app proposes are safe on every system the bundle runs on.

The adviser's dossier and calendar proposed the candidate's whole name: 10,000 letters made a
name no file system takes (most allow 255 bytes). They are now made as the summary's exports
name theirs (screener.report.record.file_name_part).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from screener import paths
from screener.domain.profile import Profile
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.adviser import candidate_views
from screener.ui.profiles import profile_prompts

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
HOSTILE_NAMES = [
    'Ana <script>:"/\\|?*' + "A" * 10_000,
    "CON",
    "..",
    "  Zoë Ø’Brien. ",
    "\u202eevil\u202c",
]


def _proposed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    proposed: list[str] = []

    def ask(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
        proposed.append(suggested)
        return ""  # the user cancels

    monkeypatch.setattr(profile_prompts, "ask_save_file", ask)
    parent = QWidget()
    qtbot.addWidget(parent)
    vacancies = [e.vacancy for e in load_catalogue(paths.bundled_vacancies_dir(), None).vacancies]
    profile = Profile(name=name)
    on = dt.date(2024, 1, 1)  # every bundled vacancy still open
    candidate_views.save_dossier(parent, profile, vacancies, on)
    candidate_views.save_calendar(parent, profile, vacancies, on)
    return proposed


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_the_dossier_and_calendar_names_are_safe(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    proposed = _proposed(qtbot, monkeypatch, name)
    assert len(proposed) == 2
    for suggested in proposed:
        assert len(suggested) <= 80, suggested
        assert not WINDOWS_FORBIDDEN.search(suggested), suggested
        assert not suggested.startswith((".", "-", " ")), suggested
        assert "\u202e" not in suggested
        assert suggested.endswith(("-dossier.pdf", "-deadlines.ics"))
