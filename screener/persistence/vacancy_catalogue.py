"""The vacancies of the catalogue: folders of vacancy files, read through the cache of
validated vacancies; one bad file never hides the others.

No pydantic here at module level: a folder that did not change is read back from the cache as
plain rows (screener.persistence.vacancy_rows), and the desktop app's first screen needs no
model. Parsing and validating a file (screener.persistence.vacancy_files) is imported when a
file is not in the cache, or when a vacancy is first opened.
"""

from __future__ import annotations

import contextlib
import gc
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from screener.persistence.bounded_read import read_text_limited
from screener.persistence.errors import (
    FileProblemError,
    Problem,
    saved_as_text,
    told_apart,
    unreadable_folder,
)
from screener.persistence.vacancy_cache import (
    CachedVacancy,
    FolderCache,
    sheet_from_cache,
    vacancy_from_cache,
)
from screener.persistence.vacancy_rows import VacancyRow, row_of, vacancy_haystack
from screener.persistence.vacancy_sheet import VacancySheet, sheet_of
from screener.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from screener.domain.vacancy import Vacancy

VACANCY_SUFFIX = ".toml"


class LoadedVacancy:
    """A vacancy of the catalogue, from its file or from the cache of validated vacancies.

    From the cache only its row (what the catalogue shows) and search text are read; the
    pydantic model is built from the kept JSON when first asked for (`vacancy`), then kept
    and shared: start-up with 1,000 vacancies builds one model, not 42,000 instances.
    """

    __slots__ = ("_entry", "_haystack", "_row", "_vacancy", "bundled", "path")

    def __init__(self, vacancy: Vacancy | None, path: Path, bundled: bool,
                 cached: CachedVacancy | None = None) -> None:  # fmt: skip
        if vacancy is None and cached is None:
            raise ValueError("a loaded vacancy needs its model or its cache entry")
        self._vacancy = vacancy
        self.path = path
        self.bundled = bundled
        self._row = cached.row if cached is not None else None
        self._haystack = cached.haystack if cached is not None else None
        self._entry = cached.entry if cached is not None and vacancy is None else None
        if vacancy is None and self._entry is None:
            raise ValueError("a cache entry without its place in the cache")

    @property
    def vacancy(self) -> Vacancy:
        if self._vacancy is None:
            self._vacancy = self._build()
            self._entry = None
        return self._vacancy

    def _build(self) -> Vacancy:
        from screener.persistence.vacancy_files import load_vacancy, share_fields_sets

        assert self._entry is not None
        try:
            vacancy = vacancy_from_cache(self._entry)
        except (OSError, ValueError, zlib.error, RecursionError):  # ValidationError too
            # The cache was removed or written again without this entry (the folder was
            # loaded again after the file changed), or forged: then the file is what
            # counts. A file that can no longer be read raises FileProblemError here.
            vacancy = load_vacancy(self.path)
            if self._row is not None and vacancy.reference != self._row.reference:
                raise _another_vacancy_now(
                    self.path, self._row.reference, vacancy.reference
                ) from None
        share_fields_sets(vacancy)
        return vacancy

    def sheet(self) -> VacancySheet:
        """What the details pane shows: from the model once built, else from the cache entry
        (no model built), else from the model built now."""
        if self._vacancy is None and self._entry is not None:
            try:
                return sheet_from_cache(self._entry)
            except (OSError, ValueError, RecursionError):
                pass  # gone or damaged: the model says the same
        return sheet_of(self.vacancy)

    @property
    def row(self) -> VacancyRow:
        if self._row is None:
            self._row = row_of(self.vacancy)
        return self._row

    @property
    def reference(self) -> str:
        return self.row.reference

    def haystack(self) -> str:
        """The folded text a catalogue search looks in."""
        if self._haystack is None:
            self._haystack = vacancy_haystack(self.vacancy)
        return self._haystack

    def __repr__(self) -> str:
        return f"LoadedVacancy({self.reference!r}, {str(self.path)!r}, bundled={self.bundled})"


@dataclass(slots=True)
class Catalogue:
    vacancies: list[LoadedVacancy] = field(default_factory=list)
    errors: list[FileProblemError] = field(default_factory=list)

    def find(self, reference: str) -> LoadedVacancy | None:
        # The user's own files come after the bundled ones, so a user's copy wins.
        found = None
        for loaded in self.vacancies:
            if loaded.reference == reference:
                found = loaded
        return found

    def current(self) -> list[LoadedVacancy]:
        """The vacancies to show: a bundled one is left out when the user has their own copy
        (same reference), as every command and view does."""
        return replace_bundled(self.vacancies)

    @property
    def problems(self) -> list[Problem]:
        return [p for error in self.errors for p in error.problems]


def replace_bundled(vacancies: list[LoadedVacancy]) -> list[LoadedVacancy]:
    """`vacancies` without the bundled ones that a user's file of the same reference replaces."""
    own = {loaded.reference for loaded in vacancies if not loaded.bundled}
    return [v for v in vacancies if not (v.bundled and v.reference in own)]


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


# What Windows Notepad makes of "250939.toml" saved as a text document; Explorer then shows
# "250939.toml", and the file was left out of the list without a word.
_SAVED_AS_TEXT = VACANCY_SUFFIX + ".txt"


def _named_as_vacancy(name: str) -> bool:
    folded = name.lower()
    return folded.endswith(VACANCY_SUFFIX) or folded.endswith(_SAVED_AS_TEXT)


def vacancy_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    # scandir knows which entries are files without a stat each; sorted as Path sorts them
    # (by name within one folder, case-insensitively where the file system is), without
    # Path.__lt__ (a Python call per comparison).
    with os.scandir(folder) as entries:
        names = [
            entry.name
            for entry in entries
            # Not only regular files: a pipe or device named *.toml is reported, not skipped.
            if _named_as_vacancy(entry.name) and not _is_folder(entry)
        ]
    names.sort(key=os.path.normcase)
    return [folder / name for name in names]


@contextlib.contextmanager
def collections_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while. Loading builds ~100 objects a file and
    no reference cycles; left on, the collector runs again and again over everything loaded
    so far (2-3x the validation time). The adviser's gap plan pauses it the same way."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _unexpected(path: Path, exc: Exception) -> FileProblemError:
    # The system's own words stay a value: an unexpected error has no wording of ours.
    return FileProblemError.of(
        path,
        QT_TRANSLATE_NOOP("FileProblem", "could not be read: {error}: {reason}"),
        error=type(exc).__name__,
        reason=str(exc),
    )


def _parse(text: str, path: Path) -> Vacancy:
    # Imported here: only a file that is not in the cache needs the parser and the models.
    from screener.persistence.vacancy_files import parse_vacancy_text

    return parse_vacancy_text(text, path)


def _load(path: Path) -> Vacancy:
    from screener.persistence.vacancy_files import load_vacancy  # as _parse

    return load_vacancy(path)


def _load_folder(folder: Path, bundled: bool, catalogue: Catalogue) -> None:
    try:
        files = vacancy_files(folder)
    except OSError as exc:
        # Not readable by this user, or on a network share that went away: the other
        # folders still load (the app used not to start at all).
        catalogue.errors.append(unreadable_folder(folder, exc))
        return
    # A folder that did not change loads from the cache of validated vacancies.
    with FolderCache(folder) as cache:
        for file in files:
            misnamed = saved_as_text(file, VACANCY_SUFFIX)
            if misnamed is not None:
                catalogue.errors.append(misnamed)
                continue
            try:
                text = read_text_limited(file)
                key = cache.key(text)
                cached = cache.get(key)
                if cached is not None:
                    catalogue.vacancies.append(LoadedVacancy(None, file, bundled, cached))
                    continue
                vacancy = _parse(text, file)
                row, haystack = row_of(vacancy), vacancy_haystack(vacancy)
                cache.put(key, vacancy, row, haystack)
                loaded = LoadedVacancy(vacancy, file, bundled, CachedVacancy(row, haystack, None))
                catalogue.vacancies.append(loaded)
            except FileProblemError as exc:
                catalogue.errors.append(exc)
            except Exception as exc:  # a bug met by one file must not hide the others
                catalogue.errors.append(_unexpected(file, exc))


def _is_folder_path(path: Path, catalogue: Catalogue) -> bool:
    """Whether `path` is a folder; a folder on the way that cannot be searched (Path.is_dir
    raises PermissionError there) is a problem named in the catalogue, and False."""
    try:
        return path.is_dir()
    except OSError as exc:
        catalogue.errors.append(unreadable_folder(path, exc))
        return False


def _another_vacancy_now(path: Path, listed: str, now: str) -> FileProblemError:
    """The file of a listed vacancy holds another one since the list was made (replaced by a
    copy of another notice): shown under the row of the first, the second was screened and
    its answers saved while the list named the first, and one reference could have two rows."""
    template = QT_TRANSLATE_NOOP(
        "FileProblem",
        "holds the vacancy {now} since the list was made, not {listed}; start Screener again "
        "to list it",
    )
    return FileProblemError(path, [Problem.of(path, "reference", template, now=now, listed=listed)])


def load_paths(
    paths: Iterable[Path], bundled: bool = False, into: Catalogue | None = None
) -> Catalogue:
    """Load every file (folders are searched for .toml files); bad files become errors."""
    catalogue = into if into is not None else Catalogue()
    first = len(catalogue.vacancies)
    with collections_paused():
        for path in paths:
            if _is_folder_path(path, catalogue):
                _load_folder(path, bundled, catalogue)
                continue
            try:
                catalogue.vacancies.append(LoadedVacancy(_load(path), path, bundled))
            except FileProblemError as exc:
                catalogue.errors.append(exc)
            except Exception as exc:
                catalogue.errors.append(_unexpected(path, exc))
    _one_file_per_reference(catalogue, first)
    return catalogue


def _one_file_per_reference(catalogue: Catalogue, first: int) -> None:
    """Two files of one folder giving one reference: the last by name is the vacancy (as
    `find` takes it), each other file a problem naming it. Without this the app listed both
    and the commands used one without a word. (A user's file replacing a bundled one is in
    another folder, and meant.)"""
    added = catalogue.vacancies[first:]
    used = {(loaded.path.parent, loaded.reference): loaded for loaded in added}
    kept = []
    for loaded in added:
        winner = used[(loaded.path.parent, loaded.reference)]
        if winner is loaded:
            kept.append(loaded)
            continue
        template = QT_TRANSLATE_NOOP(
            "FileProblem",
            "reference {reference} is also used by {file}, which is the one used; give this "
            "vacancy another reference or remove one of them",
        )
        problem = Problem.of(
            loaded.path,
            "reference",
            template,
            reference=repr(loaded.reference),
            file=told_apart([loaded.path.name, winner.path.name])[1],
        )
        catalogue.errors.append(FileProblemError(loaded.path, [problem]))
    catalogue.vacancies[first:] = kept


def load_catalogue(bundled_dir: Path, user_dir: Path | None) -> Catalogue:
    catalogue = load_paths([bundled_dir], bundled=True)
    # The user's folder appears with their first imported vacancy; until then it is no error.
    if user_dir is not None and _is_folder_path(user_dir, catalogue):
        load_paths([user_dir], bundled=False, into=catalogue)
    return catalogue
