"""The one place that knows where resources, bundled vacancies and user data live.

Resources and bundled vacancies ship inside the package (an installed wheel), at the top of
the repository (a source checkout) or inside a frozen bundle. User data goes, first found:
to `--data-dir DIR` / SCREENER_DATA_DIR; beside the app when a file named `portable` sits
next to it (a USB stick on a locked-down office PC); else to the platform's per-user folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_cache_path, user_data_path

APP_NAME = "Screener"
DATA_DIR_ENV = "SCREENER_DATA_DIR"
CACHE_DIR_ENV = "SCREENER_CACHE_DIR"
PORTABLE_MARKER = "portable"
PORTABLE_DATA_FOLDER = "Screener data"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _frozen_root() -> Path | None:
    # PyInstaller unpacks nothing for a one-folder app: sys._MEIPASS is its `_internal`
    # folder, where the bundle spec puts `resources` and `vacancies`.
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if getattr(sys, "frozen", False) and root else None


def _shipped(name: str) -> Path:
    frozen = _frozen_root()
    if frozen is not None:
        return frozen / name
    # In an installed wheel the data sits inside the package (hatch force-include);
    # in a source checkout it sits at the top of the repository.
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _shipped("resources")


def bundled_vacancies_dir() -> Path:
    return _shipped("vacancies")


def app_icon_file() -> Path:
    """The application icon's source, an SVG (the bundles' .ico/.icns are rendered from it)."""
    return resources_dir() / "icons" / "screener.svg"


def app_folders() -> list[Path]:
    """Where a `portable` marker may sit: the folder of the program the user started and,
    for a macOS app, the folder holding Screener.app (the one the user sees)."""
    # Not resolved: a venv's python is a link to the base interpreter, elsewhere.
    program = Path(os.path.abspath(sys.executable)).parent
    folders = [program]
    if program.name == "MacOS" and program.parent.name == "Contents":
        folders.append(program.parent.parent.parent)
    return folders


def portable_data_dir() -> Path | None:
    """`Screener data` beside the `portable` marker file, if there is one."""
    for folder in app_folders():
        if (folder / PORTABLE_MARKER).is_file():
            return folder / PORTABLE_DATA_FOLDER
    return None


def use_data_dir(folder: Path) -> None:
    """`--data-dir`: every later look-up (and any child process) uses `folder`."""
    # realpath, not Path.resolve, which raises RuntimeError on a symlink loop.
    os.environ[DATA_DIR_ENV] = os.path.realpath(Path(folder).expanduser())


def user_data_dir() -> Path:
    """Where the user's own files live (see the module's docstring for the order)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return user_data_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """Where Screener keeps what it can rebuild (validated vacancies). SCREENER_CACHE_DIR
    overrides it; with a data folder chosen (SCREENER_DATA_DIR, --data-dir, portable) it is
    the `cache` folder in there, so tests and portable use leave nothing elsewhere."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    data = os.environ.get(DATA_DIR_ENV)
    if data:
        return Path(data) / "cache"
    portable = portable_data_dir()
    if portable is not None:
        return portable / "cache"
    return user_cache_path(APP_NAME, appauthor=False)


def user_vacancies_dir() -> Path:
    return user_data_dir() / "vacancies"


def profiles_dir() -> Path:
    return user_data_dir() / "profiles"


def settings_file() -> Path:
    return user_data_dir() / "settings.json"


def kept_by_screener(path: Path | str) -> bool:
    """Whether `path` names a file Screener keeps (a profile, a vacancy file, the settings),
    however it is named (a link, another case on a disk that ignores case). An export or a
    copy written there would replace a candidate's answers or a vacancy, after a save dialog
    asked only whether to replace "a file"."""
    try:
        if not os.path.isfile(path):
            return False
        if os.path.samefile(path, settings_file()):
            return True
    except (OSError, ValueError):
        pass
    real = os.path.realpath(path)
    parent, suffix = os.path.dirname(real), os.path.splitext(real)[1].lower()
    kept = {".json": [profiles_dir()], ".toml": [user_vacancies_dir(), bundled_vacancies_dir()]}
    for folder in kept.get(suffix, []):
        try:
            if os.path.samefile(parent, folder):
                return True
        except (OSError, ValueError):
            continue
    return False
