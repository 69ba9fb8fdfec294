"""`pytest -p tests.qt_blocker`: run the Qt-free tests as on a machine without PySide6.

Importing PySide6 (or shiboken6) fails for the whole run, so a test, or the core code it
runs, that reaches for Qt fails here rather than on a headless install. `make test-core`
uses it (with pytest-qt off) over the core's tests.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

_BLOCKED = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname.split(".")[0] in _BLOCKED:
            raise ImportError(f"Qt is blocked in the core's tests: {fullname}")
        return None


if any(name.split(".")[0] in _BLOCKED for name in sys.modules):
    raise RuntimeError("Qt was imported before tests.qt_blocker: run pytest with -p no:pytest-qt")
sys.meta_path.insert(0, _BlockQt())
