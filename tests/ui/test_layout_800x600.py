"""At 800x600, in English and French, nothing is cut off: what cannot fit is elided with
its whole text as a tooltip."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QToolTip, QWidget
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.ui.catalogue_model import CatalogueModel
from screener.ui.language import apply_language
from screener.ui.main_window import MainWindow
from screener.ui.session import ScreeningSession
from screener.ui.sortable_table import is_elided
from screener.ui.wizard.wizard import ScreeningWizard

SIZE = (800, 600)


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    apply_language("en")


def cut_off(root: QWidget) -> list[str]:
    """Buttons and combo boxes on screen narrower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QComboBox):
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{text!r}: {widget.width()} < {widget.sizeHint().width()}")
    return found


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("reference", ["250717", "250939"])
def test_every_wizard_page_fits_800x600(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], lang: str, reference: str
) -> None:
    apply_language(lang)
    wizard = ScreeningWizard(ScreeningSession(vacancy(reference), Profile(), fixed_clock))
    qtbot.addWidget(wizard)
    wizard.resize(*SIZE)
    wizard.show()
    qtbot.waitExposed(wizard)
    while True:
        hint = wizard.minimumSizeHint()
        title = wizard.currentPage().title()
        assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1], title
        assert cut_off(wizard) == [], title
        if wizard.currentId() == wizard.summary_id:
            break
        wizard.next()
        qtbot.wait(10)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_main_window_at_800x600(
    qtbot: QtBot, make_window: Callable[[], MainWindow], lang: str
) -> None:
    apply_language(lang)
    window = make_window()
    window.resize(*SIZE)
    qtbot.waitUntil(lambda: window.width() == SIZE[0])
    assert cut_off(window) == []
    table = window.table
    # A title too long for its column: elided, and its whole text as a tooltip.
    index = table.model().index(0, CatalogueModel.COL_TITLE)
    title = str(index.data())
    assert is_elided(table, index, title)
    where = table.visualRect(index).center()
    QApplication.sendEvent(
        table.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, where, table.mapToGlobal(where))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == title
    QToolTip.hideText()
    # The reference is shown whole: no tooltip repeating it.
    index = table.model().index(0, CatalogueModel.COL_REFERENCE)
    assert not is_elided(table, index, str(index.data()))

    # The overview: every column's words fit, or are elided with a tooltip.
    window.profiles.tabs.setCurrentIndex(1)
    overview = window.profiles.overview
    qtbot.waitUntil(overview.isVisible)
    assert cut_off(window) == []
    model = overview.table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            if is_elided(overview.table, index, text):
                spot = overview.table.visualRect(index).center()
                assert spot.x() >= 0  # scrolled into view, or the check means nothing
                QApplication.sendEvent(
                    overview.table.viewport(),
                    QHelpEvent(
                        QHelpEvent.Type.ToolTip, spot, overview.table.mapToGlobal(QPoint(spot))
                    ),
                )
                tip = index.data(3) or QToolTip.text()  # the model's own, or the whole text
                assert text in tip or tip.startswith(text[:20]), (text, tip)
