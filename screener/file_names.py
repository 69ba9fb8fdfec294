"""File names made from text Screener did not choose: a vacancy's reference, a person's name.

The one place that decides them, so every name proposed or written (exports, dossiers,
calendars, profiles, imported drafts, the files of a vacancy pack) is safe on every system
the bundle runs on. On Windows CON, PRN, AUX, NUL, COM1-9 and LPT1-9 name devices, with any
extension too ("aux.txt", "con.tar.gz"): writing "CON.toml" writes to the console and makes
no file; a name ending in a dot or a space is stored without it. No Qt here.
"""

from __future__ import annotations

import re
import unicodedata

# Windows also reserves COM0/LPT0 and the superscript digits ¹ ² ³ after COM and LPT.
_DIGITS = "0123456789\u00b9\u00b2\u00b3"
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"{device}{digit}" for device in ("com", "lpt") for digit in _DIGITS}
)

_UNSAFE = re.compile(r"[^\w.-]+")


def reserved_on_windows(name: str) -> bool:
    """Whether Windows takes `name` for a device: its part before the first dot, without
    trailing spaces, is a reserved name ("CON", "aux.txt", "Com1 .log"), in any case."""
    return name.split(".", 1)[0].rstrip(" ").casefold() in WINDOWS_RESERVED


def portable(name: str, prefix: str) -> str:
    """`name` (a file name Screener proposes) as it is, or after `prefix` and a hyphen when
    Windows would take it for a device: "CON.toml" -> "vacancy-CON.toml"."""
    return f"{prefix}-{name}" if reserved_on_windows(name) else name


def file_name_part(text: str, limit: int = 40) -> str:
    """`text` made safe as part of a file name on every system: letters, digits, - and _,
    no dot or hyphen at either end; never a name Windows reserves on its own."""
    folded = unicodedata.normalize("NFKC", text)
    safe = _UNSAFE.sub("-", folded).strip("-._")
    safe = safe[:limit].rstrip("-._")
    if reserved_on_windows(safe):
        # "aux.txt-dossier.pdf" is the device AUX as much as "aux.txt" is: the name before
        # its first dot changes ("aux_.txt"), whatever a caller adds after it.
        base, dot, rest = safe.partition(".")
        safe = f"{base}_{dot}{rest}"
    return safe


VACANCY_SUFFIX = ".toml"


def vacancy_file_name(reference: str) -> str:
    """The file a vacancy is saved as in the user's folder or in a pack: "250939.toml".

    A reference is ASCII letters, digits, '.', '_' and '-' (the vacancy model's pattern), so
    only a reserved name needs changing."""
    return portable(f"{reference}{VACANCY_SUFFIX}", "vacancy")
