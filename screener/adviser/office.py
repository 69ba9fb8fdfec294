"""The adviser's office name: a preference kept in the settings file. No Qt here.

Kept apart from the dossier so reading it costs the app's start-up nothing.
"""

from __future__ import annotations

from screener.persistence.settings import Settings

OFFICE_KEY = "office_name"  # kept with the other preferences, written back as it is
_MAX_OFFICE = 200
# Invisible joiners scripts and emoji need; every other character that prints nothing is
# left out (see usable_office_name).
_KEPT_INVISIBLE = frozenset("\u200c\u200d")


def usable_office_name(name: str | None) -> str | None:
    """`name` as the one line heading every dossier page, or None when nothing is left.

    The name comes from the Office name dialog, a hand-edited settings file or `--office`:
    line breaks and tabs become spaces, and escapes, bidi overrides and bytes that are not
    UTF-8 (a Latin-1 terminal's argument) are left out, so none reaches a page or a file raw.
    """
    shown = "".join(
        char
        for char in name or ""
        if char.isprintable() or char.isspace() or char in _KEPT_INVISIBLE
    )
    return " ".join(shown.split())[:_MAX_OFFICE].rstrip() or None


def office_name(settings: Settings) -> str | None:
    value = settings.extra.get(OFFICE_KEY)
    return usable_office_name(value) if isinstance(value, str) else None


def set_office_name(settings: Settings, name: str | None) -> None:
    cleaned = usable_office_name(name)
    if cleaned:
        settings.extra[OFFICE_KEY] = cleaned
    else:
        settings.extra.pop(OFFICE_KEY, None)
