"""Fourth walk, the catalogue's details: what Tab reaches must say what the labels show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener.ui.common.accessibility import announce
from screener.ui.common.language import apply_language
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.window.main_window import MainWindow


def test_the_requirements_box_says_the_facts_and_the_notices_warning(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Down the catalogue, then Tab: the box of requirements was all a screen reader
    reached of the details. The location, salary, clearance and 250717's warning about its
    own language levels were labels it never heard."""
    apply_language("fr")
    try:
        QApplication.processEvents()  # the window's LanguageChange
        kb = Keyboard(qtbot)
        kb.wait_focus(lambda w: w is window.search)
        kb.type("250717")
        kb.press(Qt.Key.Key_Down)
        box = kb.tab_until(lambda w: isinstance(w, QPlainTextEdit) and w.isReadOnly())
        said = box.accessibleDescription()
        assert box.accessibleName() == "Exigences"
        assert "Lieu d'affectation\u00a0: Belgique-Bruxelles." in said
        assert "Habilitation de sécurité\u00a0: NATO SECRET." in said
        assert "La version anglaise de l'avis demande le niveau I" in said
        assert "Référence" not in said  # the row already says it
    finally:
        apply_language("en")


def test_news_is_asked_to_be_said_as_an_announcement(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message said away from the focus is sent as Qt's announcement too, the request
    screen readers take as "say this"; an alert alone is read only by those that look for
    one."""
    announced: list[str] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            announced.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    label = PlainTextLabel()
    qtbot.addWidget(label)
    announce(label, "Files loaded: 1.")
    assert announced == ["Files loaded: 1."]
    assert label.accessibleDescription() == "Files loaded: 1."
