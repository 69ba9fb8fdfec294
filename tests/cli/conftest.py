"""Fixtures for the CLI tests: main([...]) in-process, and profile files to assess."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import BUNDLED, Run, write_profile
from vacancy_builders import failing_profile, meeting_profile

from screener.cli import entry as cli
from screener.persistence.vacancy_files import load_vacancy


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """run("list", "--format", "json") -> Run(code, out, err); never a traceback."""

    def call(*args: str) -> Run:
        code = cli.main(list(args))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return Run(code, captured.out, captured.err)

    return call


@pytest.fixture
def eligible(tmp_path: Path) -> Path:
    """A profile that meets everything 250939 asks for."""
    return write_profile(tmp_path, meeting_profile(load_vacancy(BUNDLED / "250939.toml")))


@pytest.fixture
def short_of_experience(tmp_path: Path) -> Path:
    """The eligible profile with half a year too little experience for 250939."""
    profile = failing_profile(load_vacancy(BUNDLED / "250939.toml"), "experience")
    assert profile is not None
    return write_profile(tmp_path, profile, "short.json")
