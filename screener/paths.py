"""The one place that knows where resources, bundled vacancies and user data live."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_path, user_data_path

APP_NAME = "Screener"
DATA_DIR_ENV = "SCREENER_DATA_DIR"
CACHE_DIR_ENV = "SCREENER_CACHE_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
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


def user_data_dir() -> Path:
    """Where the user's own files live; SCREENER_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return user_data_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """Where Screener keeps what it can rebuild (validated vacancies). SCREENER_CACHE_DIR
    overrides it; with SCREENER_DATA_DIR set it is the `cache` folder in there, so tests and
    portable use leave nothing elsewhere."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    data = os.environ.get(DATA_DIR_ENV)
    if data:
        return Path(data) / "cache"
    return user_cache_path(APP_NAME, appauthor=False)


def user_vacancies_dir() -> Path:
    return user_data_dir() / "vacancies"


def profiles_dir() -> Path:
    return user_data_dir() / "profiles"


def settings_file() -> Path:
    return user_data_dir() / "settings.json"
