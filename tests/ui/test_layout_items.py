"""Windows leave no layout items in Python's hands.

PySide6 wraps in Python the items of a layout put into another once it already holds some.
Once the window was deleted, a garbage collection freed those items a second time: the app
crashed some time after the import review was closed (in the tests, at a later test).
"""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QSpacerItem, QWidgetItem
from pytestqt.qtbot import QtBot
from ui_steps import open_import_review


def _wrapped_items() -> int:
    return sum(1 for thing in gc.get_objects() if isinstance(thing, QWidgetItem | QSpacerItem))


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
    assert _wrapped_items() == before
