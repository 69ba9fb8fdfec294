"""The names of profile files: the id a display name gets ("Zoë Łukasik" -> zoe-lukasik.json),
and whether a file found in the folder can be opened by its id. No Qt here.

Apart from the store (profile_store.py) because these are rules about names alone: they
need no folder, and the app and the batch ask them of files the store never wrote.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from screener.file_names import portable
from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

PROFILE_SUFFIX = ".json"

_MAX_ID_LENGTH = 48

# Letters of NATO nations' alphabets that Unicode decomposition does not reduce to ASCII.
_TRANSLITERATE = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"}
)  # fmt: skip

# Characters no profile id holds: a path separator on some system, or the end of a C string.
ID_FORBIDDEN = "/\\:\x00"


def slug(name: str) -> str:
    """A safe, portable file stem for a display name (ASCII; Windows-reserved names avoided)."""
    ascii_name = (
        unicodedata.normalize("NFKD", name.translate(_TRANSLITERATE))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    stem = stem[:_MAX_ID_LENGTH].rstrip("-")
    if not stem:
        return "profile"
    return portable(stem, "profile")


def check_file_name(path: Path) -> None:
    """A FileProblemError if the file's name is not text: bytes that are not UTF-8 (a name
    written on another system, say "Andr\\xe9.json" in Latin-1). Python can open such a
    file, but its name cannot be shown (Qt drops what it cannot decode, so the app then
    looked for another file), saved in the settings or written to a CSV: opening it made
    the app fail, and a batch wrote no results for anyone."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem", "the file name is not valid text (UTF-8); rename the file to use it"
            ),
        ) from None


def unopenable_name(path: Path) -> FileProblemError:
    """Why no profile id opens this file of the folder: its name holds a character no id
    may hold, or its suffix is in other letters (".JSON") on a case-sensitive system."""
    odd = [char for char in ID_FORBIDDEN if char in path.stem]
    if odd:
        return FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "the file name holds '{char}', which a profile's file name cannot; rename "
                "the file to use it",
            ),
            char=odd[0],
        )
    return FileProblemError.of(
        path,
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "the file name ends in {suffix}, not {expected}; rename the file to use it",
        ),
        suffix=repr(path.suffix),
        expected=repr(PROFILE_SUFFIX),
    )
