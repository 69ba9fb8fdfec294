"""Atomic file replacement: a reader sees the old file or the new one, never half of either.

The new content goes to a temporary file in the same folder (so the final rename never
crosses file systems), is flushed and fsynced, and only then renamed over the old file.
A crash or power cut at any moment leaves the previous file intact; the worst case is a
stray temporary file, which the profile store ignores (its name starts with a dot).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

# Profiles and settings are personal data: readable by their owner only (POSIX).
PRIVATE_MODE = 0o600

TEMP_SUFFIX = ".tmp"

# Called with (temporary file, destination) after the data is on disk and before the rename.
# Tests set it to raise, to simulate a crash at the worst moment; None in normal use.
_before_replace: Callable[[Path, Path], None] | None = None

# On Windows, os.replace fails while another process (an antivirus, a file indexer, a
# second copy of the app reading the file) holds the target open; such locks are brief.
_WINDOWS_REPLACE_ATTEMPTS = 10
_WINDOWS_REPLACE_PAUSE = 0.05


# The longest file name, in bytes, of the file systems the app meets (ext4, APFS, FAT's and
# NTFS's long names count 255 characters, never fewer bytes).
NAME_MAX_BYTES = 255


def hidden_sibling_name(name: str, suffix: str) -> str:
    """`.name<suffix>`, the name of a hidden file kept beside `name`, with `name` cut so the
    whole fits NAME_MAX_BYTES: a profile whose own name is 255 bytes long (a name from
    another system, as long as it allows) could never be saved, every temporary file beside
    it being "File name too long"."""
    room = NAME_MAX_BYTES - len(os.fsencode(f".{suffix}"))
    if len(os.fsencode(name)) > room:
        name = name[:room]
        while len(os.fsencode(name)) > room:  # letters of more than one byte
            name = name[:-1]
    return f".{name}{suffix}"


# The letters tempfile.mkstemp adds between the prefix and the suffix.
_RANDOM_LETTERS = 8


def temp_prefix(path: Path) -> str:
    """The prefix of this file's temporary siblings, so folder listings can skip them."""
    after = "x" * _RANDOM_LETTERS + TEMP_SUFFIX  # what mkstemp puts after the prefix
    return hidden_sibling_name(path.name, f".{after}").removesuffix(after)


def is_temp_file(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


def _replace(source: str, destination: Path) -> None:
    if sys.platform != "win32":
        os.replace(source, destination)
        return
    for attempt in range(_WINDOWS_REPLACE_ATTEMPTS):
        try:
            os.replace(source, destination)
            return
        except PermissionError:
            if attempt == _WINDOWS_REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_WINDOWS_REPLACE_PAUSE)


def fsync_directory(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        # Some file systems (certain network mounts) refuse fsync on a folder; the rename
        # itself has happened, so durability is best effort here.
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def lock_temp_file(fd: int) -> None:
    """Mark the temporary file as being written: a leftover is one nobody holds (POSIX)."""
    if fcntl is not None:
        with suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _destination(path: Path) -> Path:
    """The file to replace for `path`: a symlink's target, so the link is kept (renaming over
    it would turn the user's link into a copy), and never anything but a regular file. A
    rename over a device or a pipe replaces it with a file: the program reading the pipe
    waits for ever, and /dev/full, given as a "disk full" output, became a file (as root)."""
    target = Path(os.path.realpath(path)) if os.path.islink(path) else path
    try:
        kind = os.stat(target).st_mode
    except FileNotFoundError:
        return target  # a new file, or a link to a file yet to be made
    if stat.S_ISDIR(kind):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(kind):
        raise OSError(
            errno.EINVAL, "not a regular file (a device, pipe or socket); not replaced", str(path)
        )
    return target


def input_at(output: Path | str, inputs: Iterable[Path | str | None]) -> Path | str | None:
    """The input that `output` is, however either was named (a relative path, a symlink, a
    hard link), or None: a command or a dialog must never write its result over a file it
    read (a profile, a vacancy)."""
    try:
        target = os.stat(output)
    except (OSError, ValueError):
        return None  # nothing there yet: writing it overwrites no input
    for name in inputs:
        if name is None:
            continue
        try:
            if os.path.samestat(target, os.stat(name)):
                return name
        except (OSError, ValueError):
            continue
    return None


def write_atomic(path: Path, data: bytes | Iterable[bytes], mode: int = PRIVATE_MODE) -> None:
    """Replace `path` with `data` atomically; on any failure the old file is left as it was.

    `data` may be chunks, written as they come: a file of a gigabyte (a batch of thousands
    of candidates and vacancies) is then never held whole in memory.

    The folder must exist. A symlink is followed (its target is replaced, the link kept); a
    folder, device or pipe is never replaced. Raises OSError (with the file name) if the
    write fails.
    """
    path = _destination(Path(path))
    folder = path.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        # Said of the file the user chose: the temporary name ("/x/.a.txt.909ilkm2.tmp")
        # appeared in messages and means nothing to them.
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    open_fd: int | None = fd
    try:
        lock_temp_file(fd)
        for chunk in (data,) if isinstance(data, bytes | bytearray) else data:
            _write_all(fd, chunk)
        os.fsync(fd)
        # mkstemp creates 0o600 already; chmod covers other modes (on Windows it only
        # toggles the read-only flag, which is harmless for a writable mode).
        os.chmod(temp_name, mode)
        if _before_replace is not None:
            _before_replace(Path(temp_name), path)
        if sys.platform == "win32":  # Windows cannot rename a file open here
            os.close(fd)
            open_fd = None
        # Held open (and locked) until renamed, so a tidy-up never takes it for a leftover.
        _replace(temp_name, path)
    except BaseException:
        # BaseException too: a KeyboardInterrupt mid-write must not leave litter behind.
        with suppress(OSError):
            os.unlink(temp_name)
        raise
    finally:
        if open_fd is not None:
            with suppress(OSError):
                os.close(open_fd)
    fsync_directory(folder)


def _is_leftover(path: Path, max_age: float) -> bool:
    """True for a temporary file no process is writing (POSIX: nobody holds its lock)."""
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False
    if age > max_age or fcntl is None:
        return age > max_age
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a write in progress, in this process or another
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)


def remove_leftover_temps(folder: Path, stem: str = "", max_age: float = 3600) -> int:
    """Remove the temporary files an interrupted write left in `folder`; returns how many.

    Only files named like ours (".<stem>....tmp"). A file being written is left alone: on
    POSIX it is locked by its writer; elsewhere only files older than `max_age` go.
    """
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        candidate = folder / name
        if not (is_temp_file(candidate) and name.startswith(f".{stem}")):
            continue
        if _is_leftover(candidate, max_age):
            with suppress(OSError):
                candidate.unlink()
                removed += 1
    return removed
