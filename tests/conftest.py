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
