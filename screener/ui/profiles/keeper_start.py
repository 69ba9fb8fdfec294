"""The profile keeper's start-up: the last profile named at once, validated after the first
paint (see ProfileKeeper).

The window's title names the last profile from its file read as plain JSON; the profile is
validated (pydantic, the profile model and its migrations) by settle_start(), which the
window calls once it has painted, or as soon as anything needs the profile. So the first
screen loads no model at all.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from screener import paths
from screener.persistence.atomic import remove_leftover_temps
from screener.persistence.errors import FileProblemError, terminal_safe
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import load_settings
from screener.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from screener.domain.profile import Profile


_DEFAULT_NAME = QT_TRANSLATE_NOOP("ProfileKeeper", "My profile")


def default_name() -> str:
    """The name of a profile the user has not named, in the UI's language."""
    return QCoreApplication.translate("ProfileKeeper", _DEFAULT_NAME)


@cache
def _default_names() -> frozenset[str]:
    """The default name in each of the app's languages, read from their translations."""
    from PySide6.QtCore import QTranslator

    from screener.ui.common.language import LANGUAGES, translations_dir

    names = {_DEFAULT_NAME}
    for lang in LANGUAGES:
        translator = QTranslator()
        if translator.load(f"screener_{lang}", str(translations_dir())):
            names.add(translator.translate("ProfileKeeper", _DEFAULT_NAME) or _DEFAULT_NAME)
    return frozenset(names)


def named_in_ui(name: str) -> str:
    """A profile's name in the UI's language. A profile is saved under the default name of the
    language the UI had then ("My profile"); the user never chose it, so it is named in the
    UI's language now ("Mon profil"). A name the user gave is kept as it is."""
    current = default_name()
    return current if name != current and name in _default_names() else name


def shown_profile_name(name: str) -> str:
    """A profile's name as the UI shows it (named_in_ui), its control and bidi characters
    escaped ("Ana\\u202eB"), as the commands and the adviser's table show it: a right-to-left
    override in a profile from elsewhere reordered the window's title."""
    return terminal_safe(named_in_ui(name))


def fresh_profile() -> Profile:
    from screener.domain.profile import Profile  # see ProfileKeeper.start

    return Profile(name=default_name())


def _name_in(data: bytes | None) -> str:
    """A profile file's name field as plain JSON, unvalidated ("" if there is none)."""
    try:
        found = json.loads(data) if data is not None else None
    except (ValueError, RecursionError):
        return ""
    name = found.get("name") if isinstance(found, dict) else None
    # Shown in the title until the file is validated: a plain, short name only.
    if not isinstance(name, str) or len(name) > 200 or not name.isprintable():
        return ""
    return name


class KeeperStart(QObject):
    """What ProfileKeeper knows of the profile it started with."""

    # The current profile's name or file changed (renamed, saved for the first time, or
    # the last profile validated at start-up).
    identityChanged = Signal()
    # The last profile, named at start-up from its file, is now validated (settle_start): it
    # is the current profile, or a problem was found and a fresh profile started.
    startSettled = Signal()

    def __init__(self, store: ProfileStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store if store is not None else ProfileStore()
        # Fixed now, like the store's folder: a later change of SCREENER_DATA_DIR
        # (tests) never sends this window's saves elsewhere.
        self._settings_path = paths.settings_file()
        # Built when first needed (the profile property): the first screen needs no model.
        self._profile: Profile | None = None
        # The last profile's id and file content, read at start-up and not validated yet.
        self._unchecked: tuple[str, bytes | None] | None = None
        self._profile_id: str | None = None
        # (vacancy reference, criterion id) of a screening left before its summary.
        self.position: tuple[str, str] | None = None
        # Why the last profile could not be opened at start-up (the file is left alone).
        self.startup_problem: FileProblemError | None = None
        self.settings_set_aside: Path | None = None
        # The file's bytes as this window last read or wrote them (None: no file yet).
        self._on_disk: bytes | None = None
        # Another process holding the profile opened at start-up (told once the UI is up).
        self.startup_holder: int | None = None

    def _hold_lock(self, profile_id: str | None) -> int | None:
        raise NotImplementedError  # ProfileKeeper's

    def start(self, profile: Profile | None = None) -> None:
        """Read the last profile's file, or start a fresh profile.

        The file is only read here (its name is shown at once): it is validated, and where
        its screening stopped is read, by settle_start(), which the window calls after its
        first paint, or when the profile is first needed. `profile`, when given, is used
        instead, as a new profile not saved yet.
        """
        settings = load_settings(self._settings_path)
        self.settings_set_aside = settings.recovered_from
        # What interrupted saves left behind (a crash, a power cut) goes at once.
        self.store.tidy()
        remove_leftover_temps(self._settings_path.parent, self._settings_path.name)
        if profile is not None:
            self.profile = profile
        elif settings.last_profile is not None:
            last = settings.last_profile
            self._unchecked = (last, self.store.file_bytes(last))

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            self.settle_start()
        if self._profile is None:
            self._profile = fresh_profile()
        return self._profile

    @profile.setter
    def profile(self, profile: Profile) -> None:
        self.settle_start()  # the last profile's lock and position are settled first
        self._profile = profile

    @property
    def profile_id(self) -> str | None:
        self.settle_start()
        return self._profile_id

    @profile_id.setter
    def profile_id(self, profile_id: str | None) -> None:
        self.settle_start()
        self._profile_id = profile_id

    @property
    def named_profile(self) -> Profile:
        """The profile, its name as the UI shows it (shown_profile_name): for the views and
        files that name whose screening it is (the gap plan, the dossier, the calendar)."""
        profile = self.profile
        shown = shown_profile_name(profile.name)
        return profile if shown == profile.name else profile.model_copy(update={"name": shown})

    @property
    def shown_name(self) -> str:
        """The name to show: the profile's, or the last profile's before it is validated."""
        if self._unchecked is not None:
            return shown_profile_name(_name_in(self._unchecked[1]) or self._unchecked[0])
        if self._profile is None:  # a fresh profile, not built yet
            return default_name()
        return shown_profile_name(self._profile.name) or self._profile_id or ""

    def settle_start(self) -> None:
        """Validate the last profile named at start-up; once. A file that cannot be opened is
        left as it is (startup_problem says why) and a fresh profile is started."""
        unchecked, self._unchecked = self._unchecked, None
        if unchecked is None:
            return
        last, data = unchecked
        try:
            # The content read at start-up: a change made since by someone else is seen as
            # one when saving (changedElsewhere), as if the file had been validated then.
            self._profile = self.store.load(last) if data is None else self.store.parse(last, data)
        except (FileProblemError, ValueError) as exc:
            if isinstance(exc, FileProblemError) and self._exists(last):
                self.startup_problem = exc
        else:
            self._profile_id = last
            self._on_disk = data if data is not None else self.store.file_bytes(last)
            self.startup_holder = self._hold_lock(last)
            settings = load_settings(self._settings_path)
            for reference, where in settings.wizard_position.items():
                if isinstance(where, str):
                    self.position = (reference, where)
        self.identityChanged.emit()
        self.startSettled.emit()

    def _exists(self, profile_id: str) -> bool:
        try:
            return self.store.path_of(profile_id).exists()
        except ValueError:
            return False
        except OSError:  # a folder this user cannot search: there is a file, unreadable
            return True
