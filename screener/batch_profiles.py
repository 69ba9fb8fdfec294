"""The candidates' profile files of a batch: read one at a time as it goes, and read again
later, for one candidate's summary, only as they were when screened. No Qt here."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from screener.batch import BatchResult, FileStamp
from screener.domain.profile import Profile
from screener.persistence.errors import FileProblemError, saved_as_text
from screener.persistence.profile_files import read_profile
from screener.persistence.profile_names import PROFILE_SUFFIX, check_file_name
from screener.persistence.profile_store import ProfileStore
from screener.translatable import QT_TRANSLATE_NOOP


class ProfileFolder:
    """The profiles of a folder, read one at a time as a batch goes; unreadable files are
    collected in `errors` (complete once iterated). len() counts the files."""

    def __init__(self, folder: Path) -> None:
        if not folder.exists():
            raise FileProblemError.of(folder, QT_TRANSLATE_NOOP("FileProblem", "folder not found"))
        if not folder.is_dir():
            raise FileProblemError.of(folder, QT_TRANSLATE_NOOP("FileProblem", "is not a folder"))
        # Not tidy: a batch only reads the folder, which may be someone else's.
        self._store = ProfileStore(folder)
        self._files = self._store.files(tidy=False)
        self.errors: list[FileProblemError] = []
        self.stamps: dict[str, FileStamp] = {}

    def __len__(self) -> int:
        return len(self._files)

    @property
    def paths(self) -> list[Path]:
        """The profile files this batch reads."""
        return list(self._files)

    def __iter__(self) -> Iterator[tuple[str, Profile]]:
        self.errors = []
        for path in self._files:
            try:
                check_file_name(path)
                misnamed = saved_as_text(path, PROFILE_SUFFIX)
                if misnamed is not None:
                    raise misnamed
                stamp = file_stamp(path)  # before reading: a change while read is a change
                profile = read_profile(path)
            except FileProblemError as exc:
                self.errors.append(exc)
                continue
            if stamp is not None:
                self.stamps[path.name] = stamp
            yield path.name, profile


def file_stamp(path: Path) -> FileStamp | None:
    """The file's identity, size and time: a save (a new file renamed over it) or an edit
    changes it. None if the file cannot be found now."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def read_candidate(result: BatchResult, folder: Path, file: str) -> Profile:
    """The profile of a row of `result`, read again from its file: FileProblemError if it
    cannot be read, or if it changed since it was screened. The table's cells are the file
    as it was; a summary of another version beside them (a profile edited in another window
    or by another adviser) contradicted them without a word."""
    path = folder / file
    stamp = result.stamps.get(file)
    now = file_stamp(path)
    if stamp is not None and now is not None and now != stamp:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "changed since the table was made, which shows the answers it held then; make "
                "the table again to see the answers it holds now",
            ),
        )
    return read_profile(path)


def load_profiles(folder: Path) -> tuple[list[tuple[str, Profile]], list[FileProblemError]]:
    """Every readable profile in a folder, by file name; unreadable files become errors."""
    source = ProfileFolder(folder)
    loaded = list(source)
    return loaded, source.errors
