"""Delete everything Screener stored for this user ("Delete all my data")."""

from __future__ import annotations

import os
import shutil
from contextlib import suppress
from pathlib import Path

from screener import paths
from screener.persistence.vacancy_cache import clear_cache

# What the app itself puts in the user data folder. When SCREENER_DATA_DIR points at a
# folder of the user's choosing, or in portable use, only these are removed: that folder may
# hold the user's other files, and a reset must never take them along.
_APP_FOLDERS = ("profiles", "vacancies")
_APP_FILE_PREFIXES = ("settings.json", ".settings.json.")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def delete_all_data() -> Path:
    """Remove profiles, settings, the user's vacancy folder and the cache of validated
    vacancies; returns the data folder.

    The folder itself goes too when it is empty afterwards (always the case for the
    platform's default folder, which only Screener writes to). OSError propagates if
    something cannot be removed (a file open in another program on Windows).
    """
    # The cache of validated vacancies holds copies of the user's vacancies too.
    clear_cache()
    folder = paths.user_data_dir()
    if not folder.is_dir():
        return folder
    if not os.environ.get(paths.DATA_DIR_ENV) and paths.portable_data_dir() is None:
        # The platform's per-app folder (e.g. ~/.local/share/Screener) is ours entirely; the
        # `Screener data` folder beside a portable copy is in plain sight on the stick, where
        # people keep their exported results too.
        shutil.rmtree(folder)
        return folder
    for name in _APP_FOLDERS:
        _remove(folder / name)
    for child in folder.iterdir():
        if child.name.startswith(_APP_FILE_PREFIXES):
            _remove(child)
    with suppress(OSError):
        folder.rmdir()  # only succeeds when nothing else is left in it
    return folder
