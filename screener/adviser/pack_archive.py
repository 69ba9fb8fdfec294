"""A vacancy pack's zip file, read without trusting it: its directory checked before
zipfile reads it, each entry read up to a limit whatever its header claims. No Qt here."""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path
from typing import IO

from screener.persistence.bounded_read import MAX_FILE_BYTES, open_regular
from screener.persistence.errors import FileProblemError, Wording, unreadable
from screener.translatable import QT_TRANSLATE_NOOP, WordedValueError

MAX_ENTRIES = 2_000
MAX_ENTRY_BYTES = MAX_FILE_BYTES  # the same limit as a vacancy file on disk
# What a pack inflates to is bounded by these sizes alone: zipfile gives no more of an
# entry than its header declares (MAX_ENTRY_BYTES at most), and the declared sizes add up
# to MAX_TOTAL_BYTES at most. No limit on how much an entry is compressed: a valid vacancy
# of repeated words compresses over a hundredfold, and the app refused its own packs.
MAX_TOTAL_BYTES = 64 * 1024 * 1024

TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP(
    "FileProblem", "has {count:,} entries; a pack holds at most {limit:,}"
)


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """At most MAX_ENTRY_BYTES of an entry, whatever its header claims; ValueError if more."""
    if info.flag_bits & 0x1:
        raise WordedValueError(QT_TRANSLATE_NOOP("FileProblem", "is encrypted"))
    if info.file_size > MAX_ENTRY_BYTES:
        raise WordedValueError(
            QT_TRANSLATE_NOOP(
                "FileProblem", "is too large ({size:,} bytes; the limit is {limit:,})"
            ),
            size=info.file_size,
            limit=MAX_ENTRY_BYTES,
        )
    with archive.open(info) as stream:
        data = stream.read(MAX_ENTRY_BYTES + 1)
    if len(data) > MAX_ENTRY_BYTES:
        raise WordedValueError(
            QT_TRANSLATE_NOOP("FileProblem", "is larger than {limit:,} bytes"),
            limit=MAX_ENTRY_BYTES,
        )
    return data


def entry_reason(exc: Exception) -> Wording | str:
    """Why an entry could not be read: our own check's wording, or the system's text."""
    if isinstance(exc, WordedValueError):
        return Wording.of(exc.template, **exc.values)
    return str(exc)


# The end of a zip file: its "end of central directory" record, then a comment of at most
# 65,535 bytes.
_END_RECORD = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
MAX_DIRECTORY_BYTES = 1024 * 1024


def open_pack(pack: Path) -> IO[bytes]:
    """The pack for reading: a regular file only (a pipe would block for ever)."""
    try:
        return os.fdopen(open_regular(pack), "rb")
    except OSError as exc:
        raise unreadable(pack, exc) from None


def check_directory(pack: Path, handle: IO[bytes]) -> None:
    """Refuse a pack whose directory is too large before zipfile reads it: it builds an
    object per entry, so a few megabytes of directory would take a gigabyte of memory."""
    try:
        handle.seek(0, 2)
        size = handle.tell()
        tail_size = min(size, _END_RECORD.size + 65_535)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
    except OSError as exc:
        raise unreadable(pack, exc) from None
    at = tail.rfind(_END_SIGNATURE)
    if at < 0 or len(tail) - at < _END_RECORD.size:
        raise FileProblemError.of(
            pack, QT_TRANSLATE_NOOP("FileProblem", "is not a readable .zip file (no zip directory)")
        )
    fields = _END_RECORD.unpack_from(tail, at)
    entries, directory_bytes = fields[4], fields[5]
    if entries == 0xFFFF or directory_bytes == 0xFFFFFFFF:
        # ZIP64: only archives far beyond a pack's limits need it.
        raise FileProblemError.of(
            pack,
            QT_TRANSLATE_NOOP("FileProblem", "is a ZIP64 archive; a vacancy pack never needs one"),
        )
    if entries > MAX_ENTRIES or directory_bytes > MAX_DIRECTORY_BYTES:
        raise FileProblemError.of(pack, TOO_MANY_ENTRIES, count=entries, limit=MAX_ENTRIES)


# What a pack that import would refuse is said to be (see check_importable): a pack of 2,100
# vacancies, or of 120 with titles of 10,000 characters (a 3.6 MB manifest), was written,
# then refused whole by the import at the other end.
_TOO_MANY_TO_PACK = QT_TRANSLATE_NOOP(
    "FileProblem", "would hold {count:,} vacancies; a pack holds at most {limit:,}: choose fewer"
)
_FILES_TOO_LARGE_TO_PACK = QT_TRANSLATE_NOOP(
    "FileProblem",
    "would hold {size:,} bytes of vacancy files; a pack holds at most {limit:,}: choose fewer",
)
_MANIFEST_TOO_LARGE_TO_PACK = QT_TRANSLATE_NOOP(
    "FileProblem",
    "would list its vacancies in {size:,} bytes; a pack lists them in at most {limit:,}: "
    "choose fewer",
)


def check_importable(target: Path, count: int, files_bytes: int, manifest_bytes: int) -> None:
    """FileProblemError naming `target`, a pack being written, if import_pack would refuse
    it, whole or in part: more entries, file bytes or manifest bytes than it reads."""
    if count + 1 > MAX_ENTRIES:  # the manifest is an entry too
        raise FileProblemError.of(target, _TOO_MANY_TO_PACK, count=count, limit=MAX_ENTRIES - 1)
    if files_bytes > MAX_TOTAL_BYTES:
        raise FileProblemError.of(
            target, _FILES_TOO_LARGE_TO_PACK, size=files_bytes, limit=MAX_TOTAL_BYTES
        )
    if manifest_bytes > MAX_ENTRY_BYTES:
        raise FileProblemError.of(
            target, _MANIFEST_TOO_LARGE_TO_PACK, size=manifest_bytes, limit=MAX_ENTRY_BYTES
        )
