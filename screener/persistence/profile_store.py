"""A folder of named candidate profiles (an adviser keeps one per candidate).

Every write is atomic (see atomic.py). A file the store cannot read (corrupt, empty,
truncated, binary, written by a newer version) is reported by name and never touched:
saving over it is refused unless the caller says so, after asking the user.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screener import paths
from screener.persistence.atomic import is_temp_file, remove_leftover_temps, write_atomic
from screener.persistence.bounded_read import (
    MAX_FILE_BYTES,
    read_bytes_limited,
    text_of,
    too_large,
)
from screener.persistence.errors import (
    FileProblemError,
    Problem,
    os_reason,
    saved_as_text,
    unreadable,
    unreadable_folder,
)
from screener.persistence.profile_listing import (
    ProfileEntry,
    ProfileListing,
    modified_time,
    peek_name,
)
from screener.persistence.profile_names import (
    ID_FORBIDDEN,
    PROFILE_SUFFIX,
    check_file_name,
    slug,
    unopenable_name,
)
from screener.translatable import QT_TRANSLATE_NOOP

# The one reader lives in profile_files, the rules of file names in profile_names; the names
# imported from both stay importable from here.

# A temporary file this old is a leftover from a crash, not another instance's write.
STALE_TEMP_SECONDS = 3600

if TYPE_CHECKING:
    from screener.domain.profile import Profile


def read_profile(path: Path) -> Profile:
    # Imported on first read, not with this module: the desktop app's first screen names the
    # last profile without validating it (see screener.ui.profiles.profile_keeper).
    from screener.persistence.profile_files import read_profile as read_and_validate

    return read_and_validate(path)


class UnreadableSlotError(FileProblemError):
    """A save would overwrite a file that is not a readable profile; nothing was written."""


# --- writing one file ------------------------------------------------------------------


def _sorted_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted_keys(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted_keys(item) for item in value]
    return value


def profile_bytes(profile: Profile) -> bytes:
    """Pretty JSON: fields in model order, nested keys sorted, so diffs and backups stay calm."""
    return _json_bytes(profile.model_dump(mode="json"))


def _json_bytes(data: dict[str, Any]) -> bytes:
    """profile_bytes of a profile dumped as JSON data (mode="json")."""
    ordered = {key: _sorted_keys(value) for key, value in data.items()}
    return (json.dumps(ordered, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- the store --------------------------------------------------------------------------


class ProfileStore:
    def __init__(self, folder: Path | None = None) -> None:
        # Resolved now, not at import: SCREENER_DATA_DIR may be set after import (tests).
        self.folder = Path(folder) if folder is not None else paths.profiles_dir()
        # Each file's name, or why it cannot be opened, while it keeps its size and time:
        # opening the Open dialog again does not read every profile again.
        self._checked: dict[Path, tuple[tuple[int, int], str | FileProblemError]] = {}

    def path_of(self, profile_id: str) -> Path:
        if (
            not profile_id
            or profile_id.startswith(".")
            or any(ch in profile_id for ch in ID_FORBIDDEN)
        ):
            raise ValueError(f"not a profile id: {profile_id!r}")
        return self.folder / f"{profile_id}{PROFILE_SUFFIX}"

    def files(self, tidy: bool = False) -> list[Path]:
        """The profile files in the folder (*.json, not hidden), sorted by name; a
        FileProblemError naming the folder if it cannot be listed (no permission, a network
        share gone)."""
        try:
            if not self.folder.is_dir():
                return []
            if tidy:
                self.tidy()
            found = [
                path
                for path in self.folder.iterdir()
                if not is_temp_file(path)
                and path.name.lower().endswith((PROFILE_SUFFIX, PROFILE_SUFFIX + ".txt"))
                and not path.name.startswith(".")
            ]
        except OSError as exc:
            raise unreadable_folder(self.folder, exc) from None
        return sorted(found)

    def id_of(self, path: Path) -> str | None:
        """The id that opens this file of the folder, or None if no id does: a name holding
        / \\ : or NUL, or a suffix in other letters (".JSON") on a case-sensitive system."""
        try:
            target = self.path_of(path.stem)
        except ValueError:
            return None
        if target.name != path.name and not os.path.exists(target):
            return None
        return path.stem

    def check_openable(self, path: Path) -> None:
        """A FileProblemError if this file of the folder cannot be opened by its id: the
        Open dialog listed such files, then opening one failed ("a:b.json" raised
        ValueError, a crash dialog; "Ana.JSON" was not found, and a save made a second
        file)."""
        check_file_name(path)
        misnamed = saved_as_text(path, PROFILE_SUFFIX)  # listed to be named, never opened
        if misnamed is not None:
            raise misnamed
        if self.id_of(path) is None:
            raise unopenable_name(path)

    def tidy(self) -> int:
        """Remove what interrupted saves left behind (".name.json.XXXX.tmp" files that no
        save is writing); returns how many. Safe while another copy of the app saves."""
        return remove_leftover_temps(self.folder, max_age=STALE_TEMP_SECONDS)

    def scan(self, tidy: bool = False) -> Iterator[tuple[Path, Profile | FileProblemError]]:
        """Every profile file in the folder with its profile, or why it could not be read.

        With `tidy`, crash leftovers (temporary files no save is writing) are removed first.
        """
        for path in self.files(tidy):
            try:
                self.check_openable(path)
                yield path, read_profile(path)
            except FileProblemError as exc:
                yield path, exc

    def _read(self, path: Path, key: tuple[int, int]) -> str | FileProblemError:
        """The profile's name, or why the file cannot be opened (remembered for `key`)."""
        cached = self._checked.get(path)
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            self.check_openable(path)
            result: str | FileProblemError = read_profile(path).name
        except FileProblemError as exc:
            result = exc
        self._checked[path] = (key, result)
        return result

    def check(self, path: Path) -> FileProblemError | None:
        """Why this file of the folder cannot be opened, or None: read and validated whole,
        once for as long as the file keeps its size and modification time."""
        try:
            info = path.stat()
        except OSError as exc:
            return unreadable(path, exc)
        result = self._read(path, (info.st_size, info.st_mtime_ns))
        return result if isinstance(result, FileProblemError) else None

    def _entry(self, path: Path, validate: bool) -> ProfileEntry | FileProblemError:
        try:
            info = path.stat()
            self.check_openable(path)
        except OSError as exc:
            return unreadable(path, exc)
        except FileProblemError as exc:
            return exc
        key = (info.st_size, info.st_mtime_ns)
        cached = self._checked.get(path)
        name: str | FileProblemError | None = None
        if not validate and (cached is None or cached[0] != key):
            name = peek_name(path)
        checked = name is None
        if name is None:
            name = self._read(path, key)
        if isinstance(name, FileProblemError):
            return name
        return ProfileEntry(path.stem, name or path.stem, modified_time(info), path, checked)

    def list(self, validate: bool = True) -> ProfileListing:
        """Every profile file by name, and those that cannot be opened with why. Without
        `validate`, a file whose first bytes name it (as the app writes them) is listed
        unread beyond them, with `checked` False: see check."""
        listing = ProfileListing()
        try:
            files = self.files(tidy=True)
        except FileProblemError as exc:  # the folder itself cannot be listed
            listing.errors.append(exc)
            return listing
        for path in files:
            found = self._entry(path, validate)
            if isinstance(found, FileProblemError):
                listing.errors.append(found)
            else:
                listing.entries.append(found)
        listing.entries.sort(key=lambda e: (e.name.casefold(), e.id))
        return listing

    def load(self, profile_id: str) -> Profile:
        return read_profile(self.path_of(profile_id))

    def parse(self, profile_id: str, data: bytes) -> Profile:
        """The profile in `data`, bytes read earlier from this profile's file."""
        from screener.persistence.profile_files import parse_profile_text

        path = self.path_of(profile_id)
        return parse_profile_text(text_of(data, path), path)

    def _check_replaceable(self, path: Path) -> None:
        # os.path.exists never raises: where Path.exists raises (a folder this user cannot
        # search) the write that follows fails and says why, as a FileProblemError.
        if not os.path.exists(path):
            return
        try:
            read_profile(path)
        except FileProblemError as exc:
            # Never overwrite what we cannot read: it may be a newer version's file, or
            # the only copy of a profile someone can still repair by hand.
            note = Problem.of(path, "", QT_TRANSLATE_NOOP("FileProblem", "this file was not overwritten; save "
                              "under another name, or delete the file first"))  # fmt: skip
            raise UnreadableSlotError(path, [*exc.problems, note]) from None

    def check_folder_there(self, profile_id: str) -> None:
        """A FileProblemError if the folder of a profile saved before is gone: a USB stick
        pulled out, a network drive lost, the folder deleted by another program. The save
        then waits for it to come back, and never makes the folder again in its place (on a
        stick's mount point, that is the computer's own disk)."""
        try:
            os.stat(self.folder)
        except FileNotFoundError:
            raise FileProblemError.of(
                self.path_of(profile_id),
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "cannot be saved: its folder is no longer there (a USB stick or a network "
                    "drive taken away?); it is saved as soon as the folder is back",
                ),
            ) from None
        except OSError:
            return  # the save says what else is wrong

    def save(self, profile: Profile, profile_id: str, *, replace_unreadable: bool = False) -> bytes:
        """Write the profile atomically; refuses to replace an unreadable file unless told to.

        Returns the bytes written, so a caller can tell later whether someone else changed
        the file (see file_bytes).
        """
        from screener.persistence.profile_files import check_savable

        path = self.path_of(profile_id)
        dumped = profile.model_dump(mode="json")  # once: checked, then written
        # The answers' keys are the ids of vacancies and requirements, which their model
        # bounds: walking thousands of them made every autosave a sixth slower.
        check_savable({key: value for key, value in dumped.items() if key != "answers"}, path)
        if not replace_unreadable:
            self._check_replaceable(path)
        data = _json_bytes(dumped)
        if len(data) > MAX_FILE_BYTES:  # answers to thousands of vacancies: never read back
            raise too_large(path, len(data))
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(path, data)
        except OSError as exc:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP("FileProblem", "cannot be saved: {reason}"),
                reason=os_reason(exc, path),
            ) from None
        return data

    def file_bytes(self, profile_id: str) -> bytes | None:
        """The file's content as it is now (bounded read), or None if there is none to read."""
        try:
            return read_bytes_limited(self.path_of(profile_id))
        except (FileProblemError, ValueError):
            return None

    def _taken(self) -> set[str]:
        try:
            if not self.folder.is_dir():
                return set()
            # Case-insensitive: two ids differing in case are one file on Windows and macOS.
            return {p.stem.lower() for p in self.folder.iterdir() if not is_temp_file(p)}
        except OSError:
            return set()  # the save that follows says why the folder cannot be used

    def unique_id(self, name: str, keep: str | None = None) -> str:
        """A free id for `name`; `keep` (the current id when renaming) counts as free."""
        base = slug(name)
        taken = self._taken() - ({keep.lower()} if keep else set())
        candidate, number = base, 2
        while candidate.lower() in taken:
            candidate = f"{base}-{number}"
            number += 1
        return candidate

    def new(self, name: str) -> str:
        """Create an empty profile called `name`; returns its id."""
        profile_id = self.unique_id(name)
        from screener.domain.profile import Profile

        self.save(Profile(name=name), profile_id)
        return profile_id

    def rename(self, profile_id: str, new_name: str) -> str:
        """Change the display name, and the file name to match; returns the (new) id."""
        profile = self.load(profile_id)
        renamed = profile.model_copy(update={"name": new_name})
        new_id = self.unique_id(new_name, keep=profile_id)
        if new_id.lower() == profile_id.lower():
            self.save(renamed, profile_id)
            return profile_id
        # New file first, then remove the old one: a crash in between leaves two copies,
        # never none.
        self.save(renamed, new_id)
        self.path_of(profile_id).unlink(missing_ok=True)
        return new_id

    def delete(self, profile_id: str) -> None:
        """Delete the file for good (the UI asks first). Works on unreadable files too, so a
        user can clear a damaged file after reading its problem."""
        path = self.path_of(profile_id)
        try:
            path.unlink()
        except FileNotFoundError:
            raise FileProblemError.of(
                path, QT_TRANSLATE_NOOP("FileProblem", "profile not found")
            ) from None
        except OSError as exc:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP("FileProblem", "cannot be deleted: {reason}"),
                reason=os_reason(exc, path),
            ) from None

    def import_file(self, path: Path) -> str:
        """Validate a profile file (migrating older formats) and store a copy; returns its id."""
        profile = read_profile(Path(path))
        profile_id = self.unique_id(profile.name or Path(path).stem)
        self.save(profile, profile_id)
        return profile_id

    def export(self, profile_id: str, path: Path) -> None:
        """Write the profile to `path` atomically, in the current format."""
        profile = self.load(profile_id)
        try:
            write_atomic(Path(path), profile_bytes(profile))
        except OSError as exc:
            raise FileProblemError.of(
                Path(path),
                QT_TRANSLATE_NOOP("FileProblem", "cannot be written: {reason}"),
                reason=os_reason(exc, path),
            ) from None
