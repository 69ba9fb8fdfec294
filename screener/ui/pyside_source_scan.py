"""Spare PySide6 reading the source of every module of Screener at start-up.

PySide6 looks at each module imported after it for its optional `__feature__` switches
(snake_case, true_property): it reads the module's whole source (inspect.getsource) to
see whether it names PySide6 at all. Screener uses no such switch, and paid ~10 ms of
its start reading 120 source files for nothing. Its modules are entered in PySide6's
table as using PySide6 without a feature (what the scan finds for the widgets' modules;
none of Screener's modules switches a feature on), Python's own as not using it.

The table is PySide6's own (shibokensupport.feature); a PySide6 without it is left
alone, and the scan then happens as before.
"""

from __future__ import annotations

import os
import sys

NO_FEATURE = 0  # uses PySide6, with no feature switched on
IGNORED = -1  # does not use PySide6: PySide6 leaves it out of its switching


def module_names(package_dir: str, package: str) -> list[str]:
    """The dotted names of the modules and subpackages in a package's folder."""
    names = []
    for folder, subfolders, files in os.walk(package_dir):
        subfolders[:] = [name for name in subfolders if name.isidentifier()]
        # Plain strings, not Path objects: this runs at every start.
        relative = os.path.relpath(folder, package_dir)
        prefix = package if relative == os.curdir else f"{package}.{relative.replace(os.sep, '.')}"
        for file in files:
            stem, _, suffix = file.partition(".")
            if suffix != "py" or not stem.isidentifier():
                continue
            names.append(prefix if stem == "__init__" else f"{prefix}.{stem}")
    return names


def spare_source_scan() -> None:
    """Mark Screener's modules, and those already loaded, as scanned (once, harmless twice)."""
    import PySide6  # noqa: F401 - loads the feature support this fills in

    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    package_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    # In a frozen bundle there is no source to read: the scan there costs nothing.
    names = module_names(package_dir, "screener") if os.path.isdir(package_dir) else []
    for name in names:
        table.setdefault(name, NO_FEATURE)
    # Python's own modules, already loaded or imported later (json, zoneinfo, html): a
    # module of the standard library never uses PySide6.
    for name in (*sys.stdlib_module_names, *sys.modules):
        table.setdefault(name, IGNORED)
