"""What the Open dialog lists of a profile file: its name, taken from the head of the file
(reading and validating hundreds of profiles whole froze it: 300 files of 219 KB, 22 s), and
its modification time."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]
from pathlib import Path

from screener.persistence.bounded_read import open_regular
from screener.persistence.errors import FileProblemError, Problem
from screener.persistence.text_checks import (
    MAX_TEXT_CHARS,
    MAX_TEXT_LINES,
    oversized,
    unusable_text,
)

# The app writes "format" then "name" first (profile_bytes, in model order): the longest
# name allowed fits in these bytes even written as \u escapes, six bytes a character.
HEAD_BYTES = 8 * 1024 + 6 * MAX_TEXT_CHARS

_WHITESPACE = " \t\n\r"
_DECODER = json.JSONDecoder()


@dataclass(frozen=True, slots=True)
class ProfileEntry:
    id: str  # the file name without .json
    name: str  # the display name (the profile's name, or the id if it has none)
    modified: dt.datetime | None  # None: the file's time is not one a date can hold
    path: Path
    checked: bool = True  # False: named from its head only (see ProfileStore.check)


@dataclass(slots=True)
class ProfileListing:
    entries: list[ProfileEntry] = field(default_factory=list)
    errors: list[FileProblemError] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for error in self.errors for p in error.problems]


def modified_time(info: os.stat_result) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(info.st_mtime).astimezone()
    except (ValueError, OverflowError, OSError):
        # A time past year 9999 or before year 1 (a damaged or crafted timestamp, which
        # tmpfs, XFS, btrfs or NTFS keep): the file is listed without one.
        return None


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in _WHITESPACE:
        at += 1
    return at


def _head(path: Path) -> str | None:
    try:
        fd = open_regular(path)
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(HEAD_BYTES)
    except (OSError, FileProblemError):
        return None
    if b"\x00" in data:
        return None
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        # Not final: the head may end inside a character.
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return None


def _name_in(text: str) -> str | None:
    # Imported here: the store, and so the app's first screen, does not import pydantic.
    from screener.domain.profile import PROFILE_FORMAT

    at = _skip(text, 0)
    if text[at : at + 1] != "{":
        return None
    at += 1
    known_format = False
    while True:
        at = _skip(text, at)
        if text[at : at + 1] != '"':
            return None
        key, at = scanstring(text, at + 1)
        at = _skip(text, at)
        if text[at : at + 1] != ":":
            return None
        value, at = _DECODER.raw_decode(text, _skip(text, at + 1))
        if key == "format":
            known_format = value == PROFILE_FORMAT and type(value) is int
        elif key == "name" and known_format and isinstance(value, str):
            return value
        else:  # an older format (migrated on reading), or the name is further on
            return None
        at = _skip(text, at)
        if text[at : at + 1] != ",":
            return None
        at += 1


def peek_name(path: Path) -> str | None:
    """The profile's name as its file's first HEAD_BYTES say it, or None when they do not say
    it plainly (a name after other fields, an older format, text the reader would refuse):
    the caller then reads the file whole. The rest of the file is not read, so a file found
    here may still fail to open (the full read says why)."""
    text = _head(path)
    if text is None:
        return None
    try:
        name = _name_in(text)
    except (ValueError, IndexError, RecursionError):
        return None
    if name is None or unusable_text(name) or oversized(name, 0, MAX_TEXT_CHARS, MAX_TEXT_LINES):
        return None
    return name
