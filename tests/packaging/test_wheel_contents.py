"""The wheel holds everything the app needs, and the CLI runs from it away from the checkout.

Fast: the wheel is built without an isolated environment and run from its unpacked files
(the installed-venv round trip is tests/packaging/test_wheel_install.py, `make test-long`).
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest
from packaging_support import build, clean_environment, eligible_profile, run, tracked

from screener import __version__


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    (built,) = build(tmp_path_factory.mktemp("dist"), "wheel")
    assert built.name == f"screener-{__version__}-py3-none-any.whl"
    return built


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def test_the_wheel_holds_vacancies_schemas_country_data_and_compiled_translations(
    wheel: Path,
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = (
        tracked("vacancies/*.toml")
        + tracked("resources/*.json")
        + tracked("resources/i18n/*.qm")
        + tracked("resources/icons/*")
    )
    assert {"resources/vacancy.schema.json", "resources/countries.json"} <= set(shipped)
    assert "resources/i18n/screener_fr.qm" in shipped
    missing = [name for name in shipped if f"screener/_data/{name}" not in names]
    assert missing == []
    # Every translation source has its compiled form beside it, so the wheel's French is whole.
    for source in tracked("resources/i18n/*.ts"):
        assert source.replace(".ts", ".qm") in shipped


def test_the_wheel_installs_both_commands(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    entry_points = archive.read(f"screener-{__version__}.dist-info/entry_points.txt").decode()
    assert "[console_scripts]\nscreener = screener.__main__:main" in entry_points
    assert "[gui_scripts]\nscreener-gui = screener.__main__:main" in entry_points


def test_the_unpacked_wheel_runs_list_assess_and_validate_outside_the_checkout(
    unpacked: Path, tmp_path: Path
) -> None:
    env = clean_environment(tmp_path / "data", PYTHONPATH=str(unpacked))
    python = [sys.executable, "-m", "screener"]

    where = run(
        [sys.executable, "-c", "import screener.paths as p; print(p.resources_dir())"],
        tmp_path,
        env,
    )
    assert Path(where.out.strip()) == unpacked / "screener" / "_data" / "resources"

    listed = run([*python, "list"], tmp_path, env)
    assert listed.code == 0, listed.err
    assert "250939" in listed.out and "Close Protection Operations Centre Agent" in listed.out

    profile = eligible_profile(tmp_path)
    assessed = run(
        [*python, "assess", "--vacancy", "250939", "--profile", str(profile), "--lang", "fr",
         "--format", "json"],
        tmp_path,
        env,
    )  # fmt: skip
    assert assessed.code == 0, assessed.err
    result = json.loads(assessed.out)
    assert (result["verdict"], result["verdict_text"]) == ("eligible", "Admissible")

    broken = tmp_path / "broken.toml"
    broken.write_text('reference = "1"\n', encoding="utf-8")
    validated = run([*python, "validate", str(broken)], tmp_path, env)
    assert validated.code == 2
    assert "broken.toml" in validated.err and "Traceback" not in validated.err
