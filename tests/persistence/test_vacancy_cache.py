"""The cache of validated vacancies: used when a folder is unchanged, never stale, never
trusted, and never in the way when it is missing, damaged or cannot be written."""

from __future__ import annotations

import gc
import json
import os
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from screener import paths
from screener.domain.vacancy import Vacancy, VacancyWarning
from screener.persistence import vacancy_cache, vacancy_catalogue, vacancy_files
from screener.persistence.data_reset import delete_all_data
from screener.persistence.vacancy_cache import MAGIC, cache_file
from screener.persistence.vacancy_catalogue import load_paths
from screener.persistence.vacancy_files import share_fields_sets
from screener.persistence.vacancy_rows import row_of, vacancy_haystack
from screener.persistence.vacancy_sheet import sheet_of

REPO = Path(__file__).resolve().parents[2]
BUNDLED = sorted((REPO / "vacancies").glob("*.toml"))


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(paths.CACHE_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "vacancies"
    folder.mkdir()
    for source in BUNDLED:
        shutil.copy(source, folder / source.name)
    return folder


def parsed(folder: Path) -> list[object]:
    """The folder as loaded without any cache."""
    return [vacancy_files.load_vacancy(path) for path in vacancy_catalogue.vacancy_files(folder)]


def loaded(folder: Path) -> list[object]:
    catalogue = load_paths([folder])
    assert not catalogue.errors, catalogue.problems
    return [entry.vacancy for entry in catalogue.vacancies]


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(text: str) -> object:
        raise AssertionError("TOML was parsed")

    monkeypatch.setattr(vacancy_files.tomllib, "loads", fail)


def same(a: list[object], b: list[object]) -> None:
    assert a == b
    for x, y in zip(a, b, strict=True):
        assert x.model_fields_set == y.model_fields_set  # type: ignore[attr-defined]


def test_an_unchanged_folder_loads_from_the_cache(
    cache_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parsed(folder)
    same(loaded(folder), expected)
    assert cache_file(folder).is_file()
    before = cache_file(folder).stat().st_mtime_ns
    no_parsing(monkeypatch)
    same(loaded(folder), expected)
    same(loaded(folder), expected)
    assert cache_file(folder).stat().st_mtime_ns == before  # nothing rewritten


def test_a_changed_file_is_parsed_again_even_with_the_same_size_and_time(
    cache_dir: Path, folder: Path
) -> None:
    loaded(folder)
    path = vacancy_catalogue.vacancy_files(folder)[0]
    stat = path.stat()
    text = path.read_text("utf-8")
    assert 'location = "Belgium-Brussels"' in text
    path.write_text(text.replace("Belgium-Brussels", "Belgium-Brussals"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert path.stat().st_mtime_ns == stat.st_mtime_ns
    assert loaded(folder)[0].location == "Belgium-Brussals"  # type: ignore[attr-defined]
    same(loaded(folder), parsed(folder))


def test_new_and_removed_files(cache_dir: Path, folder: Path) -> None:
    loaded(folder)
    removed = vacancy_catalogue.vacancy_files(folder)[0]
    removed.unlink()
    same(loaded(folder), parsed(folder))
    index = _index(cache_file(folder))
    assert len(index) == len(BUNDLED) - 1
    shutil.copy(BUNDLED[0], folder / "again.toml")
    shutil.copy(BUNDLED[0], folder / "twin.toml")  # the same content twice: one cache entry
    files = vacancy_catalogue.vacancy_files(folder)
    for _ in range(2):  # parsed, then from the cache
        catalogue = load_paths([folder])
        # One vacancy for the two files: the other is named as giving its reference too.
        assert [error.path.name for error in catalogue.errors] == ["again.toml"]
        kept = [v for f, v in zip(files, parsed(folder), strict=True) if f.name != "again.toml"]
        same([entry.vacancy for entry in catalogue.vacancies], kept)
    assert len(_index(cache_file(folder))) == len(BUNDLED)


def test_files_with_problems_are_never_cached(cache_dir: Path, folder: Path) -> None:
    bad = folder / "bad.toml"
    bad.write_text(BUNDLED[0].read_text("utf-8").replace("format = 1", "format = 2"), "utf-8")
    for _ in range(2):
        catalogue = load_paths([folder])
        assert [error.path for error in catalogue.errors] == [bad]
        assert all(str(p).startswith(f"{bad}: ") for p in catalogue.problems)
    assert len(_index(cache_file(folder))) == len(BUNDLED)


def _index(path: Path) -> dict[str, list[int]]:
    data = path.read_bytes()
    start = int(data[-20:])
    return json.loads(data[start:-21])


def _damage_entry(path: Path) -> None:
    """Change one digit inside an entry: still valid JSON, still a valid vacancy."""
    data = bytearray(path.read_bytes())
    offset, length, _ = next(iter(_index(path).values()))
    entry = data[offset : offset + length]
    at = entry.index(b'"date":"20') + len('"date":"20')  # 2024 -> 2034
    data[offset + at] = ord("3")
    path.write_bytes(bytes(data))


def _rewrite_vacancies(path: Path, change: Callable[[bytes], bytes]) -> None:
    """Change every entry's vacancy JSON, with checksums to match: a row that reads back
    well, and a vacancy that is not valid (only the model, built later, can tell)."""
    data = path.read_bytes()
    start = int(data[-20:])
    body = bytearray(data.split(b"\n", 1)[0] + b"\n")
    index = {}
    for key, (offset, length, _) in _index(path).items():
        row, sheet, stored = data[offset : offset + length].split(b"\n", 2)
        changed = change(zlib.decompress(stored))
        assert changed != zlib.decompress(stored)
        entry = row + b"\n" + sheet + b"\n" + zlib.compress(changed)
        index[key] = [len(body), len(entry), zlib.crc32(entry)]
        body += entry
    assert len(index) == len(_index(path)) and start > 0
    path.write_bytes(bytes(body) + json.dumps(index).encode() + b"\n%020d" % len(body))


def _forge_entry(path: Path) -> None:
    """Replace an entry by a different valid vacancy with a matching checksum."""
    data = path.read_bytes()
    index = _index(path)
    keys = list(index)
    first, second = index[keys[0]], index[keys[1]]
    index[keys[0]] = second
    start = int(data[-20:])
    body = data[:start]
    new_index = json.dumps(index).encode()
    path.write_bytes(body + new_index + b"\n%020d" % len(body))
    assert first != second


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(os.urandom(5000)),
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
        lambda p: p.write_bytes(p.read_bytes()[:-5]),
        lambda p: p.write_bytes(MAGIC + b" 0123\n" + p.read_bytes().split(b"\n", 1)[1]),
        lambda p: _rewrite_vacancies(p, lambda j: j.replace(b'"kind":"statement"', b'"kind":"xxxxxxxxx"')),
        lambda p: _rewrite_vacancies(p, lambda j: j[: len(j) // 2]),
        lambda p: p.write_bytes(p.read_bytes()[:-21] + b"\n%020d" % 10**19),
        lambda p: p.write_bytes(p.read_bytes()[:-21] + b"[[[[[[[[[[[[[[" * 10_000 + b"\n%020d" % (len(p.read_bytes()) - 21)),
        _damage_entry,
        lambda p: p.unlink(),
        lambda p: (p.unlink(), p.mkdir()),
    ],
    ids=["empty", "random", "half", "no-tail", "other-version", "bad-kind", "cut-json", "bad-offset",
         "deep-index", "digit-flipped", "missing", "a-folder"],
)  # fmt: skip
def test_a_damaged_cache_is_never_served(cache_dir: Path, folder: Path, damage: object) -> None:
    expected = parsed(folder)
    loaded(folder)
    damage(cache_file(folder))  # type: ignore[operator]
    same(loaded(folder), expected)
    if cache_file(folder).is_file():  # written afresh, and good again
        same(loaded(folder), expected)


def test_a_forged_entry_for_another_file_is_served_as_valid_json_only(
    cache_dir: Path, folder: Path
) -> None:
    # Someone who can write the cache can swap entries (checksums included): the cache is
    # no defence against its owner, and each entry is still validated on the way in.
    loaded(folder)
    _forge_entry(cache_file(folder))
    catalogue = load_paths([folder])
    # The forged file now gives another file's vacancy: the two are one vacancy and a
    # named problem, as two copies of one file would be; nothing else changes.
    assert len(catalogue.vacancies) == len(BUNDLED) - 1
    assert [p.where for p in catalogue.problems] == ["reference"]
    assert "is also used by" in catalogue.problems[0].message


def test_another_program_version_does_not_use_the_cache(
    cache_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parsed(folder)
    loaded(folder)
    monkeypatch.setattr(vacancy_cache, "code_fingerprint", lambda: "f" * 32)
    parses = []
    real = vacancy_files.tomllib.loads
    monkeypatch.setattr(vacancy_files.tomllib, "loads", lambda t: parses.append(1) or real(t))
    same(loaded(folder), expected)
    assert len(parses) == len(BUNDLED)


def test_the_fingerprint_covers_the_model_sources() -> None:
    vacancy_cache.code_fingerprint.cache_clear()
    first = vacancy_cache.code_fingerprint()
    assert len(first) == 32
    assert vacancy_cache.code_fingerprint() == first


def test_a_cache_that_cannot_be_written_costs_nothing_but_speed(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(paths.CACHE_DIR_ENV, str(blocker / "cache"))
    same(loaded(folder), parsed(folder))
    same(loaded(folder), parsed(folder))
    assert blocker.read_text() == ""


def test_the_cache_never_creates_the_data_folder(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    monkeypatch.delenv(paths.CACHE_DIR_ENV, raising=False)
    loaded(folder)
    assert not data.exists()
    data.mkdir()
    loaded(folder)
    assert cache_file(folder).parent == data / "cache"
    assert cache_file(folder).is_file()


def test_delete_all_data_removes_the_cache(cache_dir: Path, folder: Path) -> None:
    loaded(folder)
    (cache_dir / "someone-elses.txt").write_text("kept")
    delete_all_data()
    assert [p.name for p in cache_dir.iterdir()] == ["someone-elses.txt"]


def test_collection_is_back_on_after_loading(cache_dir: Path, folder: Path) -> None:
    assert gc.isenabled()
    loaded(folder)
    assert gc.isenabled()
    gc.disable()
    try:
        loaded(folder)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_loaded_vacancies_share_their_fields_sets(cache_dir: Path, folder: Path) -> None:
    fresh = parsed(folder)  # load_vacancy shares too; compare with plain validation below
    for _ in range(2):  # parsed, then from the cache
        vacancies = loaded(folder)
        same(vacancies, fresh)
        texts = [c.text for v in vacancies for c in v.criteria]
        assert len({id(t.model_fields_set) for t in texts}) == 1
        for vacancy in vacancies:
            plain = Vacancy.model_validate(vacancy.model_dump(exclude_unset=True))
            assert vacancy.model_dump(exclude_unset=True) == plain.model_dump(exclude_unset=True)


def test_a_copy_with_changes_leaves_the_shared_sets_alone(cache_dir: Path, folder: Path) -> None:
    vacancies = loaded(folder)
    text = vacancies[0].criteria[0].text
    before = set(text.model_fields_set)
    # Two warnings with the same fields set: after sharing, one set object for both.
    first, second = (VacancyWarning(code="x", text=text) for _ in range(2))
    share_fields_sets(first)
    share_fields_sets(second)
    assert first.model_fields_set is second.model_fields_set
    changed = first.model_copy(update={"criterion": "nationality"})
    assert "criterion" in changed.model_fields_set
    assert "criterion" not in first.model_fields_set
    assert "criterion" not in second.model_fields_set
    edited = text.model_copy(update={"en": "Edited"})
    assert edited.en == "Edited"
    assert text.model_fields_set == before
    with pytest.raises(ValidationError):
        text.en = "frozen"  # type: ignore[misc]
    assert text.model_fields_set == before


def test_a_giant_cache_file_is_not_read_whole(
    cache_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parsed(folder)
    loaded(folder)
    path = cache_file(folder)
    header = path.read_bytes().split(b"\n", 1)[0] + b"\n"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, next to nothing on disk
        handle.write(header)
        handle.truncate(200 * 1024 * 1024)
        handle.seek(0, os.SEEK_END)
        handle.write(b"\n%020d" % len(header))
    sizes: list[int] = []
    real_loads = vacancy_cache.json.loads

    def watch(data: bytes) -> object:
        sizes.append(len(data))
        return real_loads(data)

    monkeypatch.setattr(vacancy_cache.json, "loads", watch)
    same(loaded(folder), expected)
    assert all(size < 1024 * 1024 for size in sizes)  # the 200 MB "index" was never read


def test_an_unchanged_folder_builds_no_model_until_a_vacancy_is_opened(
    cache_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parsed(folder)
    load_paths([folder])
    built: list[int] = []
    real = vacancy_cache.vacancy_from_cache
    monkeypatch.setattr(
        vacancy_catalogue, "vacancy_from_cache", lambda s: built.append(1) or real(s)
    )
    no_parsing(monkeypatch)
    catalogue = load_paths([folder])
    # What the catalogue shows comes from the rows, equal to the models' own.
    rows = [entry.row for entry in catalogue.vacancies]
    assert [entry.reference for entry in catalogue.vacancies] == [v.reference for v in expected]
    assert built == []
    assert rows == [row_of(v) for v in expected]
    assert [entry.haystack() for entry in catalogue.vacancies] == [
        vacancy_haystack(v) for v in expected
    ]
    assert built == []
    first = catalogue.vacancies[0]
    assert first.vacancy == expected[0]
    assert first.vacancy is first.vacancy  # built once, then shared
    assert built == [1]


def test_a_vacancy_opened_after_its_folder_loaded_again_is_the_one_listed(
    cache_dir: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parsed(folder)
    load_paths([folder])
    earlier = load_paths([folder]).vacancies  # rows from the cache, no model yet
    # The folder changes and loads again: the cache file is written anew, entries move.
    text = BUNDLED[1].read_text("utf-8")
    (folder / "000-new.toml").write_text(text.replace("Belgium-", "Belgium -"), "utf-8")
    before = _index(cache_file(folder))
    earlier[-1].path.unlink()
    load_paths([folder])
    after = _index(cache_file(folder))
    moved = [key for key in after if key in before and after[key][0] != before[key][0]]
    assert len(moved) == len(BUNDLED) - 1
    parses = []
    real = vacancy_files.tomllib.loads
    monkeypatch.setattr(vacancy_files.tomllib, "loads", lambda t: parses.append(1) or real(t))
    assert [entry.vacancy for entry in earlier[:-1]] == expected[:-1]
    assert parses == []  # found by their key in the new cache file
    # The last file's entry is gone from the cache with the file: its vacancy cannot be
    # built any more, and the error names the file.
    with pytest.raises(vacancy_files.FileProblemError, match=earlier[-1].path.name):
        _ = earlier[-1].vacancy


def test_the_details_sheet_comes_from_the_cache_without_a_model(
    cache_dir: Path, folder: Path
) -> None:
    """What the details pane shows of a vacancy read from the cache, with no model built, is
    what its model says; a damaged sheet falls back to the model."""
    load_paths([folder])  # fills the cache
    catalogue = load_paths([folder])
    sheets = [entry.sheet() for entry in catalogue.vacancies]
    assert all(entry._vacancy is None for entry in catalogue.vacancies)  # no model built
    assert sheets == [sheet_of(vacancy) for vacancy in parsed(folder)]
    assert any(sheet.salary is not None for sheet in sheets)
    assert all(sheet.essential for sheet in sheets)

    path = cache_file(folder)
    data = path.read_bytes()
    offset, length, _ = next(iter(_index(path).values()))
    head, sheet, _ = data[offset : offset + length].split(b"\n", 2)
    assert sheet.startswith(b'{"reference":')
    # Damaged after the catalogue was read: the entry's checksum no longer matches.
    path.write_bytes(
        data[:offset]
        + head
        + b"\n"
        + b"{" * len(sheet)
        + data[offset + len(head) + 1 + len(sheet) :]
    )
    first = catalogue.vacancies[0]
    assert first.sheet() == sheet_of(vacancy_files.load_vacancy(first.path))
