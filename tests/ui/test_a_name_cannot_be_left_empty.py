"""A profile's new name: OK cannot be pressed while the name is empty (it used to close the
dialog as if cancelled, without a word)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from screener.ui.profiles import profile_prompts


def _ok_button(dialog: QInputDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def _open_dialog() -> tuple[QInputDialog, QLineEdit]:
    """The text dialog on screen and its text box."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog)
    field = dialog.findChild(QLineEdit)
    assert field is not None
    return dialog, field


def test_ok_is_greyed_out_while_the_name_is_empty(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []

    def act() -> None:
        dialog, field = _open_dialog()
        seen.append(_ok_button(dialog).isEnabled())  # "Maria" to begin with
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        seen.append(_ok_button(dialog).isEnabled())
        qtbot.keyClicks(field, "   ")
        seen.append(_ok_button(dialog).isEnabled())
        qtbot.keyClicks(field, "Maria B.")
        seen.append(_ok_button(dialog).isEnabled())
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)
    name = profile_prompts.ask_text(parent, "Rename profile", "New name:", "Maria")
    assert seen == [True, False, False, True]
    assert name == "Maria B."


def test_a_text_that_may_be_cleared_keeps_ok(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []

    def act() -> None:
        dialog, field = _open_dialog()
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        seen.append(_ok_button(dialog).isEnabled())
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)
    value = profile_prompts.ask_text(parent, "Note", "Note:", "x", allow_empty=True)
    assert seen == [True]
    assert value == ""


def test_an_empty_name_to_begin_with_cannot_be_confirmed_with_enter(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []

    def act() -> None:
        dialog, field = _open_dialog()
        seen.append(_ok_button(dialog).isEnabled())
        qtbot.keyClick(field, Qt.Key.Key_Return)  # nothing to confirm: the dialog stays
        seen.append(dialog.isVisible())
        qtbot.keyClicks(field, "Candidate 12")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    # After the dialog's own first look at its text.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, act))
    name = profile_prompts.ask_text(parent, "New profile", "Name:", "")
    assert seen == [False, True]
    assert name == "Candidate 12"
