"""Shared helpers for the hardening tests: bounded time, and the one acceptable way to fail."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from screener.persistence.errors import FileProblemError

REPO = Path(__file__).resolve().parents[2]
BUNDLED_FILES = sorted((REPO / "vacancies").glob("*.toml"))
T = TypeVar("T")


class HangError(Exception):
    """The code under test took longer than a person would wait for a file to open."""


# A process kept waiting by a busy machine (other test workers, other jobs) is given up to this
# many times its limit, as long as it has not used the limit's worth of processor time.
_BUSY_MACHINE_ALLOWANCE = 3


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail instead of hanging; SIGALRM interrupts pure-Python loops (tomllib, json, pydantic).

    The limit is on the time the code runs: when the alarm rings before this process has had
    `seconds` of processor time (the machine gave it less), it rings again later, until the
    processor time is used or `_BUSY_MACHINE_ALLOWANCE` times `seconds` have passed. A loop
    fails after `seconds` as before on an idle machine; a wait that uses no processor time
    (a pipe that never opens) fails after the longer time."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:  # Windows, or a worker thread: no alarm, rely on bounded inputs
        yield
        return
    started, cpu_started = time.monotonic(), time.process_time()

    def _expired(signum: int, frame: object) -> None:
        waited = time.monotonic() - started
        left = min(
            seconds - (time.process_time() - cpu_started),
            seconds * _BUSY_MACHINE_ALLOWANCE - waited,
        )
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)
            return
        # Fire again soon: an exception raised inside a gc callback (hypothesis installs
        # some) is swallowed, and the code under test would run on.
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        raise HangError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def names_the_file(error: FileProblemError, path: Path) -> None:
    assert error.problems, "a FileProblemError without problems tells the user nothing"
    for problem in error.problems:
        assert problem.path == path
        assert str(problem).startswith(f"{path}: "), f"does not name the file: {problem}"
        assert problem.message.strip(), f"a problem without a message: {problem!r}"


def refused(load: Callable[[], object], path: Path, seconds: float = 5.0) -> FileProblemError:
    """Run `load`; it must raise FileProblemError naming `path` in every line, in time."""
    with time_limit(seconds):
        try:
            result = load()
        except FileProblemError as exc:
            error = exc
        else:
            pytest.fail(f"{path.name} was accepted: {result!r:.200}")
    names_the_file(error, path)
    return error


def loaded_or_refused(load: Callable[[], T], path: Path, seconds: float = 5.0) -> T | None:
    """Either outcome is fine for fuzzed input; any other exception, or a hang, is a bug."""
    with time_limit(seconds):
        try:
            return load()
        except FileProblemError as exc:
            names_the_file(exc, path)
            return None


def field_named(error: FileProblemError, field: str) -> bool:
    return any(field in problem.where for problem in error.problems)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """A command run in this process, in bounded time: (exit status, stdout, stderr)."""
    from screener.cli import entry as cli

    with time_limit(30):
        status = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err
