"""A large catalogue: opening the window must not ask the model about every row (Qt sizes
columns to their contents; from all 1,000 rows, that took over a second)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from screener import paths
from screener.ui.catalogue.catalogue_model import CatalogueModel
from screener.ui.window.main_window import MainWindow

COPIES = 80  # of each bundled vacancy: 400 user files, with the 5 bundled ones 405 rows


@pytest.fixture
def many_vacancies(user_vacancies: Path) -> int:
    for source in sorted(paths.bundled_vacancies_dir().glob("*.toml")):
        text = source.read_text("utf-8")
        reference = source.stem
        for copy in range(COPIES):
            new = f"{reference}-{copy}"
            (user_vacancies / f"{new}.toml").write_text(
                text.replace(f'reference = "{reference}"', f'reference = "{new}"'), "utf-8"
            )
    return 5 + 5 * COPIES


def test_a_large_catalogue_is_not_measured_row_by_row(
    many_vacancies: int,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = {"data": 0}
    original = CatalogueModel.data

    def counted(self: CatalogueModel, *args: object) -> object:
        calls["data"] += 1
        return original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(CatalogueModel, "data", counted)
    window = make_window()
    assert window.model.rowCount() == many_vacancies
    opening = calls["data"]
    # Measuring every row (each column and role) made ~94,000 calls here; sorting and
    # sizing columns from 50 rows make ~14,500.
    assert opening < 60 * many_vacancies, opening
