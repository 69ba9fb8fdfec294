"""Hardening tests run offscreen and never touch the user's real data."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # tests/conftest.py does this too; repeated so that this folder stands on its own.
    monkeypatch.setenv("SCREENER_DATA_DIR", str(tmp_path / "screener-data"))


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder another user can reach (pytest's own is private to this user),
    for tests that run the app as someone the permissions stop."""
    folder = Path(tempfile.mkdtemp(prefix="screener-shared-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):  # folders locked by the test are opened again
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
