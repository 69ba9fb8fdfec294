"""Helpers shared by the CLI tests: run results, profile files, broken vacancy files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screener.domain.profile import Profile

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "vacancies"
REFERENCES = ["241436", "241600", "250411", "250717", "250939"]
SOURCE_250939 = (BUNDLED / "250939.toml").read_text(encoding="utf-8")


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def write_profile(folder: Path, profile: Profile | dict[str, Any], name: str = "me.json") -> Path:
    path = folder / name
    if isinstance(profile, Profile):
        path.write_text(profile.model_dump_json(indent=2), encoding="utf-8")
    else:
        path.write_text(json.dumps(profile), encoding="utf-8")
    return path


def bad_vacancy(folder: Path, old: str, new: str, name: str = "bad.toml") -> Path:
    """A copy of 250939 with one edit, written to `folder`."""
    assert old in SOURCE_250939
    path = folder / name
    path.write_text(SOURCE_250939.replace(old, new, 1), encoding="utf-8")
    return path
