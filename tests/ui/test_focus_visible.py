"""The keyboard focus can be seen: radio buttons, table cells, buttons and text boxes get a
solid frame."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from screener.ui import app as app_module
from screener.ui.common.focus_style import FocusStyle, install_focus_style


@pytest.fixture
def focus_style(qapp: QApplication) -> Iterator[None]:
    previous = qapp.style().name()
    install_focus_style(qapp)
    yield
    qapp.setStyle(previous)


def pixels(widget: QWidget, role: QPalette.ColorRole = QPalette.ColorRole.Highlight) -> int:
    """How many pixels of the widget are in this colour of its palette."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    color = widget.palette().color(QPalette.ColorGroup.Active, role)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)) == color
    )


def test_a_focused_radio_button_is_framed(qtbot: QtBot, focus_style: None) -> None:
    group = QWidget()
    layout = QHBoxLayout(group)
    yes, no = QRadioButton("Yes"), QRadioButton("No")
    layout.addWidget(yes)
    layout.addWidget(no)
    qtbot.addWidget(group)
    group.show()
    qtbot.waitExposed(group)
    group.activateWindow()
    yes.setFocus()
    qtbot.waitUntil(yes.hasFocus)
    # A frame all round the label: at least its two long sides.
    assert pixels(yes) >= 2 * 2 * yes.fontMetrics().horizontalAdvance("Yes")
    assert pixels(no) == 0


def test_the_current_table_cell_is_framed(qtbot: QtBot, focus_style: None) -> None:
    model = QStandardItemModel(3, 2)
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    table.selectionModel().setCurrentIndex(
        model.index(1, 1), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    assert pixels(table.viewport()) == 0
    table.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    cell = table.visualRect(model.index(1, 1))
    frame = 2 * (cell.width() + cell.height())
    assert pixels(table.viewport()) >= frame
    # Selected, the cell is filled with the highlight: the frame is in the text's colour.
    table.selectionModel().select(model.index(1, 1), QItemSelectionModel.SelectionFlag.Select)
    assert pixels(table.viewport(), QPalette.ColorRole.HighlightedText) >= frame


def test_the_app_starts_with_the_focus_style(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = qapp.style().name()
    seen: list[object] = []
    monkeypatch.setattr(app_module, "exec_event_loop", lambda app: seen.append(app.style()) or 0)
    try:
        assert app_module.run_gui([]) == 0
    finally:
        for widget in qapp.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        qapp.setStyle(previous)
    assert isinstance(seen[0], FocusStyle)


def _focused_and_not(qtbot: QtBot, first: QWidget, second: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    return holder  # the caller keeps it, or Python deletes the widgets


def _frame_pixels(widget: QWidget) -> int:
    return 2 * (widget.width() + widget.height()) - 8


def test_a_focused_button_is_framed_and_the_default_one_is_not(
    qtbot: QtBot, focus_style: None
) -> None:
    """Fusion marks the focused button and the default one with the same faint outline: a
    keyboard user could not tell where Tab had gone among a dialog's buttons."""
    focused, default = QPushButton("Change"), QPushButton("See my result")
    default.setDefault(True)
    _holder = _focused_and_not(qtbot, focused, default)
    assert pixels(focused) >= _frame_pixels(focused)
    assert pixels(default) < _frame_pixels(default) // 2


@pytest.mark.parametrize(
    "make", [QLineEdit, QSpinBox, QPlainTextEdit], ids=["line edit", "spin box", "text area"]
)
def test_a_focused_text_box_is_framed(qtbot: QtBot, focus_style: None, make: type[QWidget]) -> None:
    focused, other = make(), make()
    _holder = _focused_and_not(qtbot, focused, other)
    assert pixels(focused) >= _frame_pixels(focused)
    assert pixels(other) == 0
