"""A cache of validated vacancies, so a folder that did not change loads without parsing TOML.

Parsing TOML is three quarters of loading a vacancy file (tomllib is pure Python, ~550 µs for
a 7 KB file); validating the same vacancy from JSON in pydantic-core takes ~65 µs. So each
folder gets one cache file in the user's cache folder holding, for every file that loaded
cleanly, the vacancy's catalogue row (screener.persistence.vacancy_rows) and the vacancy as
JSON (compressed), found by a hash of the file's bytes. Reading a folder back reads the
rows only; a vacancy's JSON is read from the cache file again and validated into a model
when the vacancy is first opened (vacancy_from_cache, LoadedVacancy): 1,000 vacancies as
pydantic models take ~22 MiB, as rows and search texts ~4 MiB.

Never stale: an entry is found by the hash of the file's content (not its name, size or
time), and the cache file names a fingerprint of the code that validated it (Python,
pydantic and Screener's own model and loading sources), so a changed file or a changed
program never meets an old entry. Never trusted: each entry carries its own checksum, its
row is checked when read and its vacancy validated when the model is built; a cache that is
missing, truncated, corrupt, from another version, or unwritable just means parsing the
TOML as before. Files with problems are
not cached: their messages name the file, and they are read again every time.

Cache file layout (one per folder, replaced whole by a rename):
    line 1:   MAGIC, then the code fingerprint
    then:     the entries, one after the other: the row as a JSON object, a line break, the
              details pane's sheet as a JSON object (screener.persistence.vacancy_sheet), a
              line break, and the vacancy's JSON compressed with zlib
    then:     a JSON index {content hash: [offset, length, checksum of the entry]}
    last 21 bytes: a line break and the index's offset, in 20 digits
The index comes last so that the file can be written as the folder loads, one entry at a
time, without holding every entry in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zlib
from pathlib import Path
from typing import IO, TYPE_CHECKING

from screener import paths
from screener.persistence.atomic import (
    TEMP_SUFFIX,
    lock_temp_file,
    remove_leftover_temps,
    temp_prefix,
)
from screener.persistence.bounded_read import MAX_FILE_BYTES, open_regular
from screener.persistence.code_fingerprint import code_fingerprint
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_rows import VacancyRow, row_from_json, row_to_json
from screener.persistence.vacancy_sheet import (
    VacancySheet,
    sheet_from_json,
    sheet_of,
    sheet_to_json,
)

if TYPE_CHECKING:
    from screener.domain.vacancy import Vacancy

MAGIC = b"screener-vacancy-cache 3"
CACHE_PREFIX = "vacancies-"
CACHE_SUFFIX = ".cache"


def _digest(data: bytes) -> str:
    # SHA-256 is the fastest hash here (hardware-assisted, ~5 µs for a 9 KB file).
    return hashlib.sha256(data).hexdigest()[:32]


def _checksum(data: bytes) -> int:
    # Catches a damaged entry (a flipped bit can still be valid JSON); not a content key.
    return zlib.crc32(data)


def cache_file(folder: Path) -> Path:
    name = _digest(os.fsencode(folder.resolve()))
    return paths.user_cache_dir() / f"{CACHE_PREFIX}{name}{CACHE_SUFFIX}"


def _make_folder(folder: Path) -> None:
    # Under SCREENER_DATA_DIR the cache is that folder's `cache`, and it never creates the
    # data folder itself: loading vacancies leaves a data folder that does not exist as it was.
    under_data_dir = os.environ.get(paths.DATA_DIR_ENV) and not os.environ.get(paths.CACHE_DIR_ENV)
    folder.mkdir(parents=not under_data_dir, exist_ok=True)


_TAIL = 21  # b"\n" and 20 digits
_MAX_HEADER = 200
# Far above anything written here (an index entry is ~90 bytes; a vacancy's JSON is about its
# file's size, at most MAX_FILE_BYTES): a cache file is never read whole into memory.
_MAX_INDEX_BYTES = 64 * 1024 * 1024
_MAX_ENTRY_BYTES = 4 * MAX_FILE_BYTES


class CachedVacancy:
    """A cache entry read back: the row, its search text, and where the vacancy's JSON is.

    The JSON is not kept in memory (~2 KB a vacancy even compressed): it is read again from
    the cache file when the vacancy is first opened (vacancy_from_cache).
    """

    __slots__ = ("entry", "haystack", "row")

    def __init__(self, row: VacancyRow, haystack: str, entry: EntryPlace | None) -> None:
        self.row = row
        self.haystack = haystack
        self.entry = entry


class EntryPlace:
    """Where an entry was read: a later read checks it is still that very entry."""

    __slots__ = ("checksum", "key", "length", "offset", "path")

    def __init__(self, path: Path, key: str, offset: int, length: int, checksum: int) -> None:
        self.path = path
        self.key = key
        self.offset = offset
        self.length = length
        self.checksum = checksum


def _split_entry(data: bytes) -> tuple[bytes, bytes, bytes]:
    """The row, the sheet and the compressed vacancy of an entry. The row and the sheet are
    ASCII JSON (non-ASCII escaped), so they hold no raw line break."""
    head, separator, rest = data.partition(b"\n")
    sheet, separator_2, stored = rest.partition(b"\n")
    if not separator or not separator_2 or not stored:
        raise ValueError("not an entry")
    return head, sheet, stored


def _read_index(handle: IO[bytes], fingerprint: str) -> dict[str, object]:
    """The index of an open cache file; ValueError if it is not one this code wrote."""
    header = handle.readline(_MAX_HEADER).rstrip(b"\n")
    if header != MAGIC + b" " + fingerprint.encode():
        raise ValueError("another version")
    end = handle.seek(0, os.SEEK_END)
    handle.seek(end - _TAIL)
    tail = handle.read(_TAIL)
    if len(tail) != _TAIL or not tail.startswith(b"\n") or not tail[1:].isdigit():
        raise ValueError("no index")
    start = int(tail[1:])
    if not 0 < start < end - _TAIL or end - _TAIL - start > _MAX_INDEX_BYTES:
        raise ValueError("no index, or not one this module wrote")
    handle.seek(start)
    index = json.loads(handle.read(end - _TAIL - start))
    if not isinstance(index, dict):
        raise ValueError("not an index")
    return index


def _read_entry(handle: IO[bytes], entry: object) -> bytes:
    if not isinstance(entry, list) or len(entry) != 3:
        raise ValueError("bad entry")
    offset, length, checksum = entry
    if not (
        isinstance(offset, int)
        and isinstance(length, int)
        and 0 < length <= _MAX_ENTRY_BYTES
        and offset >= 0
    ):
        raise ValueError("bad entry")
    handle.seek(offset)
    data = handle.read(length)
    if len(data) != length or _checksum(data) != checksum:
        raise ValueError("damaged entry")
    return data


def _open_cache(path: Path) -> IO[bytes]:
    """The cache file for reading: a regular file only. Anything else put there (a pipe would
    block the start-up forever, a device would read without end) is an OSError, as a
    missing cache is."""
    try:
        return os.fdopen(open_regular(path), "rb")
    except FileProblemError as exc:
        raise OSError(str(exc)) from None


def _entry_at(place: EntryPlace) -> bytes:
    """The entry read earlier, again. It is found where it was, or, if the folder's cache was
    written again since, by its key; only the same entry (same checksum) is used. OSError or
    ValueError otherwise."""
    with _open_cache(place.path) as handle:
        try:
            data = _read_entry(handle, [place.offset, place.length, place.checksum])
            header = MAGIC + b" " + code_fingerprint().encode() + b"\n"
            handle.seek(0)
            if handle.read(len(header)) != header:
                raise ValueError("another version")
        except ValueError:
            handle.seek(0)
            found = _read_index(handle, code_fingerprint()).get(place.key)
            if not isinstance(found, list) or found[1:] != [place.length, place.checksum]:
                raise ValueError("no longer in the cache") from None
            data = _read_entry(handle, found)
    return data


def vacancy_from_cache(place: EntryPlace) -> Vacancy:
    """The vacancy of an entry read earlier, validated. OSError, ValueError (pydantic's
    ValidationError too) or zlib.error if the entry is no longer there or not right."""
    from screener.domain.vacancy import Vacancy

    _, _, stored = _split_entry(_entry_at(place))
    # Bounded: a cache file is not trusted, and a small entry may inflate without end.
    inflater = zlib.decompressobj()
    text = inflater.decompress(stored, _MAX_ENTRY_BYTES)
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("not a complete entry, or too large")
    return Vacancy.model_validate_json(text)


def sheet_from_cache(place: EntryPlace) -> VacancySheet:
    """The details sheet of an entry read earlier, with no model built; OSError or ValueError
    as vacancy_from_cache."""
    _, sheet, _ = _split_entry(_entry_at(place))
    return sheet_from_json(json.loads(sheet))


class FolderCache:
    """The cache of one folder, open while the folder loads; use as a context manager.

    Nothing is written while the folder is unchanged. On the first change (a file that is
    new or changed, a damaged entry) a new cache file is started with the entries used so
    far, and every later entry goes to it as it is used; files that are gone are dropped.
    """

    def __init__(self, folder: Path) -> None:
        self.path: Path | None = None
        self._old: IO[bytes] | None = None
        self._index: dict[str, object] = {}
        self._used: list[tuple[str, object]] = []  # (key, old index entry), before a writer
        self._writer: IO[bytes] | None = None
        self._writer_name = ""
        self._written: dict[str, list[object]] = {}
        self._stale = False
        try:
            self.path = cache_file(folder)
            self._open(code_fingerprint())
        except (OSError, ValueError):  # no cache folder, no sources to fingerprint
            self.path = None
            self._close_old()

    def _open(self, fingerprint: str) -> None:
        assert self.path is not None
        try:
            handle = _open_cache(self.path)
        except OSError:
            return
        self._old = handle
        try:
            self._index = _read_index(handle, fingerprint)
        except (OSError, ValueError, RecursionError):
            self._index = {}
            self._stale = True  # replace it

    def _close_old(self) -> None:
        if self._old is not None:
            with contextlib.suppress(OSError):
                self._old.close()
            self._old = None

    @staticmethod
    def key(text: str) -> str:
        return _digest(text.encode("utf-8", "surrogatepass"))

    def _read_old(self, entry: object) -> bytes:
        if self._old is None:
            raise ValueError("bad entry")
        return _read_entry(self._old, entry)

    def get(self, key: str) -> CachedVacancy | None:
        """The cached row for this content, or None (absent, damaged, or not a row)."""
        entry = self._index.get(key)
        if entry is None:
            return None
        try:
            data = self._read_old(entry)
            head, _, _ = _split_entry(data)
            row, haystack = row_from_json(json.loads(head))
            assert self.path is not None and isinstance(entry, list)
            cached = CachedVacancy(row, haystack, EntryPlace(self.path, key, *entry))
        except (OSError, ValueError, TypeError, RecursionError):
            self._stale = True
            return None
        if self._writer is not None:
            self._write(key, data)
        else:
            self._used.append((key, entry))
        return cached

    def put(self, key: str, vacancy: Vacancy, row: VacancyRow, haystack: str) -> None:
        """Keep a vacancy just validated from this content, with its row and search text."""
        try:
            # Only the fields the file set: validating this gives an equal vacancy, with
            # the same model_fields_set.
            stored = zlib.compress(vacancy.model_dump_json(exclude_unset=True).encode())
            head = json.dumps(row_to_json(row, haystack), separators=(",", ":")).encode()
            sheet = json.dumps(sheet_to_json(sheet_of(vacancy)), separators=(",", ":")).encode()
        except (ValueError, UnicodeError):
            return
        if self.path is None:
            return
        data = head + b"\n" + sheet + b"\n" + stored
        if self._writer is None:
            self._start_writer()
        if self._writer is not None:
            self._write(key, data)

    def _start_writer(self) -> None:
        assert self.path is not None
        try:
            _make_folder(self.path.parent)
            # A run killed while writing left its temporary file (110 MB for 10,000
            # vacancies) for good: such leftovers go, a file another run is writing stays.
            remove_leftover_temps(self.path.parent, self.path.name)
            fd, self._writer_name = tempfile.mkstemp(
                prefix=temp_prefix(self.path), suffix=TEMP_SUFFIX, dir=self.path.parent
            )
            lock_temp_file(fd)
            self._writer = os.fdopen(fd, "wb")
            self._writer.write(MAGIC + b" " + code_fingerprint().encode() + b"\n")
            for key, entry in self._used:
                self._write(key, self._read_old(entry))
        except (OSError, ValueError):
            # A cache that cannot be written (read-only or full disk) costs speed only.
            self._drop_writer()
        self._used = []

    def _write(self, key: str, data: bytes) -> None:
        assert self._writer is not None
        if key in self._written:  # two files with the same content
            return
        try:
            self._written[key] = [self._writer.tell(), len(data), _checksum(data)]
            self._writer.write(data)
        except OSError:
            self._drop_writer()

    def _drop_writer(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(OSError):
                self._writer.close()
            self._writer = None
        if self._writer_name:
            with contextlib.suppress(OSError):
                os.unlink(self._writer_name)
            self._writer_name = ""

    def __enter__(self) -> FolderCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            if exc_info[0] is None and self.path is not None:
                used = {key for key, _ in self._used}
                if self._writer is None and (self._stale or used != self._index.keys()):
                    self._start_writer()  # entries of files now gone are dropped
                if self._writer is not None:
                    self._finish()
        finally:
            self._drop_writer()
            self._close_old()

    def _finish(self) -> None:
        assert self._writer is not None and self.path is not None
        try:
            start = self._writer.tell()
            self._writer.write(json.dumps(self._written).encode())
            self._writer.write(b"\n%020d" % start)
            self._writer.close()
            self._writer = None
            self._close_old()  # Windows cannot rename over an open file
            os.replace(self._writer_name, self.path)
            self._writer_name = ""
        except OSError:
            pass  # _drop_writer removes the temporary file


def clear_cache() -> None:
    """Remove the cache files (and the cache folder, if nothing else is in it)."""
    folder = paths.user_cache_dir()
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        name = child.name
        ours = name.startswith(CACHE_PREFIX) and name.endswith(CACHE_SUFFIX)
        if ours or name.startswith(f".{CACHE_PREFIX}"):  # or a temporary one, left by a crash
            child.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()
