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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `long` run only when asked for (`-m long`, as `make test-long` does)."""
    if "long" in (config.option.markexpr or ""):
        return
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason="full size: run with -m long (make test-long)")
    for item in items:
        if "long" in item.keywords and here in Path(str(item.fspath)).parents:
            item.add_marker(skip)
