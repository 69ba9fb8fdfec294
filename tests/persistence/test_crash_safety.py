"""Crash safety: kill an autosaving process at random moments; the profile always survives.

A child process saves one profile over and over (as the GUI's autosave does); the test
kills it abruptly (SIGKILL on POSIX, TerminateProcess on Windows) at a random moment, and
after each kill the profile file must exist and load.

Each kill costs a process start (~0.2 s): the default run kills a few times, enough to catch a
save that is not atomic at all; `make test-long` kills 200 times (SCREENER_CRASH_KILLS=200), to
catch the rare window a partial write would leave open.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from screener import paths
from screener.persistence.profile_store import ProfileStore

# Kills per run: a few by default, the full 200 in `make test-long`.
KILLS = int(os.environ.get("SCREENER_CRASH_KILLS", "12"))

_CHILD = r"""
import sys
from pathlib import Path
from screener.domain.profile import Profile
from screener.persistence.profile_store import ProfileStore

store = ProfileStore(Path(sys.argv[1]))
# Big enough (~100 kB) that a kill often lands in the middle of a write.
answers = {f"ref{r}": {f"criterion-{c}": float(c) for c in range(60)} for r in range(60)}
round_ = 0
while True:
    answers["ref0"]["criterion-0"] = float(round_)
    store.save(Profile(name=f"Round {round_}", answers=answers), "candidate")
    if round_ == 0:
        print("ready", flush=True)
    round_ += 1
"""


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


def test_profile_survives_being_killed_mid_autosave(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles")
    seed = int(time.time())
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    last_round = -1
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(store.folder)],
            stdout=subprocess.PIPE,
            env=env,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == b"ready\n", f"child did not start (seed {seed})"
            time.sleep(rng.uniform(0, 0.05))
        finally:
            child.kill()
            child.wait()
            if child.stdout is not None:
                child.stdout.close()
        context = f"after kill {kill + 1} (seed {seed})"
        assert store.path_of("candidate").is_file(), context
        profile = store.load("candidate")  # raises if the file is damaged
        assert profile.name.startswith("Round "), context
        assert profile.answers["ref0"]["criterion-0"] == float(profile.name.split()[1]), context
        last_round = max(last_round, int(profile.name.split()[1]))
        # Leftover temporary files are ignored by the store, never listed as problems.
        listing = store.list()
        assert [e.id for e in listing.entries] == ["candidate"], context
        assert listing.errors == [], context
    assert last_round > 0, "the child never got past its first save"
