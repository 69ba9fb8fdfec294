"""Reading the user's files within limits: a regular file only (never a device, a pipe or a
folder), at most so many bytes, as UTF-8 text; each refusal a FileProblemError naming the file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from screener.persistence.errors import FileProblemError, position, unreadable
from screener.translatable import QT_TRANSLATE_NOOP

# Anything bigger is not a vacancy or profile file; refusing it early keeps parsing bounded.
MAX_FILE_BYTES = 1024 * 1024


def open_regular(path: Path) -> int:
    """A descriptor on `path`, which must be a regular file (symlinks followed); every file
    Screener reads goes through here (or read_bytes_limited), never through open().

    Opened without blocking: opening a FIFO for reading otherwise waits for a writer forever.
    The type is checked on the open descriptor, so a file swapped after a stat cannot slip by.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(mode):
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "is not a regular file (a device, pipe or socket); it was not read",
                ),
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def too_large(path: Path, size: int, limit: int = MAX_FILE_BYTES) -> FileProblemError:
    """`path` holds (or would hold) `size` bytes, more than Screener reads of a file."""
    return FileProblemError.of(
        path,
        QT_TRANSLATE_NOOP(
            "FileProblem", "file is too large ({size:,} bytes; the limit is {limit:,})"
        ),
        size=size,
        limit=limit,
    )


def read_bytes_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """At most `limit` bytes of a regular file, or a FileProblemError saying why not.

    The limit is enforced while reading, not only by the size the file claims: a file can
    grow between a stat and a read, and some files (in /proc) report a size of 0.
    """
    try:
        fd = open_regular(path)
        with os.fdopen(fd, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:  # said with its size, without reading it
                raise too_large(path, size, limit)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise unreadable(path, exc) from None
    if len(data) > limit:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem", "file is too large (over {limit:,} bytes; the limit is {limit:,})"
            ),
            limit=limit,
        )
    return data


def read_text_limited(path: Path) -> str:
    """The file's text, or a FileProblemError saying why it cannot be read."""
    return text_of(read_bytes_limited(path), path)


def _looks_like_utf16(data: bytes) -> bool:
    """A byte-order mark of UTF-16, or text whose every other byte is zero (UTF-16 without
    one, as Windows tools write): said as such, not as "a binary file"."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    for zeros, text in ((odd, even), (even, odd)):  # little-endian, then big-endian
        if zeros.count(0) >= 0.9 * len(zeros) and text.count(0) < 0.1 * len(text):
            return True
    return False


def text_of(data: bytes, path: Path) -> str:
    """A file's bytes as text, or a FileProblemError naming `path` and saying why not."""
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem", "is UTF-16 text; save it as UTF-8 (the encoding Screener reads)"
                ),
            )
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "is a binary file, not text")
        )
    try:
        # utf-8-sig: editors on Windows may start the file with a byte-order mark.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Most often a file saved by a Windows editor in its own code page (é as one byte):
        # where, and what to do, rather than a byte's offset.
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem", "is not UTF-8 text; save it as UTF-8 (the encoding Screener reads)"
            ),
            position(data.count(b"\n", 0, exc.start) + 1, column),
        ) from None
