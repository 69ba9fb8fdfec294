"""File > Paste the notice text… with a clipboard holding one enormous run of letters.

Qt lays out a word in time growing with the square of its length: a pasted 1 MB run (a data
URL, base64, a minified page) kept the app frozen for 76 s, then 28 s at every key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from screener.ui.importing.import_paste_dialog import ImportPasteDialog
from tests.hardening.hardening_support import time_limit


def _pasted(qtbot: QtBot, text: str) -> ImportPasteDialog:
    dialog = ImportPasteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.clipboard().setText(text)
    with time_limit(60):
        qtbot.keyClick(dialog.box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.box, Qt.Key.Key_Period)
        qtbot.wait(1)
    return dialog


def test_a_megabyte_without_a_space_is_wrapped_anywhere(qtbot: QtBot) -> None:
    run = "Q" * 1_000_000
    dialog = _pasted(qtbot, f"Vacancy notice\n{run}\n")
    assert dialog.box.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert dialog.text() == f"Vacancy notice\n{run}\n."
    assert dialog.import_button.isEnabled()


def test_a_notice_keeps_its_words_whole(qtbot: QtBot) -> None:
    dialog = _pasted(qtbot, "Vacancy notice\nhave at least 4 years' experience\n" * 50)
    assert dialog.box.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
