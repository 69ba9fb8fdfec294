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
    cache = paths.user_cache_dir()
    caches = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}  # bundled and user's
    assert len(caches) == 2 and _temporaries() == []
    left = [cache / f".{name}.killed{i}.tmp" for name in caches for i in range(2)]
    for path in left:
        path.write_bytes(b"half a cache" * 1000)
    # Another run writing each cache now, holding its file's lock as a writer does.
    busy = [cache / f".{name}.writing.tmp" for name in caches]
    handles = []
    try:
        for path in busy:
            path.write_bytes(b"being written")
            handles.append(os.open(path, os.O_RDWR))
            fcntl.flock(handles[-1], fcntl.LOCK_EX | fcntl.LOCK_NB)
        _add_vacancies(paths.user_vacancies_dir(), 3, 1)  # the user's folder changed
        assert _load() == 5 + 4
    finally:
        for handle in handles:
            os.close(handle)
    rewritten = [n for n, t in caches.items() if (cache / n).stat().st_mtime_ns != t]
    assert len(rewritten) == 1  # the user's folder's cache; the bundled one is as it was
    assert all(path.exists() for path in busy)
    assert [p.name for p in left if p.exists()] == [
        p.name for p in left if rewritten[0] not in p.name
    ]


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
