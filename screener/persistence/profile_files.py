"""Reading candidate profiles (JSON). A profile is read whole or not at all.

Saving (atomic writes) and migrations of older formats live in profile_store.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from screener.domain.profile import PROFILE_FORMAT, Profile
from screener.persistence.errors import (
    FileProblemError,
    Problem,
    read_text_limited,
    short_repr,
    validation_problems,
)

PROFILE_SUFFIX = ".json"

_ANSWER_EXPECTED = 'expected true, false, "unsure" or a number of years'
# Pattern messages name a regular expression; people need an example instead.
_PATTERN_HINTS = {
    "nationality": "expected a two-letter country code in capitals, such as 'FR' or 'PL'",
    "languages": "expected a two-letter language code in lower case, such as 'en' or 'fr'",
    "mother_tongues": "expected a two-letter language code in lower case, such as 'en' or 'fr'",
}


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _problems(path: Path, error: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for raw, problem in zip(error.errors(), validation_problems(path, error), strict=True):
        loc = raw["loc"]
        if loc and loc[0] == "answers" and len(loc) >= 3:
            got = f" (got {short_repr(raw['input'])})" if "input" in raw else ""
            problem = Problem(path, problem.where, _ANSWER_EXPECTED + got)
        elif raw["type"] == "string_pattern_mismatch" and loc and loc[0] in _PATTERN_HINTS:
            problem = Problem(
                path,
                problem.where,
                f"{_PATTERN_HINTS[str(loc[0])]} (got {short_repr(raw['input'])})",
            )
        # A value that fits no member of a union is reported once, not once per member.
        if problem not in problems:
            problems.append(problem)
    return problems


def parse_profile_text(text: str, path: Path) -> Profile:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise FileProblemError.single(path, f"JSON syntax error: {exc.msg}", where) from None
    except _DuplicateKeyError as exc:
        raise FileProblemError.single(
            path, f"the key {exc.args[0]!r} appears more than once in one object"
        ) from None
    except ValueError as exc:
        raise FileProblemError.single(path, f"JSON syntax error: {exc}") from None
    except RecursionError:
        raise FileProblemError.single(path, "JSON is nested too deeply") from None
    if not isinstance(data, dict):
        raise FileProblemError.single(path, "expected a JSON object ({ ... }) at the top level")
    version = data.get("format", PROFILE_FORMAT)
    if isinstance(version, int) and not isinstance(version, bool) and version > PROFILE_FORMAT:
        raise FileProblemError.single(
            path,
            f"made by a newer version of Screener (format {version}); "
            f"this version reads format {PROFILE_FORMAT}",
            "format",
        )
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise FileProblemError(path, _problems(path, exc)) from None
    except RecursionError:
        raise FileProblemError.single(path, "data is nested too deeply") from None


def load_profile(path: Path) -> Profile:
    """Read and validate one profile; FileProblemError says what is wrong and where."""
    return parse_profile_text(read_text_limited(path), path)
