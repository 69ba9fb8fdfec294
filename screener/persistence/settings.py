"""The app's small settings file: UI language, last profile, wizard positions, window geometry.

Settings are a convenience, so loading is tolerant: a bad value falls back to its default,
and a file that is not JSON at all is set aside as settings.json.bad (for a bug report)
and replaced by defaults. Keys this version does not know (from a newer version) are kept
and written back, so going back and forth between versions loses nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener import paths
from screener.persistence.atomic import write_atomic
from screener.persistence.bounded_read import read_bytes_limited
from screener.persistence.errors import FileProblemError
from screener.persistence.text_checks import unusable_text

SETTINGS_FORMAT = 1
UI_LANGUAGES = ("en", "fr")
BAD_SUFFIX = ".bad"

# SETTINGS_MIGRATIONS[n] turns format-n settings data into format n+1. There is no older
# format yet; the table is here so the next change has an obvious place to go.
SETTINGS_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_KNOWN = ("format", "language", "last_profile", "wizard_position", "window_geometry",
          "last_folder", "welcome_dismissed")  # fmt: skip

# A wizard position is a page index or a criterion id.
WizardPosition = int | str


@dataclass(slots=True)
class Settings:
    language: str | None = None  # "en", "fr", or None to follow the system
    last_profile: str | None = None  # a ProfileStore id
    wizard_position: dict[str, WizardPosition] = field(default_factory=dict)
    window_geometry: str | None = None  # QWidget.saveGeometry() bytes, base64
    last_folder: str | None = None  # where file dialogs start: the last folder chosen
    welcome_dismissed: bool = False  # the first-run welcome was closed
    # Keys from a newer version, written back untouched.
    extra: dict[str, Any] = field(default_factory=dict)
    # Where a corrupt file was moved on load, so the UI can mention it; never saved.
    recovered_from: Path | None = field(default=None, compare=False)

    def geometry_bytes(self) -> bytes | None:
        if self.window_geometry is None:
            return None
        return base64.b64decode(self.window_geometry)

    def set_geometry(self, data: bytes | None) -> None:
        self.window_geometry = base64.b64encode(data).decode("ascii") if data else None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "format": SETTINGS_FORMAT,
            "language": self.language,
            "last_profile": self.last_profile,
            "wizard_position": dict(sorted(self.wizard_position.items())),
            "window_geometry": self.window_geometry,
            "last_folder": self.last_folder,
            "welcome_dismissed": self.welcome_dismissed,
        }


def _encodable(value: Any) -> bool:
    """False for a value holding a lone surrogate (JSON can spell one): kept, it would make
    every later save of the settings fail, whatever else changed."""
    return unusable_text(value) is None


# Far deeper than any setting nests. A newer version's key nested near the JSON parser's
# limit loaded at start-up, then every save raised RecursionError (the encoder recurses
# deeper than the decoder, and a save runs deeper in the call stack).
_MAX_EXTRA_DEPTH = 32


def _shallow(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > _MAX_EXTRA_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return True


def _language(value: Any) -> str | None:
    return value if value in UI_LANGUAGES else None


def _last_profile(value: Any) -> str | None:
    return value if isinstance(value, str) and value and _encodable(value) else None


def _wizard_position(value: Any) -> dict[str, WizardPosition]:
    if not isinstance(value, dict):
        return {}
    kept: dict[str, WizardPosition] = {}
    for reference, position in value.items():
        # bool is an int in Python, but `true` is not a page index.
        is_index = isinstance(position, int) and not isinstance(position, bool) and position >= 0
        if (is_index or (isinstance(position, str) and position)) and _encodable(
            [reference, position]
        ):
            kept[str(reference)] = position
    return kept


def _folder(value: Any) -> str | None:
    return (
        value
        if isinstance(value, str) and value and "\0" not in value and _encodable(value)
        else None
    )


def _geometry(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return value


def settings_from_json(data: dict[str, Any]) -> Settings:
    """Settings from parsed JSON, value by value: one bad value never costs the others."""
    version = data.get("format", SETTINGS_FORMAT)
    if isinstance(version, int) and not isinstance(version, bool):
        while version in SETTINGS_MIGRATIONS:
            data = SETTINGS_MIGRATIONS[version](data)
            version += 1
    return Settings(
        language=_language(data.get("language")),
        last_profile=_last_profile(data.get("last_profile")),
        wizard_position=_wizard_position(data.get("wizard_position")),
        window_geometry=_geometry(data.get("window_geometry")),
        last_folder=_folder(data.get("last_folder")),
        welcome_dismissed=data.get("welcome_dismissed") is True,
        extra={
            k: v for k, v in data.items() if k not in _KNOWN and _encodable([k, v]) and _shallow(v)
        },
    )


def _set_aside(path: Path) -> Path | None:
    bad = path.with_name(path.name + BAD_SUFFIX)
    try:
        os.replace(path, bad)
    except OSError:
        return None
    return bad


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or defaults; never raises for a missing or damaged file."""
    path = path if path is not None else paths.settings_file()
    # os.path, not Path: Path.exists raises PermissionError in a folder this user cannot
    # search, and the app did not start; settings are a convenience, defaults do.
    if not os.path.exists(path):
        return Settings()
    try:
        # Bounded, and never a device or a pipe (a FIFO would block the start-up forever).
        data = json.loads(read_bytes_limited(path).decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("settings file is not a JSON object")
    except (OSError, ValueError, RecursionError, FileProblemError):
        # ValueError covers bad JSON and bad UTF-8. An unreadable file (permissions) cannot
        # be moved either, most likely; then we simply run on defaults.
        settings = Settings()
        if os.path.isfile(path):
            settings.recovered_from = _set_aside(path)
        return settings
    return settings_from_json(data)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically; OSError propagates (the caller decides how loud to be)."""
    path = path if path is not None else paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = json.dumps(settings.to_json(), indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, data.encode("utf-8"))
