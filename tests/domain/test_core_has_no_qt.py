"""Everything but the UI (domain, persistence, importer, report, batch, the CLI, the kinds,
and any package added later) imports without Qt.

Every module of the screener package outside screener.ui is found by walking the package,
not from a list, and imported in a fresh interpreter where importing PySide6 fails: a stray
`from PySide6 ...` anywhere in the core breaks this test rather than a headless install.
The CLI's GUI entry imports the UI only when called, so it is imported here too.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The one package that may import Qt.
QT_PACKAGES = ["screener.ui"]
EXPECTED = [
    "screener.domain.engine",
    "screener.domain.kinds.statement",
    "screener.report.html_report",
    "screener.importer.criteria_builder",
    "screener.persistence.profile_store",
    "screener.cli.entry",
    "screener.cli.batch_command",
    "screener.cli.gaps_command",
    "screener.cli.calendar_command",
    "screener.cli.pack_command",
    "screener.cli.dossier_command",
    "screener.adviser.gaps",
    "screener.adviser.calendar",
    "screener.adviser.packs",
    "screener.batch",
    "screener.batch_profiles",
    "screener.paths",
    "screener.schemas",
    "screener.translatable",
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
    root = sys.argv[1]
    skipped = {name for name in sys.argv[2].split(",") if name}
    imported = []

    def walk(name):
        # pkgutil.walk_packages would import a skipped package to look inside it.
        if name in skipped:
            return
        module = importlib.import_module(name)
        imported.append(name)
        for info in pkgutil.iter_modules(getattr(module, "__path__", [])):
            walk(f"{name}.{info.name}")

    walk(root)
    assert not any(m.startswith("PySide6") for m in sys.modules), "Qt was imported"
    print("\\n".join(imported))
    """
)


def _run(root: str, skipped: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, root, ",".join(skipped)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_core_imports_without_qt() -> None:
    completed = _run("screener", QT_PACKAGES)
    assert completed.returncode == 0, completed.stderr
    imported = completed.stdout.split()
    for name in EXPECTED:
        assert name in imported
    assert not any(name.startswith("screener.ui") for name in imported)


def test_the_blocker_really_blocks() -> None:
    completed = _run("screener", [])  # the UI too: it needs Qt
    assert completed.returncode != 0
    assert "Qt is blocked" in completed.stderr
