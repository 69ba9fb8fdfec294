"""The main window's Help menu and first-run welcome.

Kept out of main_window.py like the profile features: the window builds this once its
menus exist, and it shows the welcome in place of the vacancy details until a vacancy is
chosen (or the welcome is closed, which is remembered).
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedWidget

from screener.persistence.settings import load_settings, save_settings
from screener.ui.common.scrolled import scrolled_page
from screener.ui.window.welcome_panel import WelcomePanel, menu_path, plain

if TYPE_CHECKING:
    from screener.ui.window.about_dialog import AboutDialog
    from screener.ui.window.host import MainWindowHost
    from screener.ui.window.shortcuts_dialog import ShortcutsDialog


class HelpFeatures(QObject):
    def __init__(self, window: MainWindowHost, stack: QStackedWidget) -> None:
        super().__init__(window)
        self.window = window
        self.stack = stack
        self.menu = QMenu(window)
        window.menuBar().addMenu(self.menu)
        self.welcome_action = QAction(window)
        self.welcome_action.triggered.connect(self.show_welcome)
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.shortcuts_action.shortcut().isEmpty():
            self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.welcome_action, self.shortcuts_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)

        self.welcome = WelcomePanel()
        self.welcome.importRequested.connect(window.imports.import_notice)
        self.welcome.closeRequested.connect(self.close_welcome)
        # Scrolled: at twice the text size its paragraphs were cut off mid-line.
        self.welcome_page = scrolled_page(self.welcome)
        stack.addWidget(self.welcome_page)
        self.dialog: AboutDialog | ShortcutsDialog | None = None
        if not load_settings().welcome_dismissed:
            stack.setCurrentWidget(self.welcome_page)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.welcome_action.setText(self.tr("&Welcome"))
        self.welcome_action.setStatusTip(
            self.tr("What Screener does, and how to screen a current vacancy")
        )
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.setStatusTip(self.tr("Every shortcut of the menus"))
        self.about_action.setText(self.tr("&About Screener"))
        self.about_action.setStatusTip(self.tr("Version, licence and where your data is kept"))
        window = self.window
        self.welcome.set_references(
            menu_path(window.file_menu.title(), window.import_action),
            plain(window.check_button.text()),
            menu_path(self.menu.title(), self.welcome_action),
        )

    # -- the welcome ------------------------------------------------------------------------

    def welcome_shown(self) -> bool:
        return self.stack.currentWidget() is self.welcome_page

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome_page)
        self.welcome.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def vacancy_chosen(self) -> None:
        """The user moved to a vacancy: its details take the welcome's place, this time."""
        self.stack.setCurrentIndex(0)

    def close_welcome(self) -> None:
        """Closed for good: not shown at the next start (Help > Welcome brings it back)."""
        self.stack.setCurrentIndex(0)
        settings = load_settings()
        settings.welcome_dismissed = True
        # A welcome that comes back next time is no reason to bother the user.
        with suppress(OSError):
            save_settings(settings)
        self.window.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- dialogs ----------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        # Imported on first use, not at start.
        from screener.ui.window.shortcuts_dialog import ShortcutsDialog

        self._open(ShortcutsDialog(self.window.menuBar(), self.window))

    def show_about(self) -> None:
        from screener.ui.window.about_dialog import AboutDialog  # on first use

        self._open(AboutDialog(self.window))

    def _open(self, dialog: AboutDialog | ShortcutsDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None
