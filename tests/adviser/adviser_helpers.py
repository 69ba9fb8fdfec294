"""Helpers shared by the adviser's tests (a module name of its own: `conftest` is taken)."""

from __future__ import annotations

from pathlib import Path

from screener.domain.profile import Profile


def save(folder: Path, profile: Profile, name: str = "candidate.json") -> Path:
    path = folder / name
    path.write_text(profile.model_dump_json(indent=2), encoding="utf-8")
    return path
