"""At 800x600, in English and French, nothing is cut off: what cannot fit is elided with
its whole text as a tooltip."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QScrollArea,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.ui.catalogue.catalogue_model import CatalogueModel
from screener.ui.common.language import apply_language
from screener.ui.common.sortable_table import is_elided
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window.main_window import MainWindow
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
    wizard.show()
    qtbot.waitExposed(wizard)
    # It opens within the screen (offscreen: 800x600), frame included.
    assert wizard.screen().availableGeometry().contains(wizard.frameGeometry())
    wizard.resize(*SIZE)
    while True:
        hint = wizard.minimumSizeHint()
        title = wizard.currentPage().title()
        assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1], title
        assert cut_off(wizard) == [], title
        if wizard.currentId() == wizard.summary_id:
            break
        wizard.next()
        qtbot.wait(10)


def scrolled_sideways(root: QWidget) -> list[str]:
    """Pages whose content is wider than their window: read by scrolling sideways."""
    return [
        f"{area.widget().minimumSizeHint().width()} > {area.viewport().width()}"
        for area in root.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """Text half as large again (a 16 pt font where 9 pt is usual; QT_FONT_DPI=144)."""
    previous = qapp.font()
    larger = QFont(previous)
    larger.setPointSizeF(previous.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield
    qapp.setFont(previous)


@pytest.mark.parametrize(("lang", "reference"), [("fr", "250717"), ("en", "241436")])
def test_every_wizard_page_reflows_in_large_text_at_800x600(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], large_text: None, lang: str, reference: str
) -> None:
    """A yes/no question kept on one line pushed Yes, No and Not sure off to the right, to
    be scrolled to sideways (the fitness and firearms page, the certifications)."""
    apply_language(lang)
    wizard = ScreeningWizard(ScreeningSession(vacancy(reference), Profile(), fixed_clock))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.resize(800, 560)
    qtbot.waitExposed(wizard)
    while wizard.currentId() != wizard.summary_id:
        qtbot.wait(10)
        title = wizard.currentPage().title()
        assert scrolled_sideways(wizard) == [], title
        assert cut_off(wizard) == [], title
        wizard.next()


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


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_my_profile_fits_800x600(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    """The language level boxes there too: every level's name shown whole."""
    from screener.ui.profiles.my_profile_dialog import MyProfileDialog

    apply_language(lang)
    dialog = MyProfileDialog(Profile(languages={"en": "V"}, mother_tongues=["fr"]), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # No larger than the screen, frame included (placing it is the window system's job).
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    assert dialog.frameGeometry().height() <= screen.height()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1]
    assert cut_off(dialog) == []
    # Each language's label begins with a capital, as the wizard's ("Anglais :", not
    # "anglais :"), in French too.
    labels = [picker.label.text() for picker in dialog.languages.pickers.values()]
    assert (
        labels == {"en": ["English:", "French:"], "fr": ["Anglais\u00a0:", "Français\u00a0:"]}[lang]
    )
    dialog.close()


def test_windows_open_within_an_800x600_screen(
    qtbot: QtBot,
    vacancy: Callable[[str], Vacancy],
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The wizard (960x640), My profile (640x620) and the main window (1200x800) on a small
    screen: each opens no larger than it, its frame allowed for."""
    from PySide6.QtCore import QRect

    from screener.ui.profiles.my_profile_dialog import MyProfileDialog
    from screener.ui.window import window_placement

    screen = QRect(0, 0, *SIZE)
    monkeypatch.setattr(window_placement, "_available", lambda _window: screen)
    wizard = ScreeningWizard(ScreeningSession(vacancy("250939"), Profile(), fixed_clock))
    dialog = MyProfileDialog(Profile(), window)
    window_placement.fit_to_screen(window)
    # Not shown yet: room left for a title bar, as the style measures one.
    for unshown in (wizard, dialog):
        qtbot.addWidget(unshown)
        assert unshown.width() < SIZE[0] and unshown.height() < SIZE[1] - 16
    assert wizard.width() > 700  # as large as fits, not tiny
    # Shown (the fixture's window): its real frame is measured and fits.
    frame = window.frameGeometry()
    assert frame.width() <= SIZE[0] and frame.height() <= SIZE[1]
    assert window.width() > 700


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_my_profile_opens_wide_enough_for_large_text(
    qtbot: QtBot, window: MainWindow, large_text: None, lang: str
) -> None:
    """Opened at its usual width, with text half as large again, its rows were cut at the
    right and read by scrolling sideways."""
    from screener.ui.profiles.my_profile_dialog import MyProfileDialog

    apply_language(lang)
    profile = Profile(languages={"en": "V", "ru": "II"}, slp={"en": "3333"})
    dialog = MyProfileDialog(profile, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.frameGeometry().width() <= dialog.screen().availableGeometry().width()
    qtbot.waitUntil(lambda: scrolled_sideways(dialog) == [])  # once its layout has settled
    dialog.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_welcome_reflows_at_800x600_at_150_percent(
    qtbot: QtBot, make_window: Callable[[], MainWindow], lang: str
) -> None:
    """800x600 at 150 % leaves 533x400 (QT_SCALE_FACTOR=1.5). The welcome's two buttons
    side by side were its pane's least width: its paragraphs were wrapped wider than the
    pane and cut at its right. They go one under the other when the row has no room."""
    apply_language(lang)
    window = make_window()
    window.resize(533, 380)
    welcome = window.help.welcome
    qtbot.waitUntil(lambda: welcome.isVisible() and window.width() == 533)
    qtbot.waitUntil(lambda: scrolled_sideways(window) == [])
    assert welcome.close_button.y() > welcome.import_button.y()  # one under the other
