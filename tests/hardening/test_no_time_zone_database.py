"""A system without a time zone database: minimal Linux installs and containers have no
/usr/share/zoneinfo, and PYTHONTZPATH may point anywhere. Deadlines are in Brussels time, so
every command stopped with "unexpected error: ZoneInfoNotFoundError: 'No time zone found
with key Europe/Brussels'" and the app did not start. The zone data now comes with the app
on every system (the tzdata package, which zoneinfo falls back to), not on Windows only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_the_zone_data_is_a_dependency_everywhere() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    assert "tzdata" in project["dependencies"]  # no platform marker


def test_the_commands_run_without_a_system_zone_database(tmp_path: Path) -> None:
    pytest.importorskip("tzdata", reason="install the project's dependencies again")
    empty = tmp_path / "no-zones"
    empty.mkdir()
    env = {**os.environ, "PYTHONTZPATH": str(empty), "SCREENER_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run(
        [sys.executable, "-m", "screener", "show", "250939"],
        env=env, capture_output=True, text=True, timeout=60, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "27 July 2025" in done.stdout
