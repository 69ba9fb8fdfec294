"""The vacancy tables by keyboard: sorted from View > Sort by or the context menu, filtered,
and entered with Down from their search box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard

from screener.ui.catalogue.catalogue_model import CatalogueModel
from screener.ui.catalogue.overview_model import OverviewModel
from screener.ui.common.sortable_table import with_access_key
from screener.ui.window.main_window import MainWindow


def shown(window: MainWindow, column: int) -> list[str]:
    proxy = window.proxy
    return [str(proxy.data(proxy.index(row, column))) for row in range(proxy.rowCount())]


def popup(qtbot: QtBot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def choose(qtbot: QtBot, menu: QMenu, text: str) -> None:
    """Down through the menu until the item reads `text`, then Enter."""
    for _ in range(len(menu.actions()) + 1):
        active = menu.activeAction()
        if active is not None and active.text() == text:
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in {[a.text() for a in menu.actions()]}")


def test_sort_the_catalogue_from_the_view_menu(window: MainWindow, qtbot: QtBot) -> None:
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.alt(Qt.Key.Key_W)  # Vie&w
    view = popup(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_S)  # &Sort by
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not view)
    sort = popup(qtbot)
    assert [a.text() for a in sort.actions()] == [
        "&Reference",
        "&Title",
        "&Grade",
        "&Deadline",
        "&Status",
    ]
    qtbot.keyClick(sort, Qt.Key.Key_R)  # each column by its access key
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    references = shown(window, CatalogueModel.COL_REFERENCE)
    assert references == sorted(references)
    # Said, not only drawn as the header's arrow: the focus stays where it was.
    bar = window.statusBar()
    assert bar.currentMessage() == "Sorted by Reference, ascending."
    assert bar.accessibleDescription() == "Sorted by Reference, ascending."

    # The same column again: the order is reversed, and the menu says which it is.
    kb.alt(Qt.Key.Key_W)
    view = popup(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not view)
    sort = popup(qtbot)
    assert sort.actions()[0].text() == "&Reference (ascending)"
    assert sort.actions()[0].isChecked()
    choose(qtbot, sort, "&Reference (ascending)")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert shown(window, CatalogueModel.COL_REFERENCE) == sorted(references, reverse=True)
    assert bar.currentMessage() == "Sorted by Reference, descending."


def test_sort_from_the_tables_context_menu(window: MainWindow, qtbot: QtBot) -> None:
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.tab_until(lambda w: w is window.table)
    # What Qt makes of the Menu key from the window system; offscreen, keys sent by the test
    # do not go through that translation.
    viewport = window.table.viewport()
    where = window.table.visualRect(window.table.currentIndex()).center()
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, viewport.mapToGlobal(where)),
    )
    menu = popup(qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_S)  # &Sort by
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not menu)
    sort = popup(qtbot)
    choose(qtbot, sort, "&Deadline")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == CatalogueModel.COL_DEADLINE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_shift_f10_opens_the_tables_menu_at_its_current_row(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Qt turns Shift+F10 into a context menu on Windows only; the table does it everywhere.
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.tab_until(lambda w: w is window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = popup(qtbot)
    row = window.table.visualRect(window.table.currentIndex())
    inside = window.table.viewport().mapFromGlobal(menu.pos())
    assert row.top() <= inside.y() <= row.bottom()
    qtbot.keyClick(menu, Qt.Key.Key_S)  # &Sort by
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not menu)
    sort = popup(qtbot)
    choose(qtbot, sort, "&Grade")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.table.horizontalHeader().sortIndicatorSection() == CatalogueModel.COL_GRADE


def test_down_from_the_search_box_enters_the_list(window: MainWindow, qtbot: QtBot) -> None:
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.type("police")
    kb.press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    assert window.table.currentIndex().isValid()
    # Ctrl+F (View > Find…) goes back to the search box, its words selected.
    kb.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    assert window.search.selectedText() == "police"


def test_the_overview_filtered_and_sorted_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    overview = window.profiles.overview
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    kb.alt(Qt.Key.Key_A)  # the "&All at a glance" tab
    qtbot.waitUntil(overview.isVisible)
    kb.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # View > Find…
    assert QApplication.focusWidget() is overview.find_edit
    kb.type("250717")
    assert overview.shown_references() == ["250717"]
    assert overview.counts.text().startswith("Shown: 1 of ")
    kb.press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is overview.table
    kb.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    kb.press(Qt.Key.Key_Backspace)  # the words were selected: cleared
    assert len(overview.shown_references()) > 1

    kb.alt(Qt.Key.Key_W)
    view = popup(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not view)
    sort = popup(qtbot)
    names = [a.text() for a in sort.actions()]
    assert names[0] == "&Reference" and "R&esult (ascending)" in names  # sorted by result
    choose(qtbot, sort, "&Reference")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    header = overview.table.horizontalHeader()
    assert header.sortIndicatorSection() == OverviewModel.COL_REFERENCE
    references = overview.shown_references()
    assert references == sorted(references)


def test_menu_items_get_the_first_free_letter_as_access_key() -> None:
    taken: set[str] = set()
    names = ["Deadline", "Date", "R&D", "ddd"]
    assert [with_access_key(name, taken) for name in names] == [
        "&Deadline",
        "D&ate",
        "&R&&D",
        "ddd",  # no letter left: no access key
    ]


def test_a_narrow_window_keeps_room_for_the_titles(window: MainWindow, qtbot: QtBot) -> None:
    """In a narrow window the other columns give up room (their words cut, shown whole as a
    tooltip) so the titles keep a quarter of the table; a wide one fits every column."""
    header = window.table.horizontalHeader()
    viewport = window.table.viewport()
    window.resize(640, 600)
    qtbot.waitUntil(lambda: viewport.width() < 420)
    title = CatalogueModel.COL_TITLE
    qtbot.waitUntil(lambda: header.sectionSize(title) >= viewport.width() // 4 - 2)
    for column in range(header.count()):
        assert header.sectionSize(column) >= 20, column  # every column still shows
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: viewport.width() > 900)
    fitted = QHeaderView.ResizeMode.ResizeToContents
    assert all(header.sectionResizeMode(c) == fitted for c in range(header.count()) if c != title)


def _wanted(window: MainWindow) -> int:
    """What the columns other than the title want, in the current language."""
    table, header = window.table, window.table.horizontalHeader()
    return sum(
        max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
        for c in range(header.count())
        if c != CatalogueModel.COL_TITLE
    )


def test_the_titles_keep_their_room_after_a_language_change(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The columns' widths are measured again when their words change: French status words
    are longer, and a window just wide enough for the English ones must narrow them."""
    viewport, header = window.table.viewport(), window.table.horizontalHeader()
    english = _wanted(window)
    window.language_menu.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
    try:
        french = _wanted(window)
        assert french > english  # else this window would prove nothing
        window.language_menu.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
        # Wide enough for the English columns and a quarter for the titles, not the French.
        target = (english + french) * 2 // 3
        for _ in range(6):  # the table has a share of the window's width (the splitter's)
            if abs(viewport.width() - target) <= 4:
                break
            window.resize(window.width() + (target - viewport.width()) * 5 // 3, 700)
            qtbot.wait(20)
        assert english <= viewport.width() * 3 // 4 < french
        fitted = QHeaderView.ResizeMode.ResizeToContents
        qtbot.waitUntil(lambda: header.sectionResizeMode(0) == fitted)
        window.language_menu.language_actions["fr"].trigger()
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
        title = CatalogueModel.COL_TITLE
        qtbot.waitUntil(lambda: header.sectionSize(title) >= viewport.width() // 4 - 2)
    finally:
        window.language_menu.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_the_list_and_the_details_are_widened_from_the_view_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The divider between them takes no focus: View > Widen the list / the details move it."""
    window.resize(800, 600)
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is window.search)
    title_before = window.table.columnWidth(CatalogueModel.COL_TITLE)
    list_before, details_before = window.splitter.sizes()
    for _ in range(2):
        kb.alt(Qt.Key.Key_W)  # Vie&w
        qtbot.keyClick(popup(qtbot), Qt.Key.Key_L)  # Widen the &list
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    list_wide, details_narrow = window.splitter.sizes()
    assert list_wide > list_before and details_narrow < details_before
    qtbot.waitUntil(lambda: window.table.columnWidth(CatalogueModel.COL_TITLE) > title_before)
    for _ in range(30):  # as far as the details' least width allows, never hidden
        kb.alt(Qt.Key.Key_W)
        qtbot.keyClick(popup(qtbot), Qt.Key.Key_L)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    details_least = window.splitter.sizes()[1]
    assert details_least >= window.splitter.widget(1).minimumSizeHint().width() > 0
    kb.alt(Qt.Key.Key_W)
    qtbot.keyClick(popup(qtbot), Qt.Key.Key_D)  # Widen the &details
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.splitter.sizes()[1] > details_least
    assert kb.focus() is window.search  # the focus stays where the reader was
