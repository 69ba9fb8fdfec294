"""The main window's File menu: open vacancy files, import a notice, paste one, quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from screener.ui.language import RetranslatesOnLanguageChange

if TYPE_CHECKING:
    from screener.ui.main_window import MainWindow


class FileMenu(RetranslatesOnLanguageChange, QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(window.open_files)
        self.import_action = QAction(window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(window.import_notice)
        self.paste_notice_action = QAction(window)
        self.paste_notice_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.paste_notice_action.triggered.connect(window.paste_notice)
        self.quit_action = QAction(window)
        # StandardKey.Quit is empty on some platforms (Windows, offscreen): say it outright.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(window.close)
        for action in (self.open_action, self.import_action, self.paste_notice_action):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.quit_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open vacancy file…"))
        self.import_action.setText(self.tr("&Import notice…"))
        self.import_action.setStatusTip(
            self.tr("Make a draft vacancy from a NATO vacancy notice (.txt, .md, .html or .pdf)")
        )
        self.paste_notice_action.setText(self.tr("&Paste the notice text…"))
        self.paste_notice_action.setStatusTip(
            self.tr("Make a draft vacancy from a notice's text copied from a web page")
        )
        self.quit_action.setText(self.tr("&Quit"))
