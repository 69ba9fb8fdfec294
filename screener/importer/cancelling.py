"""Giving up a notice being read: the exception a reader raises when the person cancels.

Its own module so that a part read on its own (the paste box's HTML reader) can stop without
loading the rest of the importer.
"""

from __future__ import annotations

from collections.abc import Callable


class ImportCancelled(Exception):
    """The person cancelled the import while the file was being read."""


def stop_if(cancelled: Callable[[], bool] | None) -> None:
    """Raise ImportCancelled once the person has cancelled."""
    if cancelled is not None and cancelled():
        raise ImportCancelled
