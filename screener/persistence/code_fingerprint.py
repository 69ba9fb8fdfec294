"""Which code validated a cached vacancy: a fingerprint of Python, pydantic and Screener's own
model and loading sources. A cache file names it, so a changed program never meets an old
entry (see screener.persistence.vacancy_cache)."""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import os
import sys
from pathlib import Path

# The sources whose change can change what a file validates to.
_SOURCES = (
    "domain",
    "persistence/vacancy_files.py",
    "persistence/errors.py",
    "persistence/text_checks.py",  # what text a vacancy may hold
    "persistence/vacancy_cache.py",
    "persistence/vacancy_rows.py",  # what a row holds
    "persistence/vacancy_sheet.py",  # what a details sheet holds
)


def _installed_version(package: str) -> str:
    """The installed release of a package, read without importing it: the desktop app's first
    screen comes from this cache and needs no pydantic. Its metadata folder's name says it
    (pydantic-2.11.7.dist-info); a package installed without one is imported instead."""
    spec = importlib.util.find_spec(package)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if locations:
        site = Path(locations[0]).parent
        found = sorted(p.name for p in site.glob(f"{package}-*.dist-info"))
        if found:
            return " ".join(found)
    module = importlib.import_module(package)
    return str(getattr(module, "VERSION", None) or getattr(module, "__version__", "unknown"))


@functools.cache
def code_fingerprint() -> str:
    package = Path(__file__).resolve().parents[1]
    hasher = hashlib.sha256()
    for part in (sys.version, _installed_version("pydantic"), _installed_version("pydantic_core")):
        hasher.update(part.encode() + b"\0")
    if getattr(sys, "frozen", False):
        # A frozen bundle has no source files: its code is inside the executable, so a
        # rebuilt bundle (new code) is a new executable.
        stat = os.stat(sys.executable)
        hasher.update(f"{sys.executable}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
        return hasher.hexdigest()[:32]
    for source in _SOURCES:
        found = package / source
        files = sorted(found.rglob("*.py")) if found.is_dir() else [found]
        for file in files:
            hasher.update(file.relative_to(package).as_posix().encode() + b"\0")
            hasher.update(file.read_bytes() + b"\0")
    return hasher.hexdigest()[:32]
