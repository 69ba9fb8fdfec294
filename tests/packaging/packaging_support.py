"""Helpers for the packaging tests: build the wheel/sdist, run the CLI away from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from vacancy_builders import meeting_profile

from screener.persistence.vacancy_files import load_vacancy

REPO = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 300


def build(out: Path, *kinds: str) -> list[Path]:
    """`python -m build` in this environment (no isolated build env, so no network)."""
    flags = [f"--{kind}" for kind in kinds]
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", *flags, "--outdir", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return sorted(out.iterdir())


def tracked(pattern: str) -> list[str]:
    """Files of the checkout matching a glob, relative to the repository, as the wheel names them."""
    return sorted(path.relative_to(REPO).as_posix() for path in REPO.glob(pattern))


@dataclass
class Run:
    code: int
    out: str
    err: str


def clean_environment(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's shell: no checkout on the path, data in a folder of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SCREENER_"))}
    env.update(SCREENER_DATA_DIR=str(data_dir), LANG="en_GB.UTF-8", **extra)
    return env


def run(command: list[str], cwd: Path, env: dict[str, str]) -> Run:
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=cwd, env=env, timeout=120, check=False
    )
    return Run(done.returncode, done.stdout, done.stderr)


def eligible_profile(folder: Path) -> Path:
    """A profile file meeting everything bundled vacancy 250939 asks for."""
    profile = meeting_profile(load_vacancy(REPO / "vacancies" / "250939.toml"))
    path = folder / "me.json"
    path.write_text(profile.model_dump_json(indent=2), encoding="utf-8")
    return path
