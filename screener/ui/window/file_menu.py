"""The main window's File menu: open vacancy files, import a notice, paste one, quit."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.show_and_focus import show_and_focus
from screener.ui.importing.import_actions import NoticeImports

if TYPE_CHECKING:
    from pathlib import Path

    from screener.ui.window.host import MainWindowHost


class FileMenu(RetranslatesOnLanguageChange, QMenu):
    def __init__(self, window: MainWindowHost) -> None:
        super().__init__(window)
        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(window.open_files)
        self.addAction(self.open_action)
        # Import notice… and Paste the notice text…: their actions and the reading off the
        # UI thread live with the import.
        self.imports = NoticeImports(
            window,
            self,
            partial(_show_saved, window),
            window.table.setFocus,
        )
        self.import_action = self.imports.import_action
        self.paste_notice_action = self.imports.paste_notice_action
        self.quit_action = QAction(window)
        # StandardKey.Quit is empty on some platforms (Windows, offscreen): say it outright.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(window.close)
        self.addSeparator()
        self.addAction(self.quit_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open vacancy file…"))
        self.imports.retranslate()
        self.quit_action.setText(self.tr("&Quit"))


def _show_saved(window: MainWindowHost, path: Path) -> None:
    """The saved draft, selected in the catalogue, which comes forward if the overview was
    shown: the draft was selected behind it, and Enter did not open its screening."""
    window.load_files([path])
    show_and_focus(window.table)
