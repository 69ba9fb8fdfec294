"""Which Screener process has a profile open: a small lock file beside the profile.

Only a hint, so that a second window on the same profile can say so at once; what keeps
answers safe is the check before each save (ProfileKeeper compares the file with what it
last read or wrote). A lock left by a crash names a process that is gone and is ignored.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from screener.persistence.atomic import hidden_sibling_name, write_atomic
from screener.persistence.bounded_read import read_bytes_limited
from screener.persistence.errors import FileProblemError

LOCK_SUFFIX = ".lock"


def lock_path(profile: Path) -> Path:
    # Hidden, and not *.json: never listed as a profile, never taken for one.
    return profile.with_name(hidden_sibling_name(profile.name, LOCK_SUFFIX))


def _alive(pid: int) -> bool:
    if os.name != "posix":
        # No harmless way to ask Windows: a lock left by a crash would otherwise warn at
        # every start, for ever. Without the hint, the check before each save still holds.
        return False
    try:
        os.kill(pid, 0)  # signal 0: asks whether the process exists, sends nothing
    except (ProcessLookupError, OverflowError):  # OverflowError: no process has such an id
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def holder(profile: Path) -> int | None:
    """The id of another live process that has this profile open, or None."""
    if os.path.islink(lock_path(profile)):
        return None  # no copy of Screener writes a link (see take)
    try:
        text = read_bytes_limited(lock_path(profile), limit=64).decode("ascii").strip()
        pid = int(text)
    except (FileProblemError, UnicodeDecodeError, ValueError):
        return None
    return pid if pid != os.getpid() and pid > 0 and _alive(pid) else None


def take(profile: Path) -> None:
    """Say this process has the profile open (best effort: a read-only folder is fine).
    A live process's lock is left as it is: it had the profile first."""
    if holder(profile) is not None:
        return
    lock = lock_path(profile)
    with contextlib.suppress(OSError):
        if os.path.islink(lock):
            # Replaced, never written through: a link left in a profiles folder from elsewhere
            # (a USB stick) made opening the profile replace the file it named, anywhere the
            # user may write, with a process id.
            os.unlink(lock)
        write_atomic(lock, f"{os.getpid()}\n".encode("ascii"))


def release(profile: Path) -> None:
    """Remove this process's lock on the profile; another process's lock stays."""
    path = lock_path(profile)
    try:
        ours = read_bytes_limited(path, limit=64).decode("ascii").strip() == str(os.getpid())
    except (FileProblemError, UnicodeDecodeError):
        return
    if ours:
        with contextlib.suppress(OSError):
            path.unlink()
