"""The fuzz suite of issue 12 (item 12): vacancy files, profiles and notices with the
mutations that broke Screener, through the commands a user runs. Each input ends in a clean
result or in problems naming the file with exit status 2, within a bounded time.

Modest by default; `make test-long` runs the tests marked `long` (thousands of inputs)."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hardening_support import time_limit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mutations import NOTICE_BASES, PROFILE_BASES, VACANCY_BASES, mutate, mutate_notice, write

from screener.batch_profiles import ProfileFolder
from screener.cli import entry as cli
from screener.persistence.vacancy_catalogue import load_paths
from screener.persistence.vacancy_files import load_vacancy

SECONDS_PER_INPUT = 10  # "a few seconds" for the worst input, on a loaded machine

FUZZ = settings(
    max_examples=25,
    deadline=None,  # time is bounded by time_limit, which interrupts instead of waiting
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                           HealthCheck.data_too_large],
)  # fmt: skip
FULL = settings(FUZZ, max_examples=1_000)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with time_limit(SECONDS_PER_INPUT):
        status = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "unexpected error" not in err, err
    return status, out, err


def problems_name(err: str, path: Path) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "exit status 2 without a word"
    for line in lines:
        assert line.startswith((f"{path}: ", f"screener: {path}: ")), f"unclear: {line!r}"


def picker(data: st.DataObject) -> Callable[[int, int], int]:
    return lambda low, high: data.draw(st.integers(low, high))


# --- one input at a time, through the commands ---------------------------------------------


def check_vacancy(data: st.DataObject, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = data.draw(st.sampled_from(VACANCY_BASES))
    content, _ = mutate(base, picker(data), is_json=False, count=data.draw(st.integers(1, 3)))
    path = write(folder, "fuzzed.toml", content)
    status, out, err = run(capsys, "validate", str(path))
    assert status in (0, 2)
    if status == 2:
        problems_name(err, path)
    else:
        assert out.startswith("ok: 1 vacancy files")
        status, out, _ = run(capsys, "show", str(path))
        assert status == 0 and "\x1b" not in out


def check_profile(data: st.DataObject, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = data.draw(st.sampled_from(PROFILE_BASES))
    content, _ = mutate(base, picker(data), is_json=True, count=data.draw(st.integers(1, 3)))
    path = write(folder, "fuzzed.json", content)
    status, out, err = run(capsys, "assess", "--vacancy", "250939", "--profile", str(path))
    assert status in (0, 2)
    if status == 2:
        problems_name(err, path)
    else:
        assert "250939" in out and "\x1b" not in out


def check_notice(data: st.DataObject, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = data.draw(st.sampled_from(NOTICE_BASES))
    for _ in range(data.draw(st.integers(1, 3))):
        content = mutate_notice(content, picker(data))
    notice = write(folder, "notice.txt", content)
    draft = folder / "draft.toml"
    draft.unlink(missing_ok=True)
    status, _, err = run(capsys, "import", str(notice), "-o", str(draft))
    assert status in (0, 2), err
    if status == 0:
        load_vacancy(draft)  # a clean result is a draft that reads back
    else:
        assert err.strip(), "exit status 2 without a word"


@pytest.fixture
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=st.data())
def test_fuzzed_vacancy_files(data: st.DataObject, folder: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    check_vacancy(data, folder, capsys)


@FUZZ
@given(data=st.data())
def test_fuzzed_profiles(data: st.DataObject, folder: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    check_profile(data, folder, capsys)


@FUZZ
@given(data=st.data())
def test_fuzzed_notices(data: st.DataObject, folder: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    check_notice(data, folder, capsys)


@pytest.mark.long
@FULL
@given(data=st.data())
def test_fuzzed_vacancy_files_full(data: st.DataObject, folder: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    check_vacancy(data, folder, capsys)


@pytest.mark.long
@FULL
@given(data=st.data())
def test_fuzzed_profiles_full(data: st.DataObject, folder: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    check_profile(data, folder, capsys)


@pytest.mark.long
@FULL
@given(data=st.data())
def test_fuzzed_notices_full(data: st.DataObject, folder: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    check_notice(data, folder, capsys)


# --- pipes and devices as paths ------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-urandom", "symlink-to-fifo"])
def test_pipes_and_devices_as_paths(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = {"fifo": fifo, "dev-zero": Path("/dev/zero"), "dev-urandom": Path("/dev/urandom"),
              "symlink-to-fifo": fifo}[kind]  # fmt: skip
    vacancy, profile = tmp_path / "v.toml", tmp_path / "p.json"
    vacancy.symlink_to(target)
    profile.symlink_to(target)
    status, _, err = run(capsys, "validate", str(vacancy))
    assert status == 2
    problems_name(err, vacancy)
    status, _, err = run(capsys, "assess", "--vacancy", "250939", "--profile", str(profile))
    assert status == 2
    problems_name(err, profile)
    notice = tmp_path / "notice.txt"
    notice.symlink_to(target)
    status, _, err = run(capsys, "import", str(notice), "-o", str(tmp_path / "d.toml"))
    assert status == 2 and str(notice) in err
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "ana.json").write_bytes(PROFILE_BASES[0])
    (profiles / "odd.json").symlink_to(target)
    status, _, err = run(
        capsys, "batch", "--profiles", str(profiles), "--out", str(tmp_path / "m.csv")
    )
    assert status == 0 and f"{profiles / 'odd.json'}: is not a regular file" in err


# --- folders of many fuzzed files --------------------------------------------------------


def fuzzed_folder(folder: Path, count: int, seed: int, is_json: bool) -> list[Path]:
    rng = random.Random(seed)
    bases = PROFILE_BASES if is_json else VACANCY_BASES
    files = []
    for number in range(count):
        content = rng.choice(bases)
        if rng.random() < 0.8:  # a fifth stay good
            content, _ = mutate(content, rng.randint, is_json, rng.randint(1, 2))
        suffix = ".json" if is_json else ".toml"
        files.append(write(folder, f"f{number:05}{suffix}", content))
    return files


def check_vacancy_folder(tmp_path: Path, count: int) -> None:
    files = fuzzed_folder(tmp_path, count, seed=count, is_json=False)
    with time_limit(max(30, count // 10)):
        catalogue = load_paths([tmp_path])
    good = {loaded.path for loaded in catalogue.vacancies}
    bad = [error.path for error in catalogue.errors]
    assert len(bad) == len(set(bad)), "a file named twice"
    assert good | set(bad) == set(files) and not good & set(bad)
    # Copies of one bundled file give one reference: all but one are named for it, as
    # read well as the vacancy kept.
    copies = {e.path for e in catalogue.errors if "is also used by" in e.problems[0].message}
    assert len(good | copies) >= count // 10  # the unmutated ones at least
    for error in catalogue.errors:
        assert error.problems and all(str(p).startswith(f"{error.path}: ") for p in error.problems)


def check_profile_folder(tmp_path: Path, count: int) -> None:
    files = fuzzed_folder(tmp_path, count, seed=count + 1, is_json=True)
    source = ProfileFolder(tmp_path)
    with time_limit(max(30, count // 10)):
        good = {tmp_path / name for name, _ in source}
    bad = [error.path for error in source.errors]
    assert good | set(bad) == set(files) and not good & set(bad)
    assert len(good) >= count // 10


def test_a_folder_of_fuzzed_vacancies_loads_the_good_and_names_the_bad(tmp_path: Path) -> None:
    check_vacancy_folder(tmp_path, 150)


def test_a_folder_of_fuzzed_profiles_loads_the_good_and_names_the_bad(tmp_path: Path) -> None:
    check_profile_folder(tmp_path, 150)


@pytest.mark.long
def test_thousands_of_fuzzed_vacancies(tmp_path: Path) -> None:
    check_vacancy_folder(tmp_path, 2_200)


@pytest.mark.long
def test_thousands_of_fuzzed_profiles(tmp_path: Path) -> None:
    check_profile_folder(tmp_path, 2_200)
