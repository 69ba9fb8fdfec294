"""The catalogue model and its search filter, without any widget."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_clock import NOW

from screener import paths
from screener.domain.terms import BRUSSELS
from screener.domain.vacancy import Vacancy
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_catalogue import Catalogue, LoadedVacancy, load_catalogue
from screener.ui.catalogue.catalogue_filter import CatalogueFilter
from screener.ui.catalogue.catalogue_model import CatalogueModel

M = CatalogueModel


@pytest.fixture
def catalogue() -> Catalogue:
    return load_catalogue(paths.bundled_vacancies_dir(), None)


def cell(model: CatalogueModel, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def row_of(model: CatalogueModel, reference: str) -> int:
    row = model.row_of_reference(reference)
    assert row is not None
    return row


def test_columns_and_rows(catalogue: Catalogue) -> None:
    model = CatalogueModel(catalogue, now=NOW)
    assert model.columnCount() == M.COLUMN_COUNT == 5
    assert model.rowCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Reference", "Title", "Grade", "Deadline", "Status"]
    row = row_of(model, "250939")
    assert cell(model, row, M.COL_REFERENCE) == "250939"
    assert cell(model, row, M.COL_TITLE).startswith("Close Protection Operations Centre Agent")
    assert cell(model, row, M.COL_GRADE) == "G6"
    assert cell(model, row, M.COL_DEADLINE) == "27 July 2025"
    assert cell(model, row_of(model, "250717"), M.COL_GRADE) == "G10-G12"


@pytest.mark.parametrize(
    ("now", "badge"),
    [
        (dt.datetime(2025, 1, 1, 9, 0, tzinfo=BRUSSELS), "Open"),
        (NOW, "Closes in 7 days"),
        (dt.datetime(2025, 7, 26, 9, 0, tzinfo=BRUSSELS), "Closes tomorrow"),
        (dt.datetime(2025, 7, 27, 9, 0, tzinfo=BRUSSELS), "Closes today"),
        (dt.datetime(2025, 7, 28, 0, 1, tzinfo=BRUSSELS), "Closed"),
    ],
)
def test_deadline_badge_in_brussels_time(
    catalogue: Catalogue, now: dt.datetime, badge: str
) -> None:
    model = CatalogueModel(catalogue, now=now)
    assert cell(model, row_of(model, "250939"), M.COL_STATUS) == badge


def test_error_rows_say_error_and_the_problem(catalogue: Catalogue, tmp_path: Path) -> None:
    bad = tmp_path / "broken.toml"
    catalogue.errors.append(FileProblemError.single(bad, "TOML syntax error: oops", "line 3"))
    model = CatalogueModel(catalogue, now=NOW)
    row = model.rowCount() - 1
    assert model.entry(row).is_error
    assert cell(model, row, M.COL_REFERENCE) == "broken.toml"
    assert cell(model, row, M.COL_TITLE) == "line 3: TOML syntax error: oops"
    assert cell(model, row, M.COL_STATUS) == "Error"


def test_sort_keys(catalogue: Catalogue) -> None:
    model = CatalogueModel(catalogue, now=NOW)
    keys = {
        model.entry(r).loaded.vacancy.reference: model.data(
            model.index(r, M.COL_DEADLINE), M.SORT_ROLE
        )  # type: ignore[union-attr]
        for r in range(model.rowCount())
    }
    assert sorted(keys, key=keys.__getitem__) == ["241436", "241600", "250411", "250717", "250939"]
    g6 = model.data(model.index(row_of(model, "250939"), M.COL_GRADE), M.SORT_ROLE)
    g17 = model.data(model.index(row_of(model, "241436"), M.COL_GRADE), M.SORT_ROLE)
    assert g6 < g17


def visible_references(proxy: CatalogueFilter, model: CatalogueModel) -> list[str]:
    refs = []
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 0)).row()
        refs.append(cell(model, source, M.COL_REFERENCE))
    return sorted(refs)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["241436", "241600", "250411", "250717", "250939"]),
        ("250939", ["250939"]),
        ("cyber", ["241436"]),
        ("CCTV", ["250939"]),  # requirement text, any case
        ("protection rapprochee", ["250939"]),  # French title, typed without accents
        ("firearms shooting", ["250717", "250939"]),  # every word must match
        ("firearms cyber", []),
    ],
)
def test_filter_matches_title_reference_and_requirements(
    catalogue: Catalogue, query: str, expected: list[str]
) -> None:
    model = CatalogueModel(catalogue, now=NOW)
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    proxy.set_query(query)
    assert visible_references(proxy, model) == expected


def test_filter_narrows_a_thousand_vacancies_keystroke_by_keystroke(catalogue: Catalogue) -> None:
    base = catalogue.vacancies
    many = Catalogue(
        vacancies=[
            LoadedVacancy(
                base[i % len(base)].vacancy.model_copy(update={"reference": f"V{i:05d}"}),
                Path(f"/nowhere/V{i:05d}.toml"),
                False,
            )
            for i in range(1000)
        ]
    )
    model = CatalogueModel(many, now=NOW)
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    typed = ""
    counts = []
    for char in "shooting test":  # one filter pass per keystroke, as in the search box
        typed += char
        proxy.set_query(typed)
        counts.append(proxy.rowCount())
    # The query narrows as it grows (the rows kept are computed from the previous ones);
    # how fast each keystroke is, `make bench` measures.
    assert counts == sorted(counts, reverse=True)
    assert proxy.rowCount() == 400  # 250717 and 250939, 200 copies each
    proxy.set_query("")
    assert proxy.rowCount() == 1000


def test_add_paths_replaces_a_file_already_shown(catalogue: Catalogue, tmp_path: Path) -> None:
    model = CatalogueModel(catalogue, now=NOW)
    source = paths.bundled_vacancies_dir() / "250939.toml"
    copy = tmp_path / "mine.toml"
    copy.write_text(source.read_text(encoding="utf-8").replace('"250939"', '"X250939"'))
    rows = model.add_paths([copy])
    assert rows == [5]
    assert model.add_paths([copy]) == [5]  # opened twice: still one row
    assert model.rowCount() == 6
    assert isinstance(model.entry(5).loaded.vacancy, Vacancy)  # type: ignore[union-attr]


def test_two_of_the_users_files_with_one_reference_are_one_row_and_a_problem(
    tmp_path: Path,
) -> None:
    """A copy of a vacancy file left beside it (same reference) is not a second row for the
    same vacancy: the file used is the last by name, the other is an error row saying why."""
    source = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
    for name in ("250939 (copy).toml", "250939.toml"):
        (tmp_path / name).write_text(source, encoding="utf-8")
    model = CatalogueModel(load_catalogue(paths.bundled_vacancies_dir(), tmp_path), now=NOW)
    references = [cell(model, row, M.COL_REFERENCE) for row in range(model.rowCount())]
    assert references.count("250939") == 1
    assert model.entry(row_of(model, "250939")).loaded.path == tmp_path / "250939.toml"
    row = references.index("250939 (copy).toml")
    assert model.entry(row).is_error
    assert cell(model, row, M.COL_TITLE) == (
        "reference: reference '250939' is also used by 250939.toml, which is the one used; "
        "give this vacancy another reference or remove one of them"
    )
