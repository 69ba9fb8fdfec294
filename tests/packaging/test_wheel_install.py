"""The sdist builds a wheel that, installed into a fresh virtual environment outside the
checkout, runs `screener list`, `assess` and `validate` from its installed entry point.

Slow (it installs PySide6 and pydantic into the new environment): `make test-long`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from packaging_support import build, clean_environment, eligible_profile, run

from screener import __version__

pytestmark = pytest.mark.long


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / name


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel that `python -m build` made from the sdist."""
    dist = tmp_path_factory.mktemp("dist")
    built = build(dist)  # sdist first, then the wheel built from the unpacked sdist
    names = {path.name for path in built}
    assert names == {f"screener-{__version__}.tar.gz", f"screener-{__version__}-py3-none-any.whl"}
    with tarfile.open(dist / f"screener-{__version__}.tar.gz") as sdist:
        members = set(sdist.getnames())
    root = f"screener-{__version__}"
    for needed in (
        "resources/vacancy.schema.json",
        "vacancies/250939.toml",
        "Makefile",
        "tests/conftest.py",
    ):
        assert f"{root}/{needed}" in members
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    wheel = dist / f"screener-{__version__}-py3-none-any.whl"
    done = subprocess.run(
        [str(_bin(venv, "python")), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return venv


def test_the_installed_wheel_works_without_the_checkout(installed: Path, tmp_path: Path) -> None:
    env = clean_environment(tmp_path / "data")
    screener = str(_bin(installed, "screener"))

    version = run([screener, "--version"], tmp_path, env)
    assert version.out.strip() == f"screener {__version__}"

    listed = run([screener, "list"], tmp_path, env)
    assert listed.code == 0, listed.err
    for reference in ("241436", "241600", "250411", "250717", "250939"):
        assert reference in listed.out

    profile = eligible_profile(tmp_path)
    assessed = run(
        [screener, "assess", "--vacancy", "250939", "--profile", str(profile), "--format", "json"],
        tmp_path,
        env,
    )
    assert assessed.code == 0, assessed.err
    assert json.loads(assessed.out)["verdict"] == "eligible"

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "nothing.toml").write_text("title = 3\n", encoding="utf-8")
    validated = run([screener, "validate", str(mine)], tmp_path, env)
    assert validated.code == 2
    assert "nothing.toml" in validated.err and "Traceback" not in validated.err

    # The French translation ships compiled and loads from the installed package.
    loaded = run(
        [
            str(_bin(installed, "python")),
            "-c",
            "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from screener.ui.common.language import apply_language; apply_language('fr');"
            "from PySide6.QtCore import QCoreApplication as Q;"
            "print(Q.translate('MainWindow', '&File'))",
        ],
        tmp_path,
        {**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert loaded.code == 0, loaded.err
    assert loaded.out.strip() == "&Fichier"
