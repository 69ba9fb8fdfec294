"""The import review at 800x600, in English and French: every kind's settings fit the pane
beside the list, with no horizontal scroll bar and nothing cut at its right edge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot
from ui_steps import open_import_review

from screener.domain.criteria import CRITERION_KINDS
from screener.ui.common.language import apply_language


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_kinds_settings_fit_beside_the_list(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The pane asked for its widest requirement's room (the official languages), and the
    settings' labels sat beside their fields however narrow: at 800x600 each requirement
    had a horizontal scroll bar, its Kind box and words cut at the right."""
    apply_language(lang)
    try:
        dialog = open_import_review(qtbot, monkeypatch)
        dialog.resize(800, 600)
        dialog.tabs.setCurrentIndex(1)  # Requirements
        panel = dialog.requirements
        pane = next(a for a in panel.findChildren(QScrollArea) if a.widget() is panel.stack)
        editor = dialog.select_criterion("experience")
        assert editor is not None
        cut = []
        for kind in CRITERION_KINDS:
            editor.kind.set_value(kind)
            qtbot.waitUntil(editor.parameters.isVisible)
            # Laid out once the new settings are shown.
            qtbot.waitUntil(lambda: panel.stack.minimumSizeHint() == editor.minimumSizeHint())
            if panel.stack.minimumSizeHint().width() > pane.viewport().width():
                cut.append(f"{kind}: {panel.stack.minimumSizeHint().width()} px")
        assert cut == []
        dialog.close()
        dialog.deleteLater()  # before the language changes back
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        apply_language("en")
