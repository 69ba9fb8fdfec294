"""Older profile formats, brought up to the current one; newer formats refused whole.

The one place that knows profile formats: every reader goes through migrate().
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from screener.domain.profile import PROFILE_FORMAT
from screener.persistence.errors import FileProblemError, Problem, newer_format_error, short_repr
from screener.translatable import QT_TRANSLATE_NOOP

RawProfile = dict[str, Any]


def _from_format_0(data: RawProfile, path: Path) -> RawProfile:
    """Format 0, the pre-release shape: no `format` field, `languages` as a list of
    {code, level} objects, and `driving_licences` possibly missing."""
    migrated = dict(data)
    languages = migrated.get("languages")
    if isinstance(languages, list):
        as_dict: dict[str, Any] = {}
        problems: list[Problem] = []
        for index, item in enumerate(languages):
            where = f"languages[{index}]"
            if not isinstance(item, dict) or set(item) != {"code", "level"}:
                template = QT_TRANSLATE_NOOP(
                    "FileProblem", "expected an object with 'code' and 'level'"
                )
                problems.append(Problem.of(path, where, template))
            elif not isinstance(item["code"], str):
                template = QT_TRANSLATE_NOOP("FileProblem", "'code' must be a language code")
                problems.append(Problem.of(path, where, template))
            elif item["code"] in as_dict:
                template = QT_TRANSLATE_NOOP("FileProblem", "language {code} is listed twice")
                problems.append(Problem.of(path, where, template, code=repr(item["code"])))
            else:
                as_dict[item["code"]] = item["level"]
        if problems:
            raise FileProblemError(path, problems)
        migrated["languages"] = as_dict
    migrated.setdefault("driving_licences", None)
    migrated["format"] = 1
    return migrated


# MIGRATIONS[n] turns a format-n profile into a format-(n+1) one; they are applied in turn.
MIGRATIONS: dict[int, Callable[[RawProfile, Path], RawProfile]] = {0: _from_format_0}


def _format_of(data: RawProfile, path: Path) -> int:
    if "format" not in data:
        return 0
    version = data["format"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "must be a whole number (got {got})"),
            "format",
            got=short_repr(version),
        )
    if version > PROFILE_FORMAT:
        raise newer_format_error(path, "profile", version, PROFILE_FORMAT)
    if version != PROFILE_FORMAT and version not in MIGRATIONS:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "unknown profile format {version}"),
            "format",
            version=version,
        )
    return version


def migrate(data: RawProfile, path: Path) -> RawProfile:
    """Bring raw profile data up to the current format; a newer format is refused whole."""
    version = _format_of(data, path)
    while version < PROFILE_FORMAT:
        data = MIGRATIONS[version](data, path)
        version += 1
    return data
