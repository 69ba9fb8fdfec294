"""The Profile menu: new, open, my profile, save as, rename, delete, import, export, batch,
and deleting all of the user's data. Every question goes through profile_prompts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from screener import paths
from screener.persistence.errors import FileProblemError
from screener.persistence.profile_names import slug
from screener.ui.common.accessibility import status_news
from screener.ui.common.language import current_language
from screener.ui.common.problem_words import error_text
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.profiles.keeper_start import shown_profile_name
from screener.ui.profiles.profile_keeper import ProfileKeeper

if TYPE_CHECKING:
    from screener.domain.vacancy import Vacancy
    from screener.ui.adviser.batch_dialog import BatchDialog
    from screener.ui.window.host import MainWindowHost


class ProfileActions(QObject):
    def __init__(
        self,
        window: MainWindowHost,
        keeper: ProfileKeeper,
        vacancies: Callable[[], list[Vacancy]],
        clock: Callable[[], dt.datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.keeper = keeper
        self._vacancies = vacancies
        self._clock = clock
        self.batch_dialog: BatchDialog | None = None
        self.menu = menu = QMenu(window)
        # Second in the menu bar, after File.
        bar_actions = window.menuBar().actions()
        before = bar_actions[1] if len(bar_actions) > 1 else None  # None: at the end
        window.menuBar().insertMenu(before, menu)  # type: ignore[arg-type]

        def action(slot: Callable[[], None], shortcut: QKeySequence | None = None) -> QAction:
            item = QAction(window)
            if shortcut is not None:
                item.setShortcut(shortcut)
            item.triggered.connect(slot)
            menu.addAction(item)
            return item

        self.new_action = action(self.new_profile, QKeySequence(QKeySequence.StandardKey.New))
        self.open_action = action(self.open_profile, QKeySequence("Ctrl+Shift+O"))
        self.edit_action = action(self.edit_my_profile, QKeySequence("Ctrl+Shift+P"))
        menu.addSeparator()
        self.save_as_action = action(self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.rename_action = action(self.rename, QKeySequence("F2"))
        self.delete_action = action(self.delete)
        menu.addSeparator()
        self.import_action = action(self.import_file)
        self.export_action = action(self.export_file)
        menu.addSeparator()
        self.batch_action = action(self.batch, QKeySequence("Ctrl+B"))
        menu.addSeparator()
        self.delete_all_action = action(self.delete_all_data)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Profile"))
        for item, text, tip in (
            (self.new_action, self.tr("&New…"), self.tr("Start a new, empty profile")),
            (self.open_action, self.tr("&Open…"), self.tr("Open a profile saved earlier")),
            (self.edit_action, self.tr("&My profile…"),
             self.tr("Nationality, education, languages and driving licence, in one place")),
            (self.save_as_action, self.tr("Save &as…"),
             self.tr("Save a copy of this profile under another name")),
            (self.rename_action, self.tr("&Rename…"), self.tr("Give this profile another name")),
            (self.delete_action, self.tr("&Delete…"), self.tr("Delete this profile for good")),
            (self.import_action, self.tr("&Import profile file…"),
             self.tr("Add a profile file received from someone, or from another computer")),
            (self.export_action, self.tr("&Export profile file…"),
             self.tr("Save this profile as a file, to keep or to send")),
            (self.batch_action, self.tr("&Batch screening…"),
             self.tr("Screen a folder of profiles against every vacancy, to a spreadsheet")),
            (self.delete_all_action, self.tr("Delete a&ll my data…"),
             self.tr("Remove every profile and setting Screener has stored")),
        ):  # fmt: skip
            item.setText(text)
            item.setStatusTip(tip)

    # -- helpers ----------------------------------------------------------------------------

    def _problem(self, title: str, error: Exception) -> None:
        text = error_text(error) if isinstance(error, FileProblemError) else str(error)
        prompts.warn(self.window, title, text)

    def _done(self, text: str) -> None:
        # Said too: the focus goes back to the window, and the status bar is not read.
        status_news(self.window, text)

    def _name(self) -> str:
        return shown_profile_name(self.keeper.profile.name) or self.keeper.profile_id or ""

    # -- the actions ------------------------------------------------------------------------

    def new_profile(self) -> None:
        title = self.tr("New profile")
        name = prompts.ask_text(
            self.window, title, self.tr("Name of the new profile (for example the candidate's):")
        )
        if name is None:
            return
        try:
            self.keeper.new(name)
        except FileProblemError as exc:
            self._problem(title, exc)
            return
        self._done(self.tr("New profile: {name}.").format(name=name))

    def open_profile(self) -> None:
        from screener.ui.profiles import open_profile_dialog  # built when first asked for

        chosen = open_profile_dialog.choose_profile(
            self.window, self.keeper.store, self.keeper.profile_id
        )
        if chosen is None:
            return
        try:
            self.keeper.open(chosen)
        except FileProblemError as exc:
            self._problem(self.tr("Open profile"), exc)
            return
        self._done(self.tr("Profile opened: {name}.").format(name=self._name()))

    def edit_my_profile(self) -> None:
        edited = prompts.edit_my_profile(self.window, self.window.profile)
        if edited is not None:
            self.window.set_profile(edited)

    def save_as(self) -> None:
        title = self.tr("Save profile as")
        name = prompts.ask_text(
            self.window, title, self.tr("Name of the copy:"), self.tr("{name} (copy)").format(
                name=self._name()
            )
        )  # fmt: skip
        if name is None:
            return
        try:
            self.keeper.save_as(name)
        except FileProblemError as exc:
            self._problem(title, exc)
            return
        self._done(self.tr("Saved as {name}; you are now working on this copy.").format(name=name))

    def rename(self) -> None:
        title = self.tr("Rename profile")
        name = prompts.ask_text(self.window, title, self.tr("New name:"), self._name())
        if name is None or name == self.keeper.profile.name:
            return
        try:
            self.keeper.rename(name)
        except FileProblemError as exc:
            self._problem(title, exc)
            return
        self._done(self.tr("Profile renamed: {name}.").format(name=name))

    def delete(self) -> None:
        title = self.tr("Delete profile")
        where = self.keeper.path
        text = prompts.delete_question(self._name(), where)
        if not prompts.confirm(self.window, title, text, self.tr("Delete")):
            return
        try:
            self.keeper.delete()
        except FileProblemError as exc:
            self._problem(title, exc)
            return
        self._done(self.tr("Profile deleted. A new, empty profile was started."))

    def import_file(self) -> None:
        title = self.tr("Import profile file")
        chosen = prompts.ask_open_file(
            self.window, title, self.tr("Profile files (*.json);;All files (*)")
        )
        if not chosen:
            return
        try:
            self.keeper.import_file(Path(chosen))
        except FileProblemError as exc:
            self._problem(title, exc)
            return
        self._done(self.tr("Profile imported: {name}.").format(name=self._name()))

    def export_file(self) -> None:
        title = self.tr("Export profile file")
        chosen = prompts.ask_save_file(
            self.window,
            title,
            f"{slug(self._name())}.json",
            self.tr("Profile files (*.json)"),
        )
        target = prompts.save_target(self.window, title, chosen, (".json",)) if chosen else None
        if target is None:
            return
        try:
            self.keeper.export(target)
        except FileProblemError as exc:
            self._problem(title, exc)
            return
        self._done(self.tr("Profile exported to {file}.").format(file=chosen))

    def batch(self) -> None:
        from screener.ui.adviser.batch_dialog import BatchDialog

        self.keeper.flush()  # the current profile's file as it is now
        dialog = BatchDialog(
            self._vacancies(),
            self._clock().date(),
            self.keeper.store.folder,
            current_language(),
            self.window,
        )
        self.batch_dialog = dialog
        dialog.open()

    def delete_all_data(self) -> None:
        title = self.tr("Delete all my data")
        folder = paths.user_data_dir()
        try:
            count = len(self.keeper.store.files())
        except FileProblemError as exc:  # a folder that cannot be read cannot be emptied
            prompts.warn(self.window, title, error_text(exc))
            return
        text = self.tr(
            "This deletes for good, from the folder {folder}:\n"
            "• every profile ({count}), with all its answers, in {profiles}\n"
            "• Screener's settings (language, last profile, where a screening stopped)\n"
            "• the vacancy files you added, in {vacancies}\n"
            "• Screener's cache of checked vacancy files, in {cache}\n\n"
            "The vacancies that come with Screener are not affected. Files you exported or "
            "saved elsewhere are not touched. This cannot be undone."
        ).format(
            folder=folder,
            count=count,
            profiles=paths.profiles_dir(),
            vacancies=paths.user_vacancies_dir(),
            cache=paths.user_cache_dir(),
        )
        if not prompts.confirm(self.window, title, text, self.tr("Delete all my data")):
            return
        try:
            removed = self.keeper.delete_all_data()
        except OSError as exc:
            prompts.warn(
                self.window,
                title,
                self.tr("Not everything could be deleted from {folder}: {error}").format(
                    folder=folder, error=exc.strerror or exc
                ),
            )
            return
        prompts.inform(
            self.window,
            title,
            self.tr("Your data was deleted from {folder}.\n"
                    "Screener goes on with a new, empty profile.").format(folder=removed),
        )  # fmt: skip
