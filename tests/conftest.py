import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Shared fixtures. Qt runs offscreen (set above, before anything can import Qt);
# no test touches the user's real data, and the locale is English unless a test says otherwise.

from collections.abc import Callable
from pathlib import Path

import pytest

from screener import paths
from screener.domain.vacancy import Vacancy
from screener.persistence.vacancy_catalogue import Catalogue, load_catalogue

REPO = Path(__file__).resolve().parents[1]
BUNDLED_DIR = REPO / "vacancies"
BUNDLED_FILES = sorted(BUNDLED_DIR.glob("*.toml"))

# The tests' files (tmp_path, and the data folder in it) go to a RAM disk where there is one
# big enough. Profiles, settings and caches are written atomically, each with two fsyncs; on
# a disk the suite spent tens of seconds waiting for them, and no test cuts the power.
# PYTEST_DEBUG_TEMPROOT (documented by pytest) says where tmp_path lives; pytest reads it
# when the first test asks for a tmp_path. One set by the caller is kept.
_RAM_DISK = "/dev/shm"
_RAM_DISK_NEEDED = 2 * 1024**3  # a run leaves ~300 MB, and pytest keeps the last three


def _ram_disk_fits() -> bool:
    try:
        found = os.statvfs(_RAM_DISK)
    except (OSError, AttributeError):  # no such folder; no statvfs on Windows
        return False
    free = found.f_bavail * found.f_frsize
    return os.access(_RAM_DISK, os.W_OK | os.X_OK) and free >= _RAM_DISK_NEEDED


if "PYTEST_DEBUG_TEMPROOT" not in os.environ and _ram_disk_fits():
    os.environ["PYTEST_DEBUG_TEMPROOT"] = _RAM_DISK


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """User data in a fresh folder, and an English locale unless a test asks for French."""
    data = tmp_path / "screener-data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("SCREENER_DEBUG", raising=False)
    return data


@pytest.fixture(scope="session")
def bundled_catalogue() -> Catalogue:
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), None)
    assert not catalogue.errors, catalogue.problems
    return catalogue


@pytest.fixture(scope="session")
def vacancy(bundled_catalogue: Catalogue) -> Callable[[str], Vacancy]:
    """vacancy("250939"): a bundled vacancy by reference."""

    def get(reference: str) -> Vacancy:
        found = bundled_catalogue.find(reference)
        assert found is not None, f"no bundled vacancy {reference}"
        return found.vacancy

    return get


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """`make test` runs two pytest-xdist workers with `--dist loadfile`: each file's tests in
    one worker, as here, except the importer's, which all go to one worker. Most of them read
    the same corpus of 600-odd notices, imported once per process (corpus_support); split
    between two workers, it was imported twice."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class ImporterTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return "tests/importer" if scope.startswith("tests/importer/") else scope

    return ImporterTogether(config, log)
