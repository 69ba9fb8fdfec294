"""A command's standard output and error where they cannot be written: closed before the
command started (`screener batch ... >&-`, some launchers and schedulers), or on a disk
that is full or gone (`screener list > /full/disk/list.txt`). No Qt here.

Each ended in "unexpected error" (exit 1): an AttributeError for a closed stream, which
Python sets to None, and an OSError naming no file for a failed write.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any, TypeGuard

STANDARD_OUTPUT = "standard output"
# An output named "-" is standard output, for every command.
STDOUT = "-"


def _named(exc: OSError) -> OSError:
    # The same class: a reader that left (`screener list | head`) is still a BrokenPipeError.
    return type(exc)(exc.errno, exc.strerror or str(exc), STANDARD_OUTPUT)


class _Named:
    """A stream whose failed writes name it, as a file's do."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, data: Any) -> Any:
        try:
            return self._stream.write(data)
        except OSError as exc:
            raise _named(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise _named(exc) from None

    @property
    def buffer(self) -> _Named:
        return _Named(self._stream.buffer)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def named_output() -> Iterator[None]:
    """While a command runs: standard output named in its failures, and flushed at the end
    (a write that fails then is said, not lost as Python exits). A stream closed before the
    start writes nowhere, as print() already does with it, and the command still does its
    work (the batch's CSV, the imported draft)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    previous = sys.stdout
    sys.stdout = _Named(previous)
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = previous


def is_output_failure(exc: BaseException) -> TypeGuard[OSError]:
    return isinstance(exc, OSError) and exc.filename == STANDARD_OUTPUT
