"""PySide6 is spared reading Screener's sources at start-up, and the app works the same."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from screener.ui import pyside_source_scan
from screener.ui.pyside_source_scan import module_names, spare_source_scan


def test_the_names_of_a_package_are_its_modules_and_subpackages(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub" / "__pycache__").mkdir(parents=True)
    (package / "not-a-package").mkdir()
    for file in ("__init__.py", "one.py", "sub/__init__.py", "sub/two.py", "notes.txt",
                 "sub/__pycache__/two.cpython-311.pyc", "not-a-package/three.py"):  # fmt: skip
        (package / file).write_text("", encoding="utf-8")
    assert sorted(module_names(str(package), "pkg")) == ["pkg", "pkg.one", "pkg.sub", "pkg.sub.two"]


def test_screener_modules_are_entered_before_they_are_imported() -> None:
    from shibokensupport import feature  # type: ignore[import-not-found]

    table = feature.pyside_feature_dict
    assert table["screener.ui.window.main_window"] == pyside_source_scan.NO_FEATURE
    assert table["screener.importer.draft"] == pyside_source_scan.NO_FEATURE
    assert "zoneinfo" in table  # Python's own, imported later or not at all


_COUNT_SCANS = """
import inspect, sys
scanned = []
real = inspect.getsource
def counting(obj):
    if inspect.ismodule(obj):
        scanned.append(obj.__name__)
    return real(obj)
inspect.getsource = counting
import screener.ui.window.main_window
print(sorted(name for name in scanned if name.startswith("screener")))
"""


def test_importing_the_main_window_reads_no_source_of_screener() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_SCANS], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_pyside6_without_the_table_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", inspect)  # has no table
    spare_source_scan()  # nothing to fill in, and no error
