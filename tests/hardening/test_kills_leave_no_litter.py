"""A run killed while it writes the vacancy cache leaves no litter for good.

The cache of a folder is written to a temporary file, renamed when complete. A run killed
before the rename (a closed terminal, a logout, a crash) left that file behind, and nothing
ever removed it: three kills while `screener list` cached 10,000 vacancies left 79 MB in the
cache folder. The next cache write now removes such leftovers; a file another run is still
writing (POSIX: it holds the file's lock) is left alone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from screener import paths
from screener.persistence.vacancy_catalogue import load_catalogue

fcntl = pytest.importorskip("fcntl")  # the lock that tells a leftover from a write in progress

REPO = Path(__file__).resolve().parents[2]
SOURCE = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")


def _add_vacancies(folder: Path, start: int, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(start, start + count):
        text = SOURCE.replace('reference = "250939"', f'reference = "K{number:05d}"')
        (folder / f"K{number:05d}.toml").write_text(text, encoding="utf-8")


def _load() -> int:
    return len(load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir()).vacancies)


def _temporaries() -> list[str]:
    return sorted(p.name for p in paths.user_cache_dir().iterdir() if p.name.endswith(".tmp"))


def test_the_next_cache_write_removes_what_a_killed_run_left() -> None:
    _add_vacancies(paths.user_vacancies_dir(), 0, 3)
    assert _load() == 5 + 3
    caches = sorted(p.name for p in paths.user_cache_dir().iterdir())
    assert caches and _temporaries() == []
    cache = paths.user_cache_dir()
    left = [cache / f".{name}.killed{i}.tmp" for name in caches for i in range(2)]
    for path in left:
        path.write_bytes(b"half a cache" * 1000)
    busy = cache / f".{caches[-1]}.writing.tmp"  # another run, writing now
    busy.write_bytes(b"being written")
    fd = os.open(busy, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a writer holds its file
        _add_vacancies(paths.user_vacancies_dir(), 3, 1)  # the user's folder changed
        assert _load() == 5 + 4
        assert busy.name in _temporaries()
        assert not any(path.exists() for path in left if caches[-1] in path.name)
    finally:
        os.close(fd)


@pytest.mark.long
def test_kills_while_caching_thousands_of_vacancies(tmp_path: Path) -> None:
    _add_vacancies(paths.user_vacancies_dir(), 0, 3000)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for delay in (1.5, 2.5, 3.5):
        child = subprocess.Popen(
            [sys.executable, "-m", "screener", "list"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _load() == 5 + 3000  # one run to the end, writing the cache
    assert _temporaries() == []
