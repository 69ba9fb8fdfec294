"""Fixtures for the adviser's core tests (no Qt: `make test-core` runs them with it blocked)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from adviser_support import Run, cli_runner, french_ii_profile

from screener.domain.profile import Profile


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    return cli_runner(capsys)


@pytest.fixture
def french_ii() -> Profile:
    return french_ii_profile()
