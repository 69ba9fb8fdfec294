"""The adviser's office name: a preference kept in the settings file. No Qt here.

Kept apart from the dossier so reading it costs the app's start-up nothing.
"""

from __future__ import annotations

from screener.persistence.settings import Settings

OFFICE_KEY = "office_name"  # kept with the other preferences, written back as it is
_MAX_OFFICE = 200


def office_name(settings: Settings) -> str | None:
    value = settings.extra.get(OFFICE_KEY)
    if not isinstance(value, str):
        return None
    return value.strip()[:_MAX_OFFICE] or None


def set_office_name(settings: Settings, name: str | None) -> None:
    cleaned = (name or "").strip()[:_MAX_OFFICE]
    if cleaned:
        settings.extra[OFFICE_KEY] = cleaned
    else:
        settings.extra.pop(OFFICE_KEY, None)
