"""The current profile on disk: which one it is, autosave, and where a screening stopped.

Answers are saved as they are given: a change starts a short timer, and the profile is
written (atomically, by ProfileStore) when it fires, or at once when something calls
flush() (a wizard page change, closing the window, quitting). A crash loses at most the
answer being typed. A fresh profile gets its file on its first answer, so starting the app
and leaving leaves nothing behind.

Settings are re-read before each change and only our own keys are touched: other parts of
the app (the interface language) keep theirs.

A save that fails (full disk, read-only folder) keeps the answers in memory and is tried
again every few seconds. A file changed by someone else since this window read or wrote it
(a second window on the same profile) is never overwritten silently: the save stops and
changedElsewhere lets the window ask the user which version to keep.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from screener.persistence import profile_lock
from screener.persistence.atomic import write_atomic
from screener.persistence.data_reset import delete_all_data
from screener.persistence.errors import FileProblemError, os_reason
from screener.persistence.profile_store import profile_bytes
from screener.persistence.settings import load_settings, save_settings
from screener.translatable import QT_TRANSLATE_NOOP
from screener.ui.common.problem_words import error_text, value_text
from screener.ui.profiles.keeper_start import KeeperStart, default_name, fresh_profile

if TYPE_CHECKING:
    from screener.domain.profile import Profile
    from screener.persistence.profile_store import ProfileStore

AUTOSAVE_MS = 300
# After a failed save: try again this often while answers are waiting to be written.
RETRY_MS = 5000


class ProfileKeeper(KeeperStart):
    # The current profile was replaced here, not by an answer: a different one (new, opened,
    # imported, reset) or the same one renamed. The window adopts it.
    profileReplaced = Signal(object)
    # A save failed: the message says which file and why. The answers stay in memory.
    saveFailed = Signal(str)
    # Saving works again after failing (or after a conflict was settled).
    saveRecovered = Signal()
    # The profile's file was changed by another window or program since this one read or
    # wrote it; nothing is written until the user chooses (keep_mine, take_theirs, save_as).
    changedElsewhere = Signal()
    # The profile just opened is open in another Screener process too (its id).
    openElsewhere = Signal(int)
    # "Delete all my data" removed the user's data folder (the Path), vacancy files included.
    dataDeleted = Signal(object)

    def __init__(self, store: ProfileStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(store, parent)
        self.last_error: FileProblemError | None = None
        self._dirty = False
        self.conflict = False
        self.failing = False
        # The profile file this process has said it holds open (profile_lock.py).
        self._locked: Path | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
            app.aboutToQuit.connect(self.release_lock)

    # -- saving -----------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return None if self.profile_id is None else self.store.path_of(self.profile_id)

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def changed(self, profile: Profile) -> None:
        """The user changed an answer: save soon."""
        if profile == self.profile and not self._dirty:
            return
        self.profile = profile
        self._dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Write pending changes now; False (and saveFailed or changedElsewhere) if they
        could not be written. A failure is tried again in RETRY_MS."""
        self._timer.stop()
        self._retry.stop()
        self.last_error = None
        if not self._dirty:
            return True
        first_save = self.profile_id is None
        profile_id = self.profile_id or self.store.unique_id(self.profile.name or default_name())
        try:
            if not first_save and not self.conflict:
                # Gone is not changed: a stick pulled out is waited for, not a conflict.
                self.store.check_folder_there(profile_id)
            if self.conflict or (not first_save and self._changed_elsewhere(profile_id)):
                return self._hold_for_conflict(profile_id)
            self._on_disk = self.store.save(self.profile, profile_id)
        except FileProblemError as exc:
            self.last_error = exc
            self.failing = True
            self._retry.start()
            self.saveFailed.emit(error_text(exc))  # in the UI's language, as every problem
            return False
        self._dirty = False
        if self.failing:
            self.failing = False
            self.saveRecovered.emit()
        if first_save:
            self.profile_id = profile_id
            self._hold_lock(profile_id)
            self._remember(last_profile=profile_id, position=self.position)
            self.identityChanged.emit()
        return True

    def _hold_lock(self, profile_id: str | None) -> int | None:
        """Say this process has `profile_id` open; returns another process holding it too."""
        self.release_lock()
        if profile_id is None:
            return None
        path = self.store.path_of(profile_id)
        other = profile_lock.holder(path)
        profile_lock.take(path)
        self._locked = path
        return other

    def release_lock(self) -> None:
        """This window no longer has its profile open (closing, quitting)."""
        if self._locked is not None:
            profile_lock.release(self._locked)
            self._locked = None

    def _changed_elsewhere(self, profile_id: str) -> bool:
        return self.store.file_bytes(profile_id) != self._on_disk

    def _hold_for_conflict(self, profile_id: str) -> bool:
        path = self.store.path_of(profile_id)
        self.last_error = FileProblemError.single(
            path,
            QCoreApplication.translate(
                "ProfileKeeper",
                "was changed by another Screener window or another program since this window "
                "opened it; your latest answers were not written over it",
            ),
        )
        if not self.conflict:
            self.conflict = True
            self.changedElsewhere.emit()
        return False

    # -- settling a conflict (the file changed elsewhere) -----------------------------------

    def keep_mine(self) -> bool:
        """Write this window's profile over the other version."""
        if self.profile_id is not None:
            self._on_disk = self.store.file_bytes(self.profile_id)
        self.conflict = False
        self._dirty = True
        saved = self.flush()
        if saved:
            self.saveRecovered.emit()
        return saved

    def take_theirs(self) -> None:
        """Drop this window's unsaved answers and load the file as it is now."""
        assert self.profile_id is not None
        # Not announced again: the user knows the other window, having chosen its version.
        self._adopt(self.store.load(self.profile_id), self.profile_id, announce=False)
        self.saveRecovered.emit()

    def write_copy(self, path: Path) -> None:
        """Write the profile as it is in memory to `path` (Save elsewhere), whatever the
        state of its own file; FileProblemError if that fails too."""
        try:
            write_atomic(path, profile_bytes(self.profile))
        except OSError as exc:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP("FileProblem", "cannot be written: {reason}"),
                reason=os_reason(exc, path),
            ) from None

    def discard_unsaved(self) -> None:
        """The user chose to close without the answers that could not be saved."""
        self._timer.stop()
        self._retry.stop()
        self._dirty = False

    def _flush_or_raise(self) -> None:
        # Before the current profile is replaced: never drop answers that are not on disk.
        if not self.flush():
            assert self.last_error is not None
            raise self.last_error

    def _remember(self, last_profile: str | None, position: tuple[str, str] | None) -> None:
        settings = load_settings(self._settings_path)
        settings.last_profile = last_profile
        settings.wizard_position = {position[0]: position[1]} if position else {}
        try:
            save_settings(settings, self._settings_path)
        except OSError as exc:
            self.saveFailed.emit(
                QCoreApplication.translate(
                    "ProfileKeeper", "Settings could not be saved: {error}"
                ).format(error=value_text(os_reason(exc, self._settings_path)))
            )

    # -- where a screening stopped ----------------------------------------------------------

    def set_position(self, reference: str, criterion_id: str) -> None:
        if self.position == (reference, criterion_id):
            return
        self.position = (reference, criterion_id)
        if self.profile_id is not None:
            self._remember(self.profile_id, self.position)

    def clear_position(self, reference: str | None = None) -> None:
        if self.position is None or (reference is not None and self.position[0] != reference):
            return
        self.position = None
        if self.profile_id is not None:
            self._remember(self.profile_id, None)

    # -- changing profile -------------------------------------------------------------------

    def _adopt(self, profile: Profile, profile_id: str | None, announce: bool = True) -> None:
        self._timer.stop()
        self._retry.stop()
        self._dirty = False
        self.conflict = False
        self.failing = False
        self.profile = profile
        self.profile_id = profile_id
        self._on_disk = None if profile_id is None else self.store.file_bytes(profile_id)
        other = self._hold_lock(profile_id)
        self.position = None
        self.startup_problem = None
        if profile_id is not None:
            self._remember(profile_id, None)
        self.profileReplaced.emit(profile)
        self.identityChanged.emit()
        if other is not None and announce:
            self.openElsewhere.emit(other)

    def open(self, profile_id: str) -> None:
        """Make a stored profile the current one; FileProblemError if it cannot be read."""
        self._flush_or_raise()
        self._adopt(self.store.load(profile_id), profile_id)

    def new(self, name: str) -> None:
        self._flush_or_raise()
        profile_id = self.store.new(name)
        self._adopt(self.store.load(profile_id), profile_id)

    def save_as(self, name: str) -> None:
        """A copy of the current profile under a new name, which becomes the current one.

        Also the way out of a conflict: this window's answers go to the copy.
        """
        if not self.conflict:
            self._flush_or_raise()
        copy = self.profile.model_copy(update={"name": name})
        profile_id = self.store.unique_id(name)
        self.store.save(copy, profile_id)
        self._adopt(copy, profile_id)

    def rename(self, name: str) -> None:
        """A new name, and a file name to match."""
        if self.profile_id is None:
            self.profile = self.profile.model_copy(update={"name": name})
            self._dirty = True  # saved under the new name right away
            self._flush_or_raise()
        else:
            self._flush_or_raise()
            new_id = self.store.rename(self.profile_id, name)
            self.profile = self.profile.model_copy(update={"name": name})
            self.profile_id = new_id
            self._on_disk = self.store.file_bytes(new_id)
            self._hold_lock(new_id)
            self._remember(new_id, self.position)
        self.profileReplaced.emit(self.profile)
        self.identityChanged.emit()

    def delete(self) -> None:
        """Delete the current profile's file; a fresh profile takes its place."""
        self._timer.stop()
        self._retry.stop()
        self._dirty = False
        if self.profile_id is not None:
            self.release_lock()
            self.store.delete(self.profile_id)
            self._remember(None, None)
        self._adopt(fresh_profile(), None)

    def import_file(self, path: Path) -> None:
        self._flush_or_raise()
        profile_id = self.store.import_file(path)
        self._adopt(self.store.load(profile_id), profile_id)

    def export(self, path: Path) -> None:
        """Write the current profile, as it is now, to a file of the user's choosing."""
        self._dirty = self._dirty or self.profile_id is None
        self._flush_or_raise()
        assert self.profile_id is not None
        self.store.export(self.profile_id, path)

    def delete_all_data(self) -> Path:
        """Remove every profile and the settings; returns the folder they were in.

        Nothing is saved afterwards until the user answers again.
        """
        self._timer.stop()
        self._retry.stop()
        self._dirty = False
        self.conflict = self.failing = False
        self._locked = None  # its folder goes too
        folder = delete_all_data()
        self._on_disk = None
        self.profile_id = None
        self.position = None
        self.profile = fresh_profile()
        self.profileReplaced.emit(self.profile)
        self.identityChanged.emit()
        self.dataDeleted.emit(folder)
        return folder
