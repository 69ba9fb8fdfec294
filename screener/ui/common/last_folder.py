"""Where file dialogs start: the folder the user last chose in any of them, kept in the
settings so the next session starts there too; never one of Screener's own data folders
(profiles, vacancies, cache), which a dialog may show but exports do not belong in."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from screener.paths import user_data_dir
from screener.persistence.settings import load_settings, save_settings


def start_folder() -> str:
    """The last folder used, or the Documents folder; "" lets Qt choose."""
    remembered = load_settings().last_folder
    # os.path.isdir, not Path.is_dir: a folder on a network share gone stale, or one this
    # user may no longer search, raises there, and every file dialog of the app failed.
    if remembered and os.path.isdir(remembered) and not _in_app_data(remembered):
        return remembered
    # A Documents folder that does not exist (a fresh account, a server) would be taken by
    # the dialog as a file name: "Documents" filled in, in the folder above.
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and os.path.isdir(folder):
            return folder
    return ""


def start_path(suggested: str) -> str:
    """A suggested file name in the last folder used; a path that has a folder is kept."""
    if not suggested or Path(suggested).name != suggested:
        return suggested
    folder = start_folder()
    return str(Path(folder) / suggested) if folder else suggested


def remember(chosen: str, is_folder: bool = False) -> None:
    """Start the next dialog where this one ended. Nothing chosen (cancelled): nothing
    changes; settings that cannot be written only cost that convenience."""
    if not chosen:
        return
    folder = str(Path(chosen) if is_folder else Path(chosen).parent)
    if _in_app_data(folder):
        # A profile opened from the profiles folder: the next export (a screening's JSON
        # there is listed as a broken profile) starts where the user's own files are.
        return
    settings = load_settings()
    if settings.last_folder == folder:
        return
    settings.last_folder = folder
    with contextlib.suppress(OSError):
        save_settings(settings)


def _in_app_data(folder: str) -> bool:
    """Whether the folder is Screener's data folder or inside it."""
    try:
        data = os.path.normcase(os.path.realpath(user_data_dir()))
        there = os.path.normcase(os.path.realpath(folder))
    except (OSError, ValueError):
        return False
    return there == data or there.startswith(data.rstrip(os.sep) + os.sep)
