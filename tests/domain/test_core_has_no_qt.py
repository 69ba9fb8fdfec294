"""The core (domain, persistence, importer, report) and the headless CLI never import Qt.

Each module is imported in a fresh interpreter where importing PySide6 fails, so a stray
`from PySide6 ...` anywhere in the core breaks this test rather than a headless install.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORE_PACKAGES = [
    "screener.domain",
    "screener.persistence",
    "screener.report",
    "screener.importer",
    "screener.adviser",
]
CORE_MODULES = [
    "screener.paths",
    "screener.cli.entry",
    "screener.cli.output",
    "screener.cli.import_command",
    "screener.cli.batch_command",
    "screener.cli.gaps_command",
    "screener.cli.calendar_command",
    "screener.cli.pack_command",
    "screener.cli.dossier_command",
    "screener.batch",
    "screener.schemas",
]

SCRIPT = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import importlib.util
    import pkgutil
    import sys

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                raise ImportError(f"Qt is blocked in the core: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    packages, modules = sys.argv[1].split(","), sys.argv[2].split(",")
    imported = []
    for name in packages:
        if importlib.util.find_spec(name) is None:
            continue  # a package not written yet
        package = importlib.import_module(name)
        imported.append(name)
        for info in pkgutil.walk_packages(package.__path__, name + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
    for name in modules:
        importlib.import_module(name)
        imported.append(name)
    assert not any(m.startswith("PySide6") for m in sys.modules), "Qt was imported"
    print("\\n".join(imported))
    """
)


def test_core_imports_without_qt() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(CORE_PACKAGES), ",".join(CORE_MODULES)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    imported = completed.stdout.split()
    for name in ["screener.domain.engine", "screener.report.html_report", *CORE_MODULES]:
        assert name in imported


def test_the_blocker_really_blocks() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT, "screener.domain", "PySide6.QtCore"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode != 0
    assert "Qt is blocked" in completed.stderr
