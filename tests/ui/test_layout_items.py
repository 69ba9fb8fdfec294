"""Windows leave no layout items in Python's hands (see ui/common/nested_layout.py).

PySide6 wraps in Python the items of a layout put into another once it already holds some.
Once the window was deleted, a garbage collection freed those items a second time: the app
crashed some time after the import review was closed (in the tests, at a later test).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSpacerItem, QWidget, QWidgetItem
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken
from ui_clock import NOW, fixed_clock
from ui_steps import open_import_review
from vacancy_builders import meeting_profile

from screener.domain.vacancy import Vacancy
from screener.ui.adviser.batch_dialog import BatchDialog
from screener.ui.common.error_dialog import ErrorDialog
from screener.ui.importing.import_paste_dialog import ImportPasteDialog
from screener.ui.importing.new_requirement_dialog import NewRequirementDialog
from screener.ui.profiles.my_profile_dialog import MyProfileDialog
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.wizard import ScreeningWizard


def _wrapped_items() -> set[int]:
    """The layout items Python holds now. Compared as sets: earlier tests' windows may leave
    some (other windows still nest filled layouts), freed at any garbage collection.
    Shiboken's list of the Python wrappers of live Qt objects holds them all: looking through
    every object Python holds (gc.get_objects) found the same, in seconds once earlier tests
    had filled the heap."""
    wrappers = Shiboken.getAllValidWrappers()
    return {id(thing) for thing in wrappers if isinstance(thing, QWidgetItem | QSpacerItem)}


def test_the_import_review_leaves_no_layout_items_to_python(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _wrapped_items()
    dialog = open_import_review(qtbot, monkeypatch)
    dialog.tabs.setCurrentIndex(1)  # Requirements: every requirement's editor is built
    editor = dialog.select_criterion("experience")
    assert editor is not None
    editor.kind.set_value("statement")  # its settings rebuilt, twice
    editor.kind.set_value("experience")
    assert _wrapped_items() - before == set()


def test_the_profile_and_adviser_dialogs_leave_no_layout_items_to_python(
    qtbot: QtBot, window: MainWindow, vacancy: Callable[[str], Vacancy]
) -> None:
    makers: list[Callable[[], QWidget]] = [
        lambda: MyProfileDialog(meeting_profile(vacancy("250411")), window),
        lambda: NewRequirementDialog(window),
        lambda: BatchDialog([vacancy("250939")], NOW.date(), Path.home(), "en", window),
        lambda: ImportPasteDialog(window),
        lambda: ErrorDialog("Something went wrong", "details", window),
    ]
    before = _wrapped_items()
    for make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()  # Tab through the buttons as laid out: set when shown
        qtbot.waitExposed(dialog)
    assert _wrapped_items() - before == set()


def test_the_main_window_and_the_wizard_leave_no_layout_items_to_python(
    qtbot: QtBot, make_window: Callable[[], MainWindow], vacancy: Callable[[str], Vacancy]
) -> None:
    """The wizard's pages, and the facts from the profile rebuilt as the pages go by."""
    before = _wrapped_items()
    make_window()
    known = meeting_profile(vacancy("250939"))
    for reference in ("250939", "250411"):
        wizard = ScreeningWizard(ScreeningSession(vacancy(reference), known, fixed_clock))
        qtbot.addWidget(wizard)
        wizard.show()
        while wizard.currentId() != wizard.check_id:
            wizard.next()
    assert _wrapped_items() - before == set()
