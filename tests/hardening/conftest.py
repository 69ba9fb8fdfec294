"""Hardening tests run offscreen and never touch the user's real data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # tests/conftest.py does this too; repeated so that this folder stands on its own.
    monkeypatch.setenv("SCREENER_DATA_DIR", str(tmp_path / "screener-data"))
