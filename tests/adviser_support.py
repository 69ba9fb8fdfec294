"""What the adviser's tests share, core and UI alike (no Qt here): the CLI run in-process,
a profile file, and the candidate most tests follow."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from screener.cli import entry as cli
from screener.domain.profile import Profile


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli_runner(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """run("gaps", "--profile", ...) -> Run(code, out, err); never a traceback."""

    def call(*args: str) -> Run:
        code = cli.main(list(args))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return Run(code, captured.out, captured.err)

    return call


def save(folder: Path, profile: Profile, name: str = "candidate.json") -> Path:
    path = folder / name
    path.write_text(profile.model_dump_json(indent=2), encoding="utf-8")
    return path


def french_ii_profile() -> Profile:
    """A Belgian graduate with English V and French II, a B licence, and some answers for
    250939: three years of experience (it asks for four) and a "no" to its fitness test."""
    return Profile(
        name="Anne Peeters",
        nationality="BE",
        education="bachelor",
        languages={"en": "V", "fr": "II"},
        driving_licences=["B"],
        answers={"250939": {"experience": 3, "fitness": False}},
    )
